package org.militancymonitor.statement;

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
 * A new statement waits as a draft until a second person approves it, then shows on its
 * page and in the matrix; an edit waits for review with its reason; a form from an older
 * version is a conflict; bad input is marked beside its field and nothing is saved.
 */
@PostgresSpringBootTest
@WithMockUser(roles = "ANALYST")
class StatementFormControllerTests {

	static final RequestPostProcessor EDITOR = SignedIn.editor("editor-one");

	static final RequestPostProcessor REVIEWER = SignedIn.editor("editor-two");

	static final String SUMMARY = "Test statement: Kazakhstan warns about the TTP";

	static final String SOURCE = "article-000-denmark-warns-unsc-on-ttp";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeWhatWasEntered() {
		List<Long> claims = this.jdbc.sql("select claim_id from statement where summary like 'Test statement%'")
			.query(Long.class)
			.list();
		this.jdbc.sql("delete from statement where summary like 'Test statement%'").update();
		if (!claims.isEmpty()) {
			this.jdbc.sql("delete from claim where id in (:ids) and ref like 'entered-%'")
				.param("ids", claims)
				.update();
		}
		this.jdbc.sql("delete from pending_revision where editor like 'editor-%'").update();
		this.jdbc.sql("delete from form_submission where username like 'editor-%'").update();
	}

	@Test
	void shouldOfferTheFormWithAGroupLineAndAClaim() throws Exception {
		this.mvc.perform(get("/statements/new").with(EDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"statement-form\""),
					containsString("name=\"groups[0]\""), containsString("name=\"concernedActors[0]\""),
					containsString("name=\"claims[0].source\""), containsString("name=\"addLine\" value=\"group\""))));
	}

	@Test
	void shouldAddAGroupLineWithoutJavaScriptAndSaveNothing() throws Exception {
		this.mvc.perform(newStatement("addLine", "group", "groups[0]", "TTP"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("value=\"TTP\""), containsString("name=\"groups[1]\""))));
		assertThat(revisions()).isZero();
	}

	@Test
	void shouldMarkAnUnknownGroupAliasAndAnUnknownActorAndSaveNothing() throws Exception {
		this.mvc.perform(newStatement("actor", "Atlantis", "groups[0]", "No Such Brigade"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("No state or organisation has this name"),
					containsString("No group has this name or alias."))));
		assertThat(revisions()).isZero();
	}

	@Test
	void shouldMarkADateThatDoesNotExistAndSaveNothing() throws Exception {
		this.mvc.perform(newStatement("madeOn", "2023-02-30"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Enter a date as YYYY-MM-DD.")));
		assertThat(revisions()).isZero();
	}

	@Test
	void shouldRefuseAQuoteOfAMegabyteAndSaveNothing() throws Exception {
		this.mvc.perform(newStatement("quote", "x".repeat(1 << 20)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Use at most 1200 characters.")));
		assertThat(revisions()).isZero();
	}

	@Test
	void shouldRefuseANulByteWithAMessageAndSaveNothing() throws Exception {
		this.mvc.perform(newStatement("quote", "before\u0000after"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("control character")));
		assertThat(revisions()).isZero();
	}

	@Test
	void shouldMarkAConfidenceNotInTheListAndSaveNothing() throws Exception {
		this.mvc.perform(newStatement("claims[0].confidence", "CERTAIN"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("claims0.confidence-error")));
		assertThat(revisions()).isZero();
	}

	@Test
	void shouldMarkAnUnknownReportAndAMissingClaim() throws Exception {
		this.mvc
			.perform(newStatement("respondsToReport", "no-such-report", "claims[0].source", "", "claims[0].quote", "",
					"claims[0].claimantKind", "", "claims[0].claimant", "", "claims[0].confidence", "", "quote", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(
					allOf(containsString("No report has this slug."), containsString("A statement needs its claim"))));
		assertThat(revisions()).isZero();
	}

	@Test
	void shouldPublishANewStatementOnlyOnceASecondPersonApprovesItsDraft() throws Exception {
		String page = this.mvc.perform(newStatement())
			.andExpect(redirectedUrlPattern("/review/revisions/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(statementId()).isNull();
		this.mvc.perform(get(page).with(REVIEWER))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(SUMMARY), containsString("Submit"))));
		this.mvc.perform(get("/statements/new").param("draft", page.substring(page.lastIndexOf('/') + 1)).with(EDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(SUMMARY)));
		this.mvc.perform(post(page + "/submit").param("version", "0").with(EDITOR)).andExpect(redirectedUrl(page));
		this.mvc.perform(post(page + "/approve").param("version", "1").with(EDITOR)).andExpect(status().isConflict());
		assertThat(statementId()).isNull();
		this.mvc.perform(post(page + "/approve").param("version", "1").with(REVIEWER))
			.andExpect(redirectedUrlPattern("/statements/*"));
		Long id = statementId();
		assertThat(id).isNotNull();
		this.mvc.perform(get("/statements/" + id).with(EDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(SUMMARY), containsString("href=\"/groups/ttp\""),
					containsString("href=\"/actors/kazakhstan\""), containsString("Sandra Jensen Landi"),
					containsString("The TTP threatens the region."), containsString("href=\"/actors/pakistan\""))));
		String matrix = this.mvc.perform(get("/statements").with(EDITOR))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(cell(matrix, "kazakhstan", "ttp")).contains("warns").contains("/statements/" + id);
		assertThat(this.jdbc.sql("select count(*) from statement_group where statement_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void shouldHoldAnEditForReviewWithItsReasonAndApplyItOnApproval() throws Exception {
		long id = published(newStatement());
		this.mvc.perform(get("/statements/" + id + "/edit").with(EDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(SUMMARY), containsString("value=\"Kazakhstan\""),
					containsString("Tehreek-e-Taliban Pakistan"), containsString("entered-"))));
		String claimRef = this.jdbc
			.sql("select c.ref from claim c join statement s on s.claim_id = c.id where s.id = ?")
			.param(id)
			.query(String.class)
			.single();
		this.mvc.perform(edit(id, claimRef, "0", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Say why you change a published record")));
		this.mvc.perform(edit(id, claimRef, "0", "The speaker accused rather than warned."))
			.andExpect(redirectedUrl("/statements/" + id));
		assertThat(stance(id)).isEqualTo("WARNS");
		long revision = this.jdbc
			.sql("select id from pending_revision where kind = 'statement' and record_id = ? and status = 'PENDING'")
			.param(id)
			.query(Long.class)
			.single();
		this.mvc.perform(get("/review/revisions/" + revision).with(REVIEWER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The speaker accused rather than warned.")));
		this.mvc.perform(post("/review/revisions/" + revision + "/approve").param("version", "0").with(EDITOR))
			.andExpect(status().isConflict());
		this.mvc.perform(post("/review/revisions/" + revision + "/approve").param("version", "0").with(REVIEWER))
			.andExpect(redirectedUrl("/statements/" + id));
		assertThat(stance(id)).isEqualTo("ACCUSES");
		this.mvc.perform(get("/statements/" + id).with(EDITOR))
			.andExpect(content().string(allOf(containsString(SUMMARY + ", edited"),
					containsString("href=\"/groups/isil-k\""), not(containsString("href=\"/groups/ttp\"")))));
	}

	@Test
	void shouldShowBothValuesOnAConflictAndSaveNothing() throws Exception {
		long id = published(newStatement());
		String claimRef = this.jdbc
			.sql("select c.ref from claim c join statement s on s.claim_id = c.id where s.id = ?")
			.param(id)
			.query(String.class)
			.single();
		this.mvc.perform(edit(id, claimRef, "99", "Stale."))
			.andExpect(status().isConflict())
			.andExpect(content().string(allOf(containsString("Someone saved this record"),
					containsString(SUMMARY + ", edited"), containsString("ACCUSES"), containsString("WARNS"))));
		assertThat(this.jdbc.sql("select count(*) from pending_revision where record_id = ? and status = 'PENDING'")
			.param(id)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void shouldStoreMarkupInTheQuoteAsTypedAndRenderItEscaped() throws Exception {
		long id = published(newStatement("quote", "<script>alert(1)</script>", "claims[0].quote", ""));
		assertThat(this.jdbc.sql("select quote from statement where id = ?").param(id).query(String.class).single())
			.isEqualTo("<script>alert(1)</script>");
		this.mvc.perform(get("/statements/" + id).with(EDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"),
					not(containsString("<script>alert(1)")))));
	}

	@Test
	void shouldAnswer404ForTheEditFormOfAnUnknownStatement() throws Exception {
		this.mvc.perform(get("/statements/999999999/edit").with(EDITOR)).andExpect(status().isNotFound());
	}

	/** Enters, submits and approves a statement; its id. */
	private long published(MockHttpServletRequestBuilder form) throws Exception {
		String page = this.mvc.perform(form).andReturn().getResponse().getRedirectedUrl();
		assertThat(page).startsWith("/review/revisions/");
		this.mvc.perform(post(page + "/submit").param("version", "0").with(EDITOR)).andExpect(redirectedUrl(page));
		this.mvc.perform(post(page + "/approve").param("version", "1").with(REVIEWER))
			.andExpect(redirectedUrlPattern("/statements/*"));
		return statementId();
	}

	/** A new statement's form, with some fields given other values (name, value...). */
	private MockHttpServletRequestBuilder newStatement(String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("formToken", UUID.randomUUID().toString());
		fields.put("version", "0");
		fields.put("actor", "Kazakhstan");
		fields.put("speaker", "Sandra Jensen Landi");
		fields.put("speakerRole", "Envoy");
		fields.put("venueKind", "SECURITY_COUNCIL_MEETING");
		fields.put("venue", "Test meeting");
		fields.put("madeOn", "2023-02-28");
		fields.put("datePrecision", "DAY");
		fields.put("stance", "WARNS");
		fields.put("summary", SUMMARY);
		fields.put("quote", "The TTP threatens the region.");
		fields.put("groups[0]", "TTP");
		fields.put("concernedActors[0]", "Pakistan");
		fields.put("claims[0].source", SOURCE);
		fields.put("claims[0].claimantKind", "STATE");
		fields.put("claims[0].claimant", "Kazakhstan");
		fields.put("claims[0].position", "ASSERTS");
		fields.put("claims[0].confidence", "MODERATE");
		for (int i = 0; i + 1 < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/statements/new").with(EDITOR);
		fields.forEach(request::param);
		return request;
	}

	private MockHttpServletRequestBuilder edit(long id, String claimRef, String version, String reason) {
		return post("/statements/" + id + "/edit").with(EDITOR)
			.param("formToken", UUID.randomUUID().toString())
			.param("version", version)
			.param("actor", "kazakhstan")
			.param("speakerLabel", "Kazakhstan's envoy")
			.param("venueKind", "SECURITY_COUNCIL_MEETING")
			.param("datePrecision", "UNKNOWN")
			.param("stance", "ACCUSES")
			.param("summary", SUMMARY + ", edited")
			.param("groups[0]", "IS-K")
			.param("groups[1]", "")
			.param("claims[0].ref", claimRef)
			.param("reason", reason);
	}

	private Long statementId() {
		return this.jdbc.sql("select max(id) from statement where summary like 'Test statement%'")
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	private String stance(long id) {
		return this.jdbc.sql("select stance from statement where id = ?").param(id).query(String.class).single();
	}

	private long revisions() {
		return this.jdbc.sql("select count(*) from pending_revision where editor like 'editor-%'")
			.query(Long.class)
			.single();
	}

	private static String cell(String html, String actorSlug, String groupSlug) {
		int row = html.indexOf("id=\"actor-" + actorSlug + "\"");
		assertThat(row).as("row of " + actorSlug).isNotNegative();
		int end = html.indexOf("</tr>", row);
		int cell = html.indexOf("data-group=\"" + groupSlug + "\"", row);
		assertThat(cell).as("cell " + actorSlug + "/" + groupSlug).isBetween(row, end);
		return html.substring(cell, html.indexOf("</td>", cell));
	}

}
