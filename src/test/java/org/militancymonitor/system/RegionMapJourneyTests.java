package org.militancymonitor.system;

import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

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

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A manager opens Pakistan's map in real Chromium: Leaflet draws the bundled provinces as
 * SVG paths, each named with the count the table beside it gives, over no tiles and with
 * no request beyond this server; a period from the form changes the figures. The expected
 * counts are read from the database here, over the seed.
 */
@PostgresSpringBootTest
class RegionMapJourneyTests {

	private static final String PROVINCES = """
			return Array.from(document.querySelectorAll('#region-map-canvas path.map-province'))
			  .map((p) => [p.dataset.region, p.querySelector('title').textContent]);
			""";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Chromium chromium;

	WebDriver browser;

	@Autowired
	DataSource dataSource;

	@Autowired
	DataChanges changes;

	@BeforeEach
	void addIncidents() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			ScriptUtils.executeSqlScript(connection, new ClassPathResource("region/region-map-fixtures.sql"));
		}
		DataChangesBarrier.awaitEveryChangeHeard(this.changes, this.dataSource);
	}

	@AfterEach
	void removeIncidents() {
		this.jdbc.sql("delete from incident where summary like 'Map fixture %'").update();
	}

	@BeforeEach
	void startBrowser() {
		this.chromium = Chromium.start("region-map-journey");
		this.browser = this.chromium.driver();
		this.browser.manage().timeouts().implicitlyWait(Chromium.WAIT);
		this.chromium.signIn(base(), TestAccounts.ensure(this.jdbc, "map-journey", Role.MANAGER),
				TestAccounts.PASSWORD);
	}

	@AfterEach
	void stopBrowser() {
		if (this.chromium != null) {
			this.chromium.close();
		}
	}

	@Test
	void shouldDrawPakistansProvincesWithTheirCountsOverNoTilesAndNoOutsideRequest() {
		this.browser.get(base() + "/regions/pakistan/map?from=2031-01-01&to=2031-12-31");
		Map<String, Long> expected = publishedByProvince("2031-01-01");
		assertThat(expected.values().stream().mapToLong(Long::longValue).sum()).as("incidents in Pakistan in 2031")
			.isPositive();
		assertDrawn(expected);

		JavascriptExecutor js = (JavascriptExecutor) this.browser;
		assertThat(this.browser.findElements(By.cssSelector("#region-map-canvas path.map-country"))).hasSize(1);
		assertThat(
				this.browser.findElements(By.cssSelector("#region-map-canvas .leaflet-tile, #region-map-canvas img")))
			.as("tiles")
			.isEmpty();
		List<?> requested = (List<?>) js
			.executeScript("return performance.getEntriesByType('resource').map((e) => e.name)");
		assertThat(requested).as("the page's requests")
			.isNotEmpty()
			.allSatisfy((url) -> assertThat(URI.create((String) url).getHost()).isEqualTo("localhost"));
		assertThat(requested).anySatisfy((url) -> assertThat((String) url).contains("/geo/pk-af-boundaries-"));
		// what the first visit transferred, with an empty cache: the page and every
		// asset,
		// the boundaries compressed
		Number transferred = (Number) js.executeScript("""
				return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
				  .reduce((sum, e) => sum + e.transferSize, 0)""");
		assertThat(transferred.longValue()).as("bytes transferred").isBetween(1L, 500_000L);
		List<?> geo = (List<?>) js.executeScript("""
				const e = performance.getEntriesByType('resource').find((r) => r.name.includes('/geo/'));
				return [e.encodedBodySize, e.decodedBodySize]""");
		assertThat(((Number) geo.get(0)).longValue()).as("boundaries as sent")
			.isLessThan(((Number) geo.get(1)).longValue() / 3);

		// a later start from the form changes the figures to that period's
		String from = "2031-03-07";
		WebElement fromField = this.browser.findElement(By.id("from"));
		js.executeScript("arguments[0].value = arguments[1]", fromField, from);
		this.browser.findElement(By.cssSelector("#region-map-filter button[type=submit]")).click();
		this.chromium.awaitPage("from=" + from);
		Map<String, Long> later = publishedByProvince(from);
		assertThat(later).isNotEqualTo(expected);
		assertDrawn(later);
	}

	/** Every province drawn once, named with its count, which the table gives too. */
	private void assertDrawn(Map<String, Long> expected) {
		this.chromium.waiting()
			.withMessage("the map drawn")
			.until((driver) -> driver.findElement(By.id("region-map-canvas")).getDomAttribute("data-drawn") != null);
		assertThat(this.browser.findElement(By.id("region-map-canvas")).getDomAttribute("data-drawn")).isEqualTo("7");
		List<?> drawn = (List<?>) ((JavascriptExecutor) this.browser).executeScript(PROVINCES);
		Map<String, String> titles = new HashMap<>();
		drawn.forEach((pair) -> titles.put((String) ((List<?>) pair).get(0), (String) ((List<?>) pair).get(1)));
		assertThat(titles.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
		expected.forEach((slug, count) -> {
			assertThat(titles.get(slug)).as("title of %s", slug).contains("incidents " + count + ",");
			WebElement row = this.browser
				.findElement(By.cssSelector("#region-map-table tr[data-region='" + slug + "']"));
			assertThat(row.findElements(By.tagName("td")).get(0).getText()).isEqualTo(String.valueOf(count));
		});
	}

	/**
	 * Pakistan's provinces and their published incidents from a date to 2031's end, read
	 * here.
	 */
	private Map<String, Long> publishedByProvince(String from) {
		Map<String, Long> counts = new HashMap<>();
		this.jdbc.sql("""
				select p.slug, count(i.id) as n
				  from region p join region c on c.id = p.parent_id
				  left join incident i on i.admin1_id = p.id and i.status = 'PUBLISHED'
				      and i.occurred_on between cast(:from as date) and date '2031-12-31'
				 where c.slug = 'pakistan' and p.level = 'ADMIN1'
				 group by p.slug
				""").param("from", from).query((rs) -> {
			counts.put(rs.getString("slug"), rs.getLong("n"));
		});
		return counts;
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
