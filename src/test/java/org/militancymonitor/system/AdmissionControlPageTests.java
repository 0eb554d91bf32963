package org.militancymonitor.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.militancymonitor.PostgresSpringBootTest;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletContextInitializerBeans;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a person sees when the application is too busy to start their request in time: no
 * permit is ever free here, and the wait is one millisecond. Anonymous visitors may read
 * ({@code public-read}): the sign-in page would itself wait for a permit.
 */
@PostgresSpringBootTest
@TestPropertySource(properties = { "militancy.web.max-active-requests=0", "militancy.web.max-wait=1ms",
		"militancy.security.public-read=true" })
class AdmissionControlPageTests {

	@LocalServerPort
	int port;

	@Autowired
	ListableBeanFactory beans;

	@Test
	void shouldAnswerBusyWithThePageAndRetryAfter() throws Exception {
		HttpResponse<String> page = get("/incidents?group=ttp", "text/html");
		assertThat(page.statusCode()).isEqualTo(503);
		assertThat(page.headers().firstValue("Retry-After")).hasValue("1");
		assertThat(page.body()).contains("Busy", "Please try again in a moment", "Back to the groups")
			.doesNotContain("Exception");
	}

	@Test
	void shouldAnswerBusyForAKeptPageNotYetRendered() throws Exception {
		HttpResponse<String> page = get("/groups/ttp", "text/html");
		assertThat(page.statusCode()).isEqualTo(503);
		assertThat(page.headers().firstValue("Retry-After")).hasValue("1");
		assertThat(page.body()).contains("Busy").doesNotContain("Tehreek-e-Taliban Pakistan");
	}

	@Test
	void shouldServeKeptPagesBeforeAdmission() {
		List<Class<?>> filters = new ServletContextInitializerBeans(this.beans).stream()
			.filter(FilterRegistrationBean.class::isInstance)
			.<Class<?>>map((registration) -> ((FilterRegistrationBean<?>) registration).getFilter().getClass())
			.toList();
		assertThat(filters).contains(PageCache.class, AdmissionControl.class);
		assertThat(filters.indexOf(PageCache.class)).isLessThan(filters.indexOf(AdmissionControl.class));
	}

	@Test
	void shouldServeStylesheetsAndScriptsWhileBusy() throws Exception {
		assertThat(get("/css/militancy.css", "text/css").statusCode()).isEqualTo(200);
		assertThat(get("/js/graph.js", "*/*").statusCode()).isEqualTo(200);
	}

	@Test
	void shouldAnswerHealthProbesWhileBusy() throws Exception {
		HttpResponse<String> health = get("/actuator/health", "application/json");
		assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
	}

	private HttpResponse<String> get(String path, String accept) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.header("Accept", accept)
				.build(), HttpResponse.BodyHandlers.ofString());
	}

}
