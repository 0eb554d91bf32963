package org.militancymonitor.claim;

import io.swagger.v3.oas.annotations.media.Schema;
import org.militancymonitor.common.NamedLink;

/**
 * A claim behind a fact, as the API writes it: the verbatim quote, its source, who
 * asserts it and how firmly, whether it asserts or denies the fact, and, once it or its
 * source was retracted, why (it is then no evidence).
 */
@Schema(name = "Evidence", description = "A claim behind a fact: a verbatim quote from a source, who asserts it, "
		+ "whether it asserts or denies the fact, and how firmly")
public record EvidenceJson(@Schema(description = "The claim's reference, its key at /api/v1/claims/{ref}") String ref,
		String quote, NamedLink source,
		@Schema(description = "Who asserts it; null when the source asserts it itself") String claimant,
		ClaimantKind claimantKind, ClaimPosition position, Confidence confidence,
		@Schema(description = "Whether the claim or its source was retracted: then it counts nowhere") boolean retracted,
		@Schema(description = "Why it was retracted; null while it stands") String retractionReason) {

	public static EvidenceJson of(Evidence evidence) {
		return new EvidenceJson(evidence.ref(), evidence.quote(),
				NamedLink.of(evidence.sourceSlug(), evidence.sourceTitle()), evidence.claimant(),
				evidence.claimantKind(), evidence.position(), evidence.confidence(), evidence.isRetracted(),
				evidence.retractionReason());
	}

	public static EvidenceJson of(Claim claim) {
		return (claim != null) ? of(claim.getEvidence()) : null;
	}

}
