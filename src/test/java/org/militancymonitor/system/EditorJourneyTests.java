package org.militancymonitor.system;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.militancymonitor.PostgresSpringBootTest;
import org.militancymonitor.account.Role;
import org.militancymonitor.account.TestAccounts;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An incident from entry to a reader, in real Chromium: an editor enters it with a
 * mistake, corrects it and submits it; a second editor publishes it from the review
 * queue; an analyst finds it on the incident list and on the group's profile; its History
 * shows each step; and the script in its summary is shown as text on every page and never
 * runs. Skips, saying why, where no Chromium is installed.
 */
@PostgresSpringBootTest
class EditorJourneyTests {

	static final String SCRIPT = "<script>window.pwned = true</script>";

	static final String SUMMARY = SCRIPT + "Journey: gunmen attacked a police post near Bannu.";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeWhatWasEntered() {
		this.jdbc.sql("delete from incident where created_by like 'journey-%'").update();
		this.jdbc
			.sql("delete from claim c where c.ref like 'entered-%' and not exists "
					+ "(select 1 from incident_claim ic where ic.claim_id = c.id)")
			.update();
		this.jdbc.sql("delete from form_submission where username like 'journey-%'").update();
	}

	@Test
	void shouldTakeAnIncidentFromAnEditorThroughASecondEditorToAnAnalyst() {
		String base = "http://localhost:" + this.port;
		String editor = TestAccounts.ensure(this.jdbc, "journey-editor", Role.EDITOR);
		String reviewer = TestAccounts.ensure(this.jdbc, "journey-reviewer", Role.EDITOR);
		String analyst = TestAccounts.ensure(this.jdbc, "journey-analyst", Role.ANALYST);
		String incident;

		try (Chromium chromium = Chromium.start("editor-journey")) {
			WebDriver browser = chromium.driver();
			browser.manage().timeouts().implicitlyWait(Chromium.WAIT);
			chromium.signIn(base, editor, TestAccounts.PASSWORD);
			browser.findElement(By.id("nav-new-incident")).click();
			chromium.awaitPage("/incidents/new");
			set(browser, "occurredOn", "2026-11-30");
			new Select(browser.findElement(By.id("province"))).selectByVisibleText("Pakistan › Khyber Pakhtunkhwa");
			new Select(browser.findElement(By.id("locationPrecision"))).selectByValue("ADMIN1");
			new Select(browser.findElement(By.id("eventType"))).selectByValue("BATTLES");
			new Select(browser.findElement(By.id("subEventType"))).selectByValue("ARMED_CLASH");
			browser.findElement(By.id("fatalitiesLow")).sendKeys("5");
			browser.findElement(By.id("fatalitiesBest")).sendKeys("3");
			set(browser, "summary", SUMMARY);
			browser.findElement(By.id("actors0.party")).sendKeys("Tehreek-i-Taliban Pakistan");
			new Select(browser.findElement(By.id("actors0.role"))).selectByValue("PERPETRATOR");
			browser.findElement(By.id("claims0.source")).sendKeys("article-000-denmark-warns-unsc-on-ttp");
			set(browser, "claims0.quote", "Journey: gunmen attacked a police post near Bannu.");
			new Select(browser.findElement(By.id("claims0.claimantKind"))).selectByValue("SOURCE");
			new Select(browser.findElement(By.id("claims0.confidence"))).selectByValue("MODERATE");
			submit(browser, "incident-form");
			chromium.awaitPage("/incidents/new");
			WebElement best = browser.findElement(By.id("fatalitiesBest"));
			assertThat(browser.findElement(By.id("fatalitiesBest-error")).getText())
				.isEqualTo("The best estimate cannot be below the low one.");
			assertThat(browser.findElement(By.id("summary")).getAttribute("value")).isEqualTo(SUMMARY);
			best.clear();
			best.sendKeys("6");
			submit(browser, "incident-form");
			chromium.awaitPage("/incidents/");
			assertThat(browser.getCurrentUrl()).matches(".*/incidents/\\d+$");
			incident = browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1);
			assertThat(browser.findElement(By.id("flash-message")).getText()).contains("saved as a draft");
			assertShownAsText(browser);
			browser.findElement(By.cssSelector("#review-steps form[action$='/submit'] button")).click();
			chromium.awaitPage("/incidents/" + incident);
			assertThat(browser.findElement(By.id("flash-message")).getText()).contains("submitted for review");
			assertThat(browser.findElements(By.cssSelector("#review-steps form[action$='/publish']"))).isNotEmpty();
		}

		try (Chromium chromium = Chromium.start("reviewer-journey")) {
			WebDriver browser = chromium.driver();
			browser.manage().timeouts().implicitlyWait(Chromium.WAIT);
			chromium.signIn(base, reviewer, TestAccounts.PASSWORD);
			browser.findElement(By.id("nav-review")).click();
			chromium.awaitPage("/review");
			browser.findElement(By.cssSelector("#submitted-drafts a[href='/incidents/" + incident + "']")).click();
			chromium.awaitPage("/incidents/" + incident);
			browser.findElement(By.cssSelector("#review-steps form[action$='/publish'] button")).click();
			chromium.awaitPage("/incidents/" + incident);
			assertThat(browser.findElement(By.id("flash-message")).getText()).contains("published");
			assertShownAsText(browser);
		}

		try (Chromium chromium = Chromium.start("analyst-finds")) {
			WebDriver browser = chromium.driver();
			browser.manage().timeouts().implicitlyWait(Chromium.WAIT);
			chromium.signIn(base, analyst, TestAccounts.PASSWORD);
			browser.get(base + "/incidents?from=2026-11-30&to=2026-11-30");
			assertThat(browser
				.findElements(By.cssSelector("#incidents .incident-row a[href='/incidents/" + incident + "']")))
				.hasSize(1);
			// The profile may be served from the page cache until the change is heard.
			chromium.waiting().withMessage("the incident on the TTP profile").until((driver) -> {
				driver.get(base + "/groups/ttp");
				return !present(driver, By.cssSelector("#incidents a[href='/incidents/" + incident + "']")).isEmpty();
			});
			// Followed by its address: a link six thousand pixels down a headless window
			// is covered by the page's own layout when clicked.
			browser.get(browser.findElement(By.cssSelector("#incidents a[href='/incidents/" + incident + "']"))
				.getAttribute("href"));
			chromium.awaitPage("/incidents/" + incident);
			assertShownAsText(browser);
			assertThat(present(browser, By.id("review-steps"))).isEmpty();
			browser.findElement(By.cssSelector("a[href='/incidents/" + incident + "/history']")).click();
			chromium.awaitPage("/history");
			String history = browser.findElement(By.tagName("main")).getText();
			assertThat(history).contains("entered as a draft", "submitted for review", "published after review", editor,
					reviewer);
			assertShownAsText(browser);
		}
	}

	/** The script in the summary is on the page as text, and it has not run. */
	private static void assertShownAsText(WebDriver browser) {
		assertThat(browser.findElement(By.tagName("main")).getText()).contains(SCRIPT);
		assertThat(((JavascriptExecutor) browser).executeScript("return window.pwned === undefined")).isEqualTo(true);
		assertThat(present(browser, By.xpath("//main//script"))).isEmpty();
	}

	/**
	 * The elements there now, without the implicit wait, which would wait its whole
	 * minute for elements that are rightly absent.
	 */
	private static List<WebElement> present(WebDriver browser, By by) {
		browser.manage().timeouts().implicitlyWait(Duration.ZERO);
		try {
			return browser.findElements(by);
		}
		finally {
			browser.manage().timeouts().implicitlyWait(Chromium.WAIT);
		}
	}

	/** Types a value as a person would paste it (a date field takes its ISO value so). */
	private static void set(WebDriver browser, String id, String value) {
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
				browser.findElement(By.id(id)), value);
	}

	private static void submit(WebDriver browser, String form) {
		browser.findElement(By.cssSelector("#" + form + " button.btn-primary[type=submit]")).click();
	}

}
