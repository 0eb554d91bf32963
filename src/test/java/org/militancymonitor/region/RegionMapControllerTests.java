package org.militancymonitor.region;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.militancymonitor.PostgresSpringBootTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The map's page over the fixture of 2031: the counts table and the country-only count
 * are in the HTML, for readers without JavaScript; the script gets its data from data-*
 * attributes; a malformed value is marked on the form with 400.
 */
@PostgresSpringBootTest
@WithMockUser(roles = "ANALYST")
@Transactional
@Sql("/region/region-map-fixtures.sql")
class RegionMapControllerTests {

	@Autowired
	MockMvc mvc;

	@Test
	void shouldListTheProvincesCountsInATableWithoutJavaScript() throws Exception {
		String page = page("/regions/pakistan/map?from=2031-01-01&to=2031-12-31", 200);
		assertThat(text(element(page, "tr", "data-region=\"pk-khyber-pakhtunkhwa\"")))
			.isEqualTo("Khyber Pakhtunkhwa 2 5");
		assertThat(text(element(page, "tr", "data-region=\"pk-balochistan\""))).isEqualTo("Balochistan 2 10");
		assertThat(text(element(page, "tr", "data-region=\"pk-punjab\""))).isEqualTo("Punjab 0 0");
		assertThat(element(page, "tr", "data-region=\"pk-punjab\"")).contains("data-shade=\"0\"");
		assertThat(text(element(page, "caption", ""))).isEqualTo("Published incidents and fatalities by province");
		assertThat(text(element(page, "li", "data-region=\"pakistan\"")))
			.isEqualTo("Pakistan: one incident (4 fatalities) known only to the country.");
		String canvas = element(page, "div", "id=\"region-map-canvas\"");
		assertThat(canvas).contains("data-points=\"[[34.0150,71.5700,2,5]]\"")
			.containsPattern("data-boundaries=\"/geo/pk-af-boundaries-[0-9a-f]{32}\\.geojson\"")
			.contains("role=\"region\"");
		assertThat(page).containsPattern("<script src=\"/webjars/leaflet/[0-9.]+/dist/leaflet\\.js\">")
			.contains("<script src=\"/js/region-map.js\">");
	}

	@Test
	void shouldMarkAMalformedDateOnTheFormWith400() throws Exception {
		String page = page("/regions/pakistan/map?from=yesterday", 400);
		assertThat(element(page, "input", "id=\"from\"")).contains("is-invalid").contains("aria-invalid=\"true\"");
		assertThat(text(element(page, "div", "id=\"from-error\""))).contains("YYYY-MM-DD");
		assertThat(page).doesNotContain("id=\"region-map\"");
	}

	@Test
	void shouldMarkAMalformedTypeOrPrecisionOnTheFormWith400() throws Exception {
		String page = page("/regions/pakistan/map?type=nonsense&precision=hour", 400);
		assertThat(element(page, "select", "id=\"type\"")).contains("is-invalid").contains("aria-invalid=\"true\"");
		assertThat(element(page, "select", "id=\"precision\"")).contains("is-invalid")
			.contains("aria-invalid=\"true\"");
		assertThat(text(element(page, "div", "id=\"type-error\""))).isEqualTo("Use one of the listed values.");
		assertThat(text(element(page, "div", "id=\"precision-error\""))).isNotBlank();
		assertThat(page).doesNotContain("id=\"region-map\"");
	}

	@Test
	void shouldKeepTheTypeAndPrecisionOnTheFormAndTheMap() throws Exception {
		String page = page("/regions/pakistan/map?from=2031-01-01&to=2031-12-31&type=riots&precision=day", 200);
		assertThat(element(page, "option", "value=\"RIOTS\"")).contains("selected");
		assertThat(element(page, "option", "value=\"day\"")).contains("selected");
		assertThat(text(element(page, "p", "id=\"region-map-period\""))).contains("Event type: Riots",
				"Dated to the day only.");
		assertThat(text(element(page, "tr", "data-region=\"pk-khyber-pakhtunkhwa\"")))
			.isEqualTo("Khyber Pakhtunkhwa 0 0");
	}

	@Test
	void shouldMarkAnUnknownGroupWith400() throws Exception {
		String page = page("/regions/pakistan/map?group=no-such-group", 400);
		assertThat(text(element(page, "div", "id=\"group-error\""))).isEqualTo("No such group.");
	}

	@Test
	void shouldAnswerAnUnknownRegionWith404() throws Exception {
		this.mvc.perform(get("/regions/atlantis/map")).andExpect(status().isNotFound());
	}

	private String page(String url, int status) throws Exception {
		return this.mvc.perform(get(url)).andExpect(status().is(status)).andReturn().getResponse().getContentAsString();
	}

	/**
	 * The first element of a tag whose start tag holds {@code attribute}, with its
	 * content.
	 */
	private static String element(String html, String tag, String attribute) {
		Matcher matcher = Pattern
			.compile("<" + tag + "\\b[^>]*" + Pattern.quote(attribute) + "[^>]*>(?:.*?</" + tag + ">)?", Pattern.DOTALL)
			.matcher(html);
		assertThat(matcher.find()).as("<%s %s> in the page", tag, attribute).isTrue();
		return matcher.group();
	}

	private static String text(String html) {
		return html.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").trim();
	}

}
