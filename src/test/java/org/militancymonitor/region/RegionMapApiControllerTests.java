package org.militancymonitor.region;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.militancymonitor.PostgresSpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The map's JSON over a hand-made fixture of 2031 (region-map-fixtures.sql, rolled back):
 * precision decides where an incident counts, drafts, submitted and retracted incidents
 * and those outside the period never count, and malformed parameters answer 400 with
 * problem details.
 */
@PostgresSpringBootTest
@WithMockUser(roles = "ANALYST")
@Transactional
@Sql("/region/region-map-fixtures.sql")
class RegionMapApiControllerTests {

	private static final String YEAR = "?from=2031-01-01&to=2031-12-31";

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Test
	void shouldCountPublishedIncidentsInTheirProvinceWhateverTheirPrecision() throws Exception {
		JsonNode map = map("pakistan", YEAR);
		assertThat(map.get("region").asString()).isEqualTo("pakistan");
		assertThat(map.get("from").asString()).isEqualTo("2031-01-01");
		Map<String, JsonNode> provinces = bySlug(map.get("provinces"));
		assertThat(provinces.keySet()).contains("pk-khyber-pakhtunkhwa", "pk-balochistan", "pk-sindh", "pk-punjab",
				"pk-islamabad", "pk-gilgit-baltistan", "pk-azad-kashmir");
		// A exact and B near; the draft F, and I of 2030, not
		assertCounts(provinces.get("pk-khyber-pakhtunkhwa"), 2, 5);
		// C known to the province, D to a district of it; the retracted H not
		assertCounts(provinces.get("pk-balochistan"), 2, 10);
		// J on the period's last day
		assertCounts(provinces.get("pk-sindh"), 1, 1);
		// the submitted G not
		assertCounts(provinces.get("pk-punjab"), 0, 0);
		assertThat(provinces.get("pk-punjab").get("shade").asInt()).isZero();
		assertThat(provinces.get("pk-khyber-pakhtunkhwa").get("shade").asInt()).isPositive();
	}

	@Test
	void shouldCountAnIncidentKnownOnlyToItsCountryBesideTheMapAndNeverPlaceIt() throws Exception {
		JsonNode map = map("pakistan", YEAR);
		List<JsonNode> countryOnly = list(map.get("countryOnly"));
		assertThat(countryOnly).hasSize(1);
		assertThat(countryOnly.get(0).get("slug").asString()).isEqualTo("pakistan");
		assertCounts(countryOnly.get(0), 1, 4);
		assertThat(list(map.get("points"))).noneMatch((p) -> near(p, 30.4, 69.3));
	}

	@Test
	void shouldDrawOnlyExactAndNearIncidentsAsPointsAggregatedIntoCells() throws Exception {
		JsonNode map = map("pakistan", YEAR);
		List<JsonNode> points = list(map.get("points"));
		// A and B share a quarter-degree cell; C and D have coordinates but are known to
		// their province and district only
		assertThat(points).hasSize(1);
		assertCounts(points.get(0), 2, 5);
		assertThat(points.get(0).get("latitude").asDouble()).isCloseTo(34.015,
				org.assertj.core.data.Offset.offset(1e-9));
		assertThat(points.get(0).get("longitude").asDouble()).isCloseTo(71.57,
				org.assertj.core.data.Offset.offset(1e-9));
		assertThat(map.get("cellDegrees").asDouble()).isEqualTo(0.25);
		assertThat(map.get("pointsCapped").asBoolean()).isFalse();
	}

	@Test
	void shouldNarrowToAGroupsIncidents() throws Exception {
		JsonNode map = map("pakistan", YEAR + "&group=ttp");
		Map<String, JsonNode> provinces = bySlug(map.get("provinces"));
		assertCounts(provinces.get("pk-khyber-pakhtunkhwa"), 1, 3);
		assertCounts(provinces.get("pk-balochistan"), 1, 10);
		assertCounts(provinces.get("pk-sindh"), 0, 0);
		assertCounts(list(map.get("countryOnly")).get(0), 0, 0);
		assertThat(list(map.get("points"))).singleElement().satisfies((p) -> assertCounts(p, 1, 3));
	}

	@Test
	void shouldNarrowToAnEventTypeAndTheDatePrecisionsCounted() throws Exception {
		// every incident of the fixture is a battle dated to the day
		JsonNode battles = map("pakistan", YEAR + "&type=battles&precision=day");
		assertThat(battles.get("type").asString()).isEqualTo("BATTLES");
		assertThat(battles.get("precision").asString()).isEqualTo("DAY");
		assertCounts(bySlug(battles.get("provinces")).get("pk-khyber-pakhtunkhwa"), 2, 5);
		assertCounts(bySlug(map("pakistan", YEAR + "&precision=month").get("provinces")).get("pk-balochistan"), 2, 10);
		JsonNode riots = map("pakistan", YEAR + "&type=RIOTS");
		assertCounts(bySlug(riots.get("provinces")).get("pk-khyber-pakhtunkhwa"), 0, 0);
		assertCounts(list(riots.get("countryOnly")).get(0), 0, 0);
		assertThat(list(riots.get("points"))).isEmpty();
	}

	@Test
	void shouldMapAProvinceADistrictAndAWorldRegion() throws Exception {
		JsonNode province = map("pk-balochistan", YEAR);
		assertThat(bySlug(province.get("provinces")).keySet()).containsExactly("pk-balochistan");
		assertCounts(province.get("provinces").get(0), 2, 10);
		assertThat(list(province.get("countryOnly"))).isEmpty();
		assertThat(list(province.get("points"))).isEmpty();

		JsonNode district = map("pk-balochistan-quetta", YEAR);
		assertThat(bySlug(district.get("provinces")).keySet()).containsExactly("pk-balochistan");
		assertCounts(district.get("provinces").get(0), 1, 0);

		JsonNode southAsia = map("south-asia", YEAR);
		Map<String, JsonNode> provinces = bySlug(southAsia.get("provinces"));
		assertCounts(provinces.get("af-kabul"), 1, 6);
		assertCounts(provinces.get("pk-balochistan"), 2, 10);
		assertThat(bySlug(southAsia.get("countryOnly")).keySet()).contains("pakistan", "afghanistan");
		assertCounts(bySlug(southAsia.get("countryOnly")).get("pakistan"), 1, 4);
		assertThat(list(southAsia.get("points"))).hasSize(2);
	}

	@Test
	void shouldNameTheVersionedBoundaryFile() throws Exception {
		assertThat(map("pakistan", YEAR).get("boundaries").asString())
			.matches("/geo/pk-af-boundaries-[0-9a-f]{32}\\.geojson");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			from=not-a-date                   | from
			to=2031-02-30                     | to
			from=2031-12-31&to=2031-01-01     | dateRangeOrdered
			from=+999999999-01-01             | from
			group=Not%20a%20slug              | group
			group=no-such-group               | group
			type=nonsense                     | type
			type=battles%20or%201=1           | type
			precision=hour                    | precision
			""")
	void shouldAnswerAMalformedParameterWith400ProblemDetails(String query, String parameter) throws Exception {
		String body = this.mvc.perform(get("/api/regions/pakistan/map?" + query))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode problem = this.json.readTree(body);
		assertThat(problem.get("status").asInt()).isEqualTo(400);
		assertThat(problem.get("detail").asString()).contains("YYYY-MM-DD");
		assertThat(list(problem.get("invalid"))).extracting((i) -> i.get("parameter").asString()).contains(parameter);
		assertThat(list(problem.get("invalid")))
			.allSatisfy((i) -> assertThat(i.get("message").asString()).isNotBlank());
	}

	@Test
	void shouldAnswerAnUnknownRegionWith404ProblemDetails() throws Exception {
		this.mvc.perform(get("/api/regions/atlantis/map"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	private JsonNode map(String slug, String query) throws Exception {
		String body = this.mvc.perform(get("/api/regions/" + slug + "/map" + query))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readTree(body);
	}

	private static void assertCounts(JsonNode node, long incidents, long fatalities) {
		assertThat(node).as("counts").isNotNull();
		assertThat(node.get("incidents").asLong()).as("incidents of %s", node).isEqualTo(incidents);
		assertThat(node.get("fatalities").asLong()).as("fatalities of %s", node).isEqualTo(fatalities);
	}

	private static boolean near(JsonNode point, double latitude, double longitude) {
		return Math.abs(point.get("latitude").asDouble() - latitude) < 0.3
				&& Math.abs(point.get("longitude").asDouble() - longitude) < 0.3;
	}

	private static List<JsonNode> list(JsonNode array) {
		return array.valueStream().toList();
	}

	private static Map<String, JsonNode> bySlug(JsonNode array) {
		Map<String, JsonNode> bySlug = new java.util.LinkedHashMap<>();
		array.valueStream().forEach((n) -> bySlug.put(n.get("slug").asString(), n));
		return bySlug;
	}

}
