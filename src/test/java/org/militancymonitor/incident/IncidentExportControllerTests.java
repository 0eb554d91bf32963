package org.militancymonitor.incident;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.militancymonitor.PostgresSpringBootTest;
import org.militancymonitor.account.Role;
import org.militancymonitor.account.TestAccounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The incident list's exports over the seed: every match of the list's filters, in its
 * order, as CSV, ACLED's CSV and GeoJSON; formula cells neutralised; no point made up for
 * an incident not known to one; a malformed filter a 400 with the list's form. Changes a
 * test makes are rolled back with it (the export reads in the test's transaction).
 */
@PostgresSpringBootTest
@WithMockUser(roles = "ANALYST")
class IncidentExportControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@LocalServerPort
	int port;

	@Test
	void shouldExportEveryMatchOfTheFiltersInTheListsOrder() throws Exception {
		List<CSVRecord> rows = csv(this.mvc.perform(get("/incidents.csv").param("group", "ttp").param("size", "1"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse());
		List<Long> expected = this.jdbc.sql("""
				select i.id from incident i where i.status = 'PUBLISHED'
				   and exists (select 1 from incident_actor a join militant_group g on g.id = a.group_id
				                where a.incident_id = i.id and g.slug = 'ttp')
				 order by i.occurred_on desc nulls last, i.id desc""").query(Long.class).list();
		assertThat(expected).hasSizeGreaterThan(1);
		assertThat(rows.get(0).values()).startsWith("id", "url", "date", "date_precision");
		assertThat(ids(rows)).containsExactlyElementsOf(expected);
		assertThat(rows.get(1).get(1)).isEqualTo("http://localhost/incidents/" + expected.get(0));
	}

	@Test
	void shouldKeepTheFiltersOfTheListInItsExportLinks() throws Exception {
		this.mvc.perform(get("/incidents").param("country", "pakistan").param("sort", "fatalities").param("page", "0"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("href=\"/incidents.csv?country=pakistan&amp;sort=fatalities&amp;dir=desc\"")))
			.andExpect(content().string(containsString(
					"href=\"/incidents.csv?country=pakistan&amp;sort=fatalities&amp;dir=desc&amp;bom=true\"")))
			.andExpect(content().string(
					containsString("href=\"/incidents/acled.csv?country=pakistan&amp;sort=fatalities&amp;dir=desc\"")))
			.andExpect(content().string(
					containsString("href=\"/incidents.geojson?country=pakistan&amp;sort=fatalities&amp;dir=desc\"")));
	}

	@Test
	void shouldRespectEachFilterOfTheList() throws Exception {
		assertThat(ids(csv(this.mvc.perform(get("/incidents.csv").param("type", "VIOLENCE_AGAINST_CIVILIANS"))
			.andReturn()
			.getResponse())))
			.containsExactlyInAnyOrderElementsOf(this.jdbc
				.sql("select id from incident where status = 'PUBLISHED' and event_type = 'VIOLENCE_AGAINST_CIVILIANS'")
				.query(Long.class)
				.list());
		assertThat(ids(csv(
				this.mvc.perform(get("/incidents.csv").param("province", "pk-balochistan")).andReturn().getResponse())))
			.containsExactlyInAnyOrderElementsOf(this.jdbc.sql("""
					select i.id from incident i join region r on r.id = i.admin1_id
					 where i.status = 'PUBLISHED' and r.slug = 'pk-balochistan'""").query(Long.class).list());
		assertThat(ids(
				csv(this.mvc.perform(get("/incidents.csv").param("status", "RETRACTED")).andReturn().getResponse())))
			.isEmpty();
	}

	@Test
	@Transactional
	void shouldNeutraliseCellsASpreadsheetWouldTakeForFormulas() throws Exception {
		long id = this.jdbc.sql("select min(id) from incident where status = 'PUBLISHED'").query(Long.class).single();
		this.jdbc
			.sql("update incident set summary = '=HYPERLINK(\"http://example.invalid\")', "
					+ "place_name = '@SUM(A1)', date_as_stated = '-2+3' where id = :id")
			.param("id", id)
			.update();
		CSVRecord row = row(csv(this.mvc.perform(get("/incidents.csv")).andReturn().getResponse()), id);
		assertThat(row.get("summary")).isEqualTo("'=HYPERLINK(\"http://example.invalid\")");
		assertThat(row.get("place")).isEqualTo("'@SUM(A1)");
		assertThat(row.get("date_as_stated")).isEqualTo("'-2+3");
		CSVRecord acled = acledRow(csv(this.mvc.perform(get("/incidents/acled.csv")).andReturn().getResponse()),
				"MM-" + id);
		assertThat(acled.get("notes")).isEqualTo("'=HYPERLINK(\"http://example.invalid\")");
		assertThat(acled.get("location")).isEqualTo("'@SUM(A1)");
	}

	@Test
	void shouldWriteUtf8AndAByteOrderMarkOnlyWhenAsked() throws Exception {
		byte[] plain = this.mvc.perform(get("/incidents.csv")).andReturn().getResponse().getContentAsByteArray();
		byte[] excel = this.mvc.perform(get("/incidents.csv").param("bom", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(plain[0]).isEqualTo((byte) 'i');
		assertThat(excel).startsWith(0xEF, 0xBB, 0xBF);
		assertThat(new String(excel, 3, excel.length - 3, StandardCharsets.UTF_8))
			.isEqualTo(new String(plain, StandardCharsets.UTF_8));
		this.mvc.perform(get("/incidents.csv"))
			.andExpect(content().contentType("text/csv;charset=UTF-8"))
			.andExpect(result -> assertThat(result.getResponse().getHeader("Content-Disposition"))
				.startsWith("attachment; filename=\"incidents-"));
	}

	@Test
	void shouldAnswerAMalformedFilterWithTheListsFormMarkingIt() throws Exception {
		for (String path : List.of("/incidents.csv", "/incidents/acled.csv", "/incidents.geojson")) {
			this.mvc.perform(get(path).param("from", "2025-13-01"))
				.andExpect(status().isBadRequest())
				.andExpect(view().name("incidents/incidentList"))
				.andExpect(content().string(containsString("is-invalid")));
			this.mvc.perform(get(path).param("group", "no-such-group")).andExpect(status().isBadRequest());
			this.mvc.perform(get(path).param("status", "DRAFT")).andExpect(status().isBadRequest());
		}
	}

	@Test
	void shouldWriteAcledsColumnsInAcledsOrder() throws Exception {
		List<CSVRecord> rows = csv(
				this.mvc.perform(get("/incidents/acled.csv")).andExpect(status().isOk()).andReturn().getResponse());
		assertThat(rows.get(0).values()).containsExactly("event_id_cnty", "event_date", "year", "time_precision",
				"disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
				"assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
				"admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
				"notes", "fatalities", "tags", "timestamp");
		long ttpYear = this.jdbc
			.sql("select min(id) from incident where date_precision = 'YEAR' and status = 'PUBLISHED' "
					+ "and exists (select 1 from incident_actor a join militant_group g on g.id = a.group_id "
					+ "where a.incident_id = incident.id and g.slug = 'ttp')")
			.query(Long.class)
			.single();
		CSVRecord ttp = acledRow(rows, "MM-" + ttpYear);
		assertThat(ttp.get("actor1")).as("the group's name in ACLED's data, from the crosswalk")
			.isEqualTo("TTP: Tehreek-i-Taliban Pakistan");
		assertThat(ttp.get("inter1")).isEqualTo("2");
		assertThat(ttp.get("interaction")).isEqualTo("20");
		assertThat(ttp.get("event_date")).as("ACLED has no code for a year alone: no date is made up").isEmpty();
		assertThat(ttp.get("time_precision")).isEmpty();
		assertThat(ttp.get("year")).isEqualTo("2022");
		assertThat(ttp.get("event_type")).isEqualTo("Strategic developments");
		assertThat(ttp.get("disorder_type")).isEqualTo("Strategic developments");
		assertThat(ttp.get("iso")).isEqualTo("586");
		assertThat(ttp.get("country")).isEqualTo("Pakistan");
		assertThat(ttp.get("region")).isEqualTo("South Asia");
		assertThat(ttp.get("geo_precision")).isEqualTo("3");
		assertThat(ttp.get("timestamp")).matches("\\d{10}");
		CSVRecord suspected = named(rows).stream()
			.filter((r) -> r.get("tags").startsWith("suspected: Islamic State Khorasan Province (ISKP)"))
			.findFirst()
			.orElseThrow();
		assertThat(suspected.get("actor1")).isEqualTo("Islamic State Khorasan Province (ISKP)");
		assertThat(suspected.get("civilian_targeting")).isEqualTo("Civilian targeting");
		assertThat(suspected.get("actor2")).startsWith("Civilians");
		assertThat(suspected.get("inter2")).isEqualTo("7");
		assertThat(suspected.get("interaction")).isEqualTo("27");
	}

	@Test
	void shouldMakeUpNoPointForAnIncidentNotKnownToOne() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/incidents.geojson"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/geo+json"))
			.andReturn()
			.getResponse();
		JsonNode collection = this.json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
		assertThat(collection.get("type").asString()).isEqualTo("FeatureCollection");
		long published = this.jdbc.sql("select count(*) from incident where status = 'PUBLISHED'")
			.query(Long.class)
			.single();
		assertThat(collection.get("features")).hasSize((int) published);
		int points = 0;
		for (JsonNode feature : collection.get("features")) {
			String precision = feature.get("properties").get("locationPrecision").asString();
			JsonNode geometry = feature.get("geometry");
			if (precision.equals("EXACT") || precision.equals("NEAR")) {
				assertThat(geometry.get("type").asString()).isEqualTo("Point");
				assertThat(geometry.get("coordinates")).hasSize(2);
				points++;
			}
			else {
				assertThat(geometry.isNull()).as("incident %s, known to its %s", feature.get("id"), precision).isTrue();
			}
		}
		assertThat(points).isPositive();
		JsonNode exact = this.json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
		long id = this.jdbc
			.sql("select min(id) from incident where location_precision = 'EXACT' and status = 'PUBLISHED'")
			.query(Long.class)
			.single();
		double[] expected = this.jdbc.sql("select longitude, latitude from incident where id = :id")
			.param("id", id)
			.query((rs, n) -> new double[] { rs.getDouble(1), rs.getDouble(2) })
			.single();
		for (JsonNode feature : exact.get("features")) {
			if (feature.get("id").asLong() == id) {
				assertThat(feature.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(expected[0]);
				assertThat(feature.get("geometry").get("coordinates").get(1).asDouble()).isEqualTo(expected[1]);
			}
		}
	}

	/**
	 * Over real HTTP, through every filter (the page cache, the admission control, writes
	 * first): the file goes out in chunks as it is written, never held whole to be sent
	 * with its length.
	 */
	@Test
	void shouldStreamTheFileThroughTheFiltersWithoutHoldingItWhole() throws Exception {
		String base = "http://localhost:" + this.port;
		TestAccounts.ensure(this.jdbc, "export-analyst", Role.ANALYST);
		HttpClient http = TestAccounts.signIn(base, "export-analyst", TestAccounts.PASSWORD);
		for (String path : List.of("/incidents.csv", "/incidents/acled.csv", "/incidents.geojson")) {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.headers().firstValue("Transfer-Encoding")).as(path).hasValue("chunked");
			assertThat(response.headers().firstValue("Content-Length")).as(path).isEmpty();
			assertThat(response.headers().firstValue("X-Page-Cache")).as(path).isEmpty();
			assertThat(response.body()).isNotEmpty();
		}
	}

	static List<CSVRecord> csv(MockHttpServletResponse response) throws IOException {
		return parse(response.getContentAsString(StandardCharsets.UTF_8));
	}

	static List<CSVRecord> parse(String text) throws IOException {
		try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180)) {
			List<CSVRecord> records = new ArrayList<>(parser.getRecords());
			return records;
		}
	}

	private static List<Long> ids(List<CSVRecord> rows) {
		return rows.stream().skip(1).map((r) -> Long.parseLong(r.get(0))).toList();
	}

	private static CSVRecord row(List<CSVRecord> rows, long id) throws IOException {
		return named(rows).stream().filter((r) -> r.get("id").equals(String.valueOf(id))).findFirst().orElseThrow();
	}

	private static CSVRecord acledRow(List<CSVRecord> rows, String eventId) throws IOException {
		return named(rows).stream().filter((r) -> r.get("event_id_cnty").equals(eventId)).findFirst().orElseThrow();
	}

	/** The rows again, with the first as their header, so that cells are read by name. */
	private static List<CSVRecord> named(List<CSVRecord> rows) throws IOException {
		StringBuilder text = new StringBuilder();
		try (org.apache.commons.csv.CSVPrinter printer = new org.apache.commons.csv.CSVPrinter(text,
				CSVFormat.RFC4180)) {
			for (CSVRecord row : rows) {
				printer.printRecord(row.values());
			}
		}
		try (CSVParser parser = CSVParser.parse(new StringReader(text.toString()),
				CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
			return parser.getRecords();
		}
	}

}
