package org.militancymonitor.statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.militancymonitor.PostgresSpringBootTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The statement matrix and the statement page over the seed: filters from the URL, 400
 * with the form marking a malformed value, 404 for an unknown statement, never a 500.
 */
@PostgresSpringBootTest
@WithMockUser(roles = "ANALYST")
class StatementControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void shouldShowPakistansAndDenmarksStancesOnTheTtp() throws Exception {
		this.mvc.perform(get("/statements"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"statement-matrix\""),
					containsString("href=\"/groups/ttp\""), containsString("href=\"/actors/pakistan\""),
					containsString("href=\"/actors/denmark\""), containsString("accuses ×"), containsString("warns"),
					containsString("assesses"), containsString("statements whose date is unknown are included"))));
	}

	@Test
	void shouldPutPakistansAccusationsAndDenmarksWarningInTheirTtpCells() throws Exception {
		String html = this.mvc.perform(get("/statements")).andReturn().getResponse().getContentAsString();
		assertThat(cell(html, "pakistan", "ttp")).contains("accuses ×");
		assertThat(cell(html, "denmark", "ttp")).contains("warns").contains("assesses");
		assertThat(cell(html, "united-states", "isil-k")).contains("expresses concern");
		assertThat(cell(html, "china", "isil-k")).contains("assesses");
		assertThat(cell(html, "russia", "isil-k")).contains("accuses");
		assertThat(cell(html, "pakistan", "isil-k")).contains("rejects");
		assertThat(cell(html, "afghanistan-taliban-administration", "isil-k")).contains("rejects");
	}

	@Test
	void shouldKeepTheSecurityCouncilMeetingStatementsAboutIsilKWhenFilteringByVenue() throws Exception {
		String html = this.mvc.perform(get("/statements").param("venue", "security_council_meeting"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("selected=\"selected\""),
					containsString("href=\"/groups/isil-k\""), containsString("href=\"/actors/united-states\""),
					containsString("href=\"/actors/china\""), containsString("href=\"/actors/russia\""),
					containsString("href=\"/actors/pakistan\""), not(containsString("href=\"/actors/denmark\"")))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(cell(html, "pakistan", "isil-k")).contains("rejects");
		assertThat(cell(html, "united-states", "isil-k")).contains("expresses concern");
	}

	@Test
	void shouldLeaveOutStatementsOfUnknownDateWhenAPeriodIsGiven() throws Exception {
		this.mvc.perform(get("/statements").param("from", "2000-01-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("statements whose date is unknown are left out"),
					not(containsString("id=\"statement-matrix\"")))));
	}

	@Test
	void shouldListTheStatementsThatConcernNoGroup() throws Exception {
		long id = statementId("a000-08");
		this.mvc.perform(get("/statements"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"ungrouped-statements\""),
					containsString("href=\"/statements/" + id + "\""))));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			from  | abc                | Enter a date as YYYY-MM-DD.
			to    | 2024-13-45         | Enter a date as YYYY-MM-DD.
			from  | +999999999-01-01   | Enter a date between the years 1 and 9999.
			venue | nonsense           | Choose a kind of venue from the list.
			venue | <script>x</script> | Choose a kind of venue from the list.
			""")
	void shouldAnswerBadRequestWithTheFormMarkingTheWrongValue(String parameter, String value, String message)
			throws Exception {
		this.mvc.perform(get("/statements").param(parameter, value))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString(message), containsString("is-invalid"),
					not(containsString("<script>x</script>")), not(containsString("id=\"statement-matrix\"")))));
	}

	@Test
	void shouldRejectAPeriodThatEndsBeforeItStarts() throws Exception {
		this.mvc.perform(get("/statements").param("from", "2025-01-01").param("to", "2024-01-01"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("The start date must not be after the end date."),
					containsString("is-invalid"))));
	}

	@ParameterizedTest
	@ValueSource(strings = { "from=%27%3B%20drop%20table%20statement%3B--", "venue=%00", "to=9999999-01-01",
			"venue=SECURITY_COUNCIL_MEETING&venue=PRESS_CONFERENCE", "from=&to=&venue=", "id=1", "venue[0]=x",
			"venue.name=x", "from.year=1", "from=2024-02-30" })
	void shouldNeverAnswerAServerErrorToAHostileQueryString(String query) throws Exception {
		int status = this.mvc.perform(get("/statements?" + query)).andReturn().getResponse().getStatus();
		assertThat(status).isIn(200, 400);
	}

	@Test
	void shouldShowAStatementWithItsQuoteEvidenceAndTheStatementItRespondsTo() throws Exception {
		long akram = statementId("a004-10");
		long shea = statementId("a004-06");
		this.mvc.perform(get("/statements/{id}", akram))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Munir Akram"), containsString("rejects"),
					containsString("href=\"/actors/pakistan\""), containsString("href=\"/groups/isil-k\""),
					containsString("class=\"evidence"),
					containsString("rejected U.S. claims that IS-K was recruiting inside Pakistan"),
					containsString("id=\"responds-to\""), containsString("href=\"/statements/" + shea + "\""),
					containsString("Dorothy Shea"), containsString("id=\"statement-responses\""))));
	}

	@Test
	void shouldShowAStatementsOwnQuote() throws Exception {
		this.mvc.perform(get("/statements/{id}", statementId("a004-12")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"statement-quote\""), containsString("baseless"),
					containsString("The Taliban’s Ministry of Foreign Affairs"))));
	}

	@Test
	void shouldListTheResponsesToAStatement() throws Exception {
		long shea = statementId("a004-06");
		long akram = statementId("a004-10");
		this.mvc.perform(get("/statements/{id}", shea))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"statement-responses\""),
					containsString("href=\"/statements/" + akram + "\""), containsString("Munir Akram"))));
	}

	@Test
	void shouldAnswerNotFoundForAnUnknownStatementAndBadRequestForANonNumericId() throws Exception {
		this.mvc.perform(get("/statements/{id}", Long.MAX_VALUE)).andExpect(status().isNotFound());
		this.mvc.perform(get("/statements/abc")).andExpect(status().isBadRequest());
	}

	private long statementId(String claimRef) {
		return this.jdbc.sql("select s.id from statement s join claim c on c.id = s.claim_id where c.ref = :ref")
			.param("ref", claimRef)
			.query(Long.class)
			.single();
	}

	/**
	 * The text of one cell of the matrix: the row of the actor, the column of the group.
	 */
	private static String cell(String html, String actorSlug, String groupSlug) {
		int row = html.indexOf("id=\"actor-" + actorSlug + "\"");
		assertThat(row).as("row of " + actorSlug).isNotNegative();
		int end = html.indexOf("</tr>", row);
		int cell = html.indexOf("data-group=\"" + groupSlug + "\"", row);
		assertThat(cell).as("cell " + actorSlug + "/" + groupSlug).isBetween(row, end);
		return html.substring(cell, html.indexOf("</td>", cell));
	}

	@Test
	void shouldOfferTheStatementsFormsToEditorsAlone() throws Exception {
		long id = statementId("a004-12");
		this.mvc.perform(get("/statements/{id}", id))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(not(containsString("id=\"edit-statement\"")),
					not(containsString("retract-form")), not(containsString("class=\"claim-edit\"")))));
		this.mvc.perform(get("/statements/{id}", id).with(user("statement-editor").roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"edit-statement\""), containsString("retract-form"),
					containsString("class=\"claim-edit\""))));
	}

}
