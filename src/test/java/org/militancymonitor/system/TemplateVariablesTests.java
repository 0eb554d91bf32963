package org.militancymonitor.system;

import org.junit.jupiter.api.Test;
import org.militancymonitor.PostgresSpringBootTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Templates keep their variables in the template engine: a page renders its model and
 * links as before, and leaves no variable behind in the request's attributes, where
 * Thymeleaf's default web context put every one of them.
 */
@PostgresSpringBootTest
@WithMockUser(roles = "ANALYST")
class TemplateVariablesTests {

	@Autowired
	MockMvc mvc;

	@Test
	void shouldRenderThePageWithoutCopyingItsVariablesIntoTheRequest() throws Exception {
		this.mvc.perform(get("/search").param("q", "TTP"))
			.andExpect(status().isOk())
			.andExpect(model().attribute("results", notNullValue()))
			.andExpect(content().string(containsString("href=\"/groups/ttp\"")))
			.andExpect(content().string(containsString("<mark>TTP</mark>")))
			.andExpect(request().attribute("results", nullValue()))
			.andExpect(request().attribute("query", nullValue()))
			.andExpect(request().attribute("g", nullValue()));
	}

}
