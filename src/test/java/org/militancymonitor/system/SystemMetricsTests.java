package org.militancymonitor.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.militancymonitor.PostgresSpringBootTest;
import org.militancymonitor.account.Role;
import org.militancymonitor.account.TestAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The metrics an operator's Prometheus reads at {@code /actuator/prometheus}: only for an
 * admin (Basic here, as a scraper signs in), and with what the application adds to Boot's
 * own: the page cache's answers, the admission control's turns and queue, the pool and
 * the request timings. Over real HTTP, since a scraper brings no session.
 */
@PostgresSpringBootTest
class SystemMetricsTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	DataChanges changes;

	@Autowired
	DataSource dataSource;

	@Test
	void shouldAnswerMetricsToAnAdminOnlyAndNeverMakeASession() throws Exception {
		HttpResponse<String> anonymous = get("/actuator/prometheus", null);
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(anonymous.headers().firstValue(HttpHeaders.CONTENT_TYPE))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		String analyst = TestAccounts.ensure(this.jdbc, "metrics-analyst", Role.ANALYST);
		assertThat(get("/actuator/prometheus", analyst).statusCode()).isEqualTo(403);
		String admin = TestAccounts.ensure(this.jdbc, "metrics-admin", Role.ADMIN);
		HttpResponse<String> metrics = get("/actuator/prometheus", admin);
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.headers().firstValue(HttpHeaders.CONTENT_TYPE))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/plain"));
		assertThat(metrics.headers().allValues(HttpHeaders.SET_COOKIE)).isEmpty();
		assertThat(metrics.body()).contains("militancy_admission_turns{lane=\"reads\"}",
				"militancy_admission_waiting{lane=\"writes\"}", "militancy_admission_refused_total",
				"militancy_data_changes_listening 1.0", "hikaricp_connections_active", "jvm_memory_used_bytes");
		// other actuator endpoints stay closed
		assertThat(get("/actuator/metrics", admin).statusCode()).isIn(302, 401, 403, 404);
	}

	@Test
	void shouldCountHowThePageCacheAnswersAndTimeRequests() throws Exception {
		String admin = TestAccounts.ensure(this.jdbc, "metrics-admin", Role.ADMIN);
		String before = get("/actuator/prometheus", admin).body();
		String hitsBefore = "militancy_page_cache_requests_total{result=\"hit\"}";
		double hits = value(before, hitsBefore);
		DataChangesBarrier.awaitEveryChangeHeard(this.changes, this.dataSource);
		// a group profile is kept (for a session that has its cookie already) and served
		// again from the cache
		MockHttpSession session = new MockHttpSession();
		for (int i = 0; i < 3; i++) {
			this.mvc
				.perform(MockMvcRequestBuilders.get("/groups/ttp?variant=metrics")
					.with(SecurityMockMvcRequestPostProcessors.user("metrics-reader").roles("ANALYST"))
					.session(session))
				.andExpect(MockMvcResultMatchers.status().isOk());
		}
		String after = get("/actuator/prometheus", admin).body();
		assertThat(value(after, hitsBefore)).isGreaterThan(hits);
		assertThat(value(after, "militancy_page_cache_requests_total{result=\"miss\"}")).isGreaterThanOrEqualTo(1);
		assertThat(value(after, "militancy_page_cache_pages")).isGreaterThanOrEqualTo(1);
		assertThat(after).containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/groups/\\{slug\\}\"");
	}

	private static double value(String metrics, String series) {
		Matcher line = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(metrics);
		assertThat(line.find()).as(series + " in the metrics").isTrue();
		return Double.parseDouble(line.group(1));
	}

	private HttpResponse<String> get(String path, String username) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.timeout(Duration.ofSeconds(20));
		if (username != null) {
			request.header(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder()
				.encodeToString((username + ":" + TestAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8)));
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
