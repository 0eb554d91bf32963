package org.militancymonitor.incident;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.militancymonitor.PostgresDataJpaTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.jdbc.Sql;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The incident list's SQL on real PostgreSQL, over fixtures dated 2031 so that the seed
 * and any synthetic data stay out of the way.
 */
@PostgresDataJpaTest
@Sql("/incident/incident-fixtures.sql")
class IncidentRepositoryTests {

	@Autowired
	IncidentRepository incidents;

	@Autowired
	JdbcClient jdbc;

	@Test
	void shouldListPublishedIncidentsInADateRangeNewestFirst() {
		IncidentListing listing = list(in2031());
		assertThat(places(listing)).containsExactly("Fixture Echo", "Fixture Charlie", "Fixture Bravo",
				"Fixture Alpha");
		assertThat(listing.total()).isEqualTo(4);
	}

	@Test
	void shouldFilterByProvinceAndGroupAndType() {
		IncidentFilter filter = in2031();
		filter.setType(EventType.BATTLES);
		assertThat(places(list(filter, null, id("region", "pk-khyber-pakhtunkhwa"), id("militant_group", "ttp"))))
			.containsExactly("Fixture Echo", "Fixture Alpha");
		assertThat(places(list(in2031(), id("region", "afghanistan"), null, null))).containsExactly("Fixture Charlie");
		assertThat(places(list(in2031(), null, null, id("militant_group", "bla")))).containsExactly("Fixture Bravo");
	}

	@Test
	void shouldFilterByFatalitiesAndSortByThem() {
		IncidentFilter filter = in2031();
		filter.setMinFatalities(5);
		filter.setSort(IncidentSort.FATALITIES);
		assertThat(places(list(filter))).containsExactly("Fixture Bravo", "Fixture Echo");
		filter.setMinFatalities(null);
		filter.setDir(SortDirection.ASC);
		assertThat(places(list(filter))).containsExactly("Fixture Charlie", "Fixture Alpha", "Fixture Echo",
				"Fixture Bravo");
	}

	@Test
	void shouldShowDraftsOnlyWhenAskedFor() {
		IncidentFilter filter = in2031();
		filter.setStatus(IncidentStatus.DRAFT);
		assertThat(places(list(filter))).containsExactly("Fixture Delta");
	}

	@Test
	void shouldPageWithoutLosingOrRepeatingRows() {
		IncidentFilter filter = in2031();
		filter.setSize(3);
		IncidentListing first = list(filter);
		filter.setPage(1);
		IncidentListing second = list(filter);
		assertThat(places(first)).containsExactly("Fixture Echo", "Fixture Charlie", "Fixture Bravo");
		assertThat(places(second)).containsExactly("Fixture Alpha");
		assertThat(first.pageCount()).isEqualTo(2);
		assertThat(first.hasNext()).isTrue();
		assertThat(second.hasNext()).isFalse();
	}

	@Test
	void shouldAggregatePerpetratorsAndLocationInTheRow() {
		IncidentFilter filter = in2031();
		filter.setSize(1);
		filter.setSort(IncidentSort.FATALITIES);
		IncidentRow bravo = list(filter).rows().get(0);
		assertThat(bravo.perpetrators()).isEqualTo("BLA");
		assertThat(bravo.location()).isEqualTo("Fixture Bravo, Balochistan, Pakistan");
		assertThat(bravo.fatalities()).isEqualTo(40);
	}

	@Test
	void shouldCapTheCountAtTheWindow() {
		this.jdbc.sql("""
				insert into incident (occurred_on, date_precision, location_precision, event_type, sub_event_type,
				                      summary, status, synthetic)
				select date '2032-01-01', 'DAY', 'UNKNOWN', 'BATTLES', 'ARMED_CLASH', 'Bulk fixture', 'PUBLISHED', true
				  from generate_series(1, 10005)
				""").update();
		IncidentFilter filter = new IncidentFilter();
		filter.setFrom(LocalDate.of(2032, 1, 1));
		IncidentListing listing = list(filter);
		assertThat(listing.isTotalCapped()).isTrue();
		assertThat(listing.countedAtLeast()).isEqualTo(IncidentFilter.EXACT_COUNT);
		assertThat(listing.pageCount()).isEqualTo(IncidentFilter.EXACT_COUNT / filter.getSize() + 1);
		filter.setPage(300);
		IncidentListing deep = list(filter);
		assertThat(deep.rows()).hasSize(filter.getSize());
		assertThat(deep.countedAtLeast()).isEqualTo(301L * 25 + 2 * 25);
		assertThat(deep.hasNext()).isTrue();
	}

	private IncidentFilter in2031() {
		IncidentFilter filter = new IncidentFilter();
		filter.setFrom(LocalDate.of(2031, 1, 1));
		filter.setTo(LocalDate.of(2031, 12, 31));
		return filter;
	}

	private IncidentListing list(IncidentFilter filter) {
		return list(filter, null, null, null);
	}

	private IncidentListing list(IncidentFilter filter, Long country, Long province, Long group) {
		return this.incidents.list(new ResolvedFilter(filter, country, province, group));
	}

	private Long id(String table, String slug) {
		return this.jdbc.sql("select id from " + table + " where slug = ?").param(slug).query(Long.class).single();
	}

	private static List<String> places(IncidentListing listing) {
		return listing.rows().stream().map(IncidentRow::placeName).toList();
	}

}
