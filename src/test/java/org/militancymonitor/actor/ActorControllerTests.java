package org.militancymonitor.actor;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.militancymonitor.PostgresSpringBootTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The actor page over the seed: a state's statements, its officials and its other claims;
 * 404 for an unknown actor, never a 500.
 */
@PostgresSpringBootTest
@WithMockUser(roles = "ANALYST")
class ActorControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void shouldListPakistansStatementsAndOfficials() throws Exception {
		long akram = this.jdbc
			.sql("select s.id from statement s join claim c on c.id = s.claim_id where c.ref = 'a004-10'")
			.query(Long.class)
			.single();
		this.mvc.perform(get("/actors/pakistan"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("<h1>Pakistan</h1>"), containsString("id=\"actor-statements\""),
						containsString("href=\"/statements/" + akram + "\""), containsString("href=\"/groups/ttp\""),
						containsString("href=\"/groups/isil-k\""), containsString("accuses"), containsString("rejects"),
						containsString("class=\"evidence"), containsString("id=\"actor-people\""),
						containsString("Usman Jadoon"), containsString("Munir Akram"), containsString("Asif Durani"))));
	}

	@Test
	void shouldListEveryStatementOfPakistan() throws Exception {
		long count = this.jdbc
			.sql("select count(*) from statement s join actor a on a.id = s.actor_id where a.slug = 'pakistan'")
			.query(Long.class)
			.single();
		String html = this.mvc.perform(get("/actors/pakistan")).andReturn().getResponse().getContentAsString();
		assertThat(html.split("<tr class=\"statement\"", -1)).hasSize((int) count + 1);
	}

	@Test
	void shouldShowTheClaimsAnActorAssertsThatAreNotStatements() throws Exception {
		String quote = this.jdbc.sql("""
				select c.quote from claim c join actor a on a.id = c.claimant_actor_id
				 where a.slug = 'united-states' and not exists (select 1 from statement s where s.claim_id = c.id)
				 order by c.ref limit 1""").query(String.class).optional().orElse(null);
		this.mvc.perform(get("/actors/united-states"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Dorothy Shea"), containsString("id=\"actor-claims\""))));
		if (quote != null) {
			this.mvc.perform(get("/actors/united-states")).andExpect(content().string(containsString(quote)));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "no-such-actor", "Pakistan", "%27%20or%201%3D1--", "x-y-", "%C3%A9t%C3%A9" })
	void shouldAnswerNotFoundForAnUnknownActor(String slug) throws Exception {
		// sent as a browser sends it, not encoded again (an encoded percent sign is
		// refused by Spring Security's firewall)
		this.mvc.perform(get(URI.create("/actors/" + slug))).andExpect(status().isNotFound());
	}

	@Test
	void shouldAnswerNotFoundForAVeryLongSlug() throws Exception {
		this.mvc.perform(get("/actors/" + "a".repeat(5000))).andExpect(status().isNotFound());
	}

	@Test
	void shouldNeverAnswerAServerErrorToAHostileQueryString() throws Exception {
		int status = this.mvc.perform(get("/actors/pakistan?id=1&slug=%00&x=%27"))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).isEqualTo(200);
	}

}
