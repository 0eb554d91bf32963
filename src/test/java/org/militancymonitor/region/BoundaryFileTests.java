package org.militancymonitor.region;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.militancymonitor.PostgresSpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled boundaries (static/geo): exactly one shape for every province of
 * Afghanistan and Pakistan in the region table and one outline for each country, every
 * shape a region's; and the file served compressed, under a versioned URL browsers may
 * keep for a year.
 */
@PostgresSpringBootTest
class BoundaryFileTests {

	private static final List<String> COUNTRIES = List.of("afghanistan", "pakistan");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	BoundaryFile boundaries;

	@Test
	void shouldHaveExactlyOneShapeForEveryProvinceOfAfghanistanAndPakistan() throws IOException {
		Map<String, String> provinces = new HashMap<>();
		this.jdbc
			.sql("select p.slug, c.slug as country from region p join region c on c.id = p.parent_id "
					+ "where p.level = 'ADMIN1' and c.slug in ('afghanistan', 'pakistan')")
			.query((rs) -> {
				provinces.put(rs.getString("slug"), rs.getString("country"));
			});
		assertThat(provinces).hasSize(34 + 7);
		Map<String, Integer> shapes = new HashMap<>();
		List<String> wrong = new ArrayList<>();
		for (JsonNode feature : features()) {
			String id = feature.get("id").asString();
			String level = feature.get("properties").get("level").asString();
			if ("ADMIN1".equals(level)) {
				shapes.merge(id, 1, Integer::sum);
				String country = feature.get("properties").get("country").asString();
				if (!country.equals(provinces.get(id))) {
					wrong.add(id + " in " + country + ", a region of " + provinces.get(id));
				}
			}
			else if (!"COUNTRY".equals(level) || !COUNTRIES.contains(id)) {
				wrong.add(id + " at level " + level);
			}
		}
		assertThat(wrong).as("shapes that are no region of theirs").isEmpty();
		assertThat(shapes).as("shapes of each province").containsOnlyKeys(provinces.keySet());
		assertThat(shapes.values()).containsOnly(1);
	}

	@Test
	void shouldOutlineEachCountryOnceAndMergeTheTribalAreasIntoKhyberPakhtunkhwa() throws IOException {
		List<String> outlines = new ArrayList<>();
		JsonNode kp = null;
		for (JsonNode feature : features()) {
			if ("COUNTRY".equals(feature.get("properties").get("level").asString())) {
				outlines.add(feature.get("id").asString());
			}
			if ("pk-khyber-pakhtunkhwa".equals(feature.get("id").asString())) {
				kp = feature;
			}
			assertThat(feature.get("geometry").get("type").asString()).isIn("Polygon", "MultiPolygon");
		}
		assertThat(outlines).containsExactlyInAnyOrderElementsOf(COUNTRIES);
		assertThat(kp).isNotNull();
		assertThat(kp.get("properties").get("source").valueStream().map(JsonNode::asString))
			.containsExactlyInAnyOrder("F.A.T.A.", "N.W.F.P.");
	}

	@Test
	void shouldServeTheFileGzippedUnderAVersionedUrlCachedForAYear() throws Exception {
		String url = this.boundaries.url();
		assertThat(url).matches("/geo/pk-af-boundaries-[0-9a-f]{32}\\.geojson");
		HttpResponse<byte[]> gzipped = get(url, "gzip");
		assertThat(gzipped.statusCode()).isEqualTo(200);
		assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(gzipped.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/geo+json"));
		assertThat(gzipped.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((cache) -> assertThat(cache).contains("max-age=31536000").contains("public"));
		assertThat(gzipped.headers().allValues("Vary"))
			.anySatisfy((vary) -> assertThat(vary).contains("Accept-Encoding"));
		byte[] raw = raw();
		assertThat(gzipped.body().length).isLessThan(raw.length / 3);
		try (InputStream unzipped = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
			assertThat(unzipped.readAllBytes()).isEqualTo(raw);
		}

		HttpResponse<byte[]> identity = get(url, "identity");
		assertThat(identity.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(identity.body()).isEqualTo(raw);
	}

	@Test
	void shouldKeepTheFileSmall() throws IOException {
		assertThat(raw().length).as("raw bytes").isLessThan(300_000);
		assertThat(new ClassPathResource("static/geo/pk-af-boundaries.geojson.gz").contentLength()).as("gzipped bytes")
			.isLessThan(60_000);
	}

	private HttpResponse<byte[]> get(String path, String acceptEncoding) throws IOException, InterruptedException {
		HttpClient http = HttpClient.newHttpClient();
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept-Encoding", acceptEncoding)
			.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private List<JsonNode> features() throws IOException {
		return this.json.readTree(raw()).get("features").valueStream().toList();
	}

	private static byte[] raw() throws IOException {
		return new ClassPathResource("static/geo/pk-af-boundaries.geojson").getContentAsByteArray();
	}

}
