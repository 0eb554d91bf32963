package org.militancymonitor.system;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
 * An analyst's path in real Chromium: home (the headline of the last four weeks, whose
 * Pakistan link opens its summary, and the map drawn), search "Pakistani Taliban", the
 * TTP profile, the 6,000-fighter estimate and its quote, the relationship to the Afghan
 * Taliban and the contested claim beside it, then incidents filtered by province. Skips,
 * saying why, where no Chromium is installed ({@link Chromium}). After each click that
 * leaves the page it waits for the next one to load, and looks for elements for up to
 * {@link Chromium#WAIT}, however slow the machine.
 */
@PostgresSpringBootTest
class AnalystJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Chromium chromium;

	WebDriver browser;

	@BeforeEach
	void startBrowser() {
		this.chromium = Chromium.start("analyst-journey");
		this.browser = this.chromium.driver();
		this.browser.manage().timeouts().implicitlyWait(Chromium.WAIT);
		this.chromium.signIn("http://localhost:" + this.port, TestAccounts.ensure(this.jdbc, "journey", Role.ANALYST),
				TestAccounts.PASSWORD);
	}

	@AfterEach
	void stopBrowser() {
		if (this.chromium != null) {
			this.chromium.close();
		}
	}

	@Test
	void shouldLeadAnAnalystFromASearchToTheEvidenceAndTheIncidents() {
		this.browser.get("http://localhost:" + this.port + "/");
		assertThat(this.browser.findElement(By.id("groups")).getText()).contains("Tehreek-e-Taliban Pakistan");

		// the front door: the theatre's last four weeks with their flags, the map of
		// those weeks drawn, and each region opening its summary
		WebElement pakistan = this.browser
			.findElement(By.cssSelector("#home-headline-table tr[data-region='pakistan'] a.headline-link"));
		assertThat(pakistan.getText()).isEqualTo("Pakistan");
		assertThat(this.browser
			.findElements(By.cssSelector("#home-headline-table tr[data-region='pakistan'] .change-flag"))).hasSize(4)
			.allSatisfy((flag) -> assertThat(flag.getText()).isNotBlank());
		WebElement map = this.browser.findElement(By.id("region-map-canvas"));
		this.chromium.waiting()
			.withMessage("the home page's map drawn")
			.until((driver) -> map.getDomAttribute("data-drawn") != null);
		assertThat(map.getDomAttribute("data-drawn")).as("shapes drawn").matches("[1-9][0-9]*");
		assertThat(this.browser.findElements(By.cssSelector("#region-map-canvas path.map-province"))).isNotEmpty();
		// what a first visit transfers: every response's body as sent, cached or not
		Number transferred = (Number) ((JavascriptExecutor) this.browser).executeScript("""
				return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
				  .reduce((sum, e) => sum + Math.max(e.transferSize, e.encodedBodySize), 0)""");
		assertThat(transferred.longValue()).as("bytes of the home page and its assets").isBetween(1L, 500_000L);
		pakistan.click();
		this.chromium.awaitPage("/regions/pakistan");
		assertThat(this.browser.findElement(By.id("region-name")).getText()).isEqualTo("Pakistan");
		assertThat(this.browser.findElement(By.id("headline-table")).isDisplayed()).isTrue();
		this.browser.navigate().back();
		this.chromium.waiting()
			.withMessage("back on the home page")
			.until((driver) -> driver.getCurrentUrl().endsWith(":" + this.port + "/")
					&& !driver.findElements(By.id("home-headline-table")).isEmpty());

		WebElement search = this.browser.findElement(By.id("header-search"));
		search.sendKeys("Pakistani Taliban");
		search.submit();
		this.chromium.awaitPage("/search?q=");
		List<WebElement> groupHits = this.browser.findElements(By.cssSelector("#group-results .group-hit a"));
		assertThat(groupHits).isNotEmpty();
		assertThat(groupHits.get(0).getText()).isEqualTo("Tehreek-e-Taliban Pakistan");
		groupHits.get(0).click();
		this.chromium.awaitPage("/groups/");
		assertThat(this.browser.getCurrentUrl()).endsWith("/groups/ttp");

		WebElement fighters = this.browser.findElements(By.cssSelector("#latest-estimates .card"))
			.stream()
			.filter((card) -> card.getText().contains("6,000"))
			.findFirst()
			.orElseThrow();
		WebElement quote = fighters.findElement(By.cssSelector("details.evidence blockquote"));
		assertThat(quote.isDisplayed()).isFalse();
		fighters.findElement(By.cssSelector("details.evidence summary")).click();
		assertThat(quote.isDisplayed()).isTrue();
		assertThat(quote.getText()).contains("an estimated 6,000 TTP fighters were active in Afghanistan");
		assertThat(fighters.getText()).contains("Sandra Jensen Landi");

		WebElement shelter = this.browser.findElements(By.cssSelector("#relationships tr.relationship-in"))
			.stream()
			.filter((row) -> row.getText().contains("Afghan Taliban") && row.getText().contains("shelters"))
			.findFirst()
			.orElseThrow();
		assertThat(shelter.getText()).contains("contested");

		WebElement dispute = this.browser.findElements(By.cssSelector("#contested .dispute-relationship"))
			.stream()
			.filter((card) -> card.getText().contains("shelters"))
			.findFirst()
			.orElseThrow();
		WebElement denial = dispute.findElement(By.cssSelector(".side-denies details.evidence"));
		denial.findElement(By.tagName("summary")).click();
		assertThat(denial.getText()).contains("an allegation Kabul denies");
		assertThat(dispute.findElement(By.cssSelector(".side-asserts")).getText()).contains("Pakistan");

		this.browser.findElement(By.linkText("Incidents")).click();
		this.chromium.awaitPage("/incidents");
		new Select(this.browser.findElement(By.id("province"))).selectByVisibleText("Kunar");
		this.browser.findElement(By.cssSelector("#incident-filter button[type=submit]")).click();
		this.chromium.awaitPage("province=af-kunar");
		List<WebElement> rows = this.browser.findElements(By.cssSelector("#incidents .incident-row"));
		assertThat(rows).isNotEmpty().allSatisfy((row) -> assertThat(row.getText()).contains("Kunar"));
	}

}
