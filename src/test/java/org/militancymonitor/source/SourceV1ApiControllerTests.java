package org.militancymonitor.source;

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
 * The sources of the API over the seed: the list, a source with every claim taken from
 * it, its entity tag, and an unknown slug as a 404 problem.
 */
@PostgresSpringBootTest
class SourceV1ApiControllerTests {

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
	void shouldListSourcesAndShowOneWithItsClaims() throws Exception {
		JsonNode sources = this.api.ok("/api/v1/sources");
		assertThat(sources).isNotEmpty();
		sources.forEach((s) -> ApiContract.assertPartialDate(s.get("published")));
		JsonNode source = this.api.tagged("/api/v1/sources/article-000-denmark-warns-unsc-on-ttp");
		assertThat(source.get("claims")).isNotEmpty();
		for (JsonNode claim : source.get("claims")) {
			assertThat(claim.get("source").get("slug").asString()).isEqualTo("article-000-denmark-warns-unsc-on-ttp");
		}
		this.api.problem("/api/v1/sources/no-such-source", 404, "about:blank");
	}

}
