package org.militancymonitor.claim;

/**
 * What a page shows behind a fact: the quote, its source, who asserts it, the confidence,
 * whether the claim asserts or denies the fact, and whether it still stands.
 *
 * @param claimant who asserts it, or {@code null} when the source asserts it itself
 * @param retractionReason why the claim, or else its source, was retracted; {@code null}
 * while both stand
 * @param sourceRetracted whether the retraction is the source's
 */
public record Evidence(String ref, String quote, String sourceSlug, String sourceTitle, String claimant,
		ClaimantKind claimantKind, ClaimPosition position, Confidence confidence, String retractionReason,
		boolean sourceRetracted) {

	public static Evidence of(Claim claim) {
		String reason = claim.isRetracted() ? claim.getRetraction().getReason() : claim.getSourceRetractionReason();
		return new Evidence(claim.getRef(), claim.getQuote(), claim.getSourceSlug(), claim.getSourceTitle(),
				claim.getClaimantName(), claim.getClaimantKind(), claim.getPosition(), claim.getConfidence(), reason,
				!claim.isRetracted() && reason != null);
	}

	/** Whether the claim, or its source, was retracted: then it is no evidence. */
	public boolean isRetracted() {
		return this.retractionReason != null;
	}

	public boolean isDenial() {
		return this.position == ClaimPosition.DENIES;
	}

}
