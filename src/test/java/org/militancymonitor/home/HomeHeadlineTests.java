package org.militancymonitor.home;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.militancymonitor.PostgresSpringBootTest;
import org.militancymonitor.SignedIn;
import org.militancymonitor.region.MapFilter;
import org.militancymonitor.region.RegionMap;
import org.militancymonitor.region.RegionMapQueries;
import org.militancymonitor.region.RegionSummaryQueries;
import org.militancymonitor.system.DataChanges;
import org.militancymonitor.system.DataChangesBarrier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The home page's four weeks against figures computed by hand from
 * {@code region/summary-fixtures.sql} (whose header gives the windows), with today pinned
 * to 2031-03-20: the last 4 weeks are Mon 17 Feb - Sun 16 Mar 2031. The fixture is
 * committed (and removed after), so that the front read from the data's version sees it.
 */
@PostgresSpringBootTest
@TestPropertySource(properties = "militancy.summaries.today=2031-03-20")
class HomeHeadlineTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	HomeQueries home;

	@Autowired
	RegionMapQueries maps;

	@Autowired
	DataSource dataSource;

	@Autowired
	DataChanges changes;

	@BeforeEach
	void addFixtures() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			ScriptUtils.executeSqlScript(connection, new ClassPathResource("region/summary-fixtures.sql"));
		}
		DataChangesBarrier.awaitEveryChangeHeard(this.changes, this.dataSource);
	}

	@AfterEach
	void removeFixtures() {
		this.jdbc.sql("delete from incident where summary like 'Summary fixture %'").update();
		this.jdbc.sql("delete from claim where ref = 'summary-fixture-claim'").update();
		this.jdbc.sql("delete from source where slug = 'summary-fixture-source'").update();
		DataChangesBarrier.awaitEveryChangeHeard(this.changes, this.dataSource);
	}

	@Test
	void shouldShowTheLastFourWeeksOfEachRegionWithTheirFlags() throws Exception {
		String page = page();
		assertThat(page).contains("Last 4 weeks: 17 Feb 2031 \u2013 16 Mar 2031")
			.doesNotContain("id=\"home-period-moved\"");
		String table = HomeControllerTests.element(page, "id=\"home-headline-table\"", "</table>");
		// A, B and N (C is the day after, D only known to its month, E F G not
		// published);
		// before: H and I (I without a fatality figure); a year earlier: K
		assertThat(row(table, "pakistan")).contains(">3</a>", "headline-fatalities\">19<")
			.containsPattern("change-previous\">\\s*<span class=\"change-percent\">\\+50 %</span>\\s*"
					+ "<span class=\"badge change-flag text-bg-danger\">sharp rise</span>")
			.contains("+200 %", "+850 %", "+375 %");
		// O alone, none before
		assertThat(row(table, "afghanistan")).contains(">1</a>", "headline-fatalities\">9<")
			.containsPattern("change-previous\">\\s*<span class=\"badge change-flag text-bg-danger\">new</span>");
		assertThat(row(table, "south-asia")).contains("South Asia (total, with India)", ">4</a>",
				"headline-fatalities\">28<", "+100 %", "+300 %");
	}

	@Test
	void shouldNameTheGroupsActiveAndCountTheMonthOnlyIncidentApart() throws Exception {
		HomeFront front = this.home.front();
		assertThat(front.activeGroups()).extracting(RegionSummaryQueries.ActiveGroup::slug)
			.startsWith("ttp")
			.containsExactlyInAnyOrder("ttp", "tjp", "bla", "isil-k");
		assertThat(front.activeGroups().get(0).incidents()).isEqualTo(2);
		assertThat(front.monthOnly()).isEqualTo(1);
		String page = page();
		assertThat(page).contains("id=\"home-active-count\" href=\"/regions/south-asia#groups\">4<",
				"One incident in South Asia known only to the month");
	}

	@Test
	void shouldMapTheFourWeeksWithTheIncidentsDatedToTheDayAsTheFiguresCountThem() throws Exception {
		RegionMap map = this.home.front().map();
		assertThat(map.from()).isEqualTo(LocalDate.of(2031, 2, 17));
		assertThat(map.to()).isEqualTo(LocalDate.of(2031, 3, 16));
		assertThat(provinces(map)).containsEntry("pk-khyber-pakhtunkhwa", 2L)
			.containsEntry("pk-balochistan", 1L)
			.containsEntry("af-kunar", 1L);
		assertThat(map.provinceIncidents()).isEqualTo(4);
		// D, known only to March 2031, would shade Khyber Pakhtunkhwa on a map of every
		// precision
		RegionMap everyPrecision = this.maps.map(this.maps.region("south-asia").orElseThrow(),
				new MapFilter(map.from(), map.to(), null));
		assertThat(provinces(everyPrecision)).containsEntry("pk-khyber-pakhtunkhwa", 3L);
		assertThat(page()).contains("data-region=\"pk-khyber-pakhtunkhwa\" data-incidents=\"2\"",
				"id=\"region-map-day-dated\"", "2031-02-17 to 2031-03-16");
	}

	private static Map<String, Long> provinces(RegionMap map) {
		Map<String, Long> counts = new HashMap<>();
		map.provinces().stream().filter((p) -> p.incidents() > 0).forEach((p) -> counts.put(p.slug(), p.incidents()));
		return counts;
	}

	private static String row(String table, String slug) {
		return HomeControllerTests.element(table, "data-region=\"" + slug + "\"", "</tr>");
	}

	/** The page rendered afresh (editors' pages are never kept). */
	private String page() throws Exception {
		return this.mvc.perform(get("/").with(SignedIn.editor("home-headline")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
