package org.militancymonitor.incident;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.militancymonitor.PostgresSpringBootTest;
import org.militancymonitor.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Entering an incident and taking it through review over the seed, each test removing
 * what it entered: the form keeps what was typed and marks what is wrong, a repeated POST
 * saves once, nobody publishes their own draft, an edit of a published incident waits for
 * approval, and a form from an older version is a conflict.
 */
@PostgresSpringBootTest
@WithMockUser(roles = "ANALYST")
class IncidentFormControllerTests {

	static final RequestPostProcessor EDITOR = SignedIn.editor("editor-one");

	static final RequestPostProcessor REVIEWER = SignedIn.editor("editor-two");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void shouldOfferAnEmptyFormWithPickers() throws Exception {
		this.mvc.perform(get("/incidents/new").with(EDITOR))
			.andExpect(status().isOk())
			.andExpect(view().name(IncidentFormController.VIEW))
			.andExpect(content().string(allOf(containsString("name=\"formToken\""),
					containsString("Pakistan › Khyber Pakhtunkhwa › Peshawar"),
					containsString("<option value=\"Tehreek-i-Taliban Pakistan\">"),
					containsString("actors[1].party"))));
	}

	@Test
	void shouldKeepWhatWasTypedAndMarkEveryWrongField() throws Exception {
		long before = incidents();
		this.mvc
			.perform(valid(post("/incidents/new"), "fatalitiesLow", "10", "fatalitiesBest", "5", "summary", "",
					"actors[0].party", "No Such Front", "placeName", "Wana <b>bazaar</b>"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("The best estimate cannot be below the low one."),
					containsString("Fill this in."),
					containsString("No group, state or organisation has this name or alias."),
					containsString("value=\"No Such Front\""), containsString("Wana &lt;b&gt;bazaar&lt;/b&gt;"),
					not(containsString("<b>bazaar</b>")))));
		assertThat(incidents()).isEqualTo(before);
	}

	@Test
	void shouldRequireAClaim() throws Exception {
		this.mvc
			.perform(valid(post("/incidents/new"), "claims[0].quote", "", "claims[0].source", "",
					"claims[0].claimantKind", "", "claims[0].confidence", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("An incident needs at least one claim")));
	}

	@Test
	void shouldRefuseTextWithANulCharacter() throws Exception {
		this.mvc.perform(valid(post("/incidents/new"), "summary", "Attack\u0000on a checkpost"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("control character")));
	}

	@Test
	void shouldSaveADraftWithAGroupFoundByItsAliasAndANewClaim() throws Exception {
		long id = create(newToken());
		assertThat(this.jdbc.sql("select status || ' ' || created_by from incident where id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("DRAFT editor-one");
		assertThat(this.jdbc.sql("""
				select g.slug from incident_actor ia join militant_group g on g.id = ia.group_id
				 where ia.incident_id = ? and ia.role = 'PERPETRATOR'""").param(id).query(String.class).single())
			.isEqualTo("ttp");
		assertThat(this.jdbc.sql("""
				select c.quote from incident_claim ic join claim c on c.id = ic.claim_id where ic.incident_id = ?""")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("Militants attacked a police checkpost in Bannu.");
		this.mvc.perform(get("/incidents/" + id).with(EDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Submit for review")));
	}

	@Test
	void shouldSaveOnceWhenTheSameFormIsPostedTwice() throws Exception {
		String token = newToken();
		long before = incidents();
		long id = create(token);
		MvcResult again = this.mvc.perform(withToken(post("/incidents/new"), token)).andReturn();
		assertThat(again.getResponse().getRedirectedUrl()).isEqualTo("/incidents/" + id);
		assertThat(incidents()).isEqualTo(before + 1);
	}

	@Test
	void shouldNotLetAnEditorPublishTheirOwnDraft() throws Exception {
		long id = create(newToken());
		this.mvc.perform(post("/incidents/" + id + "/submit").param("version", version(id)).with(EDITOR))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(post("/incidents/" + id + "/publish").param("version", version(id)).with(EDITOR))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Publishing needs a second person")));
		assertThat(reviewStatus(id)).isEqualTo("SUBMITTED");
		this.mvc.perform(post("/incidents/" + id + "/publish").param("version", version(id)).with(REVIEWER))
			.andExpect(status().is3xxRedirection());
		assertThat(reviewStatus(id)).isEqualTo("PUBLISHED");
	}

	@Test
	void shouldHoldAnEditOfAPublishedIncidentUntilASecondPersonApprovesIt() throws Exception {
		long id = publishedIncident();
		String version = version(id);
		this.mvc
			.perform(valid(post("/incidents/" + id + "/edit"), "version", version, "fatalitiesBest", "4",
					"fatalitiesHigh", "4", "reason", "The provincial police raised the toll."))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.sql("select fatalities_best from incident where id = ?")
			.param(id)
			.query(Integer.class)
			.single()).isEqualTo(3);
		long revision = this.jdbc.sql("select id from pending_revision where record_id = ? and status = 'PENDING'")
			.param(id)
			.query(Long.class)
			.single();
		this.mvc.perform(get("/review/revisions/" + revision).with(REVIEWER))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("The provincial police raised the toll."),
					containsString("Fatalities, best estimate"))));
		this.mvc.perform(post("/review/revisions/" + revision + "/approve").param("version", "0").with(EDITOR))
			.andExpect(status().isConflict());
		this.mvc.perform(post("/review/revisions/" + revision + "/approve").param("version", "0").with(REVIEWER))
			.andExpect(redirectedUrlPattern("/incidents/*"));
		assertThat(this.jdbc.sql("select fatalities_best from incident where id = ?")
			.param(id)
			.query(Integer.class)
			.single()).isEqualTo(4);
	}

	@Test
	void shouldShowAConflictWhenTheIncidentChangedSinceTheFormWasMade() throws Exception {
		long id = create(newToken());
		String stale = version(id);
		this.mvc.perform(valid(post("/incidents/" + id + "/edit"), "version", stale, "summary", "First"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(valid(post("/incidents/" + id + "/edit"), "version", stale, "summary", "Second"))
			.andExpect(status().isConflict())
			.andExpect(content().string(allOf(containsString("Someone saved this record"), containsString("First"),
					containsString("Second"))));
		assertThat(this.jdbc.sql("select summary from incident where id = ?").param(id).query(String.class).single())
			.isEqualTo("First");
	}

	private long create(String token) throws Exception {
		MvcResult result = this.mvc.perform(withToken(post("/incidents/new"), token))
			.andExpect(redirectedUrlPattern("/incidents/*"))
			.andReturn();
		return Long.parseLong(result.getResponse().getRedirectedUrl().substring("/incidents/".length()));
	}

	private long publishedIncident() throws Exception {
		long id = create(newToken());
		this.mvc.perform(post("/incidents/" + id + "/submit").param("version", version(id)).with(EDITOR));
		this.mvc.perform(post("/incidents/" + id + "/publish").param("version", version(id)).with(REVIEWER));
		assertThat(reviewStatus(id)).isEqualTo("PUBLISHED");
		return id;
	}

	static MockHttpServletRequestBuilder valid(MockHttpServletRequestBuilder request, String... overrides) {
		return withToken(request, newToken(), overrides);
	}

	/**
	 * A complete incident as an editor enters it, with some fields given other values
	 * (name, value, name, value...).
	 */
	static MockHttpServletRequestBuilder withToken(MockHttpServletRequestBuilder request, String token,
			String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("formToken", token);
		fields.put("version", "0");
		fields.put("occurredOn", "2025-10-12");
		fields.put("datePrecision", "DAY");
		fields.put("dateAsStated", "October 12");
		fields.put("province", "pk-khyber-pakhtunkhwa");
		fields.put("district", "pk-khyber-pakhtunkhwa-bannu");
		fields.put("placeName", "Bannu");
		fields.put("locationPrecision", "ADMIN2");
		fields.put("eventType", "BATTLES");
		fields.put("subEventType", "ARMED_CLASH");
		fields.put("fatalitiesLow", "2");
		fields.put("fatalitiesBest", "3");
		fields.put("fatalitiesHigh", "5");
		fields.put("summary", "Militants attacked a police checkpost in Bannu.");
		fields.put("actors[0].party", "Tehreek-i-Taliban Pakistan");
		fields.put("actors[0].role", "PERPETRATOR");
		fields.put("actors[1].party", "pakistan");
		fields.put("actors[1].role", "TARGET");
		fields.put("claims[0].source", "article-000-denmark-warns-unsc-on-ttp");
		fields.put("claims[0].quote", "Militants attacked a police checkpost in Bannu.");
		fields.put("claims[0].claimantKind", "SOURCE");
		fields.put("claims[0].position", "ASSERTS");
		fields.put("claims[0].confidence", "MODERATE");
		for (int i = 0; i + 1 < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		request.with(EDITOR);
		fields.forEach(request::param);
		return request;
	}

	/**
	 * Removes what the tests entered: drafts, their actors and links, new claims,
	 * revisions, tokens.
	 */
	@AfterEach
	void removeWhatWasEntered() {
		this.jdbc.sql("delete from pending_revision where editor like 'editor-%'").update();
		this.jdbc.sql("delete from incident where created_by like 'editor-%'").update();
		this.jdbc
			.sql("delete from claim c where c.ref like 'entered-%' and not exists "
					+ "(select 1 from incident_claim ic where ic.claim_id = c.id)")
			.update();
		this.jdbc.sql("delete from form_submission where username like 'editor-%'").update();
	}

	static String newToken() {
		return UUID.randomUUID().toString();
	}

	private long incidents() {
		return this.jdbc.sql("select count(*) from incident").query(Long.class).single();
	}

	private String version(long id) {
		return this.jdbc.sql("select version from incident where id = ?").param(id).query(String.class).single();
	}

	private String reviewStatus(long id) {
		return this.jdbc.sql("select status from incident where id = ?").param(id).query(String.class).single();
	}

}
