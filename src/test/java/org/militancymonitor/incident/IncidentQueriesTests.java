package org.militancymonitor.incident;

import org.militancymonitor.review.ReviewStatus;
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
class IncidentQueriesTests {

	@Autowired
	IncidentQueries incidents;

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
	void shouldGiveEachRowItsDateAndTypeAsTheListShowsThem() {
		IncidentRow alpha = list(in2031()).rows()
			.stream()
			.filter((r) -> "Fixture Alpha".equals(r.placeName()))
			.findFirst()
			.orElseThrow();
		assertThat(alpha.date()).isEqualTo("5 Jan 2031");
		assertThat(alpha.type()).isEqualTo("Armed clash");
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
		filter.setStatus(ReviewStatus.DRAFT);
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
	void shouldCountTheMatchesOnAPagePastTheLast() {
		IncidentFilter filter = in2031();
		filter.setSize(2);
		for (int page : new int[] { 2, 5, 449, 450, 4999 }) {
			filter.setPage(page);
			IncidentListing listing = list(filter);
			assertThat(listing.rows()).as("page %d", page).isEmpty();
			assertThat(listing.total()).as("page %d", page).isEqualTo(4);
			assertThat(listing.pageCount()).as("page %d", page).isEqualTo(2);
		}
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
	void shouldNameEveryPartyButTheTargetsOnceInAlphabeticalOrderWhateverTheCase() {
		this.jdbc
			.sql("""
					insert into incident_actor (incident_id, group_id, actor_id, role)
					select i.id, g.id, a.id, r.role
					  from incident i,
					       (values ('aqis', null, 'CLAIMED_BY'), ('afghan-taliban', null, 'SUSPECTED'), ('bla', null, 'SUSPECTED'),
					               (null, 'pakistan', 'PERPETRATOR'), (null, 'united-states', 'TARGET')) r(grp, act, role)
					  left join militant_group g on g.slug = r.grp
					  left join actor a on a.slug = r.act
					 where i.summary = 'Fixture bravo bombing'
					""")
			.update();
		IncidentFilter filter = in2031();
		filter.setSize(1);
		filter.setSort(IncidentSort.FATALITIES);
		assertThat(list(filter).rows().get(0).perpetrators()).isEqualTo("Afghan Taliban, AQIS, BLA, Pakistan");
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
		filter.setSize(99);
		filter.setPage(101);
		assertThat(list(filter).rows()).as("the page ending past the window, rows 9,999 to 10,005").hasSize(6);
	}

	@Test
	void shouldAgreeWithAPlainQueryForEveryCombinationOfFilters() {
		Long pakistan = id("region", "pakistan");
		Long khyber = id("region", "pk-khyber-pakhtunkhwa");
		int compared = 0;
		for (String group : new String[] { null, "ttp", "bla" }) {
			for (Long[] place : new Long[][] { { null, null }, { pakistan, null }, { null, khyber } }) {
				for (EventType type : new EventType[] { null, EventType.BATTLES }) {
					for (int range = 0; range < 3; range++) {
						for (IncidentSort sort : IncidentSort.values()) {
							for (int page = 0; page < 3; page++) {
								IncidentFilter filter = new IncidentFilter();
								filter.setType(type);
								if (range == 1) {
									filter.setFrom(LocalDate.of(2031, 2, 1));
									filter.setTo(LocalDate.of(2031, 12, 31));
								}
								else if (range == 2) {
									filter.setMinFatalities(5);
								}
								filter.setSort(sort);
								filter.setDir((sort == IncidentSort.DATE) ? SortDirection.DESC : SortDirection.ASC);
								filter.setSize(2);
								filter.setPage(page);
								Long groupId = (group != null) ? id("militant_group", group) : null;
								IncidentListing listing = list(filter, place[0], place[1], groupId);
								List<Long> expected = plainQuery(filter, place[0], place[1], groupId);
								assertThat(listing.rows().stream().map(IncidentRow::id).toList())
									.as("%s %s %s %s range %d page %d", group, place[0], place[1], type, range, page)
									.isEqualTo(expected.stream().skip(2L * page).limit(2).toList());
								assertThat(listing.total()).isEqualTo(expected.size());
								compared++;
							}
						}
					}
				}
			}
		}
		assertThat(compared).isEqualTo(324);
	}

	/**
	 * The list's rows the simplest way, without incident_group or the count's cap.
	 */
	private List<Long> plainQuery(IncidentFilter filter, Long country, Long province, Long group) {
		String column = (filter.getSort() == IncidentSort.FATALITIES) ? "i.fatalities" : "i.occurred_on";
		String order = (filter.getDir() == SortDirection.DESC) ? column + " desc nulls last, i.id desc"
				: column + " asc nulls first, i.id asc";
		return this.jdbc.sql("""
				select i.id from incident i
				 where i.status = 'PUBLISHED'
				   and (cast(:from as date) is null or i.occurred_on >= :from)
				   and (cast(:to as date) is null or i.occurred_on <= :to)
				   and (cast(:country as bigint) is null or i.country_id = :country)
				   and (cast(:province as bigint) is null or i.admin1_id = :province)
				   and (cast(:type as text) is null or i.event_type = :type)
				   and (cast(:min as integer) is null or i.fatalities >= :min)
				   and (cast(:group as bigint) is null
				        or exists (select 1 from incident_actor a where a.incident_id = i.id and a.group_id = :group))
				 order by""" + " " + order)
			.param("from", filter.getFrom())
			.param("to", filter.getTo())
			.param("country", country)
			.param("province", province)
			.param("type", (filter.getType() != null) ? filter.getType().name() : null)
			.param("min", filter.getMinFatalities())
			.param("group", group)
			.query(Long.class)
			.list();
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
