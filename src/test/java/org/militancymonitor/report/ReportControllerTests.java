package org.militancymonitor.report;

import org.junit.jupiter.api.Test;
import org.militancymonitor.PostgresSpringBootTest;

import org.springframework.beans.factory.annotation.Autowired;
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
 * The report list and the report page over the seed: findings in order with their groups,
 * figures and quotes, the statements that respond to a report, 404 for an unknown report,
 * never a 500.
 */
@PostgresSpringBootTest
@WithMockUser(roles = "ANALYST")
class ReportControllerTests {

	@Autowired
	MockMvc mvc;

	@Test
	void shouldListTheSeededReportsWithTheirFindingCounts() throws Exception {
		this.mvc.perform(get("/reports"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"/reports/committee-chair-briefing-000\""),
					containsString("href=\"/reports/unmt-report-001\""),
					containsString("href=\"/reports/unmt-report-002\""), containsString("Committee briefing"),
					containsString("Monitoring Team report"), containsString("finding-count\">6<"),
					containsString("finding-count\">7<"), containsString("finding-count\">10<"),
					containsString("date unknown"))));
	}

	@Test
	void shouldShowTheBriefingsFindingsInOrderWithGroupsFiguresAndQuotes() throws Exception {
		String page = this.mvc.perform(get("/reports/committee-chair-briefing-000"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Chair of the Security Council ISIL"),
					containsString("An estimated 6,000 TTP fighters are active in Afghanistan"),
					containsString("an estimated 6,000 TTP fighters were active in Afghanistan"),
					containsString("href=\"/groups/ttp\""), containsString("href=\"/groups/isil-k\""),
					containsString("6,000"), containsString("2,000"), containsString("at least"),
					containsString("Sandra Jensen Landi"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		int first = page.indexOf("The banned TTP poses a serious and growing threat");
		int second = page.indexOf("An estimated 6,000 TTP fighters are active");
		int sixth = page.indexOf("Militant networks continue to adapt and expand");
		assertThat(first).isPositive().isLessThan(second);
		assertThat(second).isLessThan(sixth);
	}

	@Test
	void shouldShowTheTalibanRejectionAsAResponseToTheReport() throws Exception {
		this.mvc.perform(get("/reports/unmt-report-002"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"responses\""), containsString("Zabihullah Mujahid"),
					containsString("rejects"),
					containsString("Taliban spokesman Zabihullah Mujahid called the UN report propaganda"),
					containsString("The Afghan Taliban generally hold a"))));
	}

	@Test
	void shouldAnswerNotFoundForAnUnknownReport() throws Exception {
		this.mvc.perform(get("/reports/no-such-report"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("Exception"))));
	}

	@Test
	void shouldNotFailOnHostileSlugs() throws Exception {
		this.mvc.perform(get("/reports/x' or '1'='1"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("Exception"))));
		// a path of three segments that no rule opens: denied, whoever asks
		this.mvc.perform(get("/reports/<script>alert(1)</script>"))
			.andExpect(status().isForbidden())
			.andExpect(content().string(not(containsString("<script>alert(1)</script>"))));
	}

	@Test
	void shouldOfferTheReportsFormsToEditorsAlone() throws Exception {
		String page = "/reports/committee-chair-briefing-000";
		this.mvc.perform(get(page))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(not(containsString("id=\"edit-report\"")), not(containsString("edit-finding")),
						not(containsString("retract-form")), not(containsString("class=\"claim-edit\"")))));
		this.mvc.perform(get(page).with(user("report-editor").roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"edit-report\""), containsString("edit-finding"),
					containsString("retract-form"), containsString("class=\"claim-edit\""))));
	}

}
