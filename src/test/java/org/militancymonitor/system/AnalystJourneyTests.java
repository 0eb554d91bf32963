package org.militancymonitor.system;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.militancymonitor.PostgresSpringBootTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * An analyst's path in real Chromium: home, search "Pakistani Taliban", the TTP profile,
 * the 6,000-fighter estimate and its quote, the relationship to the Afghan Taliban and
 * the contested claim beside it, then incidents filtered by province. Skips, saying why,
 * where no Chromium is installed ({@code .ci/run} installs Debian's).
 */
@PostgresSpringBootTest
class AnalystJourneyTests {

	static final String CHROMIUM = System.getenv().getOrDefault("CHROME_BIN", "/usr/bin/chromium");

	static final String CHROMEDRIVER = System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver");

	@LocalServerPort
	int port;

	WebDriver browser;

	Path profile;

	@BeforeEach
	void startBrowser() throws IOException {
		assumeTrue(new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute(),
				"No Chromium at " + CHROMIUM + " with ChromeDriver at " + CHROMEDRIVER
						+ ": the browser test is skipped (apt-get install chromium chromium-driver, as .ci/run does)");
		this.profile = Files.createTempDirectory("analyst-journey-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--window-size=1280,2000", "--user-data-dir=" + this.profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		this.browser = new ChromeDriver(service, options);
		this.browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
	}

	@AfterEach
	void stopBrowser() throws IOException {
		if (this.browser != null) {
			this.browser.quit();
		}
		if (this.profile != null) {
			FileSystemUtils.deleteRecursively(this.profile);
		}
	}

	@Test
	void shouldLeadAnAnalystFromASearchToTheEvidenceAndTheIncidents() {
		this.browser.get("http://localhost:" + this.port + "/");
		assertThat(this.browser.findElement(By.id("groups")).getText()).contains("Tehreek-e-Taliban Pakistan");

		WebElement search = this.browser.findElement(By.id("header-search"));
		search.sendKeys("Pakistani Taliban");
		search.submit();
		List<WebElement> groupHits = this.browser.findElements(By.cssSelector("#group-results .group-hit a"));
		assertThat(groupHits).isNotEmpty();
		assertThat(groupHits.get(0).getText()).isEqualTo("Tehreek-e-Taliban Pakistan");
		groupHits.get(0).click();
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
		new Select(this.browser.findElement(By.id("province"))).selectByVisibleText("Kunar");
		this.browser.findElement(By.cssSelector("#incident-filter button[type=submit]")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(5))
			.until((driver) -> driver.getCurrentUrl().contains("province=af-kunar"));
		List<WebElement> rows = this.browser.findElements(By.cssSelector("#incidents .incident-row"));
		assertThat(rows).isNotEmpty().allSatisfy((row) -> assertThat(row.getText()).contains("Kunar"));
	}

}
