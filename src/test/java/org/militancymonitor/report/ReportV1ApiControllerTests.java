package org.militancymonitor.report;

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
 * The reports of the API over the seed: the list, a report with its findings and their
 * claims, its entity tag, and an unknown slug as a 404 problem.
 */
@PostgresSpringBootTest
class ReportV1ApiControllerTests {

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
	void shouldListReportsAndShowOneWithItsFindings() throws Exception {
		JsonNode reports = this.api.ok("/api/v1/reports");
		assertThat(reports).isNotEmpty();
		JsonNode first = reports.get(0);
		ApiContract.assertPartialDate(first.get("published"));
		JsonNode report = this.api.tagged(first.get("href").asString());
		assertThat(report.get("slug").asString()).isEqualTo(first.get("slug").asString());
		assertThat(report.get("findings")).hasSize(first.get("findings").asInt());
		for (JsonNode finding : report.get("findings")) {
			assertThat(finding.get("claim").get("quote").asString()).isNotBlank();
		}
		this.api.problem("/api/v1/reports/no-such-report", 404, "about:blank");
	}

}
