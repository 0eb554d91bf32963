package org.militancymonitor.claim;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.militancymonitor.ApiContract;
import org.militancymonitor.PostgresSpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A claim of the API by its reference, as the seed holds it, with its entity tag; an
 * unknown reference as a 404 problem.
 */
@PostgresSpringBootTest
class ClaimV1ApiControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	ApiContract api;

	@BeforeEach
	void contract() {
		this.api = new ApiContract(this.mvc, this.json);
	}

	@Test
	void shouldShowAClaimByItsReference() throws Exception {
		String ref = this.jdbc.sql("select min(ref) from claim").query(String.class).single();
		String quote = this.jdbc.sql("select quote from claim where ref = :ref")
			.param("ref", ref)
			.query(String.class)
			.single();
		JsonNode claim = this.api.tagged("/api/v1/claims/" + ref);
		assertThat(claim.get("ref").asString()).isEqualTo(ref);
		assertThat(claim.get("quote").asString()).isEqualTo(quote);
		assertThat(claim.get("source").get("slug").asString()).isNotBlank();
		assertThat(claim.get("position").asString()).isIn("ASSERTS", "DENIES");
		this.api.problem("/api/v1/claims/no-such-claim", 404, "about:blank");
	}

}
