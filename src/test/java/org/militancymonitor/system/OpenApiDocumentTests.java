package org.militancymonitor.system;

import java.util.Set;
import java.util.TreeSet;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;
import org.militancymonitor.PostgresSpringBootTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The API's OpenAPI document: served at springdoc's default path, read by a client
 * generator's parser as OpenAPI 3.1 without a message, holding every {@code /api/v1}
 * endpoint the application maps (and nothing else), each with a description, as is each
 * query parameter and header it takes.
 */
@PostgresSpringBootTest
class OpenApiDocumentTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	String document() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/v3/api-docs").with(user("reader").roles("ANALYST")))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("application/json");
		return response.getContentAsString();
	}

	@Test
	void shouldServeAnOpenApi31DocumentThatParsesWithoutMessages() throws Exception {
		String json = document();
		assertThat(json).startsWith("{\"openapi\":\"3.1");
		SwaggerParseResult result = new OpenAPIV3Parser().readContents(json);
		assertThat(result.getMessages()).isEmpty();
		OpenAPI api = result.getOpenAPI();
		assertThat(api.getSpecVersion()).isEqualTo(SpecVersion.V31);
		assertThat(api.getInfo().getDescription()).isNotBlank();
	}

	@Test
	void shouldServeTheDocumentAsYamlToo() throws Exception {
		MockHttpServletResponse yaml = this.mvc.perform(get("/v3/api-docs.yaml").with(user("reader").roles("ANALYST")))
			.andReturn()
			.getResponse();
		assertThat(yaml.getStatus()).isEqualTo(200);
		assertThat(yaml.getContentType()).startsWith("application/vnd.oai.openapi");
		SwaggerParseResult result = new OpenAPIV3Parser().readContents(yaml.getContentAsString());
		assertThat(result.getMessages()).isEmpty();
		assertThat(result.getOpenAPI().getPaths()).containsKey("/api/v1/incidents/{id}");
	}

	@Test
	void shouldHoldEveryApiV1EndpointAndNothingElse() throws Exception {
		OpenAPI api = new OpenAPIV3Parser().readContents(document()).getOpenAPI();
		Set<String> documented = new TreeSet<>();
		api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			documented.add(method.name() + " " + path);
			assertThat(operation.getSummary()).as("summary of %s %s", method, path).isNotBlank();
			assertThat(operation.getDescription()).as("description of %s %s", method, path).isNotBlank();
			assertThat(operation.getResponses()).as("responses of %s %s", method, path).containsKey("401");
			if (operation.getParameters() != null) {
				operation.getParameters()
					.stream()
					.filter((parameter) -> !"path".equals(parameter.getIn()))
					.forEach((parameter) -> assertThat(parameter.getDescription())
						.as("description of %s of %s %s", parameter.getName(), method, path)
						.isNotBlank());
			}
		}));
		Set<String> mapped = new TreeSet<>();
		for (RequestMappingHandlerMapping mapping : this.context.getBeansOfType(RequestMappingHandlerMapping.class)
			.values()) {
			for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
				for (String pattern : info.getPatternValues()) {
					if (pattern.startsWith("/api/v1/")) {
						info.getMethodsCondition().getMethods().forEach((m) -> mapped.add(m.name() + " " + pattern));
					}
				}
			}
		}
		assertThat(mapped).isNotEmpty();
		assertThat(documented).containsExactlyInAnyOrderElementsOf(mapped);
		api.getTags().forEach((tag) -> assertThat(tag.getDescription()).as("tag %s", tag.getName()).isNotBlank());
	}

}
