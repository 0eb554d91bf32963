package org.militancymonitor.group;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.militancymonitor.claim.ClaimLine;
import org.militancymonitor.common.DatePrecision;
import org.militancymonitor.common.PartialDate;
import org.militancymonitor.review.ProposalForm;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * What an editor enters for a group's listing: the authority by name (or none when the
 * source does not say), the regime, the dates and the claim that sources it. It is also
 * what a draft or a pending revision holds, and what a conflict page compares.
 */
public class DesignationForm implements ProposalForm {

	/** The version of the designation or draft the form was made from. */
	private int version;

	@JsonIgnore
	private String formToken;

	/** The group listed: set from the address, never bound. */
	private long groupId;

	/**
	 * The state or organisation that listed the group; blank when the source does not
	 * say.
	 */
	@Size(max = 300, message = "{form.size}")
	private String authority;

	/** The list or law; blank when the source does not say. */
	@Size(max = 300, message = "{form.size}")
	private String regime;

	@Size(max = 100, message = "{form.size}")
	private String referenceNumber;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate listedOn;

	@NotNull(message = "{form.chooseOne}")
	private DatePrecision listedPrecision = DatePrecision.UNKNOWN;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate delistedOn;

	@Valid
	private List<ClaimLine> claims = new ArrayList<>();

	/** Why the editor changes a published designation (required then). */
	@JsonIgnore
	@Size(max = 1000, message = "{form.size}")
	private String reason;

	public DesignationForm() {
	}

	static DesignationForm of(Designation designation) {
		DesignationForm form = new DesignationForm();
		form.version = designation.getVersion();
		form.groupId = designation.getGroup().getId();
		form.authority = (designation.getAuthority() != null) ? designation.getAuthority().name() : null;
		form.regime = designation.getRegime();
		form.referenceNumber = designation.getReferenceNumber();
		form.listedOn = designation.getListed().getDate();
		form.listedPrecision = designation.getListed().getPrecision();
		form.delistedOn = designation.getDelistedOn();
		if (designation.getClaim() != null) {
			form.claims.add(ClaimLine.of(designation.getClaim()));
		}
		return form;
	}

	/**
	 * The rules between fields: a date for a known precision, none for an unknown one; no
	 * delisting before the listing.
	 */
	void validate(Errors errors) {
		if (this.listedPrecision != null && this.listedPrecision != DatePrecision.UNKNOWN && this.listedOn == null
				&& !errors.hasFieldErrors("listedOn")) {
			errors.rejectValue("listedOn", "groupForm.date.required");
		}
		if (this.listedPrecision == DatePrecision.UNKNOWN && this.listedOn != null) {
			errors.rejectValue("listedOn", "groupForm.date.withUnknownPrecision");
		}
		if (this.delistedOn != null && this.listedOn != null && this.delistedOn.isBefore(this.listedOn)) {
			errors.rejectValue("delistedOn", "designationForm.delistedOn.beforeListed");
		}
	}

	PartialDate listed() {
		return (this.listedPrecision == null || this.listedPrecision == DatePrecision.UNKNOWN) ? PartialDate.unknown()
				: PartialDate.of(this.listedOn, this.listedPrecision);
	}

	/** The fields as text by their label's message key, in form order. */
	@Override
	public Map<String, String> describe() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("designation.authority", this.authority);
		fields.put("designation.regime", this.regime);
		fields.put("designation.reference", this.referenceNumber);
		fields.put("designation.listedOn", (this.listedOn != null) ? this.listedOn + " (" + this.listedPrecision + ")"
				: String.valueOf(this.listedPrecision));
		fields.put("designationForm.delistedOn", (this.delistedOn != null) ? this.delistedOn.toString() : null);
		fields.put("groupForm.claim", SourcingClaim.describe(this.claims));
		return fields;
	}

	public int getVersion() {
		return this.version;
	}

	@Override
	public void setVersion(int version) {
		this.version = version;
	}

	public String getFormToken() {
		return this.formToken;
	}

	@Override
	public void setFormToken(String formToken) {
		this.formToken = formToken;
	}

	public long getGroupId() {
		return this.groupId;
	}

	public void setGroupId(long groupId) {
		this.groupId = groupId;
	}

	public String getAuthority() {
		return this.authority;
	}

	public void setAuthority(String authority) {
		this.authority = authority;
	}

	public String getRegime() {
		return this.regime;
	}

	public void setRegime(String regime) {
		this.regime = regime;
	}

	public String getReferenceNumber() {
		return this.referenceNumber;
	}

	public void setReferenceNumber(String referenceNumber) {
		this.referenceNumber = referenceNumber;
	}

	public LocalDate getListedOn() {
		return this.listedOn;
	}

	public void setListedOn(LocalDate listedOn) {
		this.listedOn = listedOn;
	}

	public DatePrecision getListedPrecision() {
		return this.listedPrecision;
	}

	public void setListedPrecision(DatePrecision listedPrecision) {
		this.listedPrecision = listedPrecision;
	}

	public LocalDate getDelistedOn() {
		return this.delistedOn;
	}

	public void setDelistedOn(LocalDate delistedOn) {
		this.delistedOn = delistedOn;
	}

	public List<ClaimLine> getClaims() {
		return this.claims;
	}

	public void setClaims(List<ClaimLine> claims) {
		this.claims = claims;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
