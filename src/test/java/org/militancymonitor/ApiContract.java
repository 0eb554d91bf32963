package org.militancymonitor;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * What every test of an API resource checks alike: a JSON answer, a problem's status,
 * content type and fields, a detail resource's entity tag and its 304, and that a date
 * carries its precision.
 */
public final class ApiContract {

	public static final RequestPostProcessor ANALYST = user("api-reader").roles("ANALYST");

	private final MockMvc mvc;

	private final JsonMapper json;

	public ApiContract(MockMvc mvc, JsonMapper json) {
		this.mvc = mvc;
		this.json = json;
	}

	public MockHttpServletResponse fetch(String path) throws Exception {
		return this.mvc.perform(get(path).with(ANALYST)).andReturn().getResponse();
	}

	/** A 200 JSON answer. */
	public JsonNode ok(String path) throws Exception {
		MockHttpServletResponse response = fetch(path);
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("application/json");
		return this.json.readTree(response.getContentAsString());
	}

	/**
	 * A detail resource: 200 with a strong entity tag, 304 without a body for a matching
	 * If-None-Match, 200 for another.
	 */
	public JsonNode tagged(String path) throws Exception {
		MockHttpServletResponse first = fetch(path);
		assertThat(first.getStatus()).as(first.getContentAsString()).isEqualTo(200);
		String tag = first.getHeader(HttpHeaders.ETAG);
		assertThat(tag).matches("\"[0-9a-f]{32}\"");
		MockHttpServletResponse again = this.mvc.perform(get(path).header(HttpHeaders.IF_NONE_MATCH, tag).with(ANALYST))
			.andReturn()
			.getResponse();
		assertThat(again.getStatus()).isEqualTo(304);
		assertThat(again.getContentAsString()).isEmpty();
		assertThat(this.mvc.perform(get(path).header(HttpHeaders.IF_NONE_MATCH, "\"0\"").with(ANALYST))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(200);
		return this.json.readTree(first.getContentAsString());
	}

	/** A problem: its status, content type and fields. */
	public JsonNode problem(String path, int status, String type) throws Exception {
		return problem(fetch(path), status, type);
	}

	public JsonNode problem(MockHttpServletResponse response, int status, String type) throws Exception {
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		JsonNode problem = this.json.readTree(response.getContentAsString());
		String text = problem.toString();
		assertThat(problem.path("status").asInt()).as(text).isEqualTo(status);
		// RFC 9457: a problem without a type is of type about:blank
		assertThat(problem.path("type").asString("about:blank")).as(text).isEqualTo(type);
		assertThat(problem.path("title").asString(null)).as(text).isNotBlank();
		assertThat(problem.path("detail").asString(null)).as(text).isNotBlank().doesNotContain("Exception");
		assertThat(problem.path("instance").asString(null)).as(text).startsWith("/api/v1/");
		return problem;
	}

	/** The names a problem lists as invalid. */
	public static List<String> invalid(JsonNode problem) {
		List<String> names = new ArrayList<>();
		problem.get("invalid").forEach((i) -> names.add(i.path("name").asString(null)));
		return names;
	}

	/** A date with its precision: as precise as the precision says, and no more. */
	public static void assertPartialDate(JsonNode date) {
		assertThat(date).as("a date with its precision").isNotNull();
		String precision = date.get("precision").asString();
		String value = date.get("date").isNull() ? null : date.get("date").asString();
		switch (precision) {
			case "DAY" -> assertThat(value).matches("\\d{4}-\\d{2}-\\d{2}");
			case "MONTH" -> assertThat(value).matches("\\d{4}-\\d{2}");
			case "YEAR" -> assertThat(value).matches("\\d{4}");
			default -> assertThat(value).isNull();
		}
	}

}
