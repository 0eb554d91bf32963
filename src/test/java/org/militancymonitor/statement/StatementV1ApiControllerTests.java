package org.militancymonitor.statement;

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
 * The statements of the API over the seed: the list, filtered as the matrix is, with a
 * malformed filter as a 400 naming the parameter; a statement with its claim and entity
 * tag; an unknown id as a 404 problem.
 */
@PostgresSpringBootTest
class StatementV1ApiControllerTests {

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
	void shouldListStatementsNewestFirstAndShowOne() throws Exception {
		JsonNode statements = this.api.ok("/api/v1/statements");
		assertThat(statements).isNotEmpty();
		JsonNode first = statements.get(0);
		ApiContract.assertPartialDate(first.get("made"));
		assertThat(first.get("actor").get("slug").asString()).isNotBlank();
		JsonNode statement = this.api.tagged(first.get("href").asString());
		assertThat(statement.get("id").asLong()).isEqualTo(first.get("id").asLong());
		assertThat(statement.get("claim").get("quote").asString()).isNotBlank();
		ApiContract.assertPartialDate(statement.get("made"));
		this.api.problem("/api/v1/statements/999999999", 404, "about:blank");
	}

	@Test
	void shouldFilterByPeriodAndVenueAndNameAMalformedParameter() throws Exception {
		JsonNode all = this.api.ok("/api/v1/statements");
		JsonNode some = this.api.ok("/api/v1/statements?from=2024-01-01&venue=security_council_meeting");
		assertThat(some.size()).isLessThan(all.size());
		JsonNode problem = this.api.problem("/api/v1/statements?from=yesterday&venue=tavern", 400,
				"urn:militancy-monitor:problem:invalid-parameters");
		assertThat(ApiContract.invalid(problem)).containsExactlyInAnyOrder("from", "venue");
	}

}
