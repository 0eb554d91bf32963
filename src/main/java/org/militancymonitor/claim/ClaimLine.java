package org.militancymonitor.claim;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/**
 * One claim on a form that records a fact: either an existing claim by its reference, or
 * a new one (its source, the verbatim quote, who asserts it and how firmly). A line with
 * nothing filled in is no claim.
 */
public class ClaimLine {

	@Size(max = 100, message = "{form.size}")
	private String ref;

	@Size(max = 100, message = "{form.size}")
	private String source;

	@Size(max = 1200, message = "{form.size}")
	private String quote;

	private ClaimantKind claimantKind;

	@Size(max = 300, message = "{form.size}")
	private String claimant;

	@Size(max = 300, message = "{form.size}")
	private String claimantLabel;

	private ClaimPosition position = ClaimPosition.ASSERTS;

	private Confidence confidence;

	private boolean remove;

	public ClaimLine() {
	}

	/** The line of an existing claim. */
	public static ClaimLine of(Claim claim) {
		ClaimLine line = new ClaimLine();
		line.ref = claim.getRef();
		line.source = claim.getSourceSlug();
		line.quote = claim.getQuote();
		line.claimantKind = claim.getClaimantKind();
		line.claimant = claim.getClaimantName();
		line.claimantLabel = claim.getClaimantLabel();
		line.position = claim.getPosition();
		line.confidence = claim.getConfidence();
		return line;
	}

	/** Whether the line names an existing claim. */
	@Schema(hidden = true)
	public boolean isExisting() {
		return this.ref != null && !this.ref.isBlank();
	}

	/** Whether nothing of a new claim is filled in. */
	@Schema(hidden = true)
	public boolean isEmpty() {
		return !isExisting() && blank(this.source) && blank(this.quote) && blank(this.claimant)
				&& blank(this.claimantLabel) && this.claimantKind == null && this.confidence == null;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	/** How the line reads in a diff or a conflict: its reference or its content. */
	public String describe() {
		if (this.remove) {
			return null;
		}
		if (isExisting()) {
			return this.ref;
		}
		return String.join(" · ", nonNull(this.source), nonNull(this.quote),
				nonNull((this.claimantKind != null) ? this.claimantKind.name() : null), nonNull(this.claimant),
				nonNull(this.claimantLabel), nonNull((this.position != null) ? this.position.name() : null),
				nonNull((this.confidence != null) ? this.confidence.name() : null));
	}

	private static String nonNull(String text) {
		return (text != null) ? text.strip() : "";
	}

	public String getRef() {
		return this.ref;
	}

	public void setRef(String ref) {
		this.ref = ref;
	}

	public String getSource() {
		return this.source;
	}

	public void setSource(String source) {
		this.source = source;
	}

	public String getQuote() {
		return this.quote;
	}

	public void setQuote(String quote) {
		this.quote = quote;
	}

	public ClaimantKind getClaimantKind() {
		return this.claimantKind;
	}

	public void setClaimantKind(ClaimantKind claimantKind) {
		this.claimantKind = claimantKind;
	}

	public String getClaimant() {
		return this.claimant;
	}

	public void setClaimant(String claimant) {
		this.claimant = claimant;
	}

	public String getClaimantLabel() {
		return this.claimantLabel;
	}

	public void setClaimantLabel(String claimantLabel) {
		this.claimantLabel = claimantLabel;
	}

	public ClaimPosition getPosition() {
		return this.position;
	}

	public void setPosition(ClaimPosition position) {
		this.position = position;
	}

	public Confidence getConfidence() {
		return this.confidence;
	}

	public void setConfidence(Confidence confidence) {
		this.confidence = confidence;
	}

	public boolean isRemove() {
		return this.remove;
	}

	public void setRemove(boolean remove) {
		this.remove = remove;
	}

}
