package org.militancymonitor.home;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.militancymonitor.Await;
import org.militancymonitor.PostgresSpringBootTest;
import org.militancymonitor.SignedIn;
import org.militancymonitor.region.Comparison;
import org.militancymonitor.region.RegionDirectory;
import org.militancymonitor.region.RegionSummaryQueries;
import org.militancymonitor.region.SummaryPeriod;
import org.militancymonitor.system.DataChanges;
import org.militancymonitor.system.DataChangesBarrier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The home page's parts over the seed, each checked against what the data says read here
 * from the incidents, designations and pages themselves (not from the summary table): the
 * headline per region with its link, the groups active, the contested subjects as the
 * contested page shows them, the latest UN listings, incidents and statements (drafts and
 * retracted statements never), the map of the four weeks counting incidents dated to the
 * day only, and the groups table below. The page is kept by the page cache only once the
 * group counts caught up with a change.
 */
@PostgresSpringBootTest
@WithMockUser(roles = "ANALYST")
class HomeControllerTests {

	static final String FIXTURE = "Home fixture";

	/**
	 * Editors are served fresh renderings: a page kept before another test's change may
	 * still be served, stale, for a few seconds after it.
	 */
	static final RequestPostProcessor FRESH = SignedIn.editor("home-reader");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	HomeQueries home;

	@Autowired
	RegionSummaryQueries summaries;

	@Autowired
	RegionDirectory regions;

	@Autowired
	DataChanges changes;

	@Autowired
	DataSource dataSource;

	@AfterEach
	void removeFixtures() {
		this.jdbc.sql("delete from incident where summary like :f").param("f", FIXTURE + "%").update();
		this.jdbc.sql("delete from statement where summary like :f").param("f", FIXTURE + "%").update();
		this.jdbc.sql("delete from claim where ref = 'home-fixture-claim'").update();
		this.jdbc.sql("delete from source where slug = 'home-fixture-source'").update();
		this.jdbc.sql("delete from designation where regime like :f").param("f", FIXTURE + "%").update();
		this.jdbc.sql("delete from militant_group where slug = 'home-fixture-group'").update();
	}

	@Test
	void shouldShowTheHeadlineOfEachRegionOfTheTheatreLinkingToItsSummary() throws Exception {
		String page = page();
		SummaryPeriod period = this.summaries.defaultPeriod();
		assertThat(this.home.front().period()).isEqualTo(period);
		String table = element(page, "id=\"home-headline-table\"", "</table>");
		List<String> rows = attributes(table, "tr", "data-region");
		assertThat(rows).containsExactly("pakistan", "afghanistan", "south-asia");
		for (String slug : rows) {
			String row = element(table, "data-region=\"" + slug + "\"", "</tr>");
			Comparison expected = this.summaries.headline(this.regions.find(slug).orElseThrow().id(), period);
			assertThat(row).contains("href=\"/regions/" + slug + "\"")
				.contains("class=\"headline-incidents\" href=\"/regions/" + slug + "\">"
						+ String.format(Locale.ROOT, "%,d", expected.current().incidents()) + "</a>")
				.contains("class=\"text-end fs-5 headline-fatalities\">"
						+ String.format(Locale.ROOT, "%,d", expected.current().fatalities()) + "</td>")
				.contains("change-flag");
		}
		assertThat(page).contains("id=\"home-period\"", "id=\"home-rule\"", "href=\"/regions/south-asia#rule\"");
	}

	/**
	 * The seed dates no incident to the day (HomeHeadlineTests counts a fixture's): the
	 * counts are checked against the incidents whatever they hold.
	 */
	@Test
	void shouldCountTheGroupsActiveAndTheMonthOnlyIncidentsFromTheIncidentsThemselves() throws Exception {
		String page = page();
		HomeFront front = this.home.front();
		SummaryPeriod p = front.period();
		List<String> active = this.jdbc.sql("""
				select g.slug from incident i
				  join incident_actor ia on ia.incident_id = i.id
				  join militant_group g on g.id = ia.group_id
				  join region c on c.id = i.country_id
				  join region w on w.id = c.parent_id
				 where w.slug = 'south-asia' and i.status = 'PUBLISHED' and i.date_precision = 'DAY'
				   and i.occurred_on between :from and :to and g.retracted_at is null
				 group by g.slug, g.name
				 order by count(distinct i.id) desc, g.name
				""")
			.param("from", Date.valueOf(p.currentStart()))
			.param("to", Date.valueOf(p.currentEnd()))
			.query(String.class)
			.list();
		assertThat(front.activeGroups()).extracting(RegionSummaryQueries.ActiveGroup::slug)
			.containsExactlyElementsOf(active);
		assertThat(page)
			.contains("id=\"home-active-count\" href=\"/regions/south-asia#groups\">" + active.size() + "<");
		assertThat(attributes(element(page, "id=\"home-active-groups\"", "</ul>"), "li", "data-group"))
			.containsExactlyElementsOf(active.subList(0, Math.min(active.size(), HomeQueries.ACTIVE_NAMED)));

		long monthOnly = this.jdbc.sql("""
				select count(*) from incident i
				  join region c on c.id = i.country_id
				  join region w on w.id = c.parent_id
				 where w.slug = 'south-asia' and i.status = 'PUBLISHED' and i.date_precision = 'MONTH'
				   and i.occurred_on between :from and :to
				""")
			.param("from", Date.valueOf(p.currentStart().withDayOfMonth(1)))
			.param("to", Date.valueOf(p.currentEnd().withDayOfMonth(1)))
			.query(Long.class)
			.single();
		assertThat(front.monthOnly()).isEqualTo(monthOnly);
		assertThat(page).contains("data-month-only=\"" + monthOnly + "\"");
	}

	@Test
	void shouldCountTheContestedSubjectsAsTheContestedPageShowsThem() throws Exception {
		String page = page();
		String contested = body(get("/contested").with(FRESH));
		int relationships = count(contested, "dispute-relationship");
		int responses = count(contested, "dispute-response");
		int figures = count(contested, "dispute-figure");
		assertThat(relationships + responses + figures).as("contested subjects in the seed").isPositive();
		assertThat(page)
			.contains("id=\"home-contested-count\" href=\"/contested\">" + (relationships + responses + figures) + "<")
			.contains("href=\"/contested#contested-relationships\"", "href=\"/contested#contested-responses\"",
					"href=\"/contested#contested-figures\"");
		assertThat(this.home.front().contested())
			.isEqualTo(new org.militancymonitor.group.ContestedQueries.Counts(relationships, responses, figures));
	}

	@Test
	void shouldListTheLatestUnListingsNewestFirstLinkingToTheGroups() throws Exception {
		String listings = element(page(), "id=\"home-listings-list\"", "</ul>");
		// the seed's UN Consolidated List entries: QDe.161 (2019) and QDe.132 (2011);
		// Pakistan's national bans are not UN listings
		assertThat(attributes(listings, "li", "data-group")).containsExactly("isil-k", "ttp");
		assertThat(listings)
			.contains("href=\"/groups/isil-k#designations\"", "href=\"/groups/ttp#designations\"", "QDe.161", "QDe.132",
					"14 May 2019")
			.doesNotContain("Anti-Terrorism Act");
	}

	@Test
	void shouldLeaveRetractedUnListingsAndThoseOfRetractedGroupsOut() throws Exception {
		this.jdbc.sql("""
				insert into militant_group (slug, name, kind, status)
				values ('home-fixture-group', 'Home fixture group', 'INSURGENT', 'ACTIVE')""").update();
		this.jdbc
			.sql("""
					insert into designation (group_id, authority_id, regime, reference_number, listed_on, listed_precision)
					select g.id, (select id from actor where slug = 'un-security-council'), :f || ' ' || v.regime, v.ref,
					       cast(v.listed as date), 'DAY'
					  from (values ('ttp', 'live', 'HFL.1', '2031-01-01'), ('ttp', 'retracted', 'HFR.1', '2031-02-01'),
					               ('home-fixture-group', 'of a retracted group', 'HFG.1', '2031-03-01')) as v(grp, regime, ref, listed)
					  join militant_group g on g.slug = v.grp""")
			.param("f", FIXTURE)
			.update();
		DataChangesBarrier.awaitEveryChangeHeard(this.changes, this.dataSource);
		Await.until("the home page to list the fixture's listings", () -> listings().contains("HFG.1"));
		assertThat(listings()).contains("HFL.1", "HFR.1", "HFG.1");

		this.jdbc
			.sql("""
					update designation set retracted_at = now(), retracted_by = 'editor', retraction_reason = 'Fixture retraction'
					 where regime = :regime""")
			.param("regime", FIXTURE + " retracted")
			.update();
		this.jdbc
			.sql("""
					update militant_group set retracted_at = now(), retracted_by = 'editor', retraction_reason = 'Fixture retraction'
					 where slug = 'home-fixture-group'""")
			.update();
		DataChangesBarrier.awaitEveryChangeHeard(this.changes, this.dataSource);
		Await.until("the home page to leave the retracted listings out", () -> !listings().contains("HFG.1"));
		assertThat(listings()).contains("HFL.1").doesNotContain("HFR.1").doesNotContain("home-fixture-group");
	}

	@Test
	void shouldDrawTheMapOfTheFourWeeksWithIncidentsDatedToTheDayOnly() throws Exception {
		String page = page();
		HomeFront front = this.home.front();
		SummaryPeriod p = front.period();
		assertThat(front.map().from()).isEqualTo(p.currentStart());
		assertThat(front.map().to()).isEqualTo(p.currentEnd());
		assertThat(front.map().dayDatedOnly()).isTrue();
		long inProvinces = this.jdbc.sql("""
				select count(*) from incident i
				  join region c on c.id = i.country_id
				  join region w on w.id = c.parent_id
				 where w.slug = 'south-asia' and i.admin1_id is not null and i.status = 'PUBLISHED'
				   and i.date_precision = 'DAY' and i.occurred_on between :from and :to
				""")
			.param("from", Date.valueOf(p.currentStart()))
			.param("to", Date.valueOf(p.currentEnd()))
			.query(Long.class)
			.single();
		assertThat(front.map().provinceIncidents()).isEqualTo(inProvinces);
		assertThat(page).contains("id=\"region-map-canvas\"", "id=\"region-map-day-dated\"",
				"href=\"/regions/south-asia\"", "/js/region-map.js");
		assertThat(page).contains("id=\"groups\"", "href=\"/groups/ttp\"", "class=\"text-end claim-count\"");
	}

	@Test
	void shouldListTheLatestPublishedIncidentsAndLiveStatementsOnly() throws Exception {
		long published = insertIncident("2029-12-30", "PUBLISHED");
		long draft = insertIncident("2029-12-31", "DRAFT");
		this.jdbc.sql("insert into source (slug, title, kind) values ('home-fixture-source', 'Home fixture', 'OTHER')")
			.update();
		this.jdbc.sql("""
				insert into claim (ref, source_id, quote, claimant_kind, confidence)
				values ('home-fixture-claim', (select id from source where slug = 'home-fixture-source'),
				        'Fixture quote.', 'SOURCE', 'LOW')
				""").update();
		long live = insertStatement("2029-12-30", false);
		long retracted = insertStatement("2029-12-31", true);
		DataChangesBarrier.awaitEveryChangeHeard(this.changes, this.dataSource);
		Await.until("the home page to list the fixtures", () -> page().contains("data-id=\"" + published + "\""));
		String page = page();
		List<String> incidents = attributes(element(page, "id=\"home-incidents-list\"", "</ul>"), "li", "data-id");
		assertThat(incidents).hasSize(HomeQueries.LATEST)
			.startsWith(String.valueOf(published))
			.doesNotContain(String.valueOf(draft));
		assertThat(page).contains("href=\"/incidents/" + published + "\"")
			.doesNotContain("href=\"/incidents/" + draft + "\"");
		List<String> statements = attributes(element(page, "id=\"home-statements-list\"", "</ul>"), "li", "data-id");
		assertThat(statements).hasSize(HomeQueries.LATEST)
			.startsWith(String.valueOf(live))
			.doesNotContain(String.valueOf(retracted));
		assertThat(page).contains("href=\"/statements/" + live + "\"", FIXTURE + " live statement")
			.doesNotContain(FIXTURE + " retracted statement");
	}

	@Test
	void shouldKeepTheHomePageOnlyOnceTheGroupCountsCaughtUpWithAChange() throws Exception {
		String before = groupRow(page(), "tjp");
		long incidents = Long.parseLong(count(before));
		long id = insertIncident("2029-12-29", "PUBLISHED");
		this.jdbc
			.sql("insert into incident_actor (incident_id, group_id, role) values (:i, "
					+ "(select id from militant_group where slug = 'tjp'), 'PERPETRATOR')")
			.param("i", id)
			.update();
		DataChangesBarrier.awaitEveryChangeHeard(this.changes, this.dataSource);
		// a page kept before the counts are refreshed would keep the old count until the
		// next change; the page served from the cache shows the new one
		Await.until("the kept home page to count the new incident", () -> {
			MockHttpServletResponse response = response();
			return "hit".equals(response.getHeader("X-Page-Cache"))
					&& count(groupRow(content(response), "tjp")).equals(String.valueOf(incidents + 1));
		});
	}

	private long insertIncident(String day, String status) {
		return this.jdbc
			.sql("""
					insert into incident (occurred_on, date_precision, country_id, admin1_id, location_precision, event_type,
					                      sub_event_type, fatalities_best, summary, status)
					values (cast(:day as date), 'DAY', (select id from region where slug = 'pakistan'),
					        (select id from region where slug = 'pk-khyber-pakhtunkhwa'), 'ADMIN1', 'BATTLES', 'ARMED_CLASH', 1,
					        :summary, :status)
					returning id
					""")
			.param("day", day)
			.param("summary", FIXTURE + " " + status + " " + day)
			.param("status", status)
			.query(Long.class)
			.single();
	}

	private long insertStatement(String day, boolean retracted) {
		return this.jdbc.sql("""
				insert into statement (actor_id, speaker_label, venue_kind, made_on, date_precision, stance, summary,
				                       claim_id, retracted_at, retracted_by, retraction_reason)
				values ((select id from actor where slug = 'pakistan'), 'Spokesperson', 'PRESS_STATEMENT',
				        cast(:day as date), 'DAY', 'WARNS', :summary,
				        (select id from claim where ref = 'home-fixture-claim'),
				        case when :retracted then now() end, case when :retracted then 'editor' end,
				        case when :retracted then 'Fixture retraction' end)
				returning id
				""")
			.param("day", day)
			.param("summary", FIXTURE + (retracted ? " retracted statement" : " live statement"))
			.param("retracted", retracted)
			.query(Long.class)
			.single();
	}

	/** The home page's list of the latest UN listings, rendered afresh. */
	private String listings() {
		return element(page(), "id=\"home-listings-list\"", "</ul>");
	}

	/** The home page rendered afresh. */
	private String page() {
		try {
			return this.mvc.perform(get("/").with(FRESH))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The home page as an analyst is served it, from the page cache when kept there. */
	private MockHttpServletResponse response() {
		try {
			return this.mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String content(MockHttpServletResponse response) {
		try {
			return response.getContentAsString();
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String body(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	/** The groups table's row of a group. */
	private static String groupRow(String page, String slug) {
		return element(element(page, "id=\"groups\"", "</table>"), "href=\"/groups/" + slug + "\"", "</tr>");
	}

	/** The incident count of a groups table row. */
	private static String count(String row) {
		Matcher matcher = Pattern.compile("incident-count\">(\\d+)<").matcher(row);
		assertThat(matcher.find()).as("an incident count in %s", row).isTrue();
		return matcher.group(1);
	}

	/** The text from a marker to the end that follows it. */
	static String element(String page, String start, String end) {
		int from = page.indexOf(start);
		assertThat(from).as("%s in the page", start).isNotNegative();
		return page.substring(from, page.indexOf(end, from) + end.length());
	}

	/** The values of an attribute of the elements of a tag, in order. */
	static List<String> attributes(String html, String tag, String attribute) {
		List<String> values = new ArrayList<>();
		Matcher matcher = Pattern.compile("<" + tag + "\\b[^>]*\\b" + attribute + "=\"([^\"]*)\"").matcher(html);
		while (matcher.find()) {
			values.add(matcher.group(1));
		}
		return values;
	}

	private static int count(String html, String part) {
		return html.split(Pattern.quote(part), -1).length - 1;
	}

}
