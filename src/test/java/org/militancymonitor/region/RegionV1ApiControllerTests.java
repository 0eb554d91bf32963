package org.militancymonitor.region;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.militancymonitor.ApiContract;
import org.militancymonitor.PostgresSpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The regional summaries of the API over the seed: the index, a summary with the page's
 * filters and its entity tag, a malformed filter or an unknown group as a 400 naming the
 * parameter, an unknown region as a 404 problem.
 */
@PostgresSpringBootTest
class RegionV1ApiControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	ApiContract api;

	@BeforeEach
	void contract() {
		this.api = new ApiContract(this.mvc, this.json);
	}

	@Test
	void shouldListTheRegionsWithTheirLevels() throws Exception {
		JsonNode index = this.api.ok("/api/v1/regions");
		assertThat(index.get("period").get("months").asInt()).isEqualTo(12);
		boolean pakistan = false;
		for (JsonNode entry : index.get("regions")) {
			assertThat(entry.get("region").get("level").asString()).isIn("WORLD_REGION", "COUNTRY", "ADMIN1");
			pakistan |= "pakistan".equals(entry.get("region").get("slug").asString());
		}
		assertThat(pakistan).isTrue();
	}

	@Test
	void shouldSummariseARegionForThePagesFilters() throws Exception {
		JsonNode summary = this.api.tagged("/api/v1/regions/pakistan?end=2025-12-31&months=24&precision=day");
		assertThat(summary.get("region").get("slug").asString()).isEqualTo("pakistan");
		assertThat(summary.get("period").get("end").asString()).isEqualTo("2025-12-31");
		assertThat(summary.get("months")).hasSize(24);
		assertThat(summary.get("filter").get("precision").asString()).isEqualTo("DAY");
		assertThat(summary.get("lastFourWeeks").get("current").get("incidents").isNumber()).isTrue();
		summary.get("timeline").forEach((event) -> ApiContract.assertPartialDate(event.get("date")));
		JsonNode ttp = this.api.ok("/api/v1/regions/pakistan?end=2025-12-31&group=ttp");
		assertThat(ttp.get("filter").get("group").asString()).isEqualTo("ttp");
	}

	@Test
	void shouldNameAMalformedParameterAndAnswerAnUnknownRegionWith404() throws Exception {
		JsonNode problem = this.api.problem("/api/v1/regions/pakistan?months=0&end=someday&group=no-such-group", 400,
				"urn:militancy-monitor:problem:invalid-parameters");
		assertThat(ApiContract.invalid(problem)).contains("months", "end", "group");
		this.api.problem("/api/v1/regions/atlantis", 404, "about:blank");
	}

}
