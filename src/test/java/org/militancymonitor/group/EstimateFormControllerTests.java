package org.militancymonitor.group;

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
 * A new estimate of a group's figure waits as a draft until a second person approves it;
 * an edit of an estimate waits for review with its reason; a form from an older version
 * is a conflict; wrong input is marked beside its field and nothing is saved.
 */
@PostgresSpringBootTest
@WithMockUser(roles = "ANALYST")
class EstimateFormControllerTests {

	static final RequestPostProcessor EDITOR = SignedIn.editor("editor-one");

	static final RequestPostProcessor REVIEWER = SignedIn.editor("editor-two");

	static final String SOURCE = "article-000-denmark-warns-unsc-on-ttp";

	/** What every note and quote entered here starts with, to clean them up. */
	static final String MARK = "Estimate test:";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeWhatWasEntered() {
		this.jdbc.sql("delete from pending_revision where editor like 'editor-%'").update();
		this.jdbc.sql("delete from estimate where note like :mark").param("mark", MARK + "%").update();
		this.jdbc.sql("delete from claim where ref like 'entered-%' and quote like :mark")
			.param("mark", MARK + "%")
			.update();
		this.jdbc.sql("delete from form_submission where username like 'editor-%'").update();
	}

	@Test
	void shouldOfferTheFormOnTheGroupsPage() throws Exception {
		this.mvc.perform(get("/groups/ttp").with(EDITOR))
			.andExpect(content().string(allOf(containsString("/groups/ttp/estimates/new"),
					containsString("New estimate"), containsString("/estimates/"))));
		this.mvc.perform(get("/groups/ttp/estimates/new").with(EDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("New estimate of Tehreek-e-Taliban Pakistan"),
					containsString("name=\"claims[0].quote\""), containsString("Khyber Pakhtunkhwa"))));
		this.mvc.perform(get("/groups/no-such-group/estimates/new").with(EDITOR)).andExpect(status().isNotFound());
		this.mvc.perform(get("/groups/isil-k/estimates/" + seedEstimate() + "/edit").with(EDITOR))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/groups/ttp/estimates/999999999/edit").with(EDITOR)).andExpect(status().isNotFound());
	}

	@ParameterizedTest(name = "{0}={1}")
	@CsvSource(delimiter = '|', textBlock = """
			best            | 100          | The best estimate cannot be below the low one.
			low             | -1           | Enter zero or more.
			high            | 2147483648   | Enter at most
			best            | many         | Enter a whole number.
			asOfDate        | 2023-02-30   | Enter a date as YYYY-MM-DD.
			asOfPrecision   | UNKNOWN      | An unknown date has no value
			metric          | NOT_A_METRIC | This value is not valid here.
			province        | nowhere      | Choose a region from the list.
			province        | af-kunar     | This province is not in the country chosen.
			claims[0].claimant | Atlantis  | No state, organisation, official or group of that kind has this name.
			claims[0].source | no-such-source | No source has this slug or title.
			claims[0].quote | a<NUL>b      | control character
			""")
	void shouldMarkAWrongFieldAndSaveNothing(String field, String value, String message) throws Exception {
		this.mvc.perform(newEstimate(field, value.replace("<NUL>", "\0")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString(message), containsString("is-invalid"))));
		assertThat(revisions()).isZero();
	}

	@Test
	void shouldRequireAFigureAndAClaim() throws Exception {
		this.mvc
			.perform(newEstimate("low", "", "best", "", "high", "", "claims[0].source", "", "claims[0].quote", "",
					"claims[0].claimantKind", "", "claims[0].claimant", "", "claims[0].confidence", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(
					allOf(containsString("Enter at least one figure"), containsString("An estimate needs a claim"))));
		assertThat(revisions()).isZero();
	}

	@Test
	void shouldPublishANewEstimateOnlyOnceASecondPersonApprovesItsDraft() throws Exception {
		String page = this.mvc.perform(newEstimate())
			.andExpect(redirectedUrlPattern("/review/revisions/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(estimates()).isZero();
		this.mvc.perform(get(page).with(REVIEWER))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("an estimate"), containsString("7777"),
					containsString("Tehreek-e-Taliban Pakistan: Fighters 7777"), containsString("Submit"))));
		String draftForm = "/groups/ttp/estimates/new?draft=" + page.substring(page.lastIndexOf('/') + 1);
		this.mvc.perform(get(draftForm).with(EDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"7777\"")));
		this.mvc.perform(get(draftForm.replace("/ttp/", "/isil-k/")).with(EDITOR)).andExpect(status().isNotFound());
		this.mvc.perform(post(page + "/submit").param("version", "0").with(EDITOR)).andExpect(redirectedUrl(page));
		this.mvc.perform(post(page + "/approve").param("version", "1").with(EDITOR)).andExpect(status().isConflict());
		assertThat(estimates()).isZero();
		this.mvc.perform(post(page + "/approve").param("version", "1").with(REVIEWER))
			.andExpect(redirectedUrl("/groups/ttp"));
		assertThat(this.jdbc.sql("""
				select e.metric || ' ' || e.low || ' ' || e.best || ' ' || e.high || ' ' || e.qualifier || ' '
				       || e.as_of || ' ' || e.as_of_precision || ' ' || r.slug || ' ' || a.slug || ' ' || c.confidence
				  from estimate e join region r on r.id = e.region_id join claim c on c.id = e.claim_id
				  join actor a on a.id = c.claimant_actor_id
				 where e.note like :mark""").param("mark", MARK + "%").query(String.class).single()).isEqualTo(
				"FIGHTERS 5000 7777 9000 APPROXIMATELY 2025-03-01 MONTH pk-khyber-pakhtunkhwa pakistan MODERATE");
		awaitOnProfile("7,777");
	}

	@Test
	void shouldHoldAnEditForReviewAndApplyItOnceApproved() throws Exception {
		long id = approvedEstimate();
		String form = "/groups/ttp/estimates/" + id + "/edit";
		this.mvc.perform(get(form).with(EDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("value=\"7777\""), containsString("Reason"))));
		this.mvc.perform(edit(id, "0", "best", "8888", "reason", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Say why you change a published record")));
		assertThat(revisions()).isZero();
		this.mvc.perform(edit(id, "0", "best", "8888", "reason", "A later count."))
			.andExpect(redirectedUrl("/groups/ttp"));
		assertThat(best(id)).isEqualTo(7777);
		long revision = this.jdbc.sql("select id from pending_revision where kind = 'estimate' and record_id = ?")
			.param(id)
			.query(Long.class)
			.single();
		this.mvc.perform(get("/review/revisions/" + revision).with(REVIEWER))
			.andExpect(content().string(allOf(containsString("7777"), containsString("8888"))));
		this.mvc.perform(post("/review/revisions/" + revision + "/approve").param("version", "0").with(EDITOR))
			.andExpect(status().isConflict());
		this.mvc.perform(post("/review/revisions/" + revision + "/approve").param("version", "0").with(REVIEWER))
			.andExpect(redirectedUrl("/groups/ttp"));
		assertThat(best(id)).isEqualTo(8888);
		awaitOnProfile("8,888");
	}

	@Test
	void shouldRefuseAnEditFromAnOlderVersionShowingBothValues() throws Exception {
		long id = approvedEstimate();
		this.mvc.perform(edit(id, "0", "best", "8888", "reason", "First count."))
			.andExpect(redirectedUrl("/groups/ttp"));
		long revision = this.jdbc.sql("select id from pending_revision where kind = 'estimate' and record_id = ?")
			.param(id)
			.query(Long.class)
			.single();
		this.mvc.perform(post("/review/revisions/" + revision + "/approve").param("version", "0").with(REVIEWER))
			.andExpect(redirectedUrl("/groups/ttp"));
		this.mvc.perform(edit(id, "0", "best", "8500", "reason", "Second count, from the old form."))
			.andExpect(status().isConflict())
			.andExpect(content().string(allOf(containsString("Someone saved this record"),
					containsString("conflict-comparison"), containsString("8500"), containsString("8888"))));
		assertThat(revisions()).isEqualTo(1);
	}

	@Test
	void shouldStoreMarkupAsTextAndShowItEscaped() throws Exception {
		String page = this.mvc.perform(newEstimate("period", "<script>alert(1)</script>"))
			.andExpect(redirectedUrlPattern("/review/revisions/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(get(page).with(REVIEWER))
			.andExpect(content().string(allOf(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"),
					not(containsString("<script>alert(1)</script>")))));
		this.mvc.perform(post(page + "/submit").param("version", "0").with(EDITOR));
		this.mvc.perform(post(page + "/approve").param("version", "1").with(REVIEWER))
			.andExpect(redirectedUrl("/groups/ttp"));
		assertThat(this.jdbc.sql("select period from estimate where note like :mark")
			.param("mark", MARK + "%")
			.query(String.class)
			.single()).isEqualTo("<script>alert(1)</script>");
		awaitOnProfile("&lt;script&gt;alert(1)&lt;/script&gt;");
		assertThat(profile()).doesNotContain("<script>alert(1)</script>");
	}

	/** An estimate entered, submitted and approved, at version 0. */
	private long approvedEstimate() throws Exception {
		String page = this.mvc.perform(newEstimate())
			.andExpect(redirectedUrlPattern("/review/revisions/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(post(page + "/submit").param("version", "0").with(EDITOR)).andExpect(redirectedUrl(page));
		this.mvc.perform(post(page + "/approve").param("version", "1").with(REVIEWER))
			.andExpect(redirectedUrl("/groups/ttp"));
		this.jdbc.sql("delete from pending_revision where editor like 'editor-%'").update();
		return this.jdbc.sql("select id from estimate where note like :mark")
			.param("mark", MARK + "%")
			.query(Long.class)
			.single();
	}

	private Map<String, String> fields() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("formToken", UUID.randomUUID().toString());
		fields.put("metric", "FIGHTERS");
		fields.put("qualifier", "APPROXIMATELY");
		fields.put("low", "5000");
		fields.put("best", "7777");
		fields.put("high", "9000");
		fields.put("asOfDate", "2025-03-15");
		fields.put("asOfPrecision", "MONTH");
		fields.put("period", "in early 2025");
		fields.put("country", "pakistan");
		fields.put("province", "pk-khyber-pakhtunkhwa");
		fields.put("claims[0].source", SOURCE);
		fields.put("claims[0].quote", MARK + " some 7,777 fighters");
		fields.put("claims[0].claimantKind", "STATE");
		fields.put("claims[0].claimant", "Pakistan");
		fields.put("claims[0].position", "ASSERTS");
		fields.put("claims[0].confidence", "MODERATE");
		fields.put("note", MARK + " entered");
		return fields;
	}

	/**
	 * A new estimate's form for the TTP, with some fields given other values (name,
	 * value...).
	 */
	private MockHttpServletRequestBuilder newEstimate(String... overrides) {
		Map<String, String> fields = fields();
		fields.put("version", "0");
		return request(post("/groups/ttp/estimates/new").with(EDITOR), fields, overrides);
	}

	/**
	 * An edit of the estimate made from a version, with the claim it has by reference.
	 */
	private MockHttpServletRequestBuilder edit(long id, String version, String... overrides) {
		Map<String, String> fields = fields();
		fields.put("version", version);
		fields.put("claims[0].ref",
				this.jdbc.sql("select c.ref from estimate e join claim c on c.id = e.claim_id " + "where e.id = ?")
					.param(id)
					.query(String.class)
					.single());
		return request(post("/groups/ttp/estimates/" + id + "/edit").with(EDITOR), fields, overrides);
	}

	private static MockHttpServletRequestBuilder request(MockHttpServletRequestBuilder request,
			Map<String, String> fields, String... overrides) {
		for (int i = 0; i + 1 < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		fields.forEach(request::param);
		return request;
	}

	private void awaitOnProfile(String text) {
		Await.until("the profile to show " + text, () -> profile().contains(text));
	}

	private String profile() {
		try {
			return this.mvc.perform(get("/groups/ttp").with(EDITOR))
				.andReturn()
				.getResponse()
				.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private long seedEstimate() {
		return this.jdbc
			.sql("select e.id from estimate e join militant_group g on g.id = e.group_id "
					+ "where g.slug = 'ttp' and e.metric = 'FIGHTERS' and e.note not like :mark")
			.param("mark", MARK + "%")
			.query(Long.class)
			.single();
	}

	private long best(long id) {
		return this.jdbc.sql("select best from estimate where id = ?").param(id).query(Long.class).single();
	}

	private long estimates() {
		return this.jdbc.sql("select count(*) from estimate where note like :mark")
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
