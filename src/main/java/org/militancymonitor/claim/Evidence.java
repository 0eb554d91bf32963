package org.militancymonitor.claim;

/**
 * What a page shows behind a fact: the quote, its source, who asserts it, the confidence,
 * and whether the claim asserts or denies the fact.
 *
 * @param claimant who asserts it, or {@code null} when the source asserts it itself
 */
public record Evidence(String ref, String quote, String sourceSlug, String sourceTitle, String claimant,
		ClaimantKind claimantKind, ClaimPosition position, Confidence confidence) {

	public static Evidence of(Claim claim) {
		return new Evidence(claim.getRef(), claim.getQuote(), claim.getSourceSlug(), claim.getSourceTitle(),
				claim.getClaimantName(), claim.getClaimantKind(), claim.getPosition(), claim.getConfidence());
	}

	public boolean isDenial() {
		return this.position == ClaimPosition.DENIES;
	}

}
