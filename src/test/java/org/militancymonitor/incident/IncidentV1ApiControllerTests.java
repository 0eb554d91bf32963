package org.militancymonitor.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.militancymonitor.PostgresSpringBootTest;
import org.militancymonitor.SignedIn;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * The incidents of the API over the seed, each test removing what it entered: the list
 * with the page's filters and their 400s, an incident with its entity tag and 304, and
 * the editors' writes with the form's validation (422 naming each field), review rules
 * (four eyes, an edit of a published incident held for review), audit, If-Match (428,
 * 412) and Idempotency-Key; and the problems of a request no endpoint answers.
 */
@PostgresSpringBootTest
class IncidentV1ApiControllerTests {

	static final RequestPostProcessor ANALYST = user("api-reader").roles("ANALYST");

	static final RequestPostProcessor EDITOR = SignedIn.editor("api-editor-one");

	static final RequestPostProcessor REVIEWER = SignedIn.editor("api-editor-two");

	static final String PROBLEM = "application/problem+json";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Test
	void shouldListPublishedIncidentsWithTheirDatesPrecisionAndTheNextPage() throws Exception {
		MockHttpServletResponse response = perform(get("/api/v1/incidents?size=2&country=pakistan").with(ANALYST));
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("application/json");
		JsonNode page = read(response);
		assertThat(page.get("items")).hasSize(2);
		assertThat(page.get("page").asInt()).isZero();
		assertThat(page.get("total").asLong()).isGreaterThan(2);
		assertThat(page.get("next").asString()).isEqualTo("/api/v1/incidents?country=pakistan&size=2&page=1");
		assertThat(page.get("previous").isNull()).isTrue();
		for (JsonNode item : page.get("items")) {
			assertThat(item.get("status").asString()).isEqualTo("PUBLISHED");
			assertThat(item.get("country").asString()).isEqualTo("Pakistan");
			assertThat(item.get("href").asString()).isEqualTo("/api/v1/incidents/" + item.get("id").asLong());
			assertPartialDate(item.get("occurred"));
		}
		JsonNode next = read(perform(get(page.get("next").asString()).with(ANALYST)));
		assertThat(next.get("page").asInt()).isEqualTo(1);
		assertThat(next.get("previous").asString()).isEqualTo("/api/v1/incidents?country=pakistan&size=2&page=0");
	}

	@Test
	void shouldAnswerMalformedFiltersWith400NamingEachParameter() throws Exception {
		MockHttpServletResponse response = perform(
				get("/api/v1/incidents?from=2024-13-01&minFatalities=-1&country=atlantis&size=500").with(ANALYST));
		JsonNode problem = problem(response, 400, "urn:militancy-monitor:problem:invalid-parameters");
		assertThat(names(problem)).contains("from", "minFatalities", "country", "size");
		assertThat(problem.get("invalid").get(0).get("message").asString()).isNotBlank();
		JsonNode range = problem(perform(get("/api/v1/incidents?from=2024-05-01&to=2024-01-01").with(ANALYST)), 400,
				"urn:militancy-monitor:problem:invalid-parameters");
		assertThat(names(range)).containsExactly("from");
	}

	@Test
	void shouldKeepDraftsFromReadersWhoMayNotReadThem() throws Exception {
		JsonNode problem = problem(perform(get("/api/v1/incidents?status=DRAFT").with(ANALYST)), 400,
				"urn:militancy-monitor:problem:invalid-parameters");
		assertThat(names(problem)).containsExactly("status");
		long draft = id(create(EDITOR, body(), null));
		assertThat(perform(get("/api/v1/incidents?status=DRAFT").with(EDITOR)).getStatus()).isEqualTo(200);
		problem(perform(get("/api/v1/incidents/" + draft).with(ANALYST)), 404, "about:blank");
		assertThat(perform(get("/api/v1/incidents/" + draft).with(user("api-manager").roles("MANAGER"))).getStatus())
			.isEqualTo(200);
	}

	@Test
	void shouldSendAnEntityTagAndAnswerAMatchingIfNoneMatchWith304() throws Exception {
		long id = publishedSeedIncident();
		MockHttpServletResponse first = perform(get("/api/v1/incidents/" + id).with(ANALYST));
		assertThat(first.getStatus()).isEqualTo(200);
		String tag = first.getHeader(HttpHeaders.ETAG);
		assertThat(tag).matches("\"[0-9a-f]{32}\"");
		JsonNode incident = read(first);
		assertThat(incident.get("id").asLong()).isEqualTo(id);
		assertPartialDate(incident.get("occurred"));
		assertThat(incident.get("claims")).isNotEmpty();
		assertThat(incident.get("claims").get(0).get("quote").asString()).isNotBlank();
		MockHttpServletResponse again = perform(
				get("/api/v1/incidents/" + id).header(HttpHeaders.IF_NONE_MATCH, tag).with(ANALYST));
		assertThat(again.getStatus()).isEqualTo(304);
		assertThat(again.getContentAsString()).isEmpty();
		assertThat(perform(get("/api/v1/incidents/" + id).header(HttpHeaders.IF_NONE_MATCH, "\"other\"").with(ANALYST))
			.getStatus()).isEqualTo(200);
	}

	@Test
	void shouldAnswerAnUnknownOrMalformedIdAsAProblem() throws Exception {
		JsonNode missing = problem(perform(get("/api/v1/incidents/999999999").with(ANALYST)), 404, "about:blank");
		assertThat(missing.get("instance").asString()).isEqualTo("/api/v1/incidents/999999999");
		assertThat(missing.get("detail").asString()).contains("999999999");
		JsonNode malformed = problem(perform(get("/api/v1/incidents/abc").with(ANALYST)), 400,
				"urn:militancy-monitor:problem:invalid-parameters");
		assertThat(names(malformed)).containsExactly("id");
	}

	@Test
	void shouldAnswerWhatNoEndpointServesAsProblems() throws Exception {
		problem(perform(get("/api/v1/incidents").accept("text/csv").with(ANALYST)), 406, "about:blank");
		problem(perform(post("/api/v1/incidents").contentType(MediaType.TEXT_PLAIN).content("x").with(EDITOR)), 415,
				"about:blank");
		MockHttpServletResponse notAllowed = perform(delete("/api/v1/incidents/1").with(EDITOR));
		problem(notAllowed, 405, "about:blank");
		assertThat(notAllowed.getHeader(HttpHeaders.ALLOW)).contains("GET").contains("PUT");
		problem(perform(get("/api/v1/no-such-resource").with(ANALYST)), 404, "about:blank");
	}

	@Test
	void shouldEnterADraftByTheFormsRulesWithItsAuditAndLocation() throws Exception {
		MockHttpServletResponse response = create(EDITOR, body(), null);
		assertThat(response.getStatus()).isEqualTo(201);
		long id = id(response);
		assertThat(response.getHeader(HttpHeaders.LOCATION)).isEqualTo("/api/v1/incidents/" + id);
		assertThat(response.getHeader(HttpHeaders.ETAG)).isNotBlank();
		JsonNode incident = read(response);
		assertThat(incident.get("status").asString()).isEqualTo("DRAFT");
		assertThat(incident.get("occurred").get("date").asString()).isEqualTo("2025-10");
		assertThat(incident.get("occurred").get("precision").asString()).isEqualTo("MONTH");
		assertThat(incident.get("province").get("slug").asString()).isEqualTo("pk-khyber-pakhtunkhwa");
		assertThat(incident.get("country").get("slug").asString()).isEqualTo("pakistan");
		assertThat(incident.get("actors").get(0).get("group").get("slug").asString()).isEqualTo("ttp");
		assertThat(incident.get("review").get("createdBy").asString()).isEqualTo("api-editor-one");
		assertThat(this.jdbc.sql("""
				select r.reason || ' by ' || r.username from incident_aud a join revision r on r.id = a.rev
				 where a.id = :id""").param("id", id).query(String.class).single())
			.isEqualTo("entered as a draft by api-editor-one");
	}

	@Test
	void shouldRefuseValuesTheFormRefusesWith422NamingEachField() throws Exception {
		long before = incidents();
		ObjectNode body = body();
		body.put("fatalitiesLow", 10).put("fatalitiesBest", 5).put("summary", "");
		((ObjectNode) body.get("actors").get(0)).put("party", "No Such Front");
		body.putObject("occurred").put("date", "2025-13").put("precision", "MONTH");
		JsonNode problem = problem(create(EDITOR, body, null), 422, "urn:militancy-monitor:problem:invalid-body");
		assertThat(names(problem)).contains("fatalitiesBest", "summary", "actors[0].party", "occurred.date");
		assertThat(messageOf(problem, "fatalitiesBest")).isEqualTo("The best estimate cannot be below the low one.");
		assertThat(messageOf(problem, "summary")).isEqualTo("Fill this in.");
		assertThat(incidents()).isEqualTo(before);
		ObjectNode noClaim = body();
		noClaim.putArray("claims");
		JsonNode unsourced = problem(create(EDITOR, noClaim, null), 422, "urn:militancy-monitor:problem:invalid-body");
		assertThat(unsourced.get("invalid").get(0).get("message").asString()).contains("at least one claim");
		ObjectNode nul = body();
		nul.put("summary", "Attack\u0000on a checkpost");
		assertThat(names(problem(create(EDITOR, nul, null), 422, "urn:militancy-monitor:problem:invalid-body")))
			.containsExactly("summary");
		assertThat(incidents()).isEqualTo(before);
	}

	@Test
	void shouldRefuseABodyThatIsNotJsonOfTheResourceWith400() throws Exception {
		JsonNode wrongType = problem(perform(post("/api/v1/incidents").contentType(MediaType.APPLICATION_JSON)
			.content("{\"fatalitiesBest\": \"many\"}")
			.with(EDITOR)), 400, "urn:militancy-monitor:problem:malformed-body");
		assertThat(names(wrongType)).containsExactly("fatalitiesBest");
		problem(perform(post("/api/v1/incidents").contentType(MediaType.APPLICATION_JSON).content("{").with(EDITOR)),
				400, "urn:militancy-monitor:problem:malformed-body");
	}

	@Test
	void shouldMakeOneIncidentOfRetriesWithTheSameIdempotencyKey() throws Exception {
		long before = incidents();
		MockHttpServletResponse first = create(EDITOR, body(), "retry-key-1");
		MockHttpServletResponse second = create(EDITOR, body(), "retry-key-1");
		assertThat(second.getStatus()).isEqualTo(201);
		assertThat(second.getHeader(HttpHeaders.LOCATION)).isEqualTo(first.getHeader(HttpHeaders.LOCATION));
		assertThat(second.getHeader("Idempotent-Replayed")).isEqualTo("true");
		assertThat(incidents()).isEqualTo(before + 1);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<String>> locations = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				Callable<String> retry = () -> create(EDITOR, body(), "retry-key-2").getHeader(HttpHeaders.LOCATION);
				locations.add(pool.submit(retry));
			}
			Set<String> distinct = new TreeSet<>();
			for (Future<String> location : locations) {
				distinct.add(location.get());
			}
			assertThat(distinct).hasSize(1).doesNotContainNull();
		}
		finally {
			pool.shutdown();
		}
		assertThat(incidents()).isEqualTo(before + 2);
		ObjectNode other = body();
		other.put("summary", "Another incident altogether.");
		problem(create(EDITOR, other, "retry-key-1"), 422, "urn:militancy-monitor:problem:idempotency-key-reused");
		problem(create(EDITOR, body(), "a key with spaces"), 400, "urn:militancy-monitor:problem:invalid-parameters");
		assertThat(incidents()).isEqualTo(before + 2);
	}

	@Test
	void shouldEditOnlyFromTheCurrentRepresentation() throws Exception {
		MockHttpServletResponse created = create(EDITOR, body(), null);
		long id = id(created);
		String tag = created.getHeader(HttpHeaders.ETAG);
		ObjectNode edit = body();
		edit.put("fatalitiesBest", 4);
		problem(update(id, edit, null, EDITOR), 428, "urn:militancy-monitor:problem:precondition-required");
		JsonNode stale = problem(update(id, edit, "\"0123456789abcdef0123456789abcdef\"", EDITOR), 412,
				"urn:militancy-monitor:problem:precondition-failed");
		assertThat(stale.get("detail").asString()).contains(tag);
		assertThat(fatalities(id)).isEqualTo(3);
		MockHttpServletResponse edited = update(id, edit, tag, EDITOR);
		assertThat(edited.getStatus()).isEqualTo(200);
		assertThat(read(edited).get("fatalitiesBest").asInt()).isEqualTo(4);
		assertThat(edited.getHeader(HttpHeaders.ETAG)).isNotEqualTo(tag);
		assertThat(fatalities(id)).isEqualTo(4);
		problem(update(id, edit, tag, EDITOR), 412, "urn:militancy-monitor:problem:precondition-failed");
		problem(update(999999999, edit, tag, EDITOR), 404, "about:blank");
	}

	@Test
	void shouldLetOneOfTwoSimultaneousEditsFromTheSameTagWinAndAnswerTheOtherAsAConflict() throws Exception {
		long id = id(create(EDITOR, body(), null));
		ExecutorService editors = Executors.newFixedThreadPool(2);
		try {
			for (int round = 1; round <= 10; round++) {
				String tag = tag(id);
				CyclicBarrier together = new CyclicBarrier(2);
				List<Future<MockHttpServletResponse>> saves = new ArrayList<>();
				for (RequestPostProcessor editor : List.of(EDITOR, REVIEWER)) {
					ObjectNode edit = body();
					edit.put("summary", "Race round " + round + " by " + saves.size());
					saves.add(editors.submit(() -> {
						together.await();
						return update(id, edit, tag, editor);
					}));
				}
				List<Integer> statuses = new ArrayList<>();
				for (Future<MockHttpServletResponse> save : saves) {
					MockHttpServletResponse response = save.get();
					statuses.add(response.getStatus());
					if (response.getStatus() != 200) {
						// lost at commit (409), or read after the winner committed (412)
						assertThat(response.getStatus()).isIn(409, 412);
						assertThat(response.getContentType()).startsWith(PROBLEM);
					}
				}
				assertThat(statuses).as("round %d", round).containsOnlyOnce(200);
			}
		}
		finally {
			editors.shutdown();
		}
		assertThat(revisionReasons(id)).hasSize(11);
	}

	@Test
	void shouldTakeADraftThroughReviewWithASecondPerson() throws Exception {
		MockHttpServletResponse created = create(EDITOR, body(), null);
		long id = id(created);
		problem(step(id, "submit", null, EDITOR), 428, "urn:militancy-monitor:problem:precondition-required");
		MockHttpServletResponse submitted = step(id, "submit", created.getHeader(HttpHeaders.ETAG), EDITOR);
		assertThat(read(submitted).get("status").asString()).isEqualTo("SUBMITTED");
		String tag = submitted.getHeader(HttpHeaders.ETAG);
		JsonNode own = problem(step(id, "publish", tag, EDITOR), 409, "urn:militancy-monitor:problem:review-refused");
		assertThat(own.get("refusal").asString()).isEqualTo("review.refused.ownDraft");
		assertThat(own.get("detail").asString()).contains("second person");
		MockHttpServletResponse published = step(id, "publish", tag, REVIEWER);
		assertThat(published.getStatus()).isEqualTo(200);
		JsonNode incident = read(published);
		assertThat(incident.get("status").asString()).isEqualTo("PUBLISHED");
		assertThat(incident.get("review").get("reviewedBy").asString()).isEqualTo("api-editor-two");
		assertThat(revisionReasons(id)).containsExactly("entered as a draft", "submitted for review",
				"published after review");
		JsonNode again = problem(step(id, "publish", published.getHeader(HttpHeaders.ETAG), REVIEWER), 409,
				"urn:militancy-monitor:problem:review-refused");
		assertThat(again.get("refusal").asString()).isEqualTo("review.refused.publishNotSubmitted");
	}

	@Test
	void shouldLetASecondPersonSendASubmittedDraftBack() throws Exception {
		long id = id(create(EDITOR, body(), null));
		String submitted = step(id, "submit", tag(id), EDITOR).getHeader(HttpHeaders.ETAG);
		JsonNode own = problem(step(id, "send-back", submitted, EDITOR), 409,
				"urn:militancy-monitor:problem:review-refused");
		assertThat(own.get("refusal").asString()).isEqualTo("review.refused.ownDraft");
		MockHttpServletResponse sentBack = step(id, "send-back", submitted, REVIEWER);
		assertThat(sentBack.getStatus()).isEqualTo(200);
		assertThat(read(sentBack).get("status").asString()).isEqualTo("DRAFT");
		assertThat(revisionReasons(id)).last().isEqualTo("sent back to draft");
		problem(step(id, "send-back", sentBack.getHeader(HttpHeaders.ETAG), REVIEWER), 409,
				"urn:militancy-monitor:problem:review-refused");
	}

	@Test
	void shouldHoldAnEditOfAPublishedIncidentForReviewAndRetractItWithAReason() throws Exception {
		long id = id(create(EDITOR, body(), null));
		String tag = step(id, "submit", tag(id), EDITOR).getHeader(HttpHeaders.ETAG);
		String published = step(id, "publish", tag, REVIEWER).getHeader(HttpHeaders.ETAG);
		ObjectNode edit = body();
		edit.put("fatalitiesBest", 4);
		JsonNode noReason = problem(update(id, edit, published, EDITOR), 422,
				"urn:militancy-monitor:problem:invalid-body");
		assertThat(names(noReason)).containsExactly("reason");
		edit.put("reason", "The source gives four dead.");
		MockHttpServletResponse held = update(id, edit, published, EDITOR);
		assertThat(held.getStatus()).isEqualTo(202);
		assertThat(read(held).get("fatalitiesBest").asInt()).isEqualTo(3);
		assertThat(held.getHeader(HttpHeaders.ETAG)).isEqualTo(published);
		assertThat(this.jdbc.sql("select count(*) from pending_revision where record_id = :id and reason = :reason")
			.param("id", id)
			.param("reason", "The source gives four dead.")
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(fatalities(id)).isEqualTo(3);
		problem(retract(id, "{}", published, REVIEWER), 422, "urn:militancy-monitor:problem:invalid-body");
		MockHttpServletResponse retracted = retract(id, "{\"reason\":\"A duplicate of another report.\"}", published,
				REVIEWER);
		assertThat(retracted.getStatus()).isEqualTo(200);
		assertThat(read(retracted).get("review").get("retractionReason").asString())
			.isEqualTo("A duplicate of another report.");
		assertThat(revisionReasons(id)).last().isEqualTo("retracted: A duplicate of another report.");
	}

	@Test
	void shouldRefuseWritesToReadersAndToABrowserSessionWithoutItsCsrfToken() throws Exception {
		long before = incidents();
		MockHttpServletResponse analyst = perform(post("/api/v1/incidents").contentType(MediaType.APPLICATION_JSON)
			.content(body().toString())
			.with(SignedIn.analyst("api-reader")));
		problem(analyst, 403, "about:blank");
		MockHttpServletResponse noCsrf = perform(post("/api/v1/incidents").contentType(MediaType.APPLICATION_JSON)
			.content(body().toString())
			.with(user("api-editor-one").roles("EDITOR", "ANALYST")));
		problem(noCsrf, 403, "about:blank");
		problem(perform(post("/api/v1/incidents").contentType(MediaType.APPLICATION_JSON)
			.content(body().toString())
			.with(csrf())), 401, "about:blank");
		assertThat(incidents()).isEqualTo(before);
	}

	/**
	 * Removes what the tests entered: drafts, their actors and links, new claims,
	 * revisions, tokens.
	 */
	@AfterEach
	void removeWhatWasEntered() {
		this.jdbc.sql("delete from pending_revision where editor like 'api-editor-%'").update();
		this.jdbc.sql("delete from incident where created_by like 'api-editor-%'").update();
		this.jdbc
			.sql("delete from claim c where c.ref like 'entered-%' and not exists "
					+ "(select 1 from incident_claim ic where ic.claim_id = c.id)")
			.update();
		this.jdbc.sql("delete from form_submission where username like 'api-editor-%'").update();
	}

	/** A complete incident as an editor sends it. */
	ObjectNode body() {
		return (ObjectNode) this.json.readTree("""
				{"occurred": {"date": "2025-10", "precision": "MONTH"}, "dateAsStated": "October",
				 "province": "pk-khyber-pakhtunkhwa", "district": "pk-khyber-pakhtunkhwa-bannu", "placeName": "Bannu",
				 "locationPrecision": "ADMIN2", "eventType": "BATTLES", "subEventType": "ARMED_CLASH",
				 "fatalitiesLow": 2, "fatalitiesBest": 3, "fatalitiesHigh": 5,
				 "summary": "Militants attacked a police checkpost in Bannu.",
				 "actors": [{"party": "Tehreek-i-Taliban Pakistan", "role": "PERPETRATOR"},
				            {"party": "pakistan", "role": "TARGET"}],
				 "claims": [{"source": "article-000-denmark-warns-unsc-on-ttp",
				             "quote": "Militants attacked a police checkpost in Bannu.",
				             "claimantKind": "SOURCE", "position": "ASSERTS", "confidence": "MODERATE"}]}
				""");
	}

	MockHttpServletResponse create(RequestPostProcessor who, JsonNode body, String key) throws Exception {
		MockHttpServletRequestBuilder request = post("/api/v1/incidents").contentType(MediaType.APPLICATION_JSON)
			.content(body.toString())
			.with(who);
		if (key != null) {
			request.header("Idempotency-Key", key);
		}
		return perform(request);
	}

	MockHttpServletResponse update(long id, JsonNode body, String ifMatch, RequestPostProcessor who) throws Exception {
		MockHttpServletRequestBuilder request = put("/api/v1/incidents/" + id).contentType(MediaType.APPLICATION_JSON)
			.content(body.toString())
			.with(who);
		if (ifMatch != null) {
			request.header(HttpHeaders.IF_MATCH, ifMatch);
		}
		return perform(request);
	}

	MockHttpServletResponse step(long id, String step, String ifMatch, RequestPostProcessor who) throws Exception {
		MockHttpServletRequestBuilder request = post("/api/v1/incidents/" + id + "/" + step).with(who);
		if (ifMatch != null) {
			request.header(HttpHeaders.IF_MATCH, ifMatch);
		}
		return perform(request);
	}

	MockHttpServletResponse retract(long id, String body, String ifMatch, RequestPostProcessor who) throws Exception {
		return perform(post("/api/v1/incidents/" + id + "/retract").contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.header(HttpHeaders.IF_MATCH, ifMatch)
			.with(who));
	}

	String tag(long id) throws Exception {
		return perform(get("/api/v1/incidents/" + id).with(EDITOR)).getHeader(HttpHeaders.ETAG);
	}

	MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse();
	}

	JsonNode read(MockHttpServletResponse response) throws Exception {
		return this.json.readTree(response.getContentAsString());
	}

	/** The problem of a response: its status, content type and fields. */
	JsonNode problem(MockHttpServletResponse response, int status, String type) throws Exception {
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
		assertThat(response.getContentType()).startsWith(PROBLEM);
		JsonNode problem = read(response);
		String text = problem.toString();
		assertThat(problem.path("status").asInt()).as(text).isEqualTo(status);
		// RFC 9457: a problem without a type is of type about:blank
		assertThat(problem.path("type").asString("about:blank")).as(text).isEqualTo(type);
		assertThat(problem.path("title").asString(null)).as(text).isNotBlank();
		assertThat(problem.path("detail").asString(null)).as(text)
			.isNotBlank()
			.doesNotContain("Exception")
			.doesNotContain("at org.");
		assertThat(problem.path("instance").asString(null)).as(text).startsWith("/api/v1/");
		return problem;
	}

	static List<String> names(JsonNode problem) {
		List<String> names = new ArrayList<>();
		problem.get("invalid").forEach((i) -> names.add(i.path("name").asString(null)));
		return names;
	}

	static String messageOf(JsonNode problem, String name) {
		for (JsonNode invalid : problem.get("invalid")) {
			if (name.equals(invalid.path("name").asString(null))) {
				return invalid.get("message").asString();
			}
		}
		return null;
	}

	static void assertPartialDate(JsonNode date) {
		String precision = date.get("precision").asString();
		String value = date.get("date").isNull() ? null : date.get("date").asString();
		switch (precision) {
			case "DAY" -> assertThat(value).matches("\\d{4}-\\d{2}-\\d{2}");
			case "MONTH" -> assertThat(value).matches("\\d{4}-\\d{2}");
			case "YEAR" -> assertThat(value).matches("\\d{4}");
			default -> assertThat(value).isNull();
		}
	}

	long id(MockHttpServletResponse response) throws Exception {
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
		return read(response).get("id").asLong();
	}

	long publishedSeedIncident() {
		return this.jdbc.sql("select min(id) from incident where status = 'PUBLISHED'").query(Long.class).single();
	}

	long incidents() {
		return this.jdbc.sql("select count(*) from incident").query(Long.class).single();
	}

	int fatalities(long id) {
		return this.jdbc.sql("select fatalities_best from incident where id = :id")
			.param("id", id)
			.query(Integer.class)
			.single();
	}

	List<String> revisionReasons(long id) {
		return this.jdbc.sql("""
				select r.reason from incident_aud a join revision r on r.id = a.rev where a.id = :id order by r.id""")
			.param("id", id)
			.query(String.class)
			.list();
	}

}
