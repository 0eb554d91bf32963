package org.militancymonitor.region;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.militancymonitor.PostgresDataJpaTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.jdbc.Sql;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The summaries' aggregates against figures computed by hand from
 * {@code region/summary-fixtures.sql} (whose header gives the windows), through the
 * triggers that keep {@code region_incident_summary}: the window boundaries, incidents
 * known only to their month or year, drafts, submitted and retracted incidents, the
 * change flags and a group newly active; then edits, publications, retractions, group
 * changes and deletions, each checked against the counts read afresh from the incidents.
 */
@PostgresDataJpaTest
@Import({ RegionSummaryQueries.class, RegionSummaryQueriesTests.Today.class })
@Sql("/region/summary-fixtures.sql")
class RegionSummaryQueriesTests {

	static final LocalDate TODAY = LocalDate.of(2031, 3, 20);

	@Autowired
	RegionSummaryQueries queries;

	@Autowired
	RegionDirectory regions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void shouldCountTheLastFourWeeksTheFourBeforeAndAYearEarlierByDay() {
		Comparison kp = this.queries.headline(region("pk-khyber-pakhtunkhwa").id(), period(null));
		// A and B (C is the day after, D only known to its month, E F G not published)
		assertThat(kp.current()).isEqualTo(new Figures(2, 13, 12, 15, 0));
		// H and I (I without a fatality figure; J is the day before)
		assertThat(kp.previous()).isEqualTo(new Figures(2, 2, 2, 2, 1));
		// K (L is the day after)
		assertThat(kp.yearEarlier()).isEqualTo(new Figures(1, 4, 4, 4, 0));
		assertThat(kp.incidents().flag()).isEqualTo(ChangeFlag.STABLE);
		assertThat(kp.incidents().percent()).isZero();
		assertThat(kp.incidentsYearOnYear().flag()).isEqualTo(ChangeFlag.SHARP_RISE);
		assertThat(kp.incidentsYearOnYear().percent()).isEqualTo(100);
		assertThat(kp.fatalities().percent()).isEqualTo(550);
		assertThat(kp.fatalitiesYearOnYear().percent()).isEqualTo(225);
	}

	@Test
	void shouldCountARegionWithEverythingInIt() {
		SummaryPeriod period = period(null);
		assertThat(this.queries.headline(region("pakistan").id(), period).current().incidents()).isEqualTo(3);
		assertThat(this.queries.headline(region("south-asia").id(), period).current().incidents()).isEqualTo(4);
		assertThat(this.queries.headline(region("af-kunar").id(), period).current().incidents()).isEqualTo(1);
		assertThat(this.queries.headline(region("pk-khyber-pakhtunkhwa-bannu").id(), period).current())
			.isEqualTo(new Figures(1, 10, 10, 10, 0));
	}

	@Test
	void shouldMoveTheWindowsWithTheEndDate() {
		// Sunday 23 March: the window is 24 Feb - 23 Mar, with B and C but no longer A
		Comparison kp = this.queries.headline(region("pk-khyber-pakhtunkhwa").id(), period(LocalDate.of(2031, 3, 23)));
		assertThat(kp.current().incidents()).isEqualTo(2);
		assertThat(kp.current().fatalities()).isEqualTo(17);
		// 27 Jan - 23 Feb: I no longer, H and A
		assertThat(kp.previous().incidents()).isEqualTo(2);
		assertThat(kp.previous().fatalities()).isEqualTo(5);
	}

	@Test
	void shouldCountMonthPrecisionIncidentsInTheirMonthOnlyAndYearPrecisionApart() {
		RegionSummary summary = summary("pk-khyber-pakhtunkhwa", null, null, SummaryPrecision.MONTH);
		assertThat(summary.months()).hasSize(12);
		assertThat(summary.months().get(0).month()).isEqualTo(LocalDate.of(2030, 4, 1));
		Map<LocalDate, MonthFigures> months = byMonth(summary);
		assertThat(months.get(LocalDate.of(2031, 1, 1)).figures()).isEqualTo(new Figures(2, 1, 1, 1, 1));
		assertThat(months.get(LocalDate.of(2031, 2, 1)).figures()).isEqualTo(new Figures(2, 5, 4, 7, 0));
		MonthFigures march = months.get(LocalDate.of(2031, 3, 1));
		assertThat(march.figures()).isEqualTo(new Figures(3, 18, 18, 21, 0));
		assertThat(march.monthOnly()).isEqualTo(1);
		assertThat(summary.periodTotals().incidents()).isEqualTo(7);
		assertThat(summary.monthOnlyInWindow()).isEqualTo(1);
		assertThat(summary.undated()).containsExactly(new YearFigures(2031, new Figures(1, 5, 5, 5, 0)));

		RegionSummary dayOnly = summary("pk-khyber-pakhtunkhwa", null, null, SummaryPrecision.DAY);
		MonthFigures marchByDay = byMonth(dayOnly).get(LocalDate.of(2031, 3, 1));
		assertThat(marchByDay.figures()).isEqualTo(new Figures(2, 17, 17, 17, 0));
		assertThat(marchByDay.monthOnly()).isZero();
		assertThat(dayOnly.totals()).isEqualTo(summary.totals());
	}

	@Test
	void shouldBreakDownByGroupWithTheGroupNewlyActive() {
		RegionSummary summary = summary("pk-khyber-pakhtunkhwa", null, null, SummaryPrecision.MONTH);
		assertThat(summary.groups()).extracting(Breakdown::key).containsExactly("ttp", "tjp");
		Breakdown ttp = summary.groups().get(0);
		assertThat(ttp.period().incidents()).isEqualTo(7);
		assertThat(ttp.weeks().current().incidents()).isEqualTo(2);
		assertThat(ttp.weeks().previous().incidents()).isEqualTo(2);
		assertThat(ttp.weeks().yearEarlier().incidents()).isEqualTo(1);
		assertThat(ttp.firstDay()).isEqualTo(LocalDate.of(2030, 3, 1));
		assertThat(ttp.newlyActive()).isFalse();
		Breakdown tjp = summary.groups().get(1);
		assertThat(tjp.period()).isEqualTo(new Figures(1, 10, 10, 10, 0));
		assertThat(tjp.weeks().incidents().flag()).isEqualTo(ChangeFlag.FROM_NONE);
		// the Monday of its week: the table counts by week
		assertThat(tjp.firstDay()).isEqualTo(LocalDate.of(2031, 3, 10));
		assertThat(tjp.newlyActive()).isTrue();
	}

	@Test
	void shouldBreakDownByTypeAndFilterByGroupAndType() {
		RegionSummary summary = summary("pk-khyber-pakhtunkhwa", null, null, SummaryPrecision.MONTH);
		assertThat(summary.types()).extracting(Breakdown::key).containsExactlyElementsOf(SummaryFilter.EVENT_TYPES);
		assertThat(summary.types()).extracting((b) -> b.period().incidents()).containsExactly(5L, 1L, 1L, 0L, 0L, 0L);
		assertThat(summary.types()).extracting((b) -> b.weeks().current().incidents())
			.containsExactly(1L, 1L, 0L, 0L, 0L, 0L);

		long tjp = this.queries.groupId("tjp").orElseThrow();
		RegionSummary ofTjp = summary("pk-khyber-pakhtunkhwa", tjp, null, SummaryPrecision.MONTH);
		assertThat(ofTjp.totals().current()).isEqualTo(new Figures(1, 10, 10, 10, 0));
		assertThat(ofTjp.groups()).extracting(Breakdown::key).containsExactly("tjp");

		RegionSummary battles = summary("pk-khyber-pakhtunkhwa", null, "BATTLES", SummaryPrecision.MONTH);
		assertThat(battles.totals().current().incidents()).isEqualTo(1);
		assertThat(battles.types()).extracting(Breakdown::key).containsExactly("BATTLES");
		assertThat(battles.groups()).extracting(Breakdown::key).containsExactly("ttp");
		assertThat(battles.periodTotals().incidents()).isEqualTo(5);
	}

	@Test
	void shouldListSubregionsWithTheirFigures() {
		RegionSummary pakistan = summary("pakistan", null, null, SummaryPrecision.MONTH);
		Map<String, Breakdown> provinces = new java.util.HashMap<>();
		pakistan.subregions().forEach((b) -> provinces.put(b.key(), b));
		assertThat(provinces).containsKeys("pk-khyber-pakhtunkhwa", "pk-balochistan", "pk-punjab");
		assertThat(provinces.get("pk-khyber-pakhtunkhwa").weeks().current().incidents()).isEqualTo(2);
		assertThat(provinces.get("pk-balochistan").weeks().current().incidents()).isEqualTo(1);
		assertThat(provinces.get("pk-punjab").period()).isEqualTo(Figures.NONE);
		assertThat(pakistan.ancestors()).extracting(RegionOption::slug).containsExactly("south-asia");
	}

	@Test
	void shouldEndTheDefaultPeriodAtTheLatestIncidentWhenNothingIsRecent() {
		SummaryPeriod now = this.queries.period(null, 12);
		assertThat(now.end()).isEqualTo(TODAY);
		assertThat(now.endMovedToLatest()).isFalse();

		this.jdbc
			.sql("update incident set status = 'DRAFT' where place_name in ('A first day of the window', "
					+ "'B last day of the window', 'C day after the window', 'N in Balochistan', 'O in Kunar')")
			.update();
		// the latest day-dated published incident is now H, 16 Feb 2031, more than 4
		// weeks before today
		SummaryPeriod moved = this.queries.period(null, 12);
		assertThat(moved.endMovedToLatest()).isTrue();
		assertThat(moved.end()).isEqualTo(LocalDate.of(2031, 2, 16));
		assertThat(moved.currentEnd()).isEqualTo(LocalDate.of(2031, 2, 16));
	}

	@Test
	void shouldFollowPublicationRetractionAndEdits() {
		long kp = region("pk-khyber-pakhtunkhwa").id();
		// the figures alone: the same incidents in the same buckets
		this.jdbc
			.sql("update incident set fatalities_best = 4, fatalities_high = 6 "
					+ "where place_name = 'A first day of the window'")
			.update();
		assertThat(this.queries.headline(kp, period(null)).current()).isEqualTo(new Figures(2, 14, 12, 16, 0));
		this.jdbc
			.sql("update incident set fatalities_best = 3, fatalities_high = 5 "
					+ "where place_name = 'A first day of the window'")
			.update();
		this.jdbc.sql("update incident set status = 'PUBLISHED' where place_name = 'E draft'").update();
		assertThat(this.queries.headline(kp, period(null)).current()).isEqualTo(new Figures(3, 63, 62, 65, 0));
		this.jdbc
			.sql("update incident set status = 'RETRACTED', retraction_reason = 'test' "
					+ "where place_name = 'A first day of the window'")
			.update();
		assertThat(this.queries.headline(kp, period(null)).current()).isEqualTo(new Figures(2, 60, 60, 60, 0));
		// moved out of the province, and its date to the previous window
		this.jdbc
			.sql("update incident set admin1_id = (select id from region where slug = 'pk-punjab'), "
					+ "admin2_id = null where place_name = 'E draft'")
			.update();
		this.jdbc.sql("update incident set occurred_on = '2031-02-01' where place_name = 'B last day of the window'")
			.update();
		Comparison after = this.queries.headline(kp, period(null));
		assertThat(after.current().incidents()).isZero();
		assertThat(after.previous().incidents()).isEqualTo(3);
		assertThat(this.queries.headline(region("pk-punjab").id(), period(null)).current().incidents()).isEqualTo(1);
		assertSummaryTableMatchesTheIncidents();
	}

	@Test
	void shouldFollowGroupsAddedAndRemovedAndIncidentsDeleted() {
		this.jdbc.sql("""
				insert into incident_actor (incident_id, group_id, role)
				select i.id, (select id from militant_group where slug = 'bla'), 'SUSPECTED'
				  from incident i where i.place_name in ('A first day of the window', 'E draft')""").update();
		this.jdbc.sql("""
				delete from incident_actor where group_id = (select id from militant_group where slug = 'tjp')
				   and incident_id in (select id from incident where place_name = 'B last day of the window')""")
			.update();
		RegionSummary summary = summary("pk-khyber-pakhtunkhwa", null, null, SummaryPrecision.MONTH);
		assertThat(summary.groups()).extracting(Breakdown::key).containsExactly("ttp", "bla");
		assertThat(summary.groups().get(1).weeks().current().incidents()).isEqualTo(1);

		this.jdbc.sql("delete from incident where place_name in ('A first day of the window', 'N in Balochistan')")
			.update();
		assertThat(this.queries.headline(region("pakistan").id(), period(null)).current().incidents()).isEqualTo(1);
		assertSummaryTableMatchesTheIncidents();
	}

	@Test
	void shouldKeepTheTableEqualToTheIncidentsAfterTheFixtures() {
		assertSummaryTableMatchesTheIncidents();
	}

	/**
	 * The summary table's counts by region and group against the same counted afresh from
	 * the published incidents.
	 */
	private void assertSummaryTableMatchesTheIncidents() {
		String counted = """
				with facts as (
				     select i.*, 0::bigint as gid from incident i where i.status = 'PUBLISHED'
				     union all
				     select i.*, g.group_id from incident i join incident_group g on g.incident_id = i.id
				      where i.status = 'PUBLISHED')
				select r.region_id, f.gid, f.date_precision, count(*) as n,
				       sum(coalesce(f.fatalities_best, f.fatalities_low, f.fatalities_high, 0)) as fatalities
				  from facts f
				  left join region w on w.id = f.country_id
				  cross join lateral (values (f.country_id), (f.admin1_id), (f.admin2_id), (w.parent_id)) r(region_id)
				 where r.region_id is not null
				 group by 1, 2, 3
				""";
		String kept = """
				select region_id, group_id, date_precision, sum(incidents) as n, sum(fatalities) as fatalities
				  from region_incident_summary group by 1, 2, 3 having sum(incidents) <> 0 or sum(fatalities) <> 0
				""";
		List<String> expected = this.jdbc.sql(counted + " order by 1, 2, 3")
			.query((rs, n) -> rs.getLong(1) + "/" + rs.getLong(2) + "/" + rs.getString(3) + ": " + rs.getLong(4) + ", "
					+ rs.getLong(5))
			.list();
		List<String> actual = this.jdbc.sql(kept + " order by 1, 2, 3")
			.query((rs, n) -> rs.getLong(1) + "/" + rs.getLong(2) + "/" + rs.getString(3) + ": " + rs.getLong(4) + ", "
					+ rs.getLong(5))
			.list();
		assertThat(actual).isEqualTo(expected);
	}

	private RegionSummary summary(String slug, Long group, String type, SummaryPrecision precision) {
		return this.queries.summary(region(slug), period(null), group, type, precision);
	}

	private SummaryPeriod period(LocalDate end) {
		return this.queries.period(end, 12);
	}

	private RegionOption region(String slug) {
		return this.regions.find(slug).orElseThrow();
	}

	private static Map<LocalDate, MonthFigures> byMonth(RegionSummary summary) {
		Map<LocalDate, MonthFigures> months = new java.util.HashMap<>();
		summary.months().forEach((m) -> months.put(m.month(), m));
		return months;
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Today {

		@Bean
		SummaryClock summaryClock() {
			return new SummaryClock(TODAY, Clock.systemUTC());
		}

	}

}
