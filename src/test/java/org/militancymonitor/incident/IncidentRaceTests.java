package org.militancymonitor.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.militancymonitor.PostgresSpringBootTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Two editors save the same draft from the same version at the same moment, a hundred
 * times: each time exactly one save wins, the other gets the conflict page with nothing
 * of theirs saved, and the audit holds one revision per save that won.
 */
@PostgresSpringBootTest
@WithMockUser(roles = "ANALYST")
class IncidentRaceTests {

	static final int ROUNDS = 100;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeWhatWasEntered() {
		this.jdbc.sql("delete from incident where created_by like 'editor-%'").update();
		this.jdbc
			.sql("delete from claim c where c.ref like 'entered-%' and not exists "
					+ "(select 1 from incident_claim ic where ic.claim_id = c.id)")
			.update();
		this.jdbc.sql("delete from form_submission where username like 'editor-%'").update();
	}

	@Test
	void shouldLetExactlyOneOfTwoSimultaneousSavesWinEveryTime() throws Exception {
		MvcResult created = this.mvc
			.perform(IncidentFormControllerTests.valid(post("/incidents/new"), "summary", "Race round 0"))
			.andReturn();
		long id = Long.parseLong(created.getResponse().getRedirectedUrl().substring("/incidents/".length()));
		ExecutorService editors = Executors.newFixedThreadPool(2);
		try {
			for (int round = 1; round <= ROUNDS; round++) {
				String version = this.jdbc.sql("select version from incident where id = ?")
					.param(id)
					.query(String.class)
					.single();
				long revisionsBefore = revisions(id);
				CyclicBarrier start = new CyclicBarrier(2);
				List<Future<Integer>> saves = new ArrayList<>();
				for (String summary : new String[] { "Round " + round + " by A", "Round " + round + " by B" }) {
					saves.add(editors.submit(() -> {
						start.await(60, TimeUnit.SECONDS);
						return this.mvc
							.perform(IncidentFormControllerTests.withToken(post("/incidents/" + id + "/edit"),
									UUID.randomUUID().toString(), "version", version, "summary", summary))
							.andReturn()
							.getResponse()
							.getStatus();
					}));
				}
				List<Integer> statuses = new ArrayList<>();
				for (Future<Integer> save : saves) {
					statuses.add(save.get(60, TimeUnit.SECONDS));
				}
				assertThat(statuses).as("round %d", round).containsExactlyInAnyOrder(302, 409);
				String summary = this.jdbc.sql("select summary from incident where id = ?")
					.param(id)
					.query(String.class)
					.single();
				assertThat(summary).as("round %d", round).startsWith("Round " + round + " by ");
				assertThat(revisions(id)).as("round %d", round).isEqualTo(revisionsBefore + 1);
			}
		}
		finally {
			editors.shutdownNow();
			assertThat(editors.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
		}
	}

	private long revisions(long id) {
		return this.jdbc.sql("select count(*) from incident_aud where id = ?").param(id).query(Long.class).single();
	}

}
