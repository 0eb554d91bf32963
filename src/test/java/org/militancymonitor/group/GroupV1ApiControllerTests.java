package org.militancymonitor.group;

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
 * The groups and designations of the API over the seed: the list, a group with its
 * aliases, designations, latest estimates and relationships, each fact with its claim and
 * each date with its precision; its entity tag; an unknown slug as a 404 problem.
 */
@PostgresSpringBootTest
class GroupV1ApiControllerTests {

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
	void shouldListEveryLiveGroupWithItsLink() throws Exception {
		JsonNode groups = this.api.ok("/api/v1/groups");
		assertThat(groups.size()).isGreaterThanOrEqualTo(8);
		JsonNode ttp = null;
		for (JsonNode group : groups) {
			assertThat(group.get("href").asString()).isEqualTo("/api/v1/groups/" + group.get("slug").asString());
			if ("ttp".equals(group.get("slug").asString())) {
				ttp = group;
			}
		}
		assertThat(ttp).isNotNull();
		assertThat(ttp.get("incidentCount").asLong()).isPositive();
	}

	@Test
	void shouldShowAGroupWithItsSourcedFactsAndAnEntityTag() throws Exception {
		JsonNode ttp = this.api.tagged("/api/v1/groups/ttp");
		assertThat(ttp.get("slug").asString()).isEqualTo("ttp");
		ApiContract.assertPartialDate(ttp.get("founded"));
		assertThat(ttp.get("aliases")).isNotEmpty();
		assertThat(ttp.get("designations")).isNotEmpty();
		for (JsonNode designation : ttp.get("designations")) {
			ApiContract.assertPartialDate(designation.get("listed"));
			assertThat(designation.get("group").get("slug").asString()).isEqualTo("ttp");
		}
		assertThat(ttp.get("latestEstimates")).isNotEmpty();
		for (JsonNode estimate : ttp.get("latestEstimates")) {
			ApiContract.assertPartialDate(estimate.get("asOf"));
			assertThat(estimate.get("claim").get("quote").asString()).isNotBlank();
			assertThat(estimate.get("claim").get("source").get("slug").asString()).isNotBlank();
		}
		assertThat(ttp.get("outgoing").size() + ttp.get("incoming").size()).isPositive();
		for (JsonNode relationship : ttp.get("incoming")) {
			assertThat(relationship.get("to").get("slug").asString()).isEqualTo("ttp");
			assertThat(relationship.get("claims")).isNotEmpty();
		}
		assertThat(ttp.get("retraction").isNull()).isTrue();
	}

	@Test
	void shouldListDesignationsWithTheirGroupsAndAnswerAnUnknownSlugWith404() throws Exception {
		JsonNode designations = this.api.ok("/api/v1/designations");
		assertThat(designations.size()).isGreaterThanOrEqualTo(3);
		designations.forEach((d) -> {
			assertThat(d.get("group").get("slug").asString()).isNotBlank();
			ApiContract.assertPartialDate(d.get("listed"));
		});
		this.api.problem("/api/v1/groups/no-such-group", 404, "about:blank");
	}

}
