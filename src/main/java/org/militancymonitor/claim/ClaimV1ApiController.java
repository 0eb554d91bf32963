package org.militancymonitor.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.militancymonitor.common.NamedLink;
import org.militancymonitor.review.RetractionJson;
import org.militancymonitor.system.EntityTags;
import org.militancymonitor.system.NotFoundException;
import org.militancymonitor.system.Problems;

import org.springframework.data.domain.Limit;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Claims through the API: every claim, a page at a time in the order they were taken (a
 * source's alone, if asked), and a claim by the reference every fact's evidence names.
 */
@RestController
@Tag(name = "Claims", description = "Claims: verbatim quotes from sources, each with who asserts it and how firmly")
class ClaimV1ApiController {

	static final String CLAIMS = "/api/v1/claims";

	static final int DEFAULT_SIZE = 100;

	static final int MAX_SIZE = 500;

	private final ClaimRepository claims;

	private final EntityTags tags;

	ClaimV1ApiController(ClaimRepository claims, EntityTags tags) {
		this.claims = claims;
		this.tags = tags;
	}

	@Operation(summary = "List claims",
			description = "Claims in the order they were taken, oldest first, a page at a time: `next` is the URL of "
					+ "the following page (keyset paging, so a page is as fast at the millionth claim as at the first), "
					+ "null on the last. `source` keeps a source's claims alone. An unknown source or cursor, or a size "
					+ "out of range, is refused with a 400 problem naming the parameter.")
	@GetMapping(path = CLAIMS, produces = MediaType.APPLICATION_JSON_VALUE)
	@Transactional(readOnly = true)
	public ClaimV1Page list(
			@Parameter(description = "A source's slug: its claims alone") @RequestParam(required = false) String source,
			@Parameter(description = "The reference of the last claim of the previous page") @RequestParam(
					required = false) String after,
			@Parameter(description = "Claims a page, 1 to " + MAX_SIZE) @RequestParam(
					defaultValue = "" + DEFAULT_SIZE) int size,
			HttpServletRequest request) {
		List<Problems.Invalid> invalid = new ArrayList<>();
		if (size < 1 || size > MAX_SIZE) {
			invalid.add(
					new Problems.Invalid("size", Integer.toString(size), "A page holds 1 to " + MAX_SIZE + " claims."));
		}
		Long sourceId = null;
		if (source != null) {
			sourceId = this.claims.findSourceId(source).orElse(null);
			if (sourceId == null) {
				invalid.add(new Problems.Invalid("source", shown(source), "No source has this slug."));
			}
		}
		long afterId = 0;
		if (after != null) {
			Long id = this.claims.findIdByRef(after).orElse(null);
			if (id == null) {
				invalid.add(new Problems.Invalid("after", shown(after), "No claim has this reference."));
			}
			else {
				afterId = id;
			}
		}
		if (!invalid.isEmpty()) {
			String names = String.join(", ", invalid.stream().map(Problems.Invalid::name).toList());
			throw Problems.raise(Problems.invalid(HttpStatus.BAD_REQUEST, Problems.INVALID_PARAMETERS,
					"Invalid parameters", "These parameters are refused: " + names + ".", invalid, request));
		}
		// One claim more than the page tells whether another page follows
		Limit limit = Limit.of(size + 1);
		List<Claim> found = (sourceId != null) ? this.claims.findOfSourceAfter(sourceId, afterId, limit)
				: this.claims.findAfter(afterId, limit);
		List<ClaimV1> page = found.stream().limit(size).map(ClaimV1::of).toList();
		String next = null;
		if (found.size() > size) {
			next = UriComponentsBuilder.fromPath(CLAIMS)
				.queryParamIfPresent("source", Optional.ofNullable(source))
				.queryParam("after", page.get(page.size() - 1).ref())
				.queryParam("size", size)
				.encode()
				.build()
				.toUriString();
		}
		return new ClaimV1Page(page, next);
	}

	private static String shown(String value) {
		return (value.length() > 200) ? null : value;
	}

	@Operation(summary = "A claim",
			description = "A claim by its reference (as every fact's evidence names it): the quote, its source, who "
					+ "asserts it, whether it asserts or denies, the confidence and, once retracted, why. Sends an "
					+ "ETag and answers a matching If-None-Match with 304.")
	@GetMapping(path = "/api/v1/claims/{ref}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Transactional(readOnly = true)
	public ResponseEntity<ClaimV1> get(@PathVariable String ref) {
		Claim claim = this.claims.findByRef(ref).orElseThrow(() -> new NotFoundException("claim", ref));
		return this.tags.ok(ClaimV1.of(claim));
	}

	/** A page of claims, with the URL of the next. */
	@Schema(name = "ClaimPage", description = "A page of claims, oldest first")
	record ClaimV1Page(List<ClaimV1> claims,
			@Schema(description = "The next page's URL; null on the last page") String next) {

	}

	/** A claim as the API writes it. */
	@Schema(name = "Claim", description = "A verbatim quote from a source, who asserts it, and how firmly")
	record ClaimV1(String ref, String quote, NamedLink source, ClaimantKind claimantKind,
			@Schema(description = "Who asserts it; null when the source asserts it itself") String claimant,
			@Schema(description = "How the source describes the claimant when it names nobody") String claimantLabel,
			ClaimPosition position, Confidence confidence, String note,
			@Schema(description = "Why the claim's source was retracted, when it was") String sourceRetractionReason,
			RetractionJson retraction) {

		static ClaimV1 of(Claim claim) {
			return new ClaimV1(claim.getRef(), claim.getQuote(),
					NamedLink.of(claim.getSourceSlug(), claim.getSourceTitle()), claim.getClaimantKind(),
					claim.getClaimantName(), claim.getClaimantLabel(), claim.getPosition(), claim.getConfidence(),
					claim.getNote(), claim.getSourceRetractionReason(), RetractionJson.of(claim.getRetraction()));
		}

	}

}
