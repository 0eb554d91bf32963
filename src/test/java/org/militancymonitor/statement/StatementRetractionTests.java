package org.militancymonitor.statement;

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
 * Retracting a statement: its page still answers, marked with who retracted it, when and
 * why; the matrix, the group profile, the actor page and the search leave it out; the
 * History shows the retraction; a stale or blank form changes nothing; a retracted
 * statement is not edited.
 */
@PostgresSpringBootTest
@WithMockUser(roles = "ANALYST")
class StatementRetractionTests {

	static final RequestPostProcessor EDITOR = SignedIn.editor("editor-retract-one");

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
	void shouldTakeARetractedStatementOutOfTheListsButKeepItsPage() throws Exception {
		String page = "/statements/" + this.fixture.statement;
		String link = "href=\"" + page + "\"";
		assertThat(page("/statements")).contains(link);
		assertThat(page("/groups/" + RetractionFixture.GROUP)).contains(RetractionFixture.STATEMENT);
		assertThat(page("/actors/pakistan")).contains(RetractionFixture.STATEMENT);
		assertThat(page("/search?q=Testretract+front+Zarqwynstan")).contains(link);
		int version = this.fixture.version("statement", this.fixture.statement);
		this.mvc.perform(RetractionFixture.retract(page + "/retract", version + 1, "Stale.", EDITOR))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Someone changed this record meanwhile")));
		this.mvc.perform(RetractionFixture.retract(page + "/retract", version, "", EDITOR))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Say why you retract it")));
		assertThat(this.fixture.retraction("statement", this.fixture.statement)).isNull();
		assertThat(this.fixture.version("statement", this.fixture.statement)).isEqualTo(version);

		this.mvc.perform(RetractionFixture.retract(page + "/retract", version, "Pakistan never said this.", EDITOR))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("message", "retraction.done"));

		this.mvc.perform(get(page).with(EDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Retracted on "), containsString("by editor-retract-one:"),
					containsString("Pakistan never said this."), containsString(RetractionFixture.STATEMENT))));
		assertThat(page(page)).doesNotContain("href=\"" + page + "/edit\"").doesNotContain("/retract\"");
		assertThat(page("/statements")).doesNotContain(link);
		assertThat(page("/groups/" + RetractionFixture.GROUP)).doesNotContain(RetractionFixture.STATEMENT);
		assertThat(page("/actors/pakistan")).doesNotContain(RetractionFixture.STATEMENT);
		assertThat(page("/search?q=Testretract+front+Zarqwynstan")).doesNotContain(link);
		this.mvc.perform(get(page + "/edit").with(EDITOR))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("A retracted record is not edited.")));
		this.mvc.perform(get(page + "/history").with(EDITOR))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("retracted: Pakistan never said this."), containsString("Retraction"))));
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
