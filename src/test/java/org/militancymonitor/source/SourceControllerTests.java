package org.militancymonitor.source;

import org.junit.jupiter.api.Test;
import org.militancymonitor.PostgresSpringBootTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The source list and the source page over the seed: every claim with the facts it
 * supports, denials marked, the incidents of a claim capped, 404 for an unknown source,
 * never a 500.
 */
@PostgresSpringBootTest
@WithMockUser(roles = "ANALYST")
class SourceControllerTests {

	private static final String ARTICLE_000 = "/sources/article-000-denmark-warns-unsc-on-ttp";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void shouldListTheSeededSourcesWithTheirClaimCounts() throws Exception {
		this.mvc.perform(get("/sources"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"" + ARTICLE_000 + "\""),
					containsString("href=\"/sources/article-001-un-report-taliban-support-for-ttp\""),
					containsString("href=\"/sources/un-consolidated-list-2020-03-20\""),
					containsString("[Denmark warns UN Security Council of TTP threat]"), containsString("News article"),
					containsString("NEW YORK"), containsString("claim-count\">22<"))));
	}

	@Test
	@Transactional
	void shouldLeaveTheSyntheticSourceOutOfTheList() throws Exception {
		insertSyntheticSource(0);
		this.mvc.perform(get("/sources"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"" + ARTICLE_000 + "\""),
					not(containsString("synthetic-generator")), not(containsString("Synthetic incidents for")))));
	}

	@Test
	void shouldShowTheSixThousandEstimateBeneathTheClaimThatCarriesIt() throws Exception {
		String page = this.mvc.perform(get(ARTICLE_000))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("NEW YORK"), containsString("000_b243e62bc1dd2bd1.txt"),
					containsString("22 claims extracted"), containsString("Sandra Jensen Landi (Denmark)"),
					containsString("The source itself"),
					containsString("href=\"/reports/committee-chair-briefing-000\""),
					containsString("href=\"/groups/ttp\""), containsString("Tehreek-i-Taliban Pakistan"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		int claim = page.indexOf("id=\"claim-a000-03\"");
		int quote = page.indexOf("an estimated 6,000 TTP fighters were active in Afghanistan");
		int estimate = page.indexOf("6,000</td>");
		int nextClaim = page.indexOf("id=\"claim-a000-04\"");
		assertThat(claim).isPositive();
		assertThat(quote).isGreaterThan(claim).isLessThan(estimate);
		assertThat(estimate).isLessThan(nextClaim);
	}

	@Test
	void shouldMarkKabulsDenialAsADenialUnderTheShelterRelationship() throws Exception {
		String page = this.mvc.perform(get(ARTICLE_000))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		int denial = page.indexOf("id=\"claim-a000-18\"");
		assertThat(denial).isPositive();
		String claim = page.substring(page.lastIndexOf("<article", denial), page.indexOf("</article>", denial));
		assertThat(claim).contains("claim-denial", ">denies<", "an allegation Kabul denies",
				"Kabul (Taliban administration)", "shelters", "href=\"/groups/afghan-taliban\"");
		String assertion = page.substring(page.lastIndexOf("<article", page.indexOf("id=\"claim-a000-17\"")),
				page.indexOf("</article>", page.indexOf("id=\"claim-a000-17\"")));
		assertThat(assertion).contains(">asserts<").doesNotContain("claim-denial");
	}

	@Test
	@Transactional
	void shouldListTheFirstFiftyIncidentsOfAClaimAndCountTheRest() throws Exception {
		insertSyntheticSource(60);
		String page = this.mvc.perform(get("/sources/synthetic-generator"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("and 10 more")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page.split("class=\"incident\"", -1)).hasSize(51);
		long first = this.jdbc.sql("select min(id) from incident where summary like 'Synthetic incident: test%'")
			.query(Long.class)
			.single();
		assertThat(page).contains("href=\"/incidents/" + first + "\"")
			.doesNotContain("href=\"/incidents/" + (first + 59) + "\"");
	}

	@Test
	@Transactional
	void shouldStopCountingTheIncidentsOfAClaimAtTheCap() throws Exception {
		insertSyntheticSource(SourceQueries.INCIDENTS_COUNTED + 10);
		this.mvc.perform(get("/sources/synthetic-generator"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("and more than 9,950 more")));
	}

	@Test
	void shouldAnswerNotFoundForAnUnknownSource() throws Exception {
		this.mvc.perform(get("/sources/no-such-source"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("Exception"))));
	}

	@Test
	void shouldNotFailOnHostileSlugs() throws Exception {
		this.mvc.perform(get("/sources/x' or '1'='1"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("Exception"))));
		// Spring Security's firewall refuses a NUL, an encoded percent sign and a
		// semicolon in the path before any handler sees it
		this.mvc.perform(get("/sources/%00%27;drop table source;--"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(not(containsString("Exception"))));
	}

	/**
	 * The benchmark script's source and claim, with {@code incidents} synthetic incidents
	 * linked to the claim (the test's transaction rolls them back).
	 */
	private void insertSyntheticSource(int incidents) {
		this.jdbc
			.sql("insert into source (slug, title, kind) values ('synthetic-generator', "
					+ "'[Synthetic incidents for benchmarking]', 'OTHER')")
			.update();
		this.jdbc.sql("""
				insert into claim (ref, source_id, quote, claimant_kind, confidence)
				values ('synthetic-generator', (select id from source where slug = 'synthetic-generator'),
				        'Synthetic incident generated for load testing; not a real event.', 'SOURCE', 'LOW')""")
			.update();
		this.jdbc.sql("""
				insert into incident (location_precision, event_type, sub_event_type, summary, status, synthetic)
				select 'UNKNOWN', 'BATTLES', 'ARMED_CLASH', 'Synthetic incident: test ' || n, 'PUBLISHED', true
				  from generate_series(1, :n) n""").param("n", incidents).update();
		this.jdbc.sql("""
				insert into incident_claim (incident_id, claim_id)
				select i.id, (select id from claim where ref = 'synthetic-generator')
				  from incident i where i.summary like 'Synthetic incident: test%'""").update();
	}

}
