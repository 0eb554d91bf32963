package org.militancymonitor.claim;

import java.sql.ResultSet;
import java.sql.SQLException;

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

	/**
	 * The columns {@link #fromSql} reads, for a query that joins the claim as {@code c}
	 * and its row of the view {@code claim_evidence} as {@code ce}: what the entity reads
	 * of them, for pages that list many claims in plain SQL.
	 */
	public static final String SQL_COLUMNS = """
			c.ref as ev_ref, c.quote as ev_quote, ce.source_slug as ev_source_slug,
			ce.source_title as ev_source_title, ce.claimant_name as ev_claimant, c.claimant_kind as ev_claimant_kind,
			c.position as ev_position, c.confidence as ev_confidence, c.retraction_reason as ev_retraction_reason,
			ce.source_retraction_reason as ev_source_retraction_reason""";

	/** The evidence in the current row, read from {@link #SQL_COLUMNS}. */
	public static Evidence fromSql(ResultSet rs) throws SQLException {
		String claimReason = rs.getString("ev_retraction_reason");
		String reason = (claimReason != null) ? claimReason : rs.getString("ev_source_retraction_reason");
		String kind = rs.getString("ev_claimant_kind");
		String confidence = rs.getString("ev_confidence");
		return new Evidence(rs.getString("ev_ref"), rs.getString("ev_quote"), rs.getString("ev_source_slug"),
				rs.getString("ev_source_title"), rs.getString("ev_claimant"),
				(kind != null) ? ClaimantKind.valueOf(kind) : null, ClaimPosition.valueOf(rs.getString("ev_position")),
				(confidence != null) ? Confidence.valueOf(confidence) : null, reason,
				claimReason == null && reason != null);
	}

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
