package org.militancymonitor.group;

import org.junit.jupiter.api.Test;
import org.militancymonitor.PostgresSpringBootTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The relationship graph page (with its table of edges for readers without JavaScript)
 * and its JSON.
 */
@PostgresSpringBootTest
@WithMockUser(roles = "ANALYST")
class GraphControllerTests {

	@Autowired
	MockMvc mvc;

	@Test
	void shouldListTheEdgesWithTheirClaimsOnThePage() throws Exception {
		this.mvc.perform(get("/graph"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"graph-edges\""), containsString("shelters"),
					containsString("an allegation Kabul denies"), containsString("data-url=\"/api/graph\""),
					containsString("/standalone/umd/vis-network.min.js"))));
	}

	@Test
	void shouldServeNodesAndEdgesWithClaimsAsJson() throws Exception {
		this.mvc.perform(get("/api/graph").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.nodes[*].id", hasItem("g:ttp")))
			.andExpect(jsonPath("$.nodes[*].id", hasItem("a:pakistan")))
			.andExpect(jsonPath(
					"$.edges[?(@.type == 'SHELTERS' && @.from == 'g:afghan-taliban' && @.to == 'g:ttp')].contested",
					hasItem(true)))
			.andExpect(jsonPath("$.edges[?(@.type == 'OPPOSES')].from", hasItem("a:pakistan")))
			.andExpect(jsonPath("$.edges[?(@.type == 'DESIGNATES')].to", hasItem("g:ttp")));
	}

	@Test
	void shouldFilterByTypeAndDate() throws Exception {
		this.mvc.perform(get("/api/graph").param("types", "shelters"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.edges[*].type", everyItem(is("SHELTERS"))));
		this.mvc.perform(get("/api/graph").param("types", "DESIGNATES").param("asOf", "2015-01-01"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.edges[*].to", hasItem("g:ttp")))
			.andExpect(jsonPath("$.edges[*].to", not(hasItem("g:isil-k"))));
	}

	@Test
	void shouldAnswerBadRequestForMalformedFilters() throws Exception {
		this.mvc.perform(get("/api/graph").param("asOf", "last year"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message", containsString("YYYY-MM-DD")));
		this.mvc.perform(get("/api/graph").param("types", "hates"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.invalid[0]", containsString("HATES")));
		this.mvc.perform(get("/graph").param("asOf", "last year"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Enter a date as YYYY-MM-DD.")));
		this.mvc.perform(get("/graph").param("types", "<b>x</b>"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("Choose relationship types from the list."),
					not(containsString("<b>x</b>")))));
	}

}
