package org.militancymonitor.account;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.militancymonitor.PostgresSpringBootTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Who may request what: every endpoint the application maps, by method, for an anonymous
 * visitor and each role, against the one {@link #MATRIX table} below, over the real
 * security configuration and the seed. An endpoint the table does not list fails the
 * test, as does a row for an endpoint that no longer exists. Every POST without a CSRF
 * token is refused.
 */
@PostgresSpringBootTest
class AccessMatrixTests {

	/**
	 * Each mapped endpoint (method and pattern as the handler declares it) and what each
	 * requester gets: {@code ok} (let through: whatever the page answers, not a refusal),
	 * {@code login} (redirected to the sign-in page), {@code 401} or {@code 403}. POSTs
	 * carry a CSRF token and no parameters: an allowed one fails its validation and
	 * changes nothing. The {@code public} column is the anonymous visitor when
	 * {@code militancy.security.public-read} is true. To add an endpoint, add its row
	 * here (and its rule in {@link SecurityConfiguration}).
	 */
	static final String MATRIX = """
			method | pattern                                  | anonymous | ANALYST | EDITOR | MANAGER | ADMIN | public
			GET    | /                                        | login     | ok      | ok     | ok      | ok    | ok
			GET    | /groups/{slug}                           | login     | ok      | ok     | ok      | ok    | ok
			GET    | /contested                               | login     | ok      | ok     | ok      | ok    | ok
			GET    | /graph                                   | login     | ok      | ok     | ok      | ok    | ok
			GET    | /api/graph                               | 401       | ok      | ok     | ok      | ok    | ok
			GET    | /statements                              | login     | ok      | ok     | ok      | ok    | ok
			GET    | /statements/{id}                         | login     | ok      | ok     | ok      | ok    | ok
			GET    | /actors/{slug}                           | login     | ok      | ok     | ok      | ok    | ok
			GET    | /incidents                               | login     | ok      | ok     | ok      | ok    | ok
			GET    | /incidents/{id}                          | login     | ok      | ok     | ok      | ok    | ok
			GET    | /incidents.csv                           | login     | ok      | ok     | ok      | ok    | ok
			GET    | /incidents/acled.csv                     | login     | ok      | ok     | ok      | ok    | ok
			GET    | /incidents.geojson                       | login     | ok      | ok     | ok      | ok    | ok
			GET    | /groups/{slug}/stix.json                 | login     | ok      | ok     | ok      | ok    | ok
			GET    | /reports                                 | login     | ok      | ok     | ok      | ok    | ok
			GET    | /reports/{slug}                          | login     | ok      | ok     | ok      | ok    | ok
			GET    | /sources                                 | login     | ok      | ok     | ok      | ok    | ok
			GET    | /sources/{slug}                          | login     | ok      | ok     | ok      | ok    | ok
			GET    | /search                                  | login     | ok      | ok     | ok      | ok    | ok
			GET    | /regions/{slug}/map                      | login     | ok      | ok     | ok      | ok    | ok
			GET    | /api/regions/{slug}/map                  | 401       | ok      | ok     | ok      | ok    | ok
			GET    | /regions                                 | login     | ok      | ok     | ok      | ok    | ok
			GET    | /regions/{slug}                          | login     | ok      | ok     | ok      | ok    | ok
			GET    | /regions/{slug}/{table}.csv              | login     | ok      | ok     | ok      | ok    | ok
			GET    | /api/ping                                | ok        | ok      | ok     | ok      | ok    | ok
			GET    | /api/v1/groups                           | 401       | ok      | ok     | ok      | ok    | ok
			GET    | /api/v1/groups/{slug}                    | 401       | ok      | ok     | ok      | ok    | ok
			GET    | /api/v1/designations                     | 401       | ok      | ok     | ok      | ok    | ok
			GET    | /api/v1/incidents                        | 401       | ok      | ok     | ok      | ok    | ok
			GET    | /api/v1/incidents/{id}                   | 401       | ok      | ok     | ok      | ok    | ok
			POST   | /api/v1/incidents                        | 401       | 403     | ok     | 403     | ok    | 401
			PUT    | /api/v1/incidents/{id}                   | 401       | 403     | ok     | 403     | ok    | 401
			POST   | /api/v1/incidents/{id}/submit            | 401       | 403     | ok     | 403     | ok    | 401
			POST   | /api/v1/incidents/{id}/publish           | 401       | 403     | ok     | 403     | ok    | 401
			POST   | /api/v1/incidents/{id}/send-back         | 401       | 403     | ok     | 403     | ok    | 401
			POST   | /api/v1/incidents/{id}/retract           | 401       | 403     | ok     | 403     | ok    | 401
			GET    | /api/v1/reports                          | 401       | ok      | ok     | ok      | ok    | ok
			GET    | /api/v1/reports/{slug}                   | 401       | ok      | ok     | ok      | ok    | ok
			GET    | /api/v1/statements                       | 401       | ok      | ok     | ok      | ok    | ok
			GET    | /api/v1/statements/{id}                  | 401       | ok      | ok     | ok      | ok    | ok
			GET    | /api/v1/sources                          | 401       | ok      | ok     | ok      | ok    | ok
			GET    | /api/v1/sources/{slug}                   | 401       | ok      | ok     | ok      | ok    | ok
			GET    | /api/v1/claims                           | 401       | ok      | ok     | ok      | ok    | ok
			GET    | /api/v1/claims/{ref}                     | 401       | ok      | ok     | ok      | ok    | ok
			GET    | /api/v1/regions                          | 401       | ok      | ok     | ok      | ok    | ok
			GET    | /api/v1/regions/{slug}                   | 401       | ok      | ok     | ok      | ok    | ok
			GET    | /v3/api-docs                             | 401       | ok      | ok     | ok      | ok    | ok
			GET    | /v3/api-docs.yaml                        | 401       | ok      | ok     | ok      | ok    | ok
			GET    | /v3/api-docs/swagger-config              | 401       | ok      | ok     | ok      | ok    | ok
			GET    | /swagger-ui.html                         | login     | ok      | ok     | ok      | ok    | ok
			GET    | /account/tokens                          | login     | ok      | ok     | ok      | ok    | login
			POST   | /account/tokens                          | login     | ok      | ok     | ok      | ok    | login
			POST   | /account/tokens/{id}/revoke              | login     | ok      | ok     | ok      | ok    | login
			GET    | /login                                   | ok        | ok      | ok     | ok      | ok    | ok
			GET    | /error                                   | ok        | ok      | ok     | ok      | ok    | ok
			POST   | /error                                   | ok        | ok      | ok     | ok      | ok    | ok
			GET    | /admin/users                             | login     | 403     | 403    | 403     | ok    | login
			GET    | /admin/users/new                         | login     | 403     | 403    | 403     | ok    | login
			POST   | /admin/users/new                         | login     | 403     | 403    | 403     | ok    | login
			GET    | /admin/users/{id}                        | login     | 403     | 403    | 403     | ok    | login
			POST   | /admin/users/{id}                        | login     | 403     | 403    | 403     | ok    | login
			GET    | /actors/{slug}/history                   | login     | ok      | ok     | ok      | ok    | ok
			GET    | /groups/{slug}/history                   | login     | ok      | ok     | ok      | ok    | ok
			GET    | /incidents/{id}/history                  | login     | ok      | ok     | ok      | ok    | ok
			GET    | /reports/{slug}/history                  | login     | ok      | ok     | ok      | ok    | ok
			GET    | /sources/{slug}/history                  | login     | ok      | ok     | ok      | ok    | ok
			GET    | /statements/{id}/history                 | login     | ok      | ok     | ok      | ok    | ok
			GET    | /claims/{ref}/edit                       | login     | 403     | ok     | 403     | ok    | login
			GET    | /groups/new                              | login     | 403     | ok     | 403     | ok    | login
			GET    | /groups/{slug}/edit                      | login     | 403     | ok     | 403     | ok    | login
			GET    | /groups/{slug}/aliases/new               | login     | 403     | ok     | 403     | ok    | login
			GET    | /groups/{slug}/aliases/{id}/edit         | login     | 403     | ok     | 403     | ok    | login
			GET    | /groups/{slug}/designations/new          | login     | 403     | ok     | 403     | ok    | login
			GET    | /groups/{slug}/designations/{id}/edit    | login     | 403     | ok     | 403     | ok    | login
			GET    | /groups/{slug}/estimates/new             | login     | 403     | ok     | 403     | ok    | login
			GET    | /groups/{slug}/estimates/{id}/edit       | login     | 403     | ok     | 403     | ok    | login
			GET    | /groups/{slug}/relationships/new         | login     | 403     | ok     | 403     | ok    | login
			GET    | /groups/{slug}/relationships/{id}/edit   | login     | 403     | ok     | 403     | ok    | login
			GET    | /incidents/new                           | login     | 403     | ok     | 403     | ok    | login
			GET    | /incidents/import                        | login     | 403     | ok     | 403     | ok    | login
			POST   | /incidents/import                        | login     | 403     | ok     | 403     | ok    | login
			GET    | /incidents/import/{id}                   | login     | 403     | ok     | 403     | ok    | login
			GET    | /stix/import                             | login     | 403     | ok     | 403     | ok    | login
			POST   | /stix/import                             | login     | 403     | ok     | 403     | ok    | login
			GET    | /stix/import/{id}                        | login     | 403     | ok     | 403     | ok    | login
			GET    | /incidents/actor-names                   | login     | 403     | ok     | 403     | ok    | login
			POST   | /incidents/actor-names/{id}/map          | login     | 403     | ok     | 403     | ok    | login
			POST   | /incidents/actor-names/{id}/dismiss      | login     | 403     | ok     | 403     | ok    | login
			GET    | /groups/{slug}/external-names/new        | login     | 403     | ok     | 403     | ok    | login
			GET    | /groups/{slug}/external-names/{id}/edit  | login     | 403     | ok     | 403     | ok    | login
			POST   | /groups/{slug}/external-names/new        | login     | 403     | ok     | 403     | ok    | login
			POST   | /groups/{slug}/external-names/{id}/edit  | login     | 403     | ok     | 403     | ok    | login
			POST   | /groups/{slug}/external-names/{id}/retract | login   | 403     | ok     | 403     | ok    | login
			GET    | /incidents/{id}/edit                     | login     | 403     | ok     | 403     | ok    | login
			GET    | /reports/new                             | login     | 403     | ok     | 403     | ok    | login
			GET    | /reports/{slug}/edit                     | login     | 403     | ok     | 403     | ok    | login
			GET    | /reports/{slug}/findings/new             | login     | 403     | ok     | 403     | ok    | login
			GET    | /reports/{slug}/findings/{id}/edit       | login     | 403     | ok     | 403     | ok    | login
			GET    | /review                                  | login     | 403     | ok     | 403     | ok    | login
			GET    | /review/revisions/{id}                   | login     | 403     | ok     | 403     | ok    | login
			GET    | /sources/new                             | login     | 403     | ok     | 403     | ok    | login
			GET    | /sources/{slug}/edit                     | login     | 403     | ok     | 403     | ok    | login
			GET    | /statements/new                          | login     | 403     | ok     | 403     | ok    | login
			GET    | /statements/{id}/edit                    | login     | 403     | ok     | 403     | ok    | login
			POST   | /claims/{ref}/edit                       | login     | 403     | ok     | 403     | ok    | login
			POST   | /groups/new                              | login     | 403     | ok     | 403     | ok    | login
			POST   | /groups/{slug}/edit                      | login     | 403     | ok     | 403     | ok    | login
			POST   | /groups/{slug}/aliases/new               | login     | 403     | ok     | 403     | ok    | login
			POST   | /groups/{slug}/aliases/{id}/edit         | login     | 403     | ok     | 403     | ok    | login
			POST   | /groups/{slug}/designations/new          | login     | 403     | ok     | 403     | ok    | login
			POST   | /groups/{slug}/designations/{id}/edit    | login     | 403     | ok     | 403     | ok    | login
			POST   | /groups/{slug}/estimates/new             | login     | 403     | ok     | 403     | ok    | login
			POST   | /groups/{slug}/estimates/{id}/edit       | login     | 403     | ok     | 403     | ok    | login
			POST   | /groups/{slug}/relationships/new         | login     | 403     | ok     | 403     | ok    | login
			POST   | /groups/{slug}/relationships/{id}/edit   | login     | 403     | ok     | 403     | ok    | login
			POST   | /incidents/new                           | login     | 403     | ok     | 403     | ok    | login
			POST   | /incidents/{id}/edit                     | login     | 403     | ok     | 403     | ok    | login
			POST   | /incidents/{id}/submit                   | login     | 403     | ok     | 403     | ok    | login
			POST   | /incidents/{id}/publish                  | login     | 403     | ok     | 403     | ok    | login
			POST   | /incidents/{id}/send-back                | login     | 403     | ok     | 403     | ok    | login
			POST   | /incidents/{id}/retract                  | login     | 403     | ok     | 403     | ok    | login
			POST   | /reports/new                             | login     | 403     | ok     | 403     | ok    | login
			POST   | /reports/{slug}/edit                     | login     | 403     | ok     | 403     | ok    | login
			POST   | /reports/{slug}/findings/new             | login     | 403     | ok     | 403     | ok    | login
			POST   | /reports/{slug}/findings/{id}/edit       | login     | 403     | ok     | 403     | ok    | login
			POST   | /review/revisions/{id}/submit            | login     | 403     | ok     | 403     | ok    | login
			POST   | /review/revisions/{id}/approve           | login     | 403     | ok     | 403     | ok    | login
			POST   | /review/revisions/{id}/reject            | login     | 403     | ok     | 403     | ok    | login
			POST   | /sources/new                             | login     | 403     | ok     | 403     | ok    | login
			POST   | /sources/{slug}/edit                     | login     | 403     | ok     | 403     | ok    | login
			POST   | /statements/new                          | login     | 403     | ok     | 403     | ok    | login
			POST   | /statements/{id}/edit                    | login     | 403     | ok     | 403     | ok    | login
			POST   | /claims/{ref}/retract                    | login     | 403     | ok     | 403     | ok    | login
			POST   | /groups/{slug}/retract                   | login     | 403     | ok     | 403     | ok    | login
			POST   | /groups/{slug}/aliases/{id}/retract      | login     | 403     | ok     | 403     | ok    | login
			POST   | /groups/{slug}/designations/{id}/retract | login     | 403     | ok     | 403     | ok    | login
			POST   | /groups/{slug}/estimates/{id}/retract    | login     | 403     | ok     | 403     | ok    | login
			POST   | /groups/{slug}/relationships/{id}/retract | login    | 403     | ok     | 403     | ok    | login
			POST   | /reports/{slug}/retract                  | login     | 403     | ok     | 403     | ok    | login
			POST   | /reports/{slug}/findings/{id}/retract    | login     | 403     | ok     | 403     | ok    | login
			POST   | /sources/{slug}/retract                  | login     | 403     | ok     | 403     | ok    | login
			POST   | /statements/{id}/retract                 | login     | 403     | ok     | 403     | ok    | login
			GET    | /sanctions                               | login     | ok      | ok     | ok      | ok    | ok
			GET    | /sanctions/entries                       | login     | ok      | ok     | ok      | ok    | ok
			GET    | /sanctions/entries/{reference}           | login     | ok      | ok     | ok      | ok    | ok
			GET    | /sanctions/imports                       | login     | ok      | ok     | ok      | ok    | ok
			GET    | /sanctions/imports/{id}                  | login     | ok      | ok     | ok      | ok    | ok
			GET    | /sanctions/imports/new                   | login     | 403     | ok     | 403     | ok    | login
			POST   | /sanctions/imports                       | login     | 403     | ok     | 403     | ok    | login
			GET    | /sanctions/matches                       | login     | 403     | ok     | 403     | ok    | login
			POST   | /sanctions/matches/{id}/confirm          | login     | 403     | ok     | 403     | ok    | login
			POST   | /sanctions/matches/{id}/reject           | login     | 403     | ok     | 403     | ok    | login
			""";

	static final List<String> REQUESTERS = List.of("anonymous", "ANALYST", "EDITOR", "MANAGER", "ADMIN");

	private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	Map<String, String> seed;

	@BeforeEach
	void readSeed() {
		this.seed = seedValues(this.jdbc);
	}

	@Test
	void shouldListEveryMappedEndpointInTheTableAndNoOther() {
		assertThat(mapped(this.context)).containsExactlyInAnyOrderElementsOf(table().keySet());
	}

	@Test
	void shouldLetEachRequesterDoExactlyWhatTheTableSays() throws Exception {
		List<String> wrong = new ArrayList<>();
		for (Map.Entry<String, List<String>> row : table().entrySet()) {
			for (int i = 0; i < REQUESTERS.size(); i++) {
				String requester = REQUESTERS.get(i);
				String expected = row.getValue().get(i);
				String actual = outcome(perform(this.mvc, row.getKey(), requester, this.seed, true));
				if (!expected.equals(actual)) {
					wrong.add(row.getKey() + " as " + requester + ": expected " + expected + ", got " + actual);
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void shouldRefuseEveryPostWithoutACsrfToken() throws Exception {
		List<String> wrong = new ArrayList<>();
		for (String endpoint : table().keySet()) {
			if (!endpoint.startsWith("POST ")) {
				continue;
			}
			for (String requester : REQUESTERS) {
				MockHttpServletResponse response = perform(this.mvc, endpoint, requester, this.seed, false);
				if (response.getStatus() != 403) {
					wrong.add(endpoint + " as " + requester + " without CSRF: " + response.getStatus());
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void shouldDenyAPathNoRuleNames() throws Exception {
		assertThat(perform(this.mvc, "GET /no-such-page", "ADMIN", this.seed, true).getStatus()).isEqualTo(403);
		assertThat(outcome(perform(this.mvc, "GET /no-such-page", "anonymous", this.seed, true))).isEqualTo("login");
		assertThat(perform(this.mvc, "DELETE /incidents", "ADMIN", this.seed, true).getStatus()).isEqualTo(403);
	}

	/**
	 * A multipart body is read (and stored, up to the upload limit) only when a signed-in
	 * editor sends it to the import: anyone else's is refused before the CSRF check reads
	 * it, and one sent elsewhere is refused too.
	 */
	@Test
	void shouldTakeAnUploadOnlyFromAnEditorAtTheImport() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "x.csv", "text/csv", "x".getBytes());
		assertThat(this.mvc.perform(multipart("/incidents/import").file(file).with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		for (String role : List.of("ANALYST", "MANAGER")) {
			assertThat(
					this.mvc.perform(multipart("/incidents/import").file(file).with(user("u").roles(role)).with(csrf()))
						.andReturn()
						.getResponse()
						.getStatus())
				.as(role)
				.isEqualTo(403);
		}
		assertThat(this.mvc.perform(multipart("/incidents/new").file(file).with(user("e").roles("EDITOR")).with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(415);
		assertThat(this.mvc
			.perform(multipart("/incidents/import").param("formToken", "not-a-token")
				.with(user("a").roles("ADMIN"))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus()).as("let through: no file, a 400 of the form").isEqualTo(400);
	}

	/** The anonymous column when anonymous visitors may read. */
	@Nested
	@TestPropertySource(properties = "militancy.security.public-read=true")
	class PublicRead {

		@Autowired
		MockMvc publicMvc;

		@Test
		void shouldLetAnonymousVisitorsReadWhatThePublicColumnSays() throws Exception {
			List<String> wrong = new ArrayList<>();
			Map<String, String> seed = seedValues(AccessMatrixTests.this.jdbc);
			for (Map.Entry<String, List<String>> row : table().entrySet()) {
				String expected = row.getValue().get(REQUESTERS.size());
				String actual = outcome(perform(this.publicMvc, row.getKey(), "anonymous", seed, true));
				if (!expected.equals(actual)) {
					wrong.add(row.getKey() + " anonymously: expected " + expected + ", got " + actual);
				}
			}
			assertThat(wrong).isEmpty();
		}

	}

	/** The rows of {@link #MATRIX}: "METHOD pattern" to the outcome of each column. */
	static Map<String, List<String>> table() {
		Map<String, List<String>> rows = new LinkedHashMap<>();
		String[] lines = MATRIX.strip().split("\n");
		for (int i = 1; i < lines.length; i++) {
			List<String> cells = List.of(lines[i].trim().split("\\s*\\|\\s*"));
			assertThat(cells).as("row %s", lines[i]).hasSize(REQUESTERS.size() + 3);
			assertThat(rows.put(cells.get(0) + " " + cells.get(1), cells.subList(2, cells.size())))
				.as("row %s listed once", lines[i])
				.isNull();
		}
		return rows;
	}

	/**
	 * Every endpoint the handler mappings hold, "METHOD pattern"; a handler that names no
	 * method is listed as GET and POST.
	 */
	static Set<String> mapped(ApplicationContext context) {
		Set<String> endpoints = new TreeSet<>();
		for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class)
			.values()) {
			for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				Set<RequestMethod> listed = methods.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST) : methods;
				for (String pattern : info.getPatternValues()) {
					listed.forEach((method) -> endpoints.add(method.name() + " " + pattern));
				}
			}
		}
		return endpoints;
	}

	/** Real values for the path variables, from the seed and the accounts. */
	static Map<String, String> seedValues(JdbcClient jdbc) {
		String account = jdbc.sql("select id::text from app_user where username = :username")
			.param("username", TestAccounts.ensure(jdbc, "matrix-target", Role.ANALYST))
			.query(String.class)
			.single();
		Map<String, String> values = new LinkedHashMap<>();
		values.put("/groups/{slug}", "ttp");
		values.put("/statements/{id}", jdbc.sql("select min(id)::text from statement").query(String.class).single());
		values.put("/actors/{slug}", jdbc.sql("select min(slug) from actor").query(String.class).single());
		values.put("/incidents/{id}",
				jdbc.sql("select min(id)::text from incident where status = 'PUBLISHED'").query(String.class).single());
		values.put("/reports/{slug}", jdbc.sql("select min(slug) from report").query(String.class).single());
		values.put("/sources/{slug}", jdbc.sql("select min(slug) from source").query(String.class).single());
		values.put("/admin/users/{id}", account);
		values.put("/regions/{slug}/map", "pakistan");
		values.put("/api/regions/{slug}/map", "pakistan");
		values.put("/regions/{slug}", "pakistan");
		values.put("/api/v1/groups/{slug}", "ttp");
		values.put("/api/v1/regions/{slug}", "pakistan");
		values.put("/api/v1/reports/{slug}", values.get("/reports/{slug}"));
		values.put("/api/v1/sources/{slug}", values.get("/sources/{slug}"));
		values.put("/api/v1/statements/{id}", values.get("/statements/{id}"));
		values.put("/api/v1/incidents/{id}", values.get("/incidents/{id}"));
		values.put("/account/tokens/{id}/revoke", "/account/tokens/999999999/revoke");
		values.put("/regions/{slug}/{table}.csv", "/regions/pakistan/months.csv");
		String claim = jdbc.sql("select min(ref) from claim").query(String.class).single();
		String report = values.get("/reports/{slug}");
		String source = values.get("/sources/{slug}");
		String statement = values.get("/statements/{id}");
		String incident = values.get("/incidents/{id}");
		String alias = jdbc
			.sql("select min(a.id)::text from group_alias a join militant_group g on g.id = a.group_id "
					+ "where g.slug = 'ttp'")
			.query(String.class)
			.single();
		String designation = jdbc
			.sql("select min(d.id)::text from designation d join militant_group g "
					+ "on g.id = d.group_id where g.slug = 'ttp'")
			.query(String.class)
			.single();
		String estimate = jdbc
			.sql("select min(e.id)::text from estimate e join militant_group g on g.id = e.group_id "
					+ "where g.slug = 'ttp'")
			.query(String.class)
			.single();
		String relationship = jdbc
			.sql("select min(r.id)::text from group_relationship r join militant_group g "
					+ "on g.id in (r.from_group_id, r.to_group_id) where g.slug = 'ttp'")
			.query(String.class)
			.single();
		String finding = jdbc
			.sql("select min(f.id)::text from report_finding f join report r on r.id = f.report_id "
					+ "where r.slug = :slug")
			.param("slug", report)
			.query(String.class)
			.single();
		String externalName = jdbc
			.sql("select min(x.id)::text from group_external_name x join militant_group g on g.id = x.group_id "
					+ "where g.slug = 'ttp'")
			.query(String.class)
			.single();
		// A revision, an import and an actor name that do not exist: the matrix checks
		// who may ask, not what is there.
		String revision = "999999999";
		values.put("/incidents/import/{id}", "/incidents/import/" + revision);
		values.put("/stix/import/{id}", "/stix/import/" + revision);
		values.put("/groups/{slug}/stix.json", "/groups/ttp/stix.json");
		values.put("/incidents/actor-names/{id}/map", "/incidents/actor-names/" + revision + "/map");
		values.put("/incidents/actor-names/{id}/dismiss", "/incidents/actor-names/" + revision + "/dismiss");
		values.put("/groups/{slug}/external-names/new", "/groups/ttp/external-names/new");
		values.put("/groups/{slug}/external-names/{id}/edit", "/groups/ttp/external-names/" + externalName + "/edit");
		values.put("/groups/{slug}/external-names/{id}/retract",
				"/groups/ttp/external-names/" + externalName + "/retract");
		for (String part : new String[] { "history", "edit", "retract" }) {
			values.put("/actors/{slug}/" + part, "/actors/" + values.get("/actors/{slug}") + "/" + part);
			values.put("/groups/{slug}/" + part, "/groups/ttp/" + part);
			values.put("/incidents/{id}/" + part, "/incidents/" + incident + "/" + part);
			values.put("/reports/{slug}/" + part, "/reports/" + report + "/" + part);
			values.put("/sources/{slug}/" + part, "/sources/" + source + "/" + part);
			values.put("/statements/{id}/" + part, "/statements/" + statement + "/" + part);
		}
		for (String step : new String[] { "submit", "publish", "send-back", "retract" }) {
			values.put("/incidents/{id}/" + step, "/incidents/" + incident + "/" + step);
		}
		values.put("/claims/{ref}/edit", "/claims/" + claim + "/edit");
		values.put("/api/v1/claims/{ref}", claim);
		for (String step : new String[] { "submit", "publish", "send-back", "retract" }) {
			values.put("/api/v1/incidents/{id}/" + step, "/api/v1/incidents/" + incident + "/" + step);
		}
		values.put("/claims/{ref}/retract", "/claims/" + claim + "/retract");
		values.put("/groups/{slug}/aliases/{id}/retract", "/groups/ttp/aliases/" + alias + "/retract");
		values.put("/groups/{slug}/designations/{id}/retract", "/groups/ttp/designations/" + designation + "/retract");
		values.put("/groups/{slug}/estimates/{id}/retract", "/groups/ttp/estimates/" + estimate + "/retract");
		values.put("/groups/{slug}/relationships/{id}/retract",
				"/groups/ttp/relationships/" + relationship + "/retract");
		values.put("/reports/{slug}/findings/{id}/retract", "/reports/" + report + "/findings/" + finding + "/retract");
		values.put("/groups/{slug}/aliases/new", "/groups/ttp/aliases/new");
		values.put("/groups/{slug}/aliases/{id}/edit", "/groups/ttp/aliases/" + alias + "/edit");
		values.put("/groups/{slug}/designations/new", "/groups/ttp/designations/new");
		values.put("/groups/{slug}/designations/{id}/edit", "/groups/ttp/designations/" + designation + "/edit");
		values.put("/groups/{slug}/estimates/new", "/groups/ttp/estimates/new");
		values.put("/groups/{slug}/estimates/{id}/edit", "/groups/ttp/estimates/" + estimate + "/edit");
		values.put("/groups/{slug}/relationships/new", "/groups/ttp/relationships/new");
		values.put("/groups/{slug}/relationships/{id}/edit", "/groups/ttp/relationships/" + relationship + "/edit");
		values.put("/reports/{slug}/findings/new", "/reports/" + report + "/findings/new");
		values.put("/reports/{slug}/findings/{id}/edit", "/reports/" + report + "/findings/" + finding + "/edit");
		values.put("/review/revisions/{id}", "/review/revisions/" + revision);
		// the UN list's pages answer whether or not a list was imported; a link or import
		// that does not exist, as for revisions
		values.put("/sanctions/entries/{reference}", "/sanctions/entries/QDe.132");
		values.put("/sanctions/imports/{id}", "/sanctions/imports/" + revision);
		for (String step : new String[] { "confirm", "reject" }) {
			values.put("/sanctions/matches/{id}/" + step, "/sanctions/matches/" + revision + "/" + step);
		}
		for (String step : new String[] { "submit", "approve", "reject" }) {
			values.put("/review/revisions/{id}/" + step, "/review/revisions/" + revision + "/" + step);
		}
		return values;
	}

	static MockHttpServletResponse perform(MockMvc mvc, String endpoint, String requester, Map<String, String> seed,
			boolean withCsrf) throws Exception {
		String method = endpoint.substring(0, endpoint.indexOf(' '));
		String pattern = endpoint.substring(endpoint.indexOf(' ') + 1);
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), path(pattern, seed))
			.accept("text/html");
		if (!"anonymous".equals(requester)) {
			request.with(user("matrix-" + requester.toLowerCase()).roles(requester));
		}
		if (withCsrf) {
			request.with(csrf());
		}
		return mvc.perform(request).andReturn().getResponse();
	}

	private static String path(String pattern, Map<String, String> seed) {
		Matcher variable = VARIABLE.matcher(pattern);
		if (!variable.find()) {
			return pattern;
		}
		String value = seed.get(pattern);
		assertThat(value).as("a seed value for %s", pattern).isNotNull();
		// A value starting with a slash is the whole path, for patterns of several
		// variables.
		return value.startsWith("/") ? value : variable.replaceFirst(Matcher.quoteReplacement(value));
	}

	/** What a response says of the request's access: ok, login, 401 or 403. */
	static String outcome(MockHttpServletResponse response) {
		int status = response.getStatus();
		String location = response.getRedirectedUrl();
		if (status == 302 && location != null && location.endsWith("/login")) {
			return "login";
		}
		if (status == 401) {
			assertThat(response.getContentType()).startsWith("application/problem+json");
			return "401";
		}
		if (status == 403) {
			return "403";
		}
		return "ok";
	}

}
