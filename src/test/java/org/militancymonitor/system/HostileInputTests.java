package org.militancymonitor.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.militancymonitor.PostgresSpringBootTest;
import org.militancymonitor.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every hostile value ({@link HostileValues}, over 300) through the entry forms, each in
 * the next field in turn, and each piece of markup also in the form's main text: each
 * answer is a 4xx with a message and the data as it was, or the value is stored and every
 * page that shows it renders it escaped. Never a 5xx.
 */
@PostgresSpringBootTest
@WithMockUser(roles = "ANALYST")
class HostileInputTests {

	static final RequestPostProcessor EDITOR = SignedIn.editor("editor-hostile");

	static final String SOURCE = "article-000-denmark-warns-unsc-on-ttp";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	/** What each form outcome was, for the closing figures. */
	private final Map<String, Integer> outcomes = new LinkedHashMap<>();

	@AfterEach
	void removeWhatWasEntered() {
		this.jdbc.sql("delete from pending_revision where editor = 'editor-hostile'").update();
		this.jdbc.sql("delete from incident where created_by = 'editor-hostile'").update();
		this.jdbc
			.sql("delete from claim c where c.ref like 'entered-%' and not exists "
					+ "(select 1 from incident_claim ic where ic.claim_id = c.id)")
			.update();
		this.jdbc.sql("delete from form_submission where username = 'editor-hostile'").update();
	}

	@Test
	void shouldOfferOverThreeHundredHostileValues() {
		assertThat(HostileValues.all()).hasSizeGreaterThanOrEqualTo(300);
	}

	@Test
	void shouldRefuseOrEscapeEveryHostileValueOnTheIncidentForm() throws Exception {
		Map<String, String> valid = new LinkedHashMap<>();
		valid.put("version", "0");
		valid.put("occurredOn", "2025-10-12");
		valid.put("datePrecision", "DAY");
		valid.put("dateAsStated", "October 12");
		valid.put("country", "pakistan");
		valid.put("province", "pk-khyber-pakhtunkhwa");
		valid.put("district", "pk-khyber-pakhtunkhwa-bannu");
		valid.put("placeName", "Bannu");
		valid.put("latitude", "33.0");
		valid.put("longitude", "70.6");
		valid.put("locationPrecision", "ADMIN2");
		valid.put("eventType", "BATTLES");
		valid.put("subEventType", "ARMED_CLASH");
		valid.put("crossBorder", "false");
		valid.put("fatalitiesLow", "2");
		valid.put("fatalitiesBest", "3");
		valid.put("fatalitiesHigh", "5");
		valid.put("injured", "1");
		valid.put("summary", "Militants attacked a police checkpost in Bannu.");
		valid.put("actors[0].party", "Tehreek-i-Taliban Pakistan");
		valid.put("actors[0].role", "PERPETRATOR");
		valid.put("actors[0].description", "gunmen");
		valid.put("actors[0].attributionUncertain", "true");
		valid.put("claims[0].source", SOURCE);
		valid.put("claims[0].quote", "Militants attacked a police checkpost in Bannu.");
		valid.put("claims[0].claimantKind", "ANONYMOUS_SOURCE");
		valid.put("claims[0].claimant", "");
		valid.put("claims[0].claimantLabel", "a police official");
		valid.put("claims[0].position", "ASSERTS");
		valid.put("claims[0].confidence", "MODERATE");
		valid.put("reason", "entered");
		tryEveryValue("/incidents/new", valid, "summary", "incident");
	}

	@Test
	void shouldRefuseOrEscapeEveryHostileValueOnTheSourceForm() throws Exception {
		Map<String, String> valid = new LinkedHashMap<>();
		valid.put("version", "0");
		valid.put("slug", "hostile-test-source");
		valid.put("title", "A report on Bannu");
		valid.put("publisher", "Test Wire");
		valid.put("kind", "NEWS_ARTICLE");
		valid.put("publishedOn", "2025-10-13");
		valid.put("publishedPrecision", "DAY");
		valid.put("dateline", "PESHAWAR");
		valid.put("url", "https://example.org/bannu");
		valid.put("reliability", "B");
		valid.put("documentRef", "bannu.txt");
		valid.put("notes", "Notes");
		tryEveryValue("/sources/new", valid, "title", "source");
	}

	/**
	 * Sends each hostile value in the next field in turn, and again in the form's main
	 * text field.
	 */
	private void tryEveryValue(String path, Map<String, String> valid, String mainText, String kind) throws Exception {
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
		long before = fingerprint();
		MockHttpServletRequestBuilder request = post(path).with(EDITOR);
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
			if (page.startsWith("/review/revisions/") && page.endsWith("/history")) {
				continue;
			}
			MockHttpServletResponse shown = this.mvc.perform(get(page).with(EDITOR)).andReturn().getResponse();
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
	private long fingerprint() {
		return this.jdbc
			.sql("""
					select (select count(*) from incident) + (select count(*) from incident_actor) * 1000
					     + (select count(*) from claim) * 1000000 + (select count(*) from pending_revision) * 1000000000
					     + (select count(*) from source) * 100000000000 + (select count(*) from form_submission) * 10000000000000
					""")
			.query(Long.class)
			.single();
	}

	private static String abbreviate(String value) {
		String shown = value.replace("\u0000", "\\0");
		return (shown.length() > 60) ? shown.substring(0, 60) + "… (" + value.length() + " chars)" : shown;
	}

}
