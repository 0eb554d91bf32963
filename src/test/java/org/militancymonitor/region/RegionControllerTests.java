package org.militancymonitor.region;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.militancymonitor.PostgresSpringBootTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The regions index, a summary page and its CSV over the whole application, with the
 * fixtures of {@code region/summary-fixtures.sql} in the test's transaction (rolled
 * back), the end date given in the URL: malformed filters answer 400 with the form
 * marking them, an unknown region or table 404, and the CSV has the page's numbers with
 * formula-like cells neutralised.
 */
@PostgresSpringBootTest
@Transactional
@Sql("/region/summary-fixtures.sql")
@WithMockUser(roles = "ANALYST")
class RegionControllerTests {

	static final String KP = "/regions/pk-khyber-pakhtunkhwa?end=2031-03-20";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void shouldListTheRegionsWithTheirCounts() throws Exception {
		this.mvc.perform(get("/regions"))
			.andExpect(status().isOk())
			.andExpect(view().name("regions/regionIndex"))
			.andExpect(content().string(allOf(containsString("data-slug=\"pakistan\""),
					containsString("href=\"/regions/pk-khyber-pakhtunkhwa\""),
					containsString("data-slug=\"south-asia\""), containsString("id=\"nav-regions\""))));
	}

	@Test
	void shouldShowTheSummaryWithTheHandComputedFigures() throws Exception {
		MvcResult result = this.mvc.perform(get(KP))
			.andExpect(status().isOk())
			.andExpect(view().name("regions/regionSummary"))
			.andExpect(content().string(allOf(containsString("<span id=\"region-name\">Khyber Pakhtunkhwa</span>"),
					containsString("<td class=\"text-end fs-5 current\">2</td>"), containsString("sharp rise"),
					containsString("newly active"), containsString("id=\"month-only-note\""),
					containsString("<canvas id=\"trend-chart\""), containsString("<section id=\"map\""),
					containsString("href=\"/regions/pk-khyber-pakhtunkhwa/months.csv?end=2031-03-20\""))))
			.andReturn();
		RegionSummary summary = (RegionSummary) result.getModelAndView().getModel().get("summary");
		assertThat(summary.totals().current().incidents()).isEqualTo(2);
		assertThat(summary.totals().yearEarlier().incidents()).isEqualTo(1);
		assertThat(summary.groups()).extracting(Breakdown::key).containsExactly("ttp", "tjp");
		assertThat(summary.undated()).hasSize(1);
		String body = result.getResponse().getContentAsString();
		assertThat(body).containsPattern("data-month=\"2031-03-01\">\\s*<th scope=\"row\">Mar 2031</th>\\s*"
				+ "<td class=\"text-end month-incidents\">3</td>\\s*<td class=\"text-end month-only\">1</td>");
	}

	@Test
	void shouldShowASingleMonthAsAFigureNotAChart() throws Exception {
		this.mvc.perform(get(KP + "&months=1"))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("id=\"trend-figure\""), not(containsString("<canvas id=\"trend-chart\"")))));
	}

	@Test
	void shouldAnswerMalformedFiltersWith400AndMarkThem() throws Exception {
		String body = this.mvc
			.perform(get("/regions/pakistan?end=not-a-date&months=0&group=nobody&type=nonsense&precision=hour"))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("regions/regionSummary"))
			.andExpect(content()
				.string(allOf(containsString("id=\"filter-errors\""), not(containsString("<section id=\"headline\"")))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		for (String field : List.of("end", "months", "group", "type", "precision")) {
			assertThat(body).as(field)
				.containsPattern("id=\"" + field + "\"[^>]*is-invalid|is-invalid[^>]*id=\"" + field + "\"");
			assertThat(body).as(field).contains("aria-describedby=\"" + field + "-error\"");
		}
		this.mvc.perform(get("/regions/pakistan?group=no-such-group")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/regions/pakistan?months=241")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/regions/pakistan?end=99999-01-01")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/regions/pakistan/months.csv?end=yesterday")).andExpect(status().isBadRequest());
	}

	@Test
	void shouldAnswerAnUnknownRegionOrTableWith404() throws Exception {
		this.mvc.perform(get("/regions/no-such-region")).andExpect(status().isNotFound());
		this.mvc.perform(get("/regions/no-such-region/months.csv")).andExpect(status().isNotFound());
		this.mvc.perform(get("/regions/pakistan/nothing.csv")).andExpect(status().isNotFound());
	}

	@Test
	void shouldExportTheTablesAsCsvWithThePageNumbers() throws Exception {
		MockHttpServletResponse months = this.mvc
			.perform(get("/regions/pk-khyber-pakhtunkhwa/months.csv?end=2031-03-20"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn()
			.getResponse();
		List<CSVRecord> rows = parse(months);
		assertThat(rows.get(0).get(0)).isEqualTo("Month");
		CSVRecord march = rows.stream().filter((r) -> r.get(0).equals("2031-03")).findFirst().orElseThrow();
		assertThat(march.values()).startsWith("2031-03", "3", "1", "18", "18", "21");
		assertThat(rows.get(rows.size() - 1).values()).startsWith("Known only to the year 2031", "1");

		List<CSVRecord> changes = parse(
				this.mvc.perform(get("/regions/pk-khyber-pakhtunkhwa/changes.csv?end=2031-03-20"))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse());
		assertThat(changes.get(1).values()).containsExactly("Incidents", "2", "2", "0", "stable", "1", "100",
				"sharp rise");

		List<CSVRecord> groups = parse(this.mvc.perform(get("/regions/pk-khyber-pakhtunkhwa/groups.csv?end=2031-03-20"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse());
		assertThat(groups).extracting((r) -> r.get(0)).contains("Tehreek-e-Taliban Pakistan");
		assertThat(groups.get(groups.size() - 1).get(groups.get(0).size() - 1)).isEqualTo("yes");
	}

	@Test
	void shouldNeutraliseCellsThatASpreadsheetWouldTakeForFormulas() throws Exception {
		this.jdbc.sql("update militant_group set name = '=HYPERLINK(\"http://example.invalid\")' where slug = 'tjp'")
			.update();
		this.jdbc.sql("update militant_group set name = '-2+3' where slug = 'ttp'").update();
		List<CSVRecord> groups = parse(this.mvc.perform(get("/regions/pk-khyber-pakhtunkhwa/groups.csv?end=2031-03-20"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse());
		assertThat(groups).extracting((r) -> r.get(0))
			.containsExactly("Group", "'-2+3", "'=HYPERLINK(\"http://example.invalid\")");
	}

	@Test
	void shouldKeepTheFiltersInTheLinks() throws Exception {
		this.mvc.perform(get("/regions/pakistan?end=2031-03-20&months=24&type=battles&precision=day"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(
					"href=\"/regions/pakistan/groups.csv?end=2031-03-20&amp;months=24&amp;type=BATTLES&amp;precision=day\""),
					containsString(
							"href=\"/regions/pk-khyber-pakhtunkhwa?end=2031-03-20&amp;months=24&amp;type=BATTLES&amp;precision=day\""),
					containsString("id=\"types-figure\""), not(containsString("canvas id=\"types-chart\"")))));
	}

	/**
	 * The summary's map, embedded and through the URL the summary builds for it (the
	 * map's page, and the API with the same query), counts the incidents the summary's
	 * tables count: of the trend's whole months (one after the end date in its month
	 * too), of the group, the type and the precisions counted by month (never those known
	 * only to a year). Eleven months: the maps kept by other tests' summaries, of twelve,
	 * are of the data before this test's incident, which the test never commits.
	 */
	@Test
	void shouldCountOnTheMapTheIncidentsTheSummaryCountsForEachFilter() throws Exception {
		this.jdbc
			.sql("""
					insert into incident (occurred_on, date_precision, country_id, admin1_id, location_precision, event_type,
					                      sub_event_type, fatalities_best, summary, status)
					values ('2031-03-28', 'DAY', (select id from region where slug = 'pakistan'),
					        (select id from region where slug = 'pk-khyber-pakhtunkhwa'), 'ADMIN1', 'BATTLES', 'ARMED_CLASH', 8,
					        'Summary fixture P after the end date, in its month', 'PUBLISHED')""")
			.update();
		for (String group : new String[] { null, "ttp", "tjp" }) {
			for (String type : new String[] { null, "battles", "VIOLENCE_AGAINST_CIVILIANS", "RIOTS" }) {
				for (String precision : new String[] { null, "day", "month" }) {
					String query = "end=2031-03-20&months=11" + ((group != null) ? "&group=" + group : "")
							+ ((type != null) ? "&type=" + type : "")
							+ ((precision != null) ? "&precision=" + precision : "");
					MvcResult result = this.mvc.perform(get("/regions/pk-khyber-pakhtunkhwa?" + query))
						.andExpect(status().isOk())
						.andReturn();
					RegionSummary summary = (RegionSummary) result.getModelAndView().getModel().get("summary");
					RegionMap map = (RegionMap) result.getModelAndView().getModel().get("regionMap");
					Figures counted = summary.periodTotals();
					assertThat(map.provinceIncidents()).as("map of %s", query).isEqualTo(counted.incidents());
					assertThat(map.provinceFatalities()).as("map of %s", query).isEqualTo(counted.fatalities());
					assertThat(summary.types().stream().mapToLong((t) -> t.period().incidents()).sum()).as(query)
						.isEqualTo(counted.incidents());

					String mapUrl = (String) result.getModelAndView().getModel().get("mapUrl");
					assertThat(result.getResponse().getContentAsString())
						.contains("href=\"" + mapUrl.replace("&", "&amp;") + "\"");
					String page = this.mvc.perform(get(mapUrl))
						.andExpect(status().isOk())
						.andReturn()
						.getResponse()
						.getContentAsString();
					assertThat(page).as(mapUrl)
						.containsPattern("data-region=\"pk-khyber-pakhtunkhwa\"\\s+data-incidents=\""
								+ counted.incidents() + "\"\\s+data-fatalities=\"" + counted.fatalities() + "\"");
					this.mvc.perform(get(mapUrl.replace("/regions/", "/api/regions/")))
						.andExpect(status().isOk())
						.andExpect(jsonPath("$.provinces[0].incidents").value(counted.incidents()))
						.andExpect(jsonPath("$.provinces[0].fatalities").value(counted.fatalities()));
				}
			}
		}
		// the fixture's months hold incidents of each kind the filters tell apart
		MvcResult all = this.mvc.perform(get(KP + "&months=11")).andReturn();
		assertThat(((RegionMap) all.getModelAndView().getModel().get("regionMap")).provinceIncidents()).isEqualTo(8);
		assertThat(((String) all.getModelAndView().getModel().get("mapUrl")))
			.isEqualTo("/regions/pk-khyber-pakhtunkhwa/map?from=2030-05-01&to=2031-03-31&precision=month");
	}

	private static List<CSVRecord> parse(MockHttpServletResponse response) throws Exception {
		String body = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
		try (CSVParser parser = CSVParser.parse(body, CSVFormat.RFC4180)) {
			return parser.getRecords();
		}
	}

}
