package org.militancymonitor.system;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.militancymonitor.PostgresSpringBootTest;
import org.militancymonitor.account.Role;
import org.militancymonitor.account.TestAccounts;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of page in real Chromium against axe-core's WCAG 2.0 and 2.1 A and AA rules
 * ({@code src/test/resources/axe}), with every piece of evidence opened so that the
 * quotes behind them are checked too, with every field marked invalid saying so to screen
 * readers, and without an error in the browser's console (such as a missing favicon's
 * 404). The pages are the seed's; the statement, actor, incident, report and source are
 * the seed's richest, looked up in the database. One browser serves the whole class; it
 * is skipped, saying why, where no Chromium is installed ({@link Chromium}).
 */
@PostgresSpringBootTest
class AccessibilityTests {

	/** The rules a page must pass: WCAG 2.0 and 2.1, levels A and AA. */
	static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	/**
	 * Runs axe on the page and answers its violations, each reduced to what a report
	 * shows.
	 */
	static final String RUN_AXE = """
			const done = arguments[arguments.length - 1];
			axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
			  .then((results) => done(results.violations.map((v) => ({
			    id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
			    nodes: v.nodes.map((n) => n.target.join(' ') + '\\n        ' + (n.failureSummary || '').replace(/\\n/g, '\\n        '))
			  }))))
			  .catch((error) => done('axe failed: ' + error));
			""";

	/**
	 * The fields marked invalid (Bootstrap's is-invalid, which only shows) that do not
	 * say so to a screen reader: aria-invalid, and aria-describedby naming the message.
	 */
	static final String UNANNOUNCED_ERRORS = """
			return [...document.querySelectorAll('.is-invalid')]
			  .filter((field) => field.getAttribute('aria-invalid') !== 'true'
			    || !(field.getAttribute('aria-describedby') || '').split(' ')
			      .some((id) => document.getElementById(id) && document.getElementById(id).textContent.trim()))
			  .map((field) => field.id || field.name);
			""";

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

	static Chromium chromium;

	static String axe;

	static boolean signedIn;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void startBrowser() throws IOException {
		try (InputStream script = AccessibilityTests.class.getResourceAsStream("/axe/axe.min.js")) {
			axe = new String(Objects.requireNonNull(script, "axe/axe.min.js").readAllBytes(), StandardCharsets.UTF_8);
		}
		chromium = Chromium.start("accessibility");
		chromium.driver().manage().timeouts().scriptTimeout(Chromium.WAIT);
	}

	@AfterAll
	static void stopBrowser() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@ParameterizedTest(name = "{0} answers {1}")
	@CsvSource(delimiter = '|', textBlock = """
			/                                         | 200
			/groups/ttp                               | 200
			/groups/isil-k                            | 200
			/contested                                | 200
			/graph                                    | 200
			/statements                               | 200
			/statements/{statement}                   | 200
			/actors/{actor}                           | 200
			/incidents                                | 200
			/incidents?country=pakistan&sort=fatalities&dir=desc | 200
			/incidents/{incident}                     | 200
			/reports                                  | 200
			/reports/{report}                         | 200
			/sources                                  | 200
			/sources/{source}                         | 200
			/search?q=taliban                         | 200
			/search?q=taliban&kind=incidents          | 200
			/regions/pakistan/map                     | 200
			/regions/south-asia/map?from=2020-01-01   | 200
			/groups/no-such-group                     | 404
			/incidents?from=not-a-date&minFatalities=many | 400
			/incidents/not-a-number                   | 400
			/statements?to=not-a-date&venue=nowhere   | 400
			/graph?asOf=not-a-date&types=nonsense     | 400
			/search?q=taliban&kind=nonsense           | 400
			/regions/pakistan/map?from=not-a-date     | 400
			/regions                                  | 200
			/regions/pakistan                         | 200
			/regions/pk-khyber-pakhtunkhwa?months=24&precision=day | 200
			/regions/south-asia?end=2021-08-31&group=ttp | 200
			/regions/pakistan?end=not-a-date&months=0&group=nobody&type=nonsense | 400
			/regions/no-such-region                   | 404
			/admin/users                              | 200
			/admin/users/new                          | 200
			/admin/users/{account}                    | 200
			/account/tokens                           | 200
			/login?error                              | 200
			/incidents/new                            | 200
			/incidents/{incident}/edit                | 200
			/incidents/{incident}/history             | 200
			/groups/ttp/history                       | 200
			/sources/new                              | 200
			/statements/new                           | 200
			/reports/new                              | 200
			/groups/new                               | 200
			/groups/ttp/aliases/new                   | 200
			/groups/ttp/designations/new              | 200
			/groups/ttp/estimates/new                 | 200
			/groups/ttp/relationships/new             | 200
			/groups/ttp/external-names/new            | 200
			/review                                   | 200
			/sanctions                                | 200
			/sanctions/imports                        | 200
			/sanctions/imports/new                    | 200
			/sanctions/matches                        | 200
			/sanctions/entries/QDe.000                | 404
			/incidents/import                         | 200
			/stix/import                              | 200
			/incidents/actor-names                    | 200
			""")
	void shouldPassWcag21AaWithoutAnErrorInTheConsole(String page, int status) {
		signIn();
		WebDriver browser = chromium.driver();
		String url = "http://localhost:" + this.port + resolve(page);
		browser.manage().logs().get(LogType.BROWSER); // drops what earlier pages logged
		browser.get(url);
		JavascriptExecutor js = (JavascriptExecutor) browser;
		assertThat(js.executeScript("return performance.getEntriesByType('navigation')[0].responseStatus"))
			.as("status of %s", url)
			.isEqualTo((long) status);
		awaitScripts(browser);
		js.executeScript("document.querySelectorAll('details').forEach((d) => d.open = true)");
		js.executeScript(axe);
		Object violations = js.executeAsyncScript(RUN_AXE, WCAG_TAGS);
		assertThat(violations).as("axe's answer on %s", url).isInstanceOf(List.class);
		assertThat((List<?>) violations).withFailMessage(() -> report(url, (List<?>) violations)).isEmpty();

		assertThat(js.executeScript(UNANNOUNCED_ERRORS)).as("fields marked invalid without saying so on %s", url)
			.asInstanceOf(InstanceOfAssertFactories.LIST)
			.isEmpty();

		List<String> errors = browser.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.filter((entry) -> status == 200 || !isThePageOwnStatus(entry, url))
			.map(LogEntry::toString)
			.toList();
		assertThat(errors).as("errors in the console on %s", url).isEmpty();
	}

	@Test
	void shouldServeAFaviconAtTheAddressBrowsersAskFor() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		HttpResponse<byte[]> ico = http.send(HttpRequest.newBuilder(uri("/favicon.ico")).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(ico.statusCode()).isEqualTo(200);
		assertThat(ico.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).isIn("image/x-icon", "image/vnd.microsoft.icon"));
		assertThat(ico.body()).startsWith(0, 0, 1, 0);

		HttpResponse<String> svg = http.send(HttpRequest.newBuilder(uri("/favicon.svg")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(svg.statusCode()).isEqualTo(200);
		assertThat(svg.headers().firstValue("Content-Type")).hasValue("image/svg+xml");
		assertThat(svg.body()).contains("<svg");
		WebDriver browser = chromium.driver();
		browser.get(uri("/").toString());
		assertThat(browser.findElements(By.cssSelector("head link[rel=icon]")))
			.extracting((link) -> link.getDomAttribute("href"))
			.contains("/favicon.svg", "/favicon.ico");
	}

	/**
	 * Signs the class's browser in once, as an administrator so that the account pages
	 * can be checked too.
	 */
	private void signIn() {
		if (!signedIn) {
			chromium.signIn("http://localhost:" + this.port,
					TestAccounts.ensure(this.jdbc, "accessibility", Role.ADMIN), TestAccounts.PASSWORD);
			signedIn = true;
		}
	}

	/** The page's path with a real statement id, actor slug, etc. from the seed. */
	private String resolve(String page) {
		Matcher placeholder = PLACEHOLDER.matcher(page);
		StringBuilder path = new StringBuilder();
		while (placeholder.find()) {
			placeholder.appendReplacement(path, Matcher.quoteReplacement(seeded(placeholder.group(1))));
		}
		return placeholder.appendTail(path).toString();
	}

	/** The seed's richest record of a kind, so that its page shows the most. */
	private String seeded(String kind) {
		String sql = switch (kind) {
			// a statement that answers another and is answered
			case "statement" -> """
					select s.id from statement s
					order by (s.responds_to_statement_id is not null or s.responds_to_report_id is not null)
					  and exists (select 1 from statement r where r.responds_to_statement_id = s.id) desc,
					  (s.quote is not null) desc, s.id
					limit 1""";
			case "actor" -> """
					select a.slug from actor a join statement s on s.actor_id = a.id
					group by a.slug order by count(*) desc, a.slug limit 1""";
			case "incident" -> """
					select i.id from incident i join incident_actor a on a.incident_id = i.id
					where i.status = 'PUBLISHED'
					group by i.id order by count(*) desc, i.id limit 1""";
			case "report" -> """
					select r.slug from report r join report_finding f on f.report_id = r.id
					group by r.slug order by count(*) desc, r.slug limit 1""";
			case "account" -> "select min(id)::text from app_user";
			case "source" -> """
					select s.slug from source s join claim c on c.source_id = s.id
					group by s.slug order by count(*) desc, s.slug limit 1""";
			default -> throw new IllegalArgumentException("No seeded " + kind);
		};
		return this.jdbc.sql(sql).query(String.class).single();
	}

	/**
	 * Waits for what the page's scripts draw after loading: the relationship graph, drawn
	 * once /api/graph has answered.
	 */
	private static void awaitScripts(WebDriver browser) {
		if (!browser.findElements(By.id("graph")).isEmpty()) {
			chromium.waiting()
				.withMessage("the graph drawn")
				.until((driver) -> !driver.findElements(By.cssSelector("#graph canvas")).isEmpty());
		}
	}

	/**
	 * Whether a console entry is Chromium's note that the page itself answered an error
	 * status, which an error page must.
	 */
	private static boolean isThePageOwnStatus(LogEntry entry, String url) {
		return entry.getMessage().startsWith(url + " - Failed to load resource: the server responded with a status of");
	}

	private static String report(String url, List<?> violations) {
		return violations.stream().map((violation) -> {
			Map<?, ?> v = (Map<?, ?>) violation;
			List<?> nodes = (List<?>) v.get("nodes");
			return "  " + v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + ", " + nodes.size()
					+ " node(s), " + v.get("helpUrl")
					+ nodes.stream().map((node) -> "\n      " + node).collect(Collectors.joining());
		})
			.collect(Collectors.joining("\n", violations.size() + " axe violation(s) of WCAG 2.1 AA on " + url + ":\n",
					""));
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
