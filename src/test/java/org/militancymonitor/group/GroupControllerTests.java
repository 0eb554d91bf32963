package org.militancymonitor.group;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.militancymonitor.PostgresSpringBootTest;
import org.militancymonitor.account.Role;
import org.militancymonitor.account.TestAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The home page and the group page render the seed, over the real application and
 * database.
 */
@PostgresSpringBootTest
@WithMockUser(roles = "ANALYST")
class GroupControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@Test
	void shouldListEveryGroupWithCountsOnTheHomePage() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(view().name("home/home"))
			.andExpect(content()
				.string(allOf(containsString("Tehreek-e-Taliban Pakistan"), containsString("href=\"/groups/ttp\""),
						containsString("href=\"/groups/isil-k\""), containsString("href=\"/groups/majeed-brigade\""),
						containsString("class=\"text-end claim-count\""))));
	}

	@Test
	void shouldOfferTheProfilesFormsToEditorsAlone() throws Exception {
		String forms = "/groups/ttp/aliases/new";
		this.mvc.perform(get("/groups/ttp"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"stix-export\""), not(containsString(forms)),
					not(containsString("class=\"edit-link\"")), not(containsString("retract-form")),
					not(containsString("class=\"claim-edit\"")))));
		this.mvc.perform(get("/groups/ttp").with(user("profile-editor").roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(forms), containsString("class=\"edit-link\""),
					containsString("retract-form"), containsString("class=\"claim-edit\""))));
	}

	@Test
	void shouldListTheClaimsOnEachSideOfADisputeInTheOrderOfTheirReferences() throws Exception {
		// they came in whatever order PostgreSQL read the join table: a page rendered
		// again after a restart could list them differently
		String page = this.mvc.perform(get("/groups/ttp"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String[] sides = page.split("class=\"col-md-6 side-");
		assertThat(sides).hasSizeGreaterThan(4);
		Pattern ref = Pattern.compile("font-monospace\">(a\\d{3}-\\d{2})<");
		int checked = 0;
		for (int i = 1; i < sides.length; i++) {
			String side = sides[i].split("class=\"card ")[0];
			List<String> refs = new ArrayList<>();
			Matcher matcher = ref.matcher(side);
			while (matcher.find()) {
				refs.add(matcher.group(1));
			}
			assertThat(refs).isSorted();
			checked += (refs.size() > 1) ? 1 : 0;
		}
		assertThat(checked).isPositive();
	}

	@Test
	void shouldShowTheTtpAliasesAndTheSixThousandFighterEstimateWithWhoMadeIt() throws Exception {
		this.mvc.perform(get("/groups/ttp"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("Pakistani Taliban"), containsString("Tehreek-i-Taliban Pakistan"),
						containsString("QDe.132"), containsString("6,000"), containsString("Sandra Jensen Landi"),
						containsString("an estimated 6,000 TTP fighters"), containsString("تحریک طالبان پاکستان"))));
	}

	@Test
	void shouldShowBothTheAccusationAndTheDenialOfShelter() throws Exception {
		this.mvc.perform(get("/groups/ttp"))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("shelters"), containsString("contested"), containsString("evidence-denial"))));
	}

	@Test
	void shouldSayNotStatedForABanWhoseAuthorityAndLawTheArticleDoesNotName() throws Exception {
		String page = this.mvc.perform(get("/groups/bla"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String designations = page.substring(page.indexOf("id=\"designations\""),
				page.indexOf("</section>", page.indexOf("id=\"designations\"")));
		assertThat(designations).contains("<td>not stated</td>", "The banned Balochistan Liberation Army")
			.doesNotContain("Anti-Terrorism Act");
	}

	@Test
	void shouldAnswerNotFoundForAnUnknownGroupWithTheNotFoundPage() throws Exception {
		this.mvc.perform(get("/groups/no-such-group")).andExpect(status().isNotFound());
		HttpResponse<String> page = TestAccounts
			.signIn("http://localhost:" + this.port, TestAccounts.ensure(this.jdbc, "group-reader", Role.ANALYST),
					TestAccounts.PASSWORD)
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/groups/no-such-group"))
				.header("Accept", "text/html")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("Not found", "Back to the groups").doesNotContain("Exception");
	}

	@Test
	void shouldListTheGroupsIncidentsFindingsAndLatestEstimates() throws Exception {
		this.mvc.perform(get("/groups/ttp"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"incidents\""), containsString("incident-row"),
					containsString("id=\"findings\""), containsString("/reports/"),
					containsString("id=\"latest-estimates\""), containsString("href=\"/incidents?group=ttp\""))));
	}

	@Test
	void shouldRejectAMalformedIncidentPage() throws Exception {
		this.mvc.perform(get("/groups/ttp").param("incidentPage", "-1")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/groups/ttp").param("incidentPage", "abc")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/groups/ttp").param("incidentPage", "5000")).andExpect(status().isBadRequest());
	}

	@Test
	void shouldNotFailOnHostileSlugs() throws Exception {
		this.mvc.perform(get("/groups/ttp' or '1'='1"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("Exception"))));
	}

}
