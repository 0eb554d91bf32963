package org.militancymonitor.system;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.militancymonitor.PostgresSpringBootTest;
import org.militancymonitor.account.Role;
import org.militancymonitor.account.TestAccounts;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The API's console (Swagger UI) under the application's Content-Security-Policy: its
 * page holds no inline script or style, its pages alone allow the one style element its
 * script writes (by hash, never 'unsafe-inline'), it validates nothing online, and in
 * real Chromium it shows the operations of /api/v1 and runs one, with no error (a refused
 * script or style is one) in the browser's console.
 */
@PostgresSpringBootTest
class ApiConsoleTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@Test
	void shouldServeTheConsoleUnderTheSitesPolicyWithoutInlineScript() throws Exception {
		MockHttpServletResponse page = this.mvc
			.perform(get("/swagger-ui/index.html").with(user("console-reader").roles("ANALYST")))
			.andReturn()
			.getResponse();
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getHeader("Content-Security-Policy")).contains("script-src 'self';")
			.contains("style-src 'self' 'sha256-")
			.doesNotContain("unsafe");
		assertThat(this.mvc.perform(get("/api/v1/groups").with(user("console-reader").roles("ANALYST")))
			.andReturn()
			.getResponse()
			.getHeader("Content-Security-Policy")).contains("style-src 'self';");
		String html = page.getContentAsString();
		assertThat(html).doesNotContainPattern("<script(?![^>]*\\bsrc=)")
			.doesNotContain("<style")
			.doesNotContain("style=\"");
		MockHttpServletResponse config = this.mvc
			.perform(get("/v3/api-docs/swagger-config").with(user("console-reader").roles("ANALYST")))
			.andReturn()
			.getResponse();
		assertThat(config.getContentAsString()).contains("\"validatorUrl\":\"none\"").contains("/v3/api-docs");
		assertThat(this.mvc.perform(get("/swagger-ui.html")).andReturn().getResponse().getHeader(HttpHeaders.LOCATION))
			.endsWith("/login");
	}

	@Test
	void shouldShowAndRunTheApiInChromiumWithNoErrorInTheConsole() {
		try (Chromium chromium = Chromium.start("api-console")) {
			String base = "http://localhost:" + this.port;
			String username = TestAccounts.ensure(this.jdbc, "console-analyst", Role.ANALYST);
			chromium.signIn(base, username, TestAccounts.PASSWORD);
			chromium.driver().get(base + "/swagger-ui.html");
			chromium.waiting()
				.withMessage("the operations of /api/v1 shown")
				.until((driver) -> driver.findElements(By.cssSelector(".opblock-summary-path"))
					.stream()
					.anyMatch((path) -> "/api/v1/groups".equals(path.getAttribute("data-path"))));
			chromium.driver()
				.findElements(By.cssSelector(".opblock-summary-control"))
				.stream()
				.filter((control) -> control.getText().contains("/api/v1/groups")
						&& !control.getText().contains("{slug}"))
				.findFirst()
				.orElseThrow()
				.click();
			chromium.waiting().until((driver) -> !driver.findElements(By.cssSelector(".try-out__btn")).isEmpty());
			chromium.driver().findElement(By.cssSelector(".try-out__btn")).click();
			chromium.waiting().until((driver) -> !driver.findElements(By.cssSelector(".execute")).isEmpty());
			chromium.driver().findElement(By.cssSelector(".execute")).click();
			chromium.waiting()
				.withMessage("the response of GET /api/v1/groups")
				.until((driver) -> driver
					.findElements(By.cssSelector(".responses-table.live-responses-table .response-col_status"))
					.stream()
					.anyMatch((status) -> status.getText().contains("200")));
			List<LogEntry> errors = chromium.driver()
				.manage()
				.logs()
				.get(LogType.BROWSER)
				.getAll()
				.stream()
				.filter((entry) -> entry.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue())
				.toList();
			assertThat(errors).as("the browser's console").isEmpty();
		}
	}

}
