package org.militancymonitor.incident;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.militancymonitor.PostgresSpringBootTest;
import org.militancymonitor.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The incident list and page over the seed: filters from the URL, 400 with the form
 * marking a malformed value, 404 for an unknown incident, never a 500.
 */
@PostgresSpringBootTest
@WithMockUser(roles = "ANALYST")
class IncidentControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void shouldListPublishedIncidents() throws Exception {
		this.mvc.perform(get("/incidents"))
			.andExpect(status().isOk())
			.andExpect(view().name("incidents/incidentList"))
			.andExpect(content().string(allOf(containsString("id=\"incidents\""), containsString("incident-row"))));
	}

	@Test
	void shouldOfferNoLinkBackFromTheFirstPage() throws Exception {
		this.mvc.perform(get("/incidents").param("size", "10"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("rel=\"next\" href=\"/incidents?"),
					not(containsString("rel=\"prev\"")), not(containsString("href=\"\"")))));
	}

	@Test
	void shouldOfferNoLinkOnFromTheLastPage() throws Exception {
		this.mvc.perform(get("/incidents").param("size", "10").param("page", "2"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("incident-row"), containsString("rel=\"prev\" href=\"/incidents?"),
						not(containsString("rel=\"next\"")), not(containsString("href=\"\"")))));
	}

	@Test
	void shouldFilterByProvinceFromTheUrl() throws Exception {
		this.mvc.perform(get("/incidents").param("province", "af-kunar"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("<option value=\"af-kunar\" selected=\"selected\">Kunar</option>")));
	}

	@Test
	void shouldKeepEveryChosenValueSelectedInTheForm() throws Exception {
		this.mvc
			.perform(get("/incidents").param("country", "pakistan")
				.param("province", "pk-balochistan")
				.param("group", "bla")
				.param("type", "BATTLES")
				.param("status", "RETRACTED"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<option value=\"pakistan\" selected=\"selected\">"),
					containsString("<option value=\"pk-balochistan\" selected=\"selected\">"),
					containsString("<option value=\"bla\" selected=\"selected\">"),
					containsString("<option value=\"BATTLES\" selected=\"selected\">"),
					containsString("<option value=\"RETRACTED\" selected=\"selected\">"))));
	}

	@Test
	void shouldListDraftsOnlyForThoseWhoMayReadThem() throws Exception {
		this.mvc.perform(get("/incidents").param("status", "DRAFT"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(not(containsString("<option value=\"DRAFT\""))));
		this.mvc.perform(get("/incidents").param("status", "SUBMITTED").with(SignedIn.editor("editor-one")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"SUBMITTED\" selected=\"selected\">")));
	}

	@Test
	void shouldKeepEveryTypedValueInItsBoxAndTheSortInTheForm() throws Exception {
		this.mvc
			.perform(get("/incidents").param("from", "2020-01-01")
				.param("to", "2024-12-31")
				.param("minFatalities", "3")
				.param("maxFatalities", "90")
				.param("sort", "fatalities")
				.param("dir", "asc"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"from\" name=\"from\" value=\"2020-01-01\""),
					containsString("id=\"to\" name=\"to\" value=\"2024-12-31\""),
					containsString("id=\"minFatalities\" name=\"minFatalities\" value=\"3\""),
					containsString("id=\"maxFatalities\" name=\"maxFatalities\" value=\"90\""),
					containsString("<input type=\"hidden\" name=\"sort\" value=\"FATALITIES\">"),
					containsString("<input type=\"hidden\" name=\"dir\" value=\"ASC\">"),
					not(containsString("is-invalid")))));
	}

	@Test
	void shouldAnswerInEnglishWhateverLanguageTheBrowserAsks() throws Exception {
		// seed incident 8 is dated August 2021
		this.mvc
			.perform(get("/incidents").param("from", "2021-08-01")
				.param("to", "2021-08-31")
				.header("Accept-Language", "fr-FR, de;q=0.8"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Language", "en"))
			.andExpect(content().string(allOf(containsString(">Aug 2021<"), not(containsString("août")))));
	}

	@Test
	void shouldMarkAnUnknownCountryOnItsSelect() throws Exception {
		this.mvc.perform(get("/incidents").param("country", "narnia"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("is-invalid\" id=\"country\""),
					containsString("No such place in the list."))));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			from          | not-a-date       | Enter a date as YYYY-MM-DD.
			to            | 2024-13-45       | Enter a date as YYYY-MM-DD.
			from          | +999999999-01-01 | Enter a date between the years 1 and 9999.
			to            | -0005-01-01      | Enter a date between the years 1 and 9999.
			minFatalities | many             | Enter a whole number.
			minFatalities | -5               | Enter a number of fatalities from 0 to 100,000.
			maxFatalities | 99999999999999   | Enter a whole number.
			page          | -1               | The page must be 0 or more.
			page          | 1e9              | The page must be a whole number.
			size          | 1000             | Show between 1 and 100 incidents a page.
			sort          | id; drop table   | Sort by date or fatalities.
			dir           | sideways         | Sort ascending (asc) or descending (desc).
			type          | <script>x</script> | Choose a type from the list.
			status        | DELETED          | Choose a status from the list.
			country       | narnia           | No such place in the list.
			province      | pakistan         | No such place in the list.
			group         | no-such-group    | No such group.
			group         | ' or '1'='1      | Use one of the listed values.
			""")
	void shouldAnswerBadRequestWithTheFormMarkingTheWrongValue(String parameter, String value, String message)
			throws Exception {
		this.mvc.perform(get("/incidents").param(parameter, value))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("incidents/incidentList"))
			.andExpect(content().string(allOf(containsString(message), not(containsString("<script>x</script>")))));
	}

	@Test
	void shouldMarkTheFieldWhoseValueIsWrong() throws Exception {
		this.mvc.perform(get("/incidents").param("from", "yesterday"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("is-invalid")))
			.andExpect(content().string(containsString("value=\"yesterday\"")));
	}

	@Test
	void shouldRejectReversedRangesAndPagesBeyondTheWindow() throws Exception {
		this.mvc.perform(get("/incidents").param("from", "2025-01-01").param("to", "2024-01-01"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The start date must not be after the end date.")));
		this.mvc.perform(get("/incidents").param("minFatalities", "10").param("maxFatalities", "1"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/incidents").param("page", "400"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("narrow the filters")));
	}

	@Test
	void shouldIgnoreIndexedAndNestedParameterNames() throws Exception {
		for (String name : new String[] { "type[0]", "sort.name", "filter.size", "class.module", "id" }) {
			this.mvc.perform(get("/incidents").param(name, "x")).andExpect(status().isOk());
		}
	}

	@Test
	void shouldAcceptEnumValuesInAnyCase() throws Exception {
		this.mvc.perform(get("/incidents").param("sort", "fatalities").param("dir", "asc").param("type", "battles"))
			.andExpect(status().isOk());
	}

	@Test
	void shouldShowAnIncidentWithItsActorsAndQuotes() throws Exception {
		long id = this.jdbc.sql("""
				select min(i.id) from incident i join incident_actor ia on ia.incident_id = i.id
				 where i.synthetic = false and ia.group_id is not null""").query(Long.class).single();
		this.mvc.perform(get("/incidents/{id}", id))
			.andExpect(status().isOk())
			.andExpect(view().name("incidents/incidentDetails"))
			.andExpect(content().string(allOf(containsString("id=\"incident-actors\""), containsString("evidence"))));
	}

	@Test
	void shouldAnswerNotFoundForAnUnknownIncidentAndBadRequestForANonNumericId() throws Exception {
		this.mvc.perform(get("/incidents/{id}", Long.MAX_VALUE)).andExpect(status().isNotFound());
		this.mvc.perform(get("/incidents/abc")).andExpect(status().isBadRequest());
	}

}
