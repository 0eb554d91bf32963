package org.militancymonitor.system;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.militancymonitor.PostgresSpringBootTest;
import org.militancymonitor.account.Role;
import org.militancymonitor.account.TestAccounts;
import org.militancymonitor.sanctions.UnListImports;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The UN list from an editor's upload to an analyst, in real Chromium: an editor uploads
 * the shared list through the upload page, reads the import's change set, confirms the
 * ETIM's link from the links to confirm; an analyst finds the TTP's designation on the
 * sanctions page, its entry with the TTP leader's, and the ETIM's new designation on its
 * profile. Each page passes axe-core's WCAG 2.1 AA rules. Skips, saying why, where no
 * Chromium is installed or the shared list is absent.
 */
@PostgresSpringBootTest
class SanctionsJourneyTests {

	static final Path LIST = Path.of("../shared/testdata/un-sanctions/consolidated-2020-03-20.xml");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	@AfterEach
	void removeImports() {
		UnListImports.remove(this.jdbc);
	}

	@Test
	void shouldTakeTheUnListFromAnEditorsUploadToAnAnalyst() throws IOException {
		assumeTrue(Files.isReadable(LIST), () -> "the UN list " + LIST.toAbsolutePath().normalize()
				+ " is absent (shared test data beside the project): skipped");
		String base = "http://localhost:" + this.port;
		String editor = TestAccounts.ensure(this.jdbc, "journey-sanctions-editor", Role.EDITOR);
		String analyst = TestAccounts.ensure(this.jdbc, "journey-sanctions-analyst", Role.ANALYST);
		String axe;
		try (InputStream script = SanctionsJourneyTests.class.getResourceAsStream("/axe/axe.min.js")) {
			axe = new String(Objects.requireNonNull(script, "axe/axe.min.js").readAllBytes(), StandardCharsets.UTF_8);
		}

		try (Chromium chromium = Chromium.start("sanctions-editor")) {
			WebDriver browser = chromium.driver();
			browser.manage().timeouts().implicitlyWait(Chromium.WAIT);
			browser.manage().timeouts().scriptTimeout(Chromium.WAIT);
			chromium.signIn(base, editor, TestAccounts.PASSWORD);
			browser.findElement(By.id("nav-sanctions")).click();
			chromium.awaitPage("/sanctions");
			browser.findElement(By.id("import-link")).click();
			chromium.awaitPage("/sanctions/imports/new");
			assertAccessible(browser, axe);
			browser.findElement(By.id("file")).sendKeys(LIST.toAbsolutePath().normalize().toString());
			browser.findElement(By.cssSelector("#import-form button[type=submit]")).click();
			chromium.waiting()
				.withMessage("the import's page")
				.until((driver) -> driver.getCurrentUrl().matches(".*/sanctions/imports/\\d+$"));
			assertThat(browser.findElement(By.id("flash-message")).getText()).contains("The list was imported");
			assertThat(browser.findElement(By.id("import-counts")).getText()).startsWith("1014 added");
			assertAccessible(browser, axe);
			browser.get(base + "/sanctions/matches");
			assertAccessible(browser, axe);
			long etim = this.jdbc.sql("""
					select m.id from sanctions_match m join sanctions_entry e on e.id = m.entry_id
					 where e.reference_number = 'QDe.088'""").query(Long.class).single();
			browser.findElement(By.cssSelector("#match-" + etim + " form[action$='/confirm'] button")).click();
			chromium.awaitPage("/sanctions/matches");
			assertThat(browser.findElement(By.id("flash-message")).getText()).contains("confirmed");
		}

		try (Chromium chromium = Chromium.start("sanctions-analyst")) {
			WebDriver browser = chromium.driver();
			browser.manage().timeouts().implicitlyWait(Chromium.WAIT);
			browser.manage().timeouts().scriptTimeout(Chromium.WAIT);
			chromium.signIn(base, analyst, TestAccounts.PASSWORD);
			browser.get(base + "/sanctions");
			assertThat(browser.findElement(By.id("designations")).getText()).contains("Tehreek-e-Taliban Pakistan",
					"QDe.132", "29 Jul 2011", "East Turkestan Islamic Movement", "QDe.088");
			assertThat(browser.findElements(By.id("import-link"))).isEmpty();
			assertAccessible(browser, axe);
			browser.findElement(By.cssSelector("#designations a[href='/sanctions/entries/QDe.132']")).click();
			chromium.awaitPage("/sanctions/entries/QDe.132");
			assertThat(browser.findElement(By.id("related")).getText()).contains("QDi.352", "MAULANA FAZLULLAH");
			assertAccessible(browser, axe);
			browser.get(base + "/sanctions/entries?regime=Al-Qaida");
			assertAccessible(browser, axe);
			// the profile may be served from the page cache until the change is heard
			chromium.waiting().withMessage("the ETIM's designation on its profile").until((driver) -> {
				driver.get(base + "/groups/etim");
				return driver.findElement(By.id("designations")).getText().contains("QDe.088");
			});
		}
	}

	/** The page passes axe's WCAG 2.0 and 2.1 A and AA rules. */
	private static void assertAccessible(WebDriver browser, String axe) {
		JavascriptExecutor js = (JavascriptExecutor) browser;
		js.executeScript(axe);
		Object violations = js.executeAsyncScript(AccessibilityTests.RUN_AXE, AccessibilityTests.WCAG_TAGS);
		assertThat(violations).as("axe's answer on %s", browser.getCurrentUrl()).isInstanceOf(List.class);
		assertThat((List<?>) violations).as("violations on %s", browser.getCurrentUrl()).isEmpty();
	}

}
