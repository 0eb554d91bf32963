package org.militancymonitor.system;

import java.time.Duration;

import org.apache.catalina.Context;
import org.junit.jupiter.api.Test;
import org.militancymonitor.PostgresSpringBootTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The warm-up on the running application: it gets every page it asks for through the
 * filters, signed in through a session of its own that is gone afterwards, and leaves
 * what it rendered in the page cache for analysts.
 */
@PostgresSpringBootTest
class WarmUpTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	@WithMockUser(roles = "ANALYST")
	void shouldRequestEveryKindOfPageSignedInAndEndItsSession() throws Exception {
		Context tomcat = (Context) ((TomcatWebServer) ((ServletWebServerApplicationContext) this.context)
			.getWebServer()).getTomcat().getHost().findChildren()[0];
		int sessions = tomcat.getManager().findSessions().length;

		WarmUp.Result result = new WarmUp(this.context, this.jdbc, Duration.ofSeconds(3), 1, "", false).warmUp();

		assertThat(result.requests()).as("requests made").isGreaterThanOrEqualTo(1);
		assertThat(result.failures()).as("answers other than 200 (a sign-in page would be a 302)").isZero();
		assertThat(tomcat.getManager().findSessions()).as("sessions after the warm-up").hasSize(sessions);
		assertThat(this.mvc.perform(get("/contested")).andReturn().getResponse().getHeader(PageCache.HEADER))
			.as("the contested page, the first the warm-up asks for, as an analyst after it (%s)", result)
			.isIn("hit", "stale");
	}

	@Test
	void shouldDoNothingWhenTurnedOff() throws Exception {
		assertThat(new WarmUp(this.context, this.jdbc, Duration.ZERO, 1, "", false).warmUp().requests()).isZero();
		assertThat(new WarmUp(this.context, this.jdbc, Duration.ofSeconds(5), 1, "", true).warmUp().requests())
			.as("behind TLS")
			.isZero();
	}

}
