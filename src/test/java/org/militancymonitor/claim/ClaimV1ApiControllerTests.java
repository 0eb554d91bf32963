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

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Claims of the API: the list a page at a time, every claim once and in order, a source's
 * alone, refused parameters as 400 problems; a claim by its reference, as the seed holds
 * it, with its entity tag; an unknown reference as a 404 problem.
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

	@Test
	void shouldListEveryClaimOnceAPageAtATime() throws Exception {
		List<String> expected = this.jdbc.sql("select ref from claim order by id").query(String.class).list();
		List<String> listed = new ArrayList<>();
		String next = "/api/v1/claims?size=7";
		int pages = 0;
		while (next != null) {
			JsonNode page = this.api.ok(next);
			page.get("claims").forEach((claim) -> listed.add(claim.get("ref").asString()));
			assertThat(page.get("claims").size()).isLessThanOrEqualTo(7);
			next = page.get("next").isNull() ? null : page.get("next").asString();
			pages++;
		}
		assertThat(listed).isEqualTo(expected);
		assertThat(pages).isEqualTo((expected.size() + 6) / 7);
	}

	@Test
	void shouldListASourcesClaimsAlone() throws Exception {
		String slug = this.jdbc
			.sql("select s.slug from source s join claim c on c.source_id = s.id group by s.slug "
					+ "order by count(*) desc, s.slug limit 1")
			.query(String.class)
			.single();
		List<String> expected = this.jdbc
			.sql("select c.ref from claim c join source s on s.id = c.source_id where s.slug = :slug order by c.id")
			.param("slug", slug)
			.query(String.class)
			.list();
		JsonNode page = this.api.ok("/api/v1/claims?size=500&source=" + slug);
		List<String> listed = new ArrayList<>();
		page.get("claims").forEach((claim) -> {
			listed.add(claim.get("ref").asString());
			assertThat(claim.get("source").get("slug").asString()).isEqualTo(slug);
		});
		assertThat(listed).isEqualTo(expected.subList(0, Math.min(500, expected.size())));
	}

	@Test
	void shouldRefuseUnknownOrOutOfRangeParameters() throws Exception {
		JsonNode problem = this.api.problem("/api/v1/claims?size=0&source=no-such-source&after=no-such-claim", 400,
				"urn:militancy-monitor:problem:invalid-parameters");
		assertThat(ApiContract.invalid(problem)).containsExactlyInAnyOrder("size", "source", "after");
		this.api.problem("/api/v1/claims?size=501", 400, "urn:militancy-monitor:problem:invalid-parameters");
		this.api.problem("/api/v1/claims?size=many", 400, "urn:militancy-monitor:problem:invalid-parameters");
	}

}
