package org.militancymonitor.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.militancymonitor.PostgresSpringBootTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The History page of each kind of record over the seed: its first revision names where
 * its data came from, its fields are listed with their labels, the detail page links to
 * it, an unknown record is a 404, and nothing on it writes.
 */
@PostgresSpringBootTest
@WithMockUser(roles = "ANALYST")
class HistoryPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void shouldShowASeedIncidentSeededFromItsArticleWithItsActors() throws Exception {
		long id = this.jdbc.sql("""
				select min(ic.incident_id) from incident_claim ic join claim c on c.id = ic.claim_id
				  join source s on s.id = c.source_id where s.slug = 'article-000-denmark-warns-unsc-on-ttp'""")
			.query(Long.class)
			.single();
		String page = this.mvc.perform(get("/incidents/{id}/history", id))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("History of incident " + id),
					containsString("seeded from [Denmark warns UN Security Council of TTP threat]"),
					containsString("by seed"), containsString("Created"), containsString("Event type"),
					containsString("Actor "), containsString("Claims (ids)"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// The history is read-only: the only form is the navigation's sign-out.
		assertThat(page.substring(page.indexOf("<main"))).doesNotContain("method=\"post\"");
		this.mvc.perform(get("/incidents/{id}", id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/incidents/" + id + "/history\"")));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					/groups/ttp                                   | seeded from the reference data
					/sources/article-003-treat-ttp-same-as-daesh  | seeded from Treat TTP threat same as Daesh, Pakistan tells world
					/reports/committee-chair-briefing-000         | seeded from [Denmark warns UN Security Council of TTP threat]
					/actors/pakistan                              | seeded from the reference data
					""")
	void shouldShowEachKindOfRecordsHistoryLinkedFromItsPage(String record, String reason) throws Exception {
		this.mvc.perform(get(record + "/history"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(reason), containsString("History of "))));
		this.mvc.perform(get(record))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"" + record + "/history\"")));
	}

	@Test
	void shouldShowAStatementsHistory() throws Exception {
		long id = this.jdbc.sql("select min(id) from statement").query(Long.class).single();
		this.mvc.perform(get("/statements/{id}/history", id))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("History of statement " + id),
					containsString("seeded from "), containsString("Stance"))));
		this.mvc.perform(get("/statements/{id}", id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/statements/" + id + "/history\"")));
	}

	@Test
	void shouldShowAGroupsPartsSeededFromTheirSources() throws Exception {
		this.mvc.perform(get("/groups/ttp/history"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Alias "), containsString("Designation "),
					containsString("Relationship "), containsString("seeded from United Nations Security Council"))));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "/incidents/999999999/history", "/groups/no-such-group/history", "/sources/no-such-source/history",
			"/reports/no-such-report/history", "/statements/999999999/history", "/actors/no-such-actor/history" })
	void shouldAnswer404ForAnUnknownRecord(String url) throws Exception {
		this.mvc.perform(get(url)).andExpect(status().isNotFound());
	}

}
