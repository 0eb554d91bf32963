package org.militancymonitor.system;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI 3.1 document of {@code /api/v1} (springdoc, at {@code /v3/api-docs}, with
 * its console at {@code /swagger-ui.html}): what the API is, how a client signs in, and
 * the problem details every operation may answer with, beside what each controller
 * declares.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static final String PROBLEM = "Problem";

	@Bean
	OpenAPI militancyMonitorApi() {
		return new OpenAPI().info(new Info().title("Militancy Monitor API").version("v1").description("""
				Militant groups, their incidents, UN reports, statements and designations, every fact \
				with the claims behind it (a verbatim quote from a source). Dates carry their precision \
				(`{"date": "2023-05", "precision": "MONTH"}`). Refused requests are answered with RFC 9457 \
				problem details (`application/problem+json`). Detail resources send an ETag: send it in \
				If-None-Match to be answered 304 while unchanged, and in If-Match to change the record \
				(412 when it changed since, 428 without it). Sign in with the session of the pages, HTTP \
				Basic, or an API token made at /account/tokens (`Authorization: Bearer <token>`); the \
				roles are the pages' roles."""))
			.components(new Components().addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP)
				.scheme("basic")
				.description(
						"The account's username and password; failed attempts are throttled as on the sign-in page"))
				.addSecuritySchemes("token",
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("bearer")
							.description("An API token made at /account/tokens"))
				.addSecuritySchemes("session", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
					.in(SecurityScheme.In.COOKIE)
					.name("JSESSIONID")
					.description("The session of a browser signed in on the pages; its writes need the CSRF token")))
			.addSecurityItem(new SecurityRequirement().addList("basic"))
			.addSecurityItem(new SecurityRequirement().addList("token"))
			.addSecurityItem(new SecurityRequirement().addList("session"));
	}

	/**
	 * The refusals every operation may answer with, as problem details: signing in and
	 * roles, content negotiation, an unknown record (for a path with a variable), and for
	 * writes what their bodies and preconditions may meet.
	 */
	@Bean
	OpenApiCustomizer problemResponses() {
		return (openApi) -> {
			if (openApi.getComponents() == null) {
				openApi.setComponents(new io.swagger.v3.oas.models.Components());
			}
			openApi.getComponents().addSchemas(PROBLEM, problemSchema());
			if (openApi.getPaths() == null) {
				return;
			}
			openApi.getPaths().forEach((path, item) -> {
				for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.readOperationsMap().entrySet()) {
					ApiResponses responses = entry.getValue().getResponses();
					if (responses == null) {
						responses = new ApiResponses();
						entry.getValue().setResponses(responses);
					}
					Map<String, String> problems = new LinkedHashMap<>();
					problems.put("400", "A malformed parameter, header or body; each is named under `invalid`");
					problems.put("401", "Not signed in, or the credentials were not accepted");
					problems.put("403", "The roles do not allow it, or a browser's write lacks its CSRF token");
					if (path.contains("{")) {
						problems.put("404", "No such record, or none the requester may read");
					}
					problems.put("406", "The client accepts no JSON");
					boolean write = Set.of(PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT).contains(entry.getKey());
					if (write) {
						problems.put("409", "A review rule refuses the step, or the record changed at the same moment");
						problems.put("412", "If-Match names a representation other than the current one");
						problems.put("415", "The body is not JSON");
						problems.put("422",
								"The values are refused, each field with its message under `invalid`; or an "
										+ "Idempotency-Key came before with another body");
						problems.put("428", "If-Match is missing");
						problems.put("429", "Too many failed sign-ins: wait, then try again");
					}
					for (Map.Entry<String, String> problem : problems.entrySet()) {
						if (!responses.containsKey(problem.getKey())) {
							responses.addApiResponse(problem.getKey(),
									new ApiResponse().description(problem.getValue())
										.content(new Content().addMediaType("application/problem+json", new MediaType()
											.schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
						}
					}
				}
			});
		};
	}

	private static Schema<?> problemSchema() {
		Schema<Object> invalid = new JsonSchema().types(Set.of("object"))
			.addProperty("name",
					new JsonSchema().types(Set.of("string", "null"))
						.description("The parameter, header or field, as the request names it (e.g. actors[0].party)"))
			.addProperty("value", new JsonSchema().types(Set.of("string", "null")).description("The value given"))
			.addProperty("message", new JsonSchema().types(Set.of("string")).description("What is wrong with it"));
		return new JsonSchema().types(Set.of("object"))
			.description("RFC 9457 problem details")
			.addProperty("type", new JsonSchema().types(Set.of("string"))
				.description("about:blank, or urn:militancy-monitor:problem:<kind> for a problem to handle apart"))
			.addProperty("title", new JsonSchema().types(Set.of("string")))
			.addProperty("status", new JsonSchema().types(Set.of("integer")))
			.addProperty("detail", new JsonSchema().types(Set.of("string")).description("What is wrong, for a person"))
			.addProperty("instance", new JsonSchema().types(Set.of("string")).description("The path asked for"))
			.addProperty("invalid", new JsonSchema().types(Set.of("array")).items(invalid))
			.addProperty("refusal", new JsonSchema().types(Set.of("string"))
				.description("The review rule that refused a step, as a message key"));
	}

}
