package org.militancymonitor.claim;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.militancymonitor.common.NamedLink;
import org.militancymonitor.review.RetractionJson;
import org.militancymonitor.system.EntityTags;
import org.militancymonitor.system.NotFoundException;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A claim through the API, by the reference every fact's evidence names.
 */
@RestController
@Tag(name = "Claims", description = "Claims: verbatim quotes from sources, each with who asserts it and how firmly")
class ClaimV1ApiController {

	private final ClaimRepository claims;

	private final EntityTags tags;

	ClaimV1ApiController(ClaimRepository claims, EntityTags tags) {
		this.claims = claims;
		this.tags = tags;
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
