package org.militancymonitor.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.militancymonitor.PostgresSpringBootTest;
import org.militancymonitor.RetractionFixture;
import org.militancymonitor.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every hostile value ({@link HostileValues}, over 300) through the entry forms and the
 * retraction form, each in the next field in turn, and each piece of markup also in the
 * form's main text: each answer is a 4xx with a message and the data as it was, or the
 * value is stored and every page that shows it renders it escaped. Never a 5xx.
 */
@PostgresSpringBootTest
@WithMockUser(roles = "ANALYST")
class HostileInputTests {

	static final RequestPostProcessor EDITOR = SignedIn.editor("editor-hostile");

	static final RequestPostProcessor ADMIN = SignedIn.admin("admin-hostile");

	/** Who sends the forms: an editor, or for the account form an administrator. */
	private RequestPostProcessor requester = EDITOR;

	/** The last account before the test: the ones the account form makes are removed. */
	private long lastAccount;

	static final String SOURCE = "article-000-denmark-warns-unsc-on-ttp";

	/** A seed report, for its findings' form. */
	static final String REPORT = "unmt-report-001";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	/** What each form outcome was, for the closing figures. */
	private final Map<String, Integer> outcomes = new LinkedHashMap<>();

	@BeforeEach
	void noteTheAccounts() {
		this.lastAccount = this.jdbc.sql("select coalesce(max(id), 0) from app_user").query(Long.class).single();
	}

	@AfterEach
	void removeWhatWasEntered() {
		this.jdbc.sql("delete from app_user where id > ?").param(this.lastAccount).update();
		this.jdbc.sql("delete from pending_revision where editor = 'editor-hostile'").update();
		this.jdbc
			.sql("delete from claim c where c.ref like 'entered-%' and not exists "
					+ "(select 1 from incident_claim ic where ic.claim_id = c.id)"
					+ " and not exists (select 1 from statement s where s.claim_id = c.id)"
					+ " and not exists (select 1 from report_finding f where f.claim_id = c.id)"
					+ " and not exists (select 1 from group_alias a where a.claim_id = c.id)"
					+ " and not exists (select 1 from group_external_name x where x.claim_id = c.id)"
					+ " and not exists (select 1 from group_claim g where g.claim_id = c.id)"
					+ " and not exists (select 1 from designation d where d.claim_id = c.id)"
					+ " and not exists (select 1 from estimate e where e.claim_id = c.id)"
					+ " and not exists (select 1 from relationship_claim r where r.claim_id = c.id)")
			.update();
		this.jdbc.sql("delete from incident where created_by = 'editor-hostile'").update();
		this.jdbc
			.sql("delete from claim c where c.ref like 'entered-%' and not exists "
					+ "(select 1 from incident_claim ic where ic.claim_id = c.id)")
			.update();
		this.jdbc.sql("delete from form_submission where username = 'editor-hostile'").update();
		// a retraction the retraction form stored is undone, so that the next value
		// retracts
		// the same live statement from the same version
		this.jdbc.sql("""
				update statement set retracted_at = null, retracted_by = null, retraction_reason = null,
				       version = version - 1
				 where retracted_by = 'editor-hostile'""").update();
	}

	@Test
	void shouldOfferOverThreeHundredHostileValues() {
		assertThat(HostileValues.all()).hasSizeGreaterThanOrEqualTo(300);
	}

	/** Every entry form: where it posts, its main text field and a valid submission. */
	static Stream<Arguments> forms() {
		return Stream.of(form("/incidents/new", "summary", "version", "0", "occurredOn", "2025-10-12", "datePrecision",
				"DAY", "dateAsStated", "October 12", "country", "pakistan", "province", "pk-khyber-pakhtunkhwa",
				"district", "pk-khyber-pakhtunkhwa-bannu", "placeName", "Bannu", "latitude", "33.0", "longitude",
				"70.6", "locationPrecision", "ADMIN2", "eventType", "BATTLES", "subEventType", "ARMED_CLASH",
				"crossBorder", "false", "fatalitiesLow", "2", "fatalitiesBest", "3", "fatalitiesHigh", "5", "injured",
				"1", "summary", "Militants attacked a police checkpost in Bannu.", "actors[0].party",
				"Tehreek-i-Taliban Pakistan", "actors[0].role", "PERPETRATOR", "actors[0].description", "gunmen",
				"actors[0].attributionUncertain", "true", "claims[0].source", SOURCE, "claims[0].quote",
				"Militants attacked a police checkpost in Bannu.", "claims[0].claimantKind", "ANONYMOUS_SOURCE",
				"claims[0].claimant", "", "claims[0].claimantLabel", "a police official", "claims[0].position",
				"ASSERTS", "claims[0].confidence", "MODERATE", "reason", "entered"),
				form("/sources/new", "title", "version", "0", "slug", "hostile-test-source", "title",
						"A report on Bannu", "publisher", "Test Wire", "kind", "NEWS_ARTICLE", "publishedOn",
						"2025-10-13", "publishedPrecision", "DAY", "dateline", "PESHAWAR", "url",
						"https://example.org/bannu", "reliability", "B", "documentRef", "bannu.txt", "notes", "Notes"),
				form("/statements/new", "summary", "version", "0", "actor", "Kazakhstan", "speaker",
						"Sandra Jensen Landi", "speakerRole", "Envoy", "venueKind", "SECURITY_COUNCIL_MEETING", "venue",
						"Test meeting", "madeOn", "2023-02-28", "datePrecision", "DAY", "stance", "WARNS", "summary",
						"A test statement", "quote", "The TTP threatens the region.", "groups[0]", "TTP",
						"concernedActors[0]", "Pakistan", "claims[0].source", SOURCE, "claims[0].claimantKind", "STATE",
						"claims[0].claimant", "Kazakhstan", "claims[0].position", "ASSERTS", "claims[0].confidence",
						"MODERATE"),
				form("/reports/new", "title", "version", "0", "slug", "hostile-test-report", "title", "A test report",
						"issuingBody", "Test Monitoring Team", "kind", "MONITORING_TEAM_REPORT", "publishedPrecision",
						"MONTH", "publishedOn", "2025-07-01"),
				form("/reports/" + REPORT + "/findings/new", "summary", "version", "0", "summary", "TTP grows",
						"position", "1", "groups[0]", "Pakistani Taliban", "claims[0].source", SOURCE,
						"claims[0].quote", "A test quote", "claims[0].claimantKind", "SOURCE", "claims[0].position",
						"ASSERTS", "claims[0].confidence", "MODERATE"),
				form("/claims/a000-01/edit", "quote", "version", "0", "quote", "Edited test quote", "claimantKind",
						"STATE", "claimant", "Denmark", "position", "ASSERTS", "confidence", "MODERATE", "note",
						"a note", "reason", "a test"),
				form("/groups/new", "name", "version", "0", "slug", "hostile-test-front", "name", "Test Front", "kind",
						"INSURGENT", "status", "ACTIVE", "foundedPrecision", "YEAR", "foundedOn", "2020-01-01",
						"facts[0].attribute", "FOUNDED", "facts[0].summary", "Founded in 2020", "facts[0].source",
						SOURCE, "facts[0].quote", "Test quote", "facts[0].claimantKind", "SOURCE", "facts[0].position",
						"ASSERTS", "facts[0].confidence", "MODERATE"),
				form("/groups/ttp/aliases/new", "name", "version", "0", "name", "Test Zarqwyn", "quality", "AKA",
						"claims[0].source", SOURCE, "claims[0].quote", "A test quote", "claims[0].claimantKind",
						"SOURCE", "claims[0].position", "ASSERTS", "claims[0].confidence", "MODERATE"),
				form("/groups/ttp/external-names/new", "name", "version", "0", "dataset", "UCDP", "name",
						"Test Zarqwyn", "externalId", "T-1", "claims[0].source", SOURCE, "claims[0].quote",
						"A test quote", "claims[0].claimantKind", "SOURCE", "claims[0].position", "ASSERTS",
						"claims[0].confidence", "MODERATE"),
				form("/groups/ttp/designations/new", "regime", "version", "0", "authority", "Denmark", "regime",
						"Test ban list", "referenceNumber", "DK-1", "listedPrecision", "DAY", "listedOn", "2024-02-03",
						"claims[0].source", SOURCE, "claims[0].quote", "A test quote", "claims[0].claimantKind",
						"SOURCE", "claims[0].position", "ASSERTS", "claims[0].confidence", "MODERATE"),
				form("/groups/ttp/estimates/new", "period", "version", "0", "metric", "FIGHTERS", "qualifier",
						"APPROXIMATELY", "low", "5000", "best", "7777", "high", "9000", "asOfDate", "2025-03-15",
						"asOfPrecision", "MONTH", "period", "in early 2025", "country", "pakistan", "province",
						"pk-khyber-pakhtunkhwa", "claims[0].source", SOURCE, "claims[0].quote", "some 7,777 fighters",
						"claims[0].claimantKind", "STATE", "claims[0].claimant", "Pakistan", "claims[0].position",
						"ASSERTS", "claims[0].confidence", "MODERATE"),
				form("/groups/ttp/relationships/new", "description", "version", "0", "direction", "OUTGOING",
						"otherGroup", "ISIL", "type", "RIVAL_OF", "validFromDate", "2024-06-01", "fromPrecision",
						"YEAR", "toPrecision", "UNKNOWN", "description", "rivals", "claims[0].source", SOURCE,
						"claims[0].quote", "the two are rivals", "claims[0].claimantKind", "STATE",
						"claims[0].claimant", "Pakistan", "claims[0].position", "ASSERTS", "claims[0].confidence",
						"MODERATE"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("forms")
	void shouldRefuseOrEscapeEveryHostileValueOnEachForm(String path, String mainText, Map<String, String> valid)
			throws Exception {
		tryEveryValue(path, valid, mainText, path);
	}

	@Test
	void shouldRefuseOrEscapeEveryHostileValueOnTheAccountForm() throws Exception {
		this.requester = ADMIN;
		Map<String, String> valid = new LinkedHashMap<>();
		valid.put("username", "hostile-test-account");
		valid.put("displayName", "Hostile Test");
		valid.put("password", "a-long-enough-password");
		valid.put("roles", "ANALYST");
		tryEveryValue("/admin/users/new", valid, "displayName", "/admin/users/new");
	}

	/**
	 * The sign-in form answers a failed sign-in with a redirect to its message, so each
	 * hostile username or password must end there (or at the throttle's message), never
	 * in a 5xx, sign nobody in, change no account, and the page shown must not echo it.
	 * Each attempt comes from an address of its own, so that the address throttle the
	 * test trips stays away from the other tests' sign-ins.
	 */
	@Test
	void shouldRefuseEveryHostileValueOnTheSignInForm() throws Exception {
		String before = accounts();
		List<String> values = HostileValues.all();
		for (int i = 0; i < values.size(); i++) {
			String value = values.get(i);
			String address = "198.51.100." + (1 + i % 250);
			// each value in the next field, as on the other forms: every failed sign-in
			// costs a password hash, which is the point of it
			String field = (i % 2 == 0) ? "username" : "password";
			String username = field.equals("username") ? value : "hostile-nobody-" + i;
			String password = field.equals("password") ? value : "not-the-password";
			MockHttpServletResponse response = this.mvc.perform(post("/login").with(csrf()).with((request) -> {
				request.setRemoteAddr(address);
				return request;
			}).param("username", username).param("password", password)).andReturn().getResponse();
			String what = field + " = " + abbreviate(value);
			assertThat(response.getStatus()).as("sign-in with %s", what).isEqualTo(302);
			assertThat(response.getRedirectedUrl()).as("sign-in with %s", what)
				.isIn("/login?error", "/login?throttled");
			count("sign-in " + response.getRedirectedUrl().substring("/login?".length()));
		}
		MockHttpServletResponse shown = this.mvc.perform(get("/login").param("error", "")).andReturn().getResponse();
		assertThat(shown.getStatus()).isEqualTo(200);
		assertThat(shown.getContentAsString()).contains("id=\"login-problem\"").doesNotContain("<script>alert");
		assertThat(accounts()).as("the accounts after the hostile sign-ins").isEqualTo(before);
		System.out.println("Hostile values on /login: " + values.size() + " values, " + this.outcomes);
	}

	private String accounts() {
		return this.jdbc
			.sql("select coalesce(string_agg(username || password_hash || enabled || version, ',' order by id), '')"
					+ " from app_user")
			.query(String.class)
			.single();
	}

	@Test
	void shouldRefuseOrEscapeEveryHostileValueOnTheRetractionForm() throws Exception {
		RetractionFixture fixture = RetractionFixture.enter(this.jdbc);
		try {
			Map<String, String> valid = new LinkedHashMap<>();
			valid.put("version", Integer.toString(fixture.version("statement", fixture.statement)));
			valid.put("reason", "The statement was never made.");
			tryEveryValue("/statements/" + fixture.statement + "/retract", valid, "reason", "retraction");
		}
		finally {
			RetractionFixture.remove(this.jdbc);
		}
	}

	private static Arguments form(String path, String mainText, String... fields) {
		Map<String, String> valid = new LinkedHashMap<>();
		for (int i = 0; i + 1 < fields.length; i += 2) {
			valid.put(fields[i], fields[i + 1]);
		}
		return Arguments.of(path, mainText, valid);
	}

	/**
	 * Sends each hostile value in the next field in turn, and again in the form's main
	 * text field.
	 */
	private void tryEveryValue(String path, Map<String, String> valid, String mainText, String kind) throws Exception {
		MockHttpServletRequestBuilder baseline = post(path).with(this.requester)
			.param("formToken", UUID.randomUUID().toString());
		valid.forEach(baseline::param);
		MockHttpServletResponse accepted = this.mvc.perform(baseline).andReturn().getResponse();
		assertThat(accepted.getStatus()).as("the valid submission of %s: %s", path, errors(accepted)).isEqualTo(302);
		removeWhatWasEntered();
		List<String> fields = new ArrayList<>(valid.keySet());
		fields.add("formToken");
		List<String> values = HostileValues.all();
		for (int i = 0; i < values.size(); i++) {
			String value = values.get(i);
			send(path, valid, fields.get(i % fields.size()), value, kind);
			if (HostileValues.isMarkup(value)) {
				send(path, valid, mainText, value, kind);
			}
		}
		assertThat(this.outcomes).as("outcomes on %s", path).isNotEmpty();
		System.out.println("Hostile values on " + path + ": " + values.size() + " values, " + this.outcomes);
	}

	private void send(String path, Map<String, String> valid, String field, String value, String kind)
			throws Exception {
		String before = fingerprint();
		MockHttpServletRequestBuilder request = post(path).with(this.requester);
		Map<String, String> params = new LinkedHashMap<>(valid);
		params.put("formToken", UUID.randomUUID().toString());
		params.put(field, value);
		params.forEach(request::param);
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		int status = response.getStatus();
		String what = field + " = " + abbreviate(value);
		assertThat(status).as("%s %s", path, what).isLessThan(500);
		if (status >= 400) {
			assertThat(response.getContentAsString()).as("the message for %s", what).isNotBlank();
			assertThat(fingerprint()).as("data after refusing %s", what).isEqualTo(before);
			count(kind + " refused");
			return;
		}
		assertThat(status).as("%s %s", path, what).isEqualTo(302);
		count(kind + " stored");
		String location = response.getRedirectedUrl();
		for (String page : new String[] { location, "/review", location + "/history" }) {
			if ((page.startsWith("/review/revisions/") || page.startsWith("/admin/")) && page.endsWith("/history")) {
				continue;
			}
			MockHttpServletResponse shown = this.mvc.perform(get(page).with(this.requester)).andReturn().getResponse();
			assertThat(shown.getStatus()).as("%s after storing %s", page, what).isEqualTo(200);
			if (HostileValues.isMarkup(value)) {
				assertThat(shown.getContentAsString()).as("%s shows %s escaped", page, what).doesNotContain(value);
			}
		}
		removeWhatWasEntered();
	}

	private void count(String outcome) {
		this.outcomes.merge(outcome, 1, Integer::sum);
	}

	/** The rows of every table a form writes, to see that a refusal leaves them be. */
	private String fingerprint() {
		return this.jdbc
			.sql("""
					select concat_ws(' ', (select count(*) from incident), (select count(*) from incident_actor),
					       (select count(*) from claim), (select count(*) from pending_revision),
					       (select count(*) from source), (select count(*) from form_submission),
					       (select count(*) from statement), (select count(*) from report),
					       (select count(*) from report_finding), (select count(*) from militant_group),
					       (select count(*) from group_alias), (select count(*) from group_external_name),
					       (select count(*) from designation),
					       (select count(*) from estimate), (select count(*) from group_relationship),
					       (select sum(version) from claim), (select count(*) from statement where retracted_at is not null),
					       (select sum(version) from statement))
					""")
			.query(String.class)
			.single();
	}

	/** The messages a refused form shows. */
	private static String errors(MockHttpServletResponse response) throws Exception {
		java.util.regex.Matcher messages = java.util.regex.Pattern
			.compile("class=\"(?:invalid-feedback|alert alert-danger)[^\"]*\"[^>]*>([^<]*)<")
			.matcher(response.getContentAsString());
		List<String> found = new ArrayList<>();
		while (messages.find()) {
			found.add(messages.group(1).strip());
		}
		return found.toString();
	}

	private static String abbreviate(String value) {
		String shown = value.replace("\u0000", "\\0");
		return (shown.length() > 60) ? shown.substring(0, 60) + "… (" + value.length() + " chars)" : shown;
	}

}
