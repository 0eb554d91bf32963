package org.militancymonitor.incident;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import org.militancymonitor.region.RegionDirectory;
import org.militancymonitor.system.ApiExceptionHandler;
import org.militancymonitor.system.ControlCharacters;
import org.militancymonitor.system.EntityTags;
import org.militancymonitor.system.FormTokens;
import org.militancymonitor.system.NotFoundException;
import org.militancymonitor.system.Problems;
import org.springdoc.core.annotations.ParameterObject;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Incidents through the API: the list with every filter of the incident page
 * ({@link IncidentFilter}, checked by {@link IncidentFilters} as the page checks it), an
 * incident with its entity tag, and the editors' writes: a new draft, an edit (in place
 * for a draft, held for review for a published incident), and the review steps. Each
 * write goes through {@link IncidentEditor}, with the form's validation, review rules and
 * audit; an edit or a step needs {@code If-Match} with the incident's current tag, and a
 * POST or PUT that brings an {@code Idempotency-Key} is carried out once however often it
 * is sent.
 */
@RestController
@Tag(name = "Incidents",
		description = "Incidents in ACLED's taxonomy, filtered as on the incident page; editors enter and edit them, "
				+ "and they reach readers once a second person has reviewed them")
class IncidentV1ApiController {

	static final String PATH = "/api/v1/incidents";

	static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	/**
	 * The filter's checks that are not of one parameter, by the parameter they concern.
	 */
	private static final Map<String, String> FILTER_CHECKS = Map.of("dateRangeOrdered", "from", "fatalityRangeOrdered",
			"minFatalities", "withinWindow", "page");

	private final IncidentRepository incidents;

	private final IncidentQueries queries;

	private final IncidentFilters filters;

	private final IncidentEditor editor;

	private final RegionDirectory regions;

	private final EntityTags tags;

	private final ApiExceptionHandler problems;

	private final SpringValidatorAdapter validator;

	private final TransactionTemplate transactions;

	private final FormTokens tokens;

	private final JsonMapper json;

	IncidentV1ApiController(IncidentRepository incidents, IncidentQueries queries, IncidentFilters filters,
			IncidentEditor editor, RegionDirectory regions, EntityTags tags, ApiExceptionHandler problems,
			Validator validator, PlatformTransactionManager transactions, FormTokens tokens, JsonMapper json) {
		this.incidents = incidents;
		this.queries = queries;
		this.filters = filters;
		this.editor = editor;
		this.regions = regions;
		this.tags = tags;
		this.problems = problems;
		this.validator = new SpringValidatorAdapter(validator);
		this.transactions = new TransactionTemplate(transactions);
		this.tokens = tokens;
		this.json = json;
	}

	@InitBinder("filter")
	void initFilterBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
		binder.setAllowedFields("from", "to", "country", "province", "group", "type", "minFatalities", "maxFatalities",
				"status", "sort", "dir", "page", "size");
	}

	@Operation(summary = "List incidents",
			description = "The incidents matching every filter of the incident page, sorted and paged as there: "
					+ "`page` from 0, `size` up to 100, reaching the first 10,000 matches. Readers list published "
					+ "(and retracted) incidents; editors and managers may ask for drafts and submitted ones by status. "
					+ "A malformed or unknown value answers 400 naming the parameter.")
	@GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
	IncidentV1Summary.Page list(@ParameterObject @Valid @ModelAttribute("filter") IncidentFilter filter,
			BindingResult result, HttpServletRequest request) {
		ResolvedFilter resolved = this.filters.resolve(filter, result, request);
		if (result.hasErrors()) {
			throw Problems.raise(this.problems.invalidParameters(result,
					(field) -> FILTER_CHECKS.getOrDefault(field, field), request));
		}
		IncidentListing listing = this.queries.list(resolved);
		return new IncidentV1Summary.Page(listing.rows().stream().map(IncidentV1Summary::of).toList(), listing.page(),
				listing.size(), listing.isTotalCapped() ? listing.countedAtLeast() : listing.total(),
				listing.isTotalCapped(), listing.hasNext() ? apiUrl(filter.urlForPage(listing.page() + 1)) : null,
				listing.hasPrevious() ? apiUrl(filter.urlForPage(listing.page() - 1)) : null);
	}

	@Operation(summary = "An incident",
			description = "An incident with its parties, casualties, review state and claims, and its entity tag: "
					+ "send it back in If-None-Match for a 304 while it is unchanged, and in If-Match to edit it. "
					+ "Drafts exist only for editors and managers.")
	@GetMapping(path = PATH + "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<IncidentV1> get(@PathVariable long id, HttpServletRequest request) {
		return this.tags.ok(IncidentV1.of(visible(id, request), this.regions));
	}

	@Operation(summary = "Enter an incident",
			description = "Enters a draft, checked as the incident form checks it (422 lists each refused field with "
					+ "its message). With an Idempotency-Key, the same request sent again makes no second draft: it is "
					+ "answered with the first one's incident; the same key with another body is refused (422).")
	@ApiResponse(responseCode = "201", description = "The draft, at its Location")
	@PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<IncidentV1> create(@RequestBody IncidentV1Input input,
			@Parameter(description = "Any text of 1 to 255 visible characters, new for each new incident",
					in = ParameterIn.HEADER) @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
			Principal principal, HttpServletRequest request) {
		String user = principal.getName();
		String token = token(key, user, request);
		IncidentForm form = new IncidentForm();
		BindingResult errors = form(input, form);
		form.setFormToken(token);
		String fingerprint = fingerprint(input);
		Write write = this.transactions.execute((status) -> {
			IncidentEditor.Outcome outcome = this.editor.create(form, errors, user);
			Write done = settle(outcome, token, key, user, fingerprint);
			if (!(done.outcome() instanceof IncidentEditor.Saved) || done.reused()) {
				status.setRollbackOnly();
			}
			return done;
		});
		IncidentEditor.Saved saved = saved(write, errors, request);
		long id = idOf(saved.url());
		IncidentV1 incident = IncidentV1.of(visible(id, request), this.regions);
		ResponseEntity.BodyBuilder created = ResponseEntity.created(URI.create(PATH + "/" + id))
			.contentType(MediaType.APPLICATION_JSON)
			.eTag(this.tags.of(incident));
		if (saved.repeated()) {
			created.header("Idempotent-Replayed", "true");
		}
		return created.body(incident);
	}

	@Operation(summary = "Edit an incident",
			description = "Replaces the incident's values with these, made from the representation whose tag If-Match "
					+ "gives (412 when the incident has changed since, 428 without If-Match). A draft is edited in "
					+ "place (200; a submitted one goes back to draft). A published incident stays as it is while the "
					+ "edit waits for a second person's review (202): the edit then needs a reason.")
	@ApiResponse(responseCode = "200", description = "The edited draft")
	@ApiResponse(responseCode = "202", description = "The published incident, unchanged: the edit waits for review",
			content = @Content(schema = @Schema(implementation = IncidentV1.class)))
	@PutMapping(path = PATH + "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<IncidentV1> update(@PathVariable long id, @RequestBody IncidentV1Input input,
			@Parameter(description = "The incident's entity tag as last read", in = ParameterIn.HEADER) @RequestHeader(
					name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Parameter(description = "Any text of 1 to 255 visible characters, new for each edit",
					in = ParameterIn.HEADER) @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
			Principal principal, HttpServletRequest request) {
		requireIfMatch(ifMatch, request);
		String user = principal.getName();
		String token = token(key, user, request);
		IncidentForm form = new IncidentForm();
		BindingResult errors = form(input, form);
		form.setFormToken(token);
		String fingerprint = fingerprint(input);
		Write write = this.transactions.execute((status) -> {
			boolean repeat = key != null && this.tokens.fingerprintOf(token, user).isPresent();
			IncidentDetails current = visible(id, request);
			if (!repeat) {
				requireCurrent(ifMatch, current, request);
			}
			form.setVersion(current.incident().getVersion());
			Write done = settle(this.editor.update(id, form, errors, user), token, key, user, fingerprint);
			if (!(done.outcome() instanceof IncidentEditor.Saved) || done.reused()) {
				status.setRollbackOnly();
			}
			return done;
		});
		IncidentEditor.Saved saved = saved(write, errors, request);
		IncidentV1 incident = IncidentV1.of(visible(id, request), this.regions);
		return ResponseEntity.status(saved.pending() ? HttpStatus.ACCEPTED : HttpStatus.OK)
			.contentType(MediaType.APPLICATION_JSON)
			.eTag(this.tags.of(incident))
			.body(incident);
	}

	@Operation(summary = "Submit a draft for review",
			description = "Makes the draft a submitted one, for a second person to publish or send back. "
					+ "Needs If-Match with the incident's tag.")
	@PostMapping(path = PATH + "/{id}/submit", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<IncidentV1> submit(@PathVariable long id,
			@Parameter(description = "The incident's entity tag as last read", in = ParameterIn.HEADER) @RequestHeader(
					name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			Principal principal, HttpServletRequest request) {
		return step(id, ifMatch, request, (version) -> this.editor.submit(id, version, principal.getName()));
	}

	@Operation(summary = "Publish a submitted draft",
			description = "Publishes it: refused (409) to whoever entered, last edited or submitted it, and for a "
					+ "record that is not a submitted draft. Needs If-Match with the incident's tag.")
	@PostMapping(path = PATH + "/{id}/publish", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<IncidentV1> publish(@PathVariable long id,
			@Parameter(description = "The incident's entity tag as last read", in = ParameterIn.HEADER) @RequestHeader(
					name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			Principal principal, HttpServletRequest request) {
		return step(id, ifMatch, request, (version) -> this.editor.publish(id, version, principal.getName()));
	}

	@Operation(summary = "Send a submitted draft back",
			description = "Sends it back to draft without publishing it; a second person's step, as publishing is. "
					+ "Needs If-Match with the incident's tag.")
	@PostMapping(path = PATH + "/{id}/send-back", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<IncidentV1> sendBack(@PathVariable long id,
			@Parameter(description = "The incident's entity tag as last read", in = ParameterIn.HEADER) @RequestHeader(
					name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			Principal principal, HttpServletRequest request) {
		return step(id, ifMatch, request, (version) -> this.editor.sendBack(id, version, principal.getName()));
	}

	@Operation(summary = "Retract a published incident",
			description = "Retracts it with a reason, which its page shows; it is never deleted. "
					+ "Needs If-Match with the incident's tag.")
	@PostMapping(path = PATH + "/{id}/retract", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<IncidentV1> retract(@PathVariable long id, @RequestBody RetractionV1 retraction,
			@Parameter(description = "The incident's entity tag as last read", in = ParameterIn.HEADER) @RequestHeader(
					name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			Principal principal, HttpServletRequest request) {
		requireIfMatch(ifMatch, request);
		if (retraction == null || retraction.reason() == null || retraction.reason().isBlank()
				|| ControlCharacters.in(retraction.reason())) {
			BindingResult errors = new BeanPropertyBindingResult(
					(retraction != null) ? retraction : new RetractionV1(null), "retraction");
			errors.rejectValue("reason",
					(retraction != null && retraction.reason() != null && ControlCharacters.in(retraction.reason()))
							? "typeMismatch.java.lang.String" : "api.retract.reason");
			throw Problems.raise(this.problems.invalidBody(errors, request));
		}
		return step(id, ifMatch, request,
				(version) -> this.editor.retract(id, version, principal.getName(), retraction.reason()));
	}

	/** Why a published incident is retracted. */
	@Schema(name = "RetractionRequest", description = "Why a published record is retracted")
	record RetractionV1(@Schema(description = "The reason, which readers see") String reason) {
	}

	/** A review step from the representation If-Match names, answered with the result. */
	private ResponseEntity<IncidentV1> step(long id, String ifMatch, HttpServletRequest request, IntConsumer step) {
		requireIfMatch(ifMatch, request);
		this.transactions.executeWithoutResult((status) -> {
			IncidentDetails current = visible(id, request);
			requireCurrent(ifMatch, current, request);
			step.accept(current.incident().getVersion());
		});
		return this.tags.ok(IncidentV1.of(visible(id, request), this.regions));
	}

	/** What a write came to, and whether its key had been used with another request. */
	private record Write(IncidentEditor.Outcome outcome, boolean reused) {
	}

	/**
	 * Keeps the fingerprint of a request that took its key; tells a repeat of it from
	 * another request under the same key.
	 */
	private Write settle(IncidentEditor.Outcome outcome, String token, String key, String user, String fingerprint) {
		if (key != null && outcome instanceof IncidentEditor.Saved saved) {
			if (!saved.repeated()) {
				this.tokens.fingerprint(token, fingerprint);
			}
			else if (!this.tokens.fingerprintOf(token, user).map(fingerprint::equals).orElse(true)) {
				return new Write(outcome, true);
			}
		}
		return new Write(outcome, false);
	}

	/** The saved outcome of a write, or the problem it answers with. */
	private IncidentEditor.Saved saved(Write write, BindingResult errors, HttpServletRequest request) {
		if (write.reused()) {
			throw Problems.raise(Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, Problems.IDEMPOTENCY_KEY_REUSED,
					"Idempotency key reused",
					"This Idempotency-Key came before with another request; use a new key for a new request.",
					request));
		}
		if (write.outcome() instanceof IncidentEditor.Saved saved) {
			return saved;
		}
		if (write.outcome() instanceof IncidentEditor.Conflict) {
			throw Problems.raise(Problems.of(HttpStatus.CONFLICT, Problems.VERSION_CONFLICT, "Version conflict",
					"The incident changed meanwhile; nothing was saved. Read it again and re-apply the change.",
					request));
		}
		throw Problems.raise(this.problems.invalidBody(errors, IncidentV1Input::fieldName, request));
	}

	/** The form the input fills in, checked by its annotations; errors beside it. */
	private BindingResult form(IncidentV1Input input, IncidentForm form) {
		BindingResult errors = new BeanPropertyBindingResult(form, "form");
		if (input == null) {
			errors.reject("incident.claims.required");
			return errors;
		}
		input.fill(form, errors);
		this.validator.validate(form, errors);
		return errors;
	}

	/**
	 * The form token a write takes: its Idempotency-Key's, or a new one that no other
	 * request takes.
	 */
	private static String token(String key, String user, HttpServletRequest request) {
		if (key == null) {
			return FormTokens.newToken();
		}
		if (key.isEmpty() || key.length() > 255 || !key.chars().allMatch((c) -> c > 0x20 && c < 0x7f)) {
			String detail = "The Idempotency-Key must be 1 to 255 visible ASCII characters, such as a UUID.";
			throw Problems
				.raise(Problems.invalid(HttpStatus.BAD_REQUEST, Problems.INVALID_PARAMETERS, "Invalid parameters",
						detail, List.of(new Problems.Invalid(IDEMPOTENCY_KEY, null, detail)), request));
		}
		return FormTokens.forIdempotencyKey(user, key);
	}

	private String fingerprint(IncidentV1Input input) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256")
					.digest(this.json.writeValueAsString(input).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JVM", ex);
		}
	}

	private static void requireIfMatch(String ifMatch, HttpServletRequest request) {
		if (ifMatch == null || ifMatch.isBlank()) {
			throw Problems.raise(Problems.of(HttpStatus.PRECONDITION_REQUIRED, Problems.PRECONDITION_REQUIRED,
					"Precondition required",
					"Send If-Match with the incident's entity tag (its ETag as last read), so that no change made "
							+ "meanwhile is overwritten.",
					request));
		}
	}

	private void requireCurrent(String ifMatch, IncidentDetails current, HttpServletRequest request) {
		String tag = this.tags.of(IncidentV1.of(current, this.regions));
		if (!EntityTags.matches(ifMatch, tag)) {
			throw Problems
				.raise(Problems.of(HttpStatus.PRECONDITION_FAILED, Problems.PRECONDITION_FAILED, "Precondition failed",
						"The incident changed since the representation If-Match names (its tag now is " + tag
								+ "); nothing was changed. Read it again and re-apply the change.",
						request));
		}
	}

	/**
	 * The incident, when the requester may read it: a draft or a submitted one only for
	 * those who read drafts; to everyone else it does not exist.
	 */
	private IncidentDetails visible(long id, HttpServletRequest request) {
		boolean drafts = readsDrafts(request);
		return this.incidents.findDetails(id)
			.filter((d) -> d.incident().getStatus().isPublic() || drafts)
			.orElseThrow(() -> new NotFoundException("incident", id));
	}

	private static boolean readsDrafts(HttpServletRequest request) {
		return request.isUserInRole("EDITOR") || request.isUserInRole("MANAGER");
	}

	/**
	 * The API's URL of a page of the list, from the page's own ({@code /incidents?...}).
	 */
	private static String apiUrl(String pageUrl) {
		return "/api/v1" + pageUrl;
	}

	private static long idOf(String url) {
		return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
	}

}
