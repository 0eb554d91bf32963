package org.militancymonitor.source;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.militancymonitor.PostgresSpringBootTest;
import org.militancymonitor.RetractionFixture;
import org.militancymonitor.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Retracting a claim or a source: the source page still shows it, marked with who
 * retracted it, when and why; the facts it backs show their evidence as retracted and it
 * counts nowhere (sources list, the profile's sources, the search); the History shows the
 * retraction; a stale or blank form changes nothing; a retracted record is not edited.
 */
@PostgresSpringBootTest
@WithMockUser(roles = "ANALYST")
class SourceRetractionTests {

	static final RequestPostProcessor EDITOR = SignedIn.editor("editor-retract-one");

	static final String PAGE = "/sources/" + RetractionFixture.SOURCE;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	RetractionFixture fixture;

	@BeforeEach
	void enter() {
		this.fixture = RetractionFixture.enter(this.jdbc);
	}

	@AfterEach
	void remove() {
		RetractionFixture.remove(this.jdbc);
	}

	@Test
	void shouldMarkARetractedClaimWhereverItWasEvidenceAndCountItNowhere() throws Exception {
		String ref = this.fixture.aliasClaim;
		long claim = this.fixture.claim(ref);
		assertThat(page("/search?q=Zarqwynstan+Brigade")).contains("#claim-" + ref);
		assertThat(claimCount()).isEqualTo("6");
		assertThat(page("/groups/" + RetractionFixture.GROUP)).doesNotContain("evidence-retracted");

		this.mvc
			.perform(this.fixture.retract("/claims/" + ref + "/retract", "claim", claim,
					"The wire withdrew this sentence.", EDITOR))
			.andExpect(redirectedUrl(PAGE + "#claim-" + ref))
			.andExpect(flash().attribute("message", "retraction.done"));

		String page = page(PAGE);
		String card = page.substring(page.indexOf("id=\"claim-" + ref + "\""));
		card = card.substring(0, card.indexOf("</article>"));
		assertThat(card)
			.contains("Claim retracted", "Retracted on ", "by editor-retract-one:", "The wire withdrew this sentence.",
					RetractionFixture.ALIAS_QUOTE)
			.doesNotContain("/retract\"");
		// the alias it backs is still on the profile, but not as sourced
		String profile = page("/groups/" + RetractionFixture.GROUP);
		assertThat(profile).contains("evidence-retracted",
				"This claim was retracted, and is no evidence: The wire withdrew this sentence.");
		assertThat(profile).doesNotContain("href=\"/claims/" + ref + "/edit\"");
		assertThat(claimCount()).isEqualTo("5");
		assertThat(page("/search?q=Zarqwynstan+Brigade")).doesNotContain("#claim-" + ref);
		this.mvc.perform(get(PAGE + "/history").with(EDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("retracted: The wire withdrew this sentence.")));
		this.mvc.perform(get("/claims/" + ref + "/edit").with(EDITOR))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("A retracted record is not edited.")));
		// nor does a form link a fact to it again
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/groups/" + RetractionFixture.GROUP + "/aliases/new")
				.with(EDITOR)
				.param("formToken", java.util.UUID.randomUUID().toString())
				.param("version", "0")
				.param("name", "Another Test Name")
				.param("quality", "AKA")
				.param("claims[0].ref", ref))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("This claim is retracted, or its source is")));
	}

	@Test
	void shouldTakeARetractedSourceOutOfTheListAndItsClaimsOutOfTheEvidence() throws Exception {
		assertThat(page("/sources")).contains("href=\"" + PAGE + "\"");
		int version = this.fixture.version("source", this.fixture.source);
		this.mvc.perform(RetractionFixture.retract(PAGE + "/retract", version - 1, "Older page.", EDITOR))
			.andExpect(status().isConflict());
		this.mvc.perform(RetractionFixture.retract(PAGE + "/retract", version, "", EDITOR))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("Say why you retract it"),
					containsString("Retract " + RetractionFixture.SOURCE_TITLE))));
		assertThat(this.fixture.retraction("source", this.fixture.source)).isNull();
		assertThat(this.fixture.version("source", this.fixture.source)).isEqualTo(version);

		this.mvc.perform(RetractionFixture.retract(PAGE + "/retract", version, "The wire was a fabrication.", EDITOR))
			.andExpect(redirectedUrl(PAGE));

		this.mvc.perform(get(PAGE).with(EDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Retracted on "),
					containsString("The wire was a fabrication."), containsString(RetractionFixture.ALIAS_QUOTE))));
		assertThat(page("/sources")).doesNotContain("href=\"" + PAGE + "\"");
		assertThat(page("/search?q=Zarqwynstan+Brigade")).doesNotContain("#claim-");
		String profile = page("/groups/" + RetractionFixture.GROUP);
		assertThat(profile).contains(
				"The source of this claim was retracted, and the claim is no evidence: The wire was a fabrication.");
		assertThat(profile.substring(profile.indexOf("<section id=\"sources\"")))
			.doesNotContain(RetractionFixture.SOURCE_TITLE);
		this.mvc.perform(get(PAGE + "/edit").with(EDITOR)).andExpect(status().isConflict());
		this.mvc.perform(get(PAGE + "/history").with(EDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("retracted: The wire was a fabrication.")));
	}

	/**
	 * The fixture source's number of claims on the sources list (as an editor: fresh).
	 */
	private String claimCount() {
		String list = page("/sources");
		String row = list.substring(list.indexOf("href=\"" + PAGE + "\""));
		row = row.substring(row.indexOf("claim-count\">") + "claim-count\">".length());
		return row.substring(0, row.indexOf('<'));
	}

	private String page(String url) {
		try {
			return this.mvc.perform(get(url).with(EDITOR)).andReturn().getResponse().getContentAsString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
