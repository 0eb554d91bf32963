package org.militancymonitor.group;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.militancymonitor.Await;
import org.militancymonitor.PostgresSpringBootTest;
import org.militancymonitor.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A new relationship between groups waits as a draft until a second person approves it;
 * an edit waits for review with its reason; a form from an older version is a conflict;
 * wrong input (a group with itself, an unknown group) is marked and nothing is saved.
 */
@PostgresSpringBootTest
@WithMockUser(roles = "ANALYST")
class RelationshipFormControllerTests {

	static final RequestPostProcessor EDITOR = SignedIn.editor("editor-one");

	static final RequestPostProcessor REVIEWER = SignedIn.editor("editor-two");

	static final String SOURCE = "article-000-denmark-warns-unsc-on-ttp";

	/** What every description and quote entered here starts with, to clean them up. */
	static final String MARK = "Relationship test:";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeWhatWasEntered() {
		this.jdbc.sql("delete from pending_revision where editor like 'editor-%'").update();
		this.jdbc.sql("delete from group_relationship where description like :mark").param("mark", MARK + "%").update();
		this.jdbc.sql("delete from claim where ref like 'entered-%' and quote like :mark")
			.param("mark", MARK + "%")
			.update();
		this.jdbc.sql("delete from form_submission where username like 'editor-%'").update();
	}

	@Test
	void shouldOfferTheFormOnTheGroupsPageAndAnotherClaimWithoutJavaScript() throws Exception {
		this.mvc.perform(get("/groups/ttp").with(EDITOR))
			.andExpect(content().string(allOf(containsString("/groups/ttp/relationships/new"),
					containsString("New relationship"), containsString("/relationships/"))));
		this.mvc.perform(get("/groups/ttp/relationships/new").with(EDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"claims[0].quote\""),
					not(containsString("name=\"claims[1].quote\"")))));
		this.mvc.perform(newRelationship("addLine", "claim"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("name=\"claims[1].quote\""), containsString("value=\"ISIL\""))));
		assertThat(revisions()).isZero();
		this.mvc.perform(get("/groups/isil-k/relationships/" + seedRelationship() + "/edit").with(EDITOR))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/groups/afghan-taliban/relationships/" + seedRelationship() + "/edit").with(EDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tehreek-e-Taliban Pakistan")));
	}

	@ParameterizedTest(name = "{0}={1}")
	@CsvSource(delimiter = '|', textBlock = """
			otherGroup        | Pakistani Taliban | A group has no relationship with itself
			otherGroup        | Atlantis Front    | No group has this name or alias.
			otherGroup        | ''                | Fill this in.
			type              | HATES             | Choose a type from the list.
			validFromDate     | 2023-02-30        | Enter a date as YYYY-MM-DD.
			fromPrecision     | UNKNOWN           | An unknown date has no value
			description       | a<NUL>b           | control character
			claims[0].quote   | a<NUL>b           | control character
			claims[0].ref     | no-such-claim     | No claim has this reference.
			""")
	void shouldMarkAWrongFieldAndSaveNothing(String field, String value, String message) throws Exception {
		this.mvc.perform(newRelationship(field, value.replace("<NUL>", "\0")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString(message), containsString("is-invalid"))));
		assertThat(revisions()).isZero();
	}

	@Test
	void shouldRefuseARelationshipTheGroupsHaveAlreadyAndOneWithoutClaims() throws Exception {
		this.mvc.perform(newRelationship("direction", "INCOMING", "otherGroup", "Afghan Taliban", "type", "SHELTERS"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("already have a relationship of this type")));
		this.mvc.perform(newRelationship("validToDate", "2019-01-01", "toPrecision", "DAY"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The end cannot be before the start.")));
		this.mvc
			.perform(newRelationship("claims[0].source", "", "claims[0].quote", "", "claims[0].claimantKind", "",
					"claims[0].claimant", "", "claims[0].confidence", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("A relationship needs at least one claim")));
		assertThat(revisions()).isZero();
	}

	@Test
	void shouldPublishANewRelationshipOnlyOnceASecondPersonApprovesItsDraft() throws Exception {
		String page = this.mvc
			.perform(newRelationship("claims[1].source", SOURCE, "claims[1].quote", MARK + " they are not rivals",
					"claims[1].claimantKind", "SOURCE", "claims[1].position", "DENIES", "claims[1].confidence", "LOW"))
			.andExpect(redirectedUrlPattern("/review/revisions/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(relationships()).isZero();
		this.mvc.perform(get(page).with(REVIEWER))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("a relationship between groups"),
					containsString("Tehreek-e-Taliban Pakistan is a rival of Islamic State"),
					containsString("Submit"))));
		this.mvc.perform(post(page + "/submit").param("version", "0").with(EDITOR)).andExpect(redirectedUrl(page));
		this.mvc.perform(post(page + "/approve").param("version", "1").with(EDITOR)).andExpect(status().isConflict());
		assertThat(relationships()).isZero();
		this.mvc.perform(post(page + "/approve").param("version", "1").with(REVIEWER))
			.andExpect(redirectedUrl("/groups/ttp"));
		assertThat(this.jdbc.sql("""
				select f.slug || ' ' || r.type || ' ' || t.slug || ' ' || r.valid_from || ' ' || r.from_precision
				       || ' ' || r.to_precision || ' ' || (select string_agg(c.position, ',' order by c.position)
				          from relationship_claim rc join claim c on c.id = rc.claim_id where rc.relationship_id = r.id)
				  from group_relationship r join militant_group f on f.id = r.from_group_id
				  join militant_group t on t.id = r.to_group_id
				 where r.description like :mark""").param("mark", MARK + "%").query(String.class).single())
			.isEqualTo("ttp RIVAL_OF isil 2024-01-01 YEAR UNKNOWN ASSERTS,DENIES");
		awaitOnPage("/groups/isil", "is a rival of");
		assertThat(page("/groups/isil")).contains("href=\"/groups/ttp\"", "relationship-in");
		assertThat(page("/groups/ttp")).contains("relationship-out", "href=\"/groups/isil\"");
	}

	@Test
	void shouldHoldAnEditForReviewAndApplyItOnceApproved() throws Exception {
		long id = approvedRelationship();
		String form = "/groups/ttp/relationships/" + id + "/edit";
		this.mvc.perform(get(form).with(EDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Islamic State"), containsString("Reason"),
					containsString("Remove this claim"))));
		this.mvc.perform(edit(id, "0", "type", "COLLABORATES_WITH", "reason", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Say why you change a published record")));
		this.mvc.perform(edit(id, "0", "type", "COLLABORATES_WITH", "reason", "They work together."))
			.andExpect(redirectedUrl("/groups/ttp"));
		assertThat(type(id)).isEqualTo("RIVAL_OF");
		long revision = revision(id);
		this.mvc.perform(get("/review/revisions/" + revision).with(REVIEWER))
			.andExpect(content().string(allOf(containsString("RIVAL_OF"), containsString("COLLABORATES_WITH"))));
		this.mvc.perform(post("/review/revisions/" + revision + "/approve").param("version", "0").with(EDITOR))
			.andExpect(status().isConflict());
		this.mvc.perform(post("/review/revisions/" + revision + "/approve").param("version", "0").with(REVIEWER))
			.andExpect(redirectedUrl("/groups/ttp"));
		assertThat(type(id)).isEqualTo("COLLABORATES_WITH");
	}

	@Test
	void shouldRefuseAnEditFromAnOlderVersionShowingBothValues() throws Exception {
		long id = approvedRelationship();
		this.mvc.perform(edit(id, "0", "type", "COLLABORATES_WITH", "reason", "First."))
			.andExpect(redirectedUrl("/groups/ttp"));
		this.mvc.perform(post("/review/revisions/" + revision(id) + "/approve").param("version", "0").with(REVIEWER))
			.andExpect(redirectedUrl("/groups/ttp"));
		this.mvc.perform(edit(id, "0", "type", "SUPPORTS", "reason", "Second, from the old form."))
			.andExpect(status().isConflict())
			.andExpect(content()
				.string(allOf(containsString("Someone saved this record"), containsString("conflict-comparison"),
						containsString("SUPPORTS"), containsString("COLLABORATES_WITH"))));
		assertThat(revisions()).isEqualTo(1);
	}

	@Test
	void shouldStoreMarkupAsTextAndShowItEscaped() throws Exception {
		long id = approvedRelationship("description", MARK + " <script>alert(1)</script>");
		assertThat(this.jdbc.sql("select description from group_relationship where id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo(MARK + " <script>alert(1)</script>");
		this.mvc.perform(get("/groups/ttp/relationships/" + id + "/edit").with(EDITOR))
			.andExpect(content().string(allOf(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"),
					not(containsString("<script>alert(1)</script>")))));
	}

	/** A relationship entered, submitted and approved, at version 0. */
	private long approvedRelationship(String... overrides) throws Exception {
		String page = this.mvc.perform(newRelationship(overrides))
			.andExpect(redirectedUrlPattern("/review/revisions/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(post(page + "/submit").param("version", "0").with(EDITOR)).andExpect(redirectedUrl(page));
		this.mvc.perform(post(page + "/approve").param("version", "1").with(REVIEWER))
			.andExpect(redirectedUrl("/groups/ttp"));
		this.jdbc.sql("delete from pending_revision where editor like 'editor-%'").update();
		return this.jdbc.sql("select id from group_relationship where description like :mark")
			.param("mark", MARK + "%")
			.query(Long.class)
			.single();
	}

	private Map<String, String> fields() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("formToken", UUID.randomUUID().toString());
		fields.put("direction", "OUTGOING");
		fields.put("otherGroup", "ISIL");
		fields.put("type", "RIVAL_OF");
		fields.put("validFromDate", "2024-06-01");
		fields.put("fromPrecision", "YEAR");
		fields.put("toPrecision", "UNKNOWN");
		fields.put("description", MARK + " rivals");
		fields.put("claims[0].source", SOURCE);
		fields.put("claims[0].quote", MARK + " the two are rivals");
		fields.put("claims[0].claimantKind", "STATE");
		fields.put("claims[0].claimant", "Pakistan");
		fields.put("claims[0].position", "ASSERTS");
		fields.put("claims[0].confidence", "MODERATE");
		return fields;
	}

	/**
	 * A new relationship of the TTP, with some fields given other values (name,
	 * value...).
	 */
	private MockHttpServletRequestBuilder newRelationship(String... overrides) {
		Map<String, String> fields = fields();
		fields.put("version", "0");
		return request(post("/groups/ttp/relationships/new").with(EDITOR), fields, overrides);
	}

	/**
	 * An edit of the relationship made from a version, keeping its claims by reference.
	 */
	private MockHttpServletRequestBuilder edit(long id, String version, String... overrides) {
		Map<String, String> fields = fields();
		fields.put("version", version);
		fields.keySet().removeIf((name) -> name.startsWith("claims["));
		fields.put("claims[0].ref",
				this.jdbc
					.sql("select c.ref from relationship_claim rc join claim c on c.id = rc.claim_id "
							+ "where rc.relationship_id = ? order by c.ref limit 1")
					.param(id)
					.query(String.class)
					.single());
		return request(post("/groups/ttp/relationships/" + id + "/edit").with(EDITOR), fields, overrides);
	}

	private static MockHttpServletRequestBuilder request(MockHttpServletRequestBuilder request,
			Map<String, String> fields, String... overrides) {
		for (int i = 0; i + 1 < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		fields.forEach(request::param);
		return request;
	}

	private void awaitOnPage(String url, String text) {
		Await.until(url + " to show " + text, () -> page(url).contains(text));
	}

	private String page(String url) {
		try {
			return this.mvc.perform(get(url).with(EDITOR))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The seed's relationship of the Afghan Taliban sheltering the TTP. */
	private long seedRelationship() {
		return this.jdbc.sql("""
				select r.id from group_relationship r join militant_group f on f.id = r.from_group_id
				  join militant_group t on t.id = r.to_group_id
				 where f.slug = 'afghan-taliban' and t.slug = 'ttp' and r.type = 'SHELTERS'""")
			.query(Long.class)
			.single();
	}

	private long revision(long id) {
		return this.jdbc.sql("select id from pending_revision where kind = 'relationship' and record_id = ?")
			.param(id)
			.query(Long.class)
			.single();
	}

	private String type(long id) {
		return this.jdbc.sql("select type from group_relationship where id = ?").param(id).query(String.class).single();
	}

	private long relationships() {
		return this.jdbc.sql("select count(*) from group_relationship where description like :mark")
			.param("mark", MARK + "%")
			.query(Long.class)
			.single();
	}

	private long revisions() {
		return this.jdbc.sql("select count(*) from pending_revision where editor like 'editor-%'")
			.query(Long.class)
			.single();
	}

}
