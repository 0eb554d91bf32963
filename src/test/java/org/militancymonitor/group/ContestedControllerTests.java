package org.militancymonitor.group;

import org.junit.jupiter.api.Test;
import org.militancymonitor.PostgresSpringBootTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Contested view and the profile's contested section show both sides of each dispute
 * in the seed.
 */
@PostgresSpringBootTest
@WithMockUser(roles = "ANALYST")
class ContestedControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void shouldShowTheShelterAccusationBesideKabulsDenial() throws Exception {
		this.mvc.perform(get("/contested"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("dispute-relationship"),
					containsString("Pakistan has long accused the Taliban administration of sheltering TTP militants"),
					containsString("an allegation Kabul denies"))));
	}

	@Test
	void shouldShowPakistanRejectingTheUsClaimAndTheTalibanRejectingTheUnReport() throws Exception {
		this.mvc.perform(get("/contested"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("dispute-response"), containsString("Munir Akram"),
					containsString("Dorothy Shea"), containsString("Zabihullah Mujahid"))));
	}

	@Test
	@Transactional
	void shouldShowDifferentEstimatesOfOneFigureSideBySide() throws Exception {
		this.jdbc.sql("""
				insert into estimate (group_id, metric, low, qualifier, claim_id)
				select (select id from militant_group where slug = 'ttp'), 'FIGHTERS', 4000, 'AT_LEAST',
				       (select id from claim where ref = 'a001-01')""").update();
		this.mvc.perform(get("/contested"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("dispute-figure"), containsString("6,000"), containsString("4,000"))));
		this.mvc.perform(get("/groups/ttp"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("dispute-figure")));
	}

	@Test
	void shouldShowTheDisputesOnTheGroupProfile() throws Exception {
		this.mvc.perform(get("/groups/ttp"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"contested\""), containsString("side-denies"),
					containsString("an allegation Kabul denies"))));
	}

}
