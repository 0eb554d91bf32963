package org.militancymonitor.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.militancymonitor.PostgresSpringBootTest;
import org.militancymonitor.account.Role;
import org.militancymonitor.account.TestAccounts;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A manager's path in real Chromium: signs in and lands on the regions, opens Pakistan's
 * summary, chooses a period that holds the journey's incidents (2025, committed before
 * and deleted after), sees the trend chart drawn, switches to another period and sees
 * other figures, and downloads the monthly table as CSV with the numbers the page shows.
 * Skips, saying why, where no Chromium is installed ({@link Chromium}).
 */
@PostgresSpringBootTest
class ManagerJourneyTests {

	/** Whether the canvas has any pixel drawn. */
	static final String CANVAS_DRAWN = """
			const canvas = arguments[0];
			const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
			for (let i = 3; i < pixels.length; i += 4) { if (pixels[i] !== 0) { return true; } }
			return false;
			""";

	static final String FETCH_TEXT = """
			const done = arguments[arguments.length - 1];
			fetch(arguments[0], { credentials: 'same-origin' })
			  .then((response) => response.text().then((text) => done(response.status + '\\n' + text)))
			  .catch((error) => done('failed: ' + error));
			""";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Chromium chromium;

	WebDriver browser;

	@BeforeEach
	void startBrowser() {
		insertIncidents();
		this.chromium = Chromium.start("manager-journey");
		this.browser = this.chromium.driver();
		this.browser.manage().timeouts().implicitlyWait(Chromium.WAIT);
		this.browser.manage().timeouts().scriptTimeout(Chromium.WAIT);
	}

	@AfterEach
	void stopBrowser() {
		try {
			if (this.chromium != null) {
				this.chromium.close();
			}
		}
		finally {
			this.jdbc.sql("delete from incident where summary like 'Manager journey fixture%'").update();
		}
	}

	@Test
	void shouldLeadAManagerFromSignInToPakistansSummaryItsChartAndItsCsv() {
		String base = "http://localhost:" + this.port;
		this.chromium.signIn(base, TestAccounts.ensure(this.jdbc, "journey-manager", Role.MANAGER),
				TestAccounts.PASSWORD);
		assertThat(this.browser.getCurrentUrl()).isEqualTo(base + "/regions");

		WebElement pakistan = this.browser.findElement(By.cssSelector("#regions tr[data-slug='pakistan'] a"));
		// from the keyboard: the index is taller than the window
		pakistan.sendKeys(Keys.ENTER);
		this.chromium.awaitPage("/regions/pakistan");
		assertThat(this.browser.findElement(By.id("region-name")).getText()).isEqualTo("Pakistan");

		choosePeriod("2025-06-30");
		this.chromium.awaitPage("end=2025-06-30");
		// 5, 10 and 20 June 2025 (2 + 5 + 1 killed); the draft of 12 June never counts
		assertThat(headline("headline-incidents")).isEqualTo("3");
		assertThat(headline("headline-fatalities")).startsWith("8");
		WebElement canvas = this.browser.findElement(By.id("trend-chart"));
		this.chromium.waiting()
			.withMessage("the trend chart drawn")
			.until((driver) -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(CANVAS_DRAWN, canvas)));
		Map<String, String> months = monthsTable();
		assertThat(months).containsEntry("2025-06-01", "4").containsEntry("2025-05-01", "1");

		String csv = fetch(this.browser.findElement(By.id("csv-months")).getDomAttribute("href"));
		assertThat(csv).startsWith("200\n");
		Map<String, String> csvMonths = new LinkedHashMap<>();
		for (String line : csv.split("\r?\n")) {
			String[] cells = line.split(",");
			if (cells.length > 1 && cells[0].matches("\\d{4}-\\d{2}")) {
				csvMonths.put(cells[0] + "-01", cells[1]);
			}
		}
		assertThat(csvMonths).isEqualTo(months);

		choosePeriod("2025-03-30");
		this.chromium.awaitPage("end=2025-03-30");
		// 15 March 2025 alone, 7 killed
		assertThat(headline("headline-incidents")).isEqualTo("1");
		assertThat(headline("headline-fatalities")).startsWith("7");
		assertThat(monthsTable()).doesNotContainKey("2025-06-01").containsEntry("2025-03-01", "1");
	}

	private void choosePeriod(String end) {
		WebElement field = this.browser.findElement(By.id("end"));
		// a date input types in the browser's locale; the value is ISO whatever it shows
		((JavascriptExecutor) this.browser).executeScript("arguments[0].value = arguments[1];", field, end);
		WebElement apply = this.browser.findElement(By.id("summary-apply"));
		apply.sendKeys(Keys.ENTER);
	}

	private String headline(String row) {
		return this.browser.findElement(By.cssSelector("#" + row + " td.current")).getText().strip();
	}

	private Map<String, String> monthsTable() {
		Map<String, String> months = new LinkedHashMap<>();
		List<WebElement> rows = this.browser.findElements(By.cssSelector("#months-table tr.month-row"));
		for (WebElement row : rows) {
			months.put(row.getDomAttribute("data-month"),
					row.findElement(By.cssSelector("td.month-incidents")).getText().replace(",", ""));
		}
		return months;
	}

	private String fetch(String path) {
		return (String) ((JavascriptExecutor) this.browser).executeAsyncScript(FETCH_TEXT, path);
	}

	private void insertIncidents() {
		this.jdbc
			.sql("""
					insert into incident (occurred_on, date_precision, country_id, admin1_id, place_name, location_precision,
					                      event_type, sub_event_type, fatalities_best, fatalities_low, fatalities_high,
					                      summary, status)
					select v.day::date, v.precision, (select id from region where slug = 'pakistan'),
					       (select id from region where slug = 'pk-khyber-pakhtunkhwa'), 'Peshawar', 'ADMIN1',
					       v.type, v.subtype, v.best, v.low, v.high, 'Manager journey fixture ' || v.day, v.status
					  from (values
					    ('2025-06-05', 'DAY', 'BATTLES', 'ARMED_CLASH', 2, null, null, 'PUBLISHED'),
					    ('2025-06-10', 'DAY', 'EXPLOSIONS_REMOTE_VIOLENCE', 'SUICIDE_BOMB', 5, 4, 8, 'PUBLISHED'),
					    ('2025-06-20', 'DAY', 'BATTLES', 'ARMED_CLASH', 1, null, null, 'PUBLISHED'),
					    ('2025-05-10', 'DAY', 'BATTLES', 'ARMED_CLASH', 3, null, null, 'PUBLISHED'),
					    ('2025-06-01', 'MONTH', 'VIOLENCE_AGAINST_CIVILIANS', 'ATTACK', 4, null, null, 'PUBLISHED'),
					    ('2025-03-15', 'DAY', 'BATTLES', 'ARMED_CLASH', 7, null, null, 'PUBLISHED'),
					    ('2025-06-12', 'DAY', 'BATTLES', 'ARMED_CLASH', 100, null, null, 'DRAFT')
					  ) as v(day, precision, type, subtype, best, low, high, status)
					""")
			.update();
		this.jdbc.sql("""
				insert into incident_actor (incident_id, group_id, role)
				select i.id, (select id from militant_group where slug = 'ttp'), 'PERPETRATOR'
				  from incident i where i.summary like 'Manager journey fixture%'
				""").update();
	}

}
