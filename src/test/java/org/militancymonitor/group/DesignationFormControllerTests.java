package org.militancymonitor.group;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A new designation waits as a draft until a second person approves it; an edit waits for
 * review with its reason; a form from an older version is a conflict; a second listing by
 * the same authority under the same regime is refused beside the field.
 */
@PostgresSpringBootTest
@WithMockUser(roles = "ANALYST")
class DesignationFormControllerTests {

	static final RequestPostProcessor EDITOR = SignedIn.editor("editor-one");

	static final RequestPostProcessor REVIEWER = SignedIn.editor("editor-two");

	static final String SOURCE = "article-000-denmark-warns-unsc-on-ttp";

	static final String UN_REGIME = "UN Security Council ISIL (Da’esh) and Al-Qaida sanctions list (resolutions 1267/1989/2253)";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeWhatWasEntered() {
		this.jdbc.sql("delete from pending_revision where editor like 'editor-%'").update();
		this.jdbc.sql("delete from designation where regime like '%Test ban%'").update();
		this.jdbc.sql("delete from claim where quote like 'Test quote%'").update();
		this.jdbc.sql("delete from form_submission where username like 'editor-%'").update();
	}

	@Test
	void shouldMarkWrongFieldsAndSaveNothing() throws Exception {
		this.mvc
			.perform(newDesignation("authority", "Atlantis", "listedPrecision", "DAY", "listedOn", "", "delistedOn",
					"not a date"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("No state or organisation has this name."),
					containsString("Enter the date, or choose the precision unknown."))));
		this.mvc.perform(newDesignation("listedOn", "2020-05-01", "delistedOn", "2019-01-01"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("A delisting comes after the listing.")));
		this.mvc.perform(newDesignation("regime", "Test\u0000 ban"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("cannot be stored")));
		assertThat(revisions()).isZero();
	}

	@Test
	void shouldRefuseASecondListingByTheSameAuthorityUnderTheSameRegime() throws Exception {
		this.mvc.perform(newDesignation("authority", "un-isil-al-qaida-sanctions-committee", "regime", UN_REGIME))
			.andExpect(status().isBadRequest())
			.andExpect(content()
				.string(containsString("The group already has a designation by this authority under this regime.")));
		assertThat(revisions()).isZero();
	}

	@Test
	void shouldPublishANewDesignationOnlyOnceASecondPersonApprovesItsDraft() throws Exception {
		String page = this.mvc.perform(newDesignation("regime", "<script>alert(1)</script> Test ban"))
			.andExpect(redirectedUrlPattern("/review/revisions/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(post(page + "/submit").param("version", "0").with(EDITOR)).andExpect(redirectedUrl(page));
		this.mvc.perform(post(page + "/approve").param("version", "1").with(EDITOR)).andExpect(status().isConflict());
		this.mvc.perform(post(page + "/approve").param("version", "1").with(REVIEWER))
			.andExpect(redirectedUrl("/groups/ttp"));
		assertThat(this.jdbc
			.sql("select a.slug from designation d join actor a on a.id = d.authority_id "
					+ "where d.regime like '%Test ban'")
			.query(String.class)
			.single()).isEqualTo("denmark");
		Await.until("the profile to show the designation",
				() -> body("/groups/ttp").contains("&lt;script&gt;alert(1)&lt;/script&gt; Test ban"));
		assertThat(body("/groups/ttp")).doesNotContain("<script>alert(1)</script>")
			.contains("Test quote of the designation");
	}

	@Test
	void shouldHoldAnEditForReviewAndRefuseOneFromAnOlderVersion() throws Exception {
		this.jdbc.sql("insert into designation (group_id, authority_id, regime, claim_id) "
				+ "select (select id from militant_group where slug = 'ttp'), null, 'Test ban list', min(id) from claim")
			.update();
		long id = this.jdbc.sql("select id from designation where regime = 'Test ban list'").query(Long.class).single();
		String ref = this.jdbc.sql("select c.ref from claim c join designation d on d.claim_id = c.id where d.id = ?")
			.param(id)
			.query(String.class)
			.single();
		this.mvc.perform(get("/groups/ttp/designations/" + id + "/edit").with(EDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Test ban list"), containsString(ref))));
		this.mvc.perform(edit(id, ref).param("version", "0").param("reason", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Say why you change a published record")));
		this.mvc.perform(edit(id, ref).param("version", "0").param("reason", "The source names the authority."))
			.andExpect(redirectedUrl("/groups/ttp"));
		assertThat(revisions()).isEqualTo(1);
		this.mvc.perform(edit(id, ref).param("version", "99").param("reason", "Stale."))
			.andExpect(status().isConflict())
			.andExpect(content().string(allOf(containsString("Someone saved this record"),
					containsString("Test ban list, amended"), containsString("Test ban list"))));
		long revision = this.jdbc.sql("select id from pending_revision where editor = 'editor-one'")
			.query(Long.class)
			.single();
		this.mvc.perform(post("/review/revisions/" + revision + "/approve").param("version", "0").with(REVIEWER))
			.andExpect(redirectedUrl("/groups/ttp"));
		assertThat(this.jdbc
			.sql("select d.regime || ' ' || a.slug || ' ' || d.listed_on || ' ' || d.listed_precision "
					+ "from designation d join actor a on a.id = d.authority_id where d.id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("Test ban list, amended pakistan 2021-03-01 MONTH");
	}

	private String body(String url) {
		try {
			return this.mvc.perform(get(url).with(EDITOR)).andReturn().getResponse().getContentAsString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A new designation's form for the TTP, with some fields given other values. */
	private MockHttpServletRequestBuilder newDesignation(String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("formToken", UUID.randomUUID().toString());
		fields.put("version", "0");
		fields.put("authority", "Denmark");
		fields.put("regime", "Danish Test ban list");
		fields.put("referenceNumber", "DK-1");
		fields.put("listedPrecision", "DAY");
		fields.put("listedOn", "2024-02-03");
		fields.put("claims[0].source", SOURCE);
		fields.put("claims[0].quote", "Test quote of the designation");
		fields.put("claims[0].claimantKind", "SOURCE");
		fields.put("claims[0].position", "ASSERTS");
		fields.put("claims[0].confidence", "HIGH");
		for (int i = 0; i + 1 < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/groups/ttp/designations/new").with(EDITOR);
		fields.forEach(request::param);
		return request;
	}

	private MockHttpServletRequestBuilder edit(long id, String ref) {
		return post("/groups/ttp/designations/" + id + "/edit").with(EDITOR)
			.param("formToken", UUID.randomUUID().toString())
			.param("authority", "Pakistan")
			.param("regime", "Test ban list, amended")
			.param("listedPrecision", "MONTH")
			.param("listedOn", "2021-03-01")
			.param("claims[0].ref", ref);
	}

	private long revisions() {
		return this.jdbc.sql("select count(*) from pending_revision where editor like 'editor-%'")
			.query(Long.class)
			.single();
	}

}
