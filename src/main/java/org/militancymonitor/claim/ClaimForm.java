package org.militancymonitor.claim;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What an editor changes of an existing claim, as typed: the quote, who asserts it (by
 * name) and how firmly, and a note. The reference and the source are not on it: a claim
 * keeps them for life. It is also what a pending revision of a claim holds.
 */
public class ClaimForm {

	/** The version of the claim the form was made from. */
	private int version;

	@JsonIgnore
	private String formToken;

	@NotBlank(message = "{form.required}")
	@Size(max = 1200, message = "{form.size}")
	private String quote;

	@NotNull(message = "{form.chooseOne}")
	private ClaimantKind claimantKind;

	@Size(max = 300, message = "{form.size}")
	private String claimant;

	@Size(max = 300, message = "{form.size}")
	private String claimantLabel;

	@NotNull(message = "{form.chooseOne}")
	private ClaimPosition position = ClaimPosition.ASSERTS;

	@NotNull(message = "{form.chooseOne}")
	private Confidence confidence;

	@Size(max = 2000, message = "{form.size}")
	private String note;

	/** Why the editor changes the claim (always required: every claim is published). */
	@JsonIgnore
	@Size(max = 1000, message = "{form.size}")
	private String reason;

	public ClaimForm() {
	}

	/**
	 * The form of a claim as it is now.
	 * @param claimant the claimant's own name, as the form's picker finds it
	 */
	static ClaimForm of(Claim claim, String claimant) {
		ClaimForm form = new ClaimForm();
		form.version = claim.getVersion();
		form.quote = claim.getQuote();
		form.claimantKind = claim.getClaimantKind();
		form.claimant = claimant;
		form.claimantLabel = claim.getClaimantLabel();
		form.position = claim.getPosition();
		form.confidence = claim.getConfidence();
		form.note = claim.getNote();
		return form;
	}

	/** The fields as text by their label's message key, in form order. */
	Map<String, String> describe() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("claim.quoteLabel", this.quote);
		fields.put("claim.claimantKindLabel", name(this.claimantKind));
		fields.put("claim.claimantLabel", this.claimant);
		fields.put("claim.claimantLabelLabel", this.claimantLabel);
		fields.put("claim.positionLabel", name(this.position));
		fields.put("claim.confidenceLabel", name(this.confidence));
		fields.put("claim.noteLabel", this.note);
		return fields;
	}

	private static String name(Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

	public int getVersion() {
		return this.version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

	public String getFormToken() {
		return this.formToken;
	}

	public void setFormToken(String formToken) {
		this.formToken = formToken;
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

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
