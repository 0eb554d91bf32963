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
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

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
 * The name crosswalk: the seed's names of the TTP and ISIL-K in the UN list, ACLED and
 * the GTD, each with its claim, on the profiles; a new name waits as a draft until a
 * second person approves it; a name or identifier another group has in the dataset is
 * refused beside its field; an edit waits for review; a retracted name leaves the
 * profile's section for its retracted one, and its History tells.
 */
@PostgresSpringBootTest
@WithMockUser(roles = "ANALYST")
class ExternalNameFormControllerTests {

	static final RequestPostProcessor EDITOR = SignedIn.editor("editor-one");

	static final RequestPostProcessor REVIEWER = SignedIn.editor("editor-two");

	static final String SOURCE = "article-000-denmark-warns-unsc-on-ttp";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeWhatWasEntered() {
		this.jdbc.sql("delete from pending_revision where editor like 'editor-%'").update();
		this.jdbc.sql("delete from group_external_name where name like '%Zarqwyn%'").update();
		this.jdbc.sql("delete from claim where quote like 'Test quote%'").update();
		this.jdbc.sql("delete from form_submission where username like 'editor-%'").update();
	}

	@Test
	void shouldShowTheSeedsNamesInOtherDatasetsWithTheirEvidence() throws Exception {
		this.mvc.perform(get("/groups/ttp"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"external-names\""),
					containsString("TEHRIK-E TALIBAN PAKISTAN (TTP)"), containsString("QDe.132"),
					containsString("TTP: Tehreek-i-Taliban Pakistan"),
					containsString("Tehrik-i-Taliban Pakistan (TTP)"), containsString("Militancy Monitor issue 14"))));
		this.mvc.perform(get("/groups/isil-k"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("QDe.161"), containsString("Islamic State Khorasan Province (ISKP)"),
						containsString("Khorasan Chapter of the Islamic State"))));
		this.mvc.perform(get("/sources/militancy-monitor-issue-14"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("facts-external-names"),
					containsString("ACLED&#39;s &quot;TTP: Tehreek-i-Taliban Pakistan&quot;"))));
	}

	@Test
	void shouldRefuseANameOrIdentifierAnotherGroupHasInTheDataset() throws Exception {
		this.mvc.perform(newName("dataset", "ACLED", "name", "TTP: Tehreek-i-Taliban Pakistan"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Another group has this name in this dataset already.")));
		this.mvc.perform(newName("dataset", "UN", "externalId", "QDe.161"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Another group has this identifier in this dataset already.")));
		this.mvc.perform(newName("dataset", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Choose a value.")));
		this.mvc
			.perform(newName("claims[0].source", "", "claims[0].quote", "", "claims[0].claimantKind", "",
					"claims[0].confidence", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Every fact is sourced")));
		assertThat(revisions()).isZero();
	}

	@Test
	void shouldPublishANewNameOnlyOnceASecondPersonApprovesItsDraft() throws Exception {
		this.mvc.perform(
				get("/groups/ttp/external-names/new").param("dataset", "ACLED").param("name", "Zarqwyn").with(EDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Zarqwyn\"")));
		String page = this.mvc.perform(newName())
			.andExpect(redirectedUrlPattern("/review/revisions/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(count()).isZero();
		this.mvc.perform(post(page + "/submit").param("version", "0").with(EDITOR)).andExpect(redirectedUrl(page));
		this.mvc.perform(post(page + "/approve").param("version", "1").with(EDITOR)).andExpect(status().isConflict());
		this.mvc.perform(post(page + "/approve").param("version", "1").with(REVIEWER))
			.andExpect(redirectedUrl("/groups/ttp"));
		assertThat(this.jdbc
			.sql("select dataset || ' ' || name || ' ' || external_id from group_external_name "
					+ "where name like '%Zarqwyn%'")
			.query(String.class)
			.single()).isEqualTo("GTD Test Zarqwyn GTD-1");
		Await.until("the profile to show the name", () -> body("/groups/ttp").contains("Test Zarqwyn"));
		assertThat(body("/groups/ttp/history")).contains("Name in another dataset");
	}

	@Test
	void shouldHoldAnEditForReviewAndRetractWithAReason() throws Exception {
		this.jdbc
			.sql("""
					insert into group_external_name (group_id, dataset, name, claim_id)
					select (select id from militant_group where slug = 'ttp'), 'UCDP', 'Test Zarqwyn', min(id) from claim""")
			.update();
		long id = this.jdbc.sql("select id from group_external_name where name = 'Test Zarqwyn'")
			.query(Long.class)
			.single();
		String ref = this.jdbc
			.sql("select c.ref from claim c join group_external_name x on x.claim_id = c.id where x.id = ?")
			.param(id)
			.query(String.class)
			.single();
		this.mvc.perform(get("/groups/isil/external-names/" + id + "/edit").with(EDITOR))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/groups/ttp/external-names/" + id + "/edit").with(EDITOR)
				.param("formToken", UUID.randomUUID().toString())
				.param("version", "0")
				.param("dataset", "UCDP")
				.param("name", "Test Zarqwyn Renamed")
				.param("claims[0].ref", ref)
				.param("reason", "UCDP spells it so."))
			.andExpect(redirectedUrl("/groups/ttp"));
		assertThat(revisions()).isEqualTo(1);
		this.mvc
			.perform(post("/groups/ttp/external-names/" + id + "/retract").with(EDITOR)
				.param("formToken", UUID.randomUUID().toString())
				.param("version", "0")
				.param("reason", "Not UCDP's name after all."))
			.andExpect(redirectedUrl("/groups/ttp#retracted-external-name-" + id));
		Await.until("the retracted name apart", () -> body("/groups/ttp").contains("retracted-external-name-" + id));
		assertThat(body("/groups/ttp")).contains("Not UCDP&#39;s name after all.");
	}

	private String body(String url) {
		try {
			return this.mvc.perform(get(url).with(EDITOR)).andReturn().getResponse().getContentAsString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private MockHttpServletRequestBuilder newName(String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("formToken", UUID.randomUUID().toString());
		fields.put("version", "0");
		fields.put("dataset", "GTD");
		fields.put("name", "Test Zarqwyn");
		fields.put("externalId", "GTD-1");
		fields.put("claims[0].source", SOURCE);
		fields.put("claims[0].quote", "Test quote of the name");
		fields.put("claims[0].claimantKind", "SOURCE");
		fields.put("claims[0].position", "ASSERTS");
		fields.put("claims[0].confidence", "HIGH");
		for (int i = 0; i + 1 < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/groups/ttp/external-names/new").with(EDITOR);
		fields.forEach(request::param);
		return request;
	}

	private long revisions() {
		return this.jdbc.sql("select count(*) from pending_revision where editor like 'editor-%'")
			.query(Long.class)
			.single();
	}

	private long count() {
		return this.jdbc.sql("select count(*) from group_external_name where name like '%Zarqwyn%'")
			.query(Long.class)
			.single();
	}

}
