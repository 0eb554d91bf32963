package org.militancymonitor.search;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.militancymonitor.PostgresSpringBootTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Search finds groups by every spelling of their names, and incidents, statements,
 * reports and quotes by their words, over the seed.
 */
@PostgresSpringBootTest
@WithMockUser(roles = "ANALYST")
class SearchControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SearchQueries repository;

	@ParameterizedTest
	@ValueSource(strings = { "Tehreek-i-Taliban", "Tehrik-e-Taliban", "Pakistani Taliban", "TTP", "ttp",
			"tehreek e taliban pakistan", "Tehrīk-e-Tālibān" })
	void shouldFindTheTtpFirstByAnyOfItsSpellings(String query) throws Exception {
		assertThat(search(query).groups()).first().extracting(SearchResults.GroupHit::slug).isEqualTo("ttp");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Daesh", "ISIS Khorasan", "IS-K", "ISIL-K", "isil k", "Islamic State Khorasan" })
	void shouldFindIsilKByAnyOfItsSpellings(String query) throws Exception {
		assertThat(search(query).groups()).extracting(SearchResults.GroupHit::slug).contains("isil-k");
	}

	@Test
	void shouldShowTheAliasThatMatchedWhenItTiesWithTheGroupsOwnName() throws Exception {
		// "Al Qaeda" (an alias) and "Al-Qaeda" (the name and short name) normalise alike
		this.mvc.perform(get("/search").param("q", "al qaeda"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<mark>Al Qaeda</mark>")));
	}

	@Test
	void shouldNotMatchUnrelatedGroupsOnTheirSharedWord() throws Exception {
		assertThat(search("Pakistani Taliban").groups()).extracting(SearchResults.GroupHit::slug)
			.doesNotContain("afghan-taliban");
	}

	@Test
	void shouldFindQuotesAndStatementsWithTheMatchHighlighted() throws Exception {
		this.mvc.perform(get("/search").param("q", "propaganda"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<mark>propaganda</mark>")));
		SearchResults results = search("propaganda");
		assertThat(results.quotes()).isNotEmpty();
		assertThat(results.statements()).isNotEmpty();
	}

	@Test
	@Transactional
	@Sql("/search/unnamed-places.sql")
	void shouldNameAnIncidentsPlaceByItsProvinceOrCountryWhenItHasNoPlaceName() throws Exception {
		assertThat(search("zyxwvut").incidents()).extracting(SearchResults.IncidentHit::place)
			.containsExactly("Afghanistan", "Balochistan");
	}

	@Test
	void shouldLinkEveryKindOfHitToItsPage() throws Exception {
		SearchResults ttp = search("TTP");
		SearchResults monitoringTeam = search("Monitoring Team");
		assertThat(ttp.incidents()).isNotEmpty();
		assertThat(ttp.statements()).isNotEmpty();
		assertThat(ttp.quotes()).isNotEmpty();
		assertThat(monitoringTeam.reports()).isNotEmpty();
		SearchResults.QuoteHit quote = ttp.quotes().get(0);
		this.mvc.perform(get("/search").param("q", "TTP"))
			.andExpect(content().string(allOf(containsString("href=\"/groups/ttp\""),
					containsString("href=\"/incidents/" + ttp.incidents().get(0).id() + "\""),
					containsString("href=\"/statements/" + ttp.statements().get(0).id() + "\""),
					containsString("href=\"/sources/" + quote.sourceSlug() + "#claim-" + quote.ref() + "\""))));
		this.mvc.perform(get("/search").param("q", "Monitoring Team"))
			.andExpect(content()
				.string(containsString("href=\"/reports/" + monitoringTeam.reports().get(0).slug() + "\"")));
	}

	@Test
	void shouldShowTheFirstResultsOfAKindWithALinkToTheRest() throws Exception {
		SearchResults overview = search("TTP");
		assertThat(overview.quotes()).hasSize(SearchController.OVERVIEW_SIZE);
		assertThat(overview.hasMore(SearchKind.QUOTES)).isTrue();
		this.mvc.perform(get("/search").param("q", "TTP"))
			.andExpect(content().string(containsString("href=\"/search?q=TTP&amp;kind=quotes\"")));
		MvcResult first = this.mvc.perform(get("/search").param("q", "TTP").param("kind", "quotes"))
			.andExpect(status().isOk())
			.andReturn();
		SearchResults page = (SearchResults) first.getModelAndView().getModel().get("results");
		assertThat(page.groups()).isEmpty();
		assertThat(page.incidents()).isEmpty();
		assertThat(page.quotes()).hasSizeGreaterThan(SearchController.OVERVIEW_SIZE)
			.startsWith(overview.quotes().toArray(new SearchResults.QuoteHit[0]));
	}

	@Test
	void shouldPageThroughOneKindWithoutLosingOrRepeatingHits() throws Exception {
		List<String> all = new ArrayList<>();
		for (int page = 0;; page++) {
			MvcResult result = this.mvc
				.perform(get("/search").param("q", "TTP").param("kind", "quotes").param("page", String.valueOf(page)))
				.andExpect(status().isOk())
				.andReturn();
			SearchResults results = (SearchResults) result.getModelAndView().getModel().get("results");
			results.quotes().forEach((q) -> all.add(q.ref()));
			if (!results.hasMore(SearchKind.QUOTES)) {
				break;
			}
			assertThat(results.quotes()).hasSize(SearchController.PAGE_SIZE);
		}
		assertThat(all).hasSizeGreaterThan(SearchController.PAGE_SIZE)
			.containsExactlyElementsOf(this.repository.find("TTP", EnumSet.of(SearchKind.QUOTES), 1000, 0)
				.quotes()
				.stream()
				.map((q) -> q.ref())
				.toList());
		this.mvc.perform(get("/search").param("q", "TTP").param("kind", "quotes"))
			.andExpect(content().string(allOf(containsString("href=\"/search?q=TTP&amp;kind=quotes&amp;page=1\""),
					not(containsString("rel=\"prev\"")), not(containsString("href=\"\"")))));
	}

	@Test
	void shouldSayThereIsNothingMoreOnAPagePastTheLastHit() throws Exception {
		this.mvc.perform(get("/search").param("q", "TTP").param("kind", "quotes").param("page", "40"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("id=\"no-more-results\""), not(containsString("id=\"no-results\"")))));
	}

	@ParameterizedTest
	@ValueSource(strings = { "kind=people", "kind=QUOTES", "page=1", "kind=quotes&page=-1", "kind=quotes&page=50",
			"kind=quotes&page=x", "kind=quotes&page=99999999999" })
	void shouldRejectAnUnknownKindOrPageWithAMessage(String parameters) throws Exception {
		this.mvc.perform(get("/search?q=TTP&" + parameters))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("invalid-feedback")))
			.andExpect(model().attributeDoesNotExist("results"));
	}

	@Test
	void shouldFindIncidentsByPlace() throws Exception {
		assertThat(search("Kunar").incidents()).isNotEmpty();
	}

	@Test
	void shouldShowAnEmptySearchPageWithoutAQuery() throws Exception {
		this.mvc.perform(get("/search")).andExpect(status().isOk());
		this.mvc.perform(get("/search").param("q", "   ")).andExpect(status().isOk());
	}

	@Test
	void shouldSayWhenNothingMatches() throws Exception {
		this.mvc.perform(get("/search").param("q", "zzqqxx"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"no-results\"")));
	}

	@Test
	void shouldRejectAnOverlongQueryWithAMessage() throws Exception {
		this.mvc.perform(get("/search").param("q", "a".repeat(201)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("at most 200 characters")));
	}

	@Test
	void shouldRejectAControlCharacterWithoutEchoingIt() throws Exception {
		this.mvc.perform(get("/search").param("q", "Taliban\u0000\u0007 TTP"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("invalid-feedback")))
			.andExpect(content().string(containsString("value=\"Taliban TTP\"")))
			.andExpect(content().string(not(containsString("\u0000"))))
			.andExpect(content().string(not(containsString("\u0007"))));
	}

	@Test
	void shouldTreatHostileQueriesAsText() throws Exception {
		for (String hostile : new String[] { "<script>alert(1)</script>", "' or 1=1 --", "%", "\\", "!!&&||",
				"taliban:*", "(", "😀" }) {
			this.mvc.perform(get("/search").param("q", hostile))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("<script>alert(1)</script>"))));
		}
	}

	private SearchResults search(String query) throws Exception {
		MvcResult result = this.mvc.perform(get("/search").param("q", query)).andExpect(status().isOk()).andReturn();
		return (SearchResults) result.getModelAndView().getModel().get("results");
	}

}
