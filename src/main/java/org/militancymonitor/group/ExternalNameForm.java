package org.militancymonitor.group;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.militancymonitor.claim.ClaimLine;
import org.militancymonitor.review.ProposalForm;

/**
 * What an editor enters for a group's name in another dataset, with the claim that
 * sources it. It is also what a draft or a pending revision holds, and what a conflict
 * page compares.
 */
public class ExternalNameForm implements ProposalForm {

	/** The version of the entry or draft the form was made from. */
	private int version;

	@JsonIgnore
	private String formToken;

	/** The group the name names: set from the address, never bound. */
	private long groupId;

	@NotNull(message = "{form.chooseOne}")
	private ExternalDataset dataset;

	@NotBlank(message = "{form.required}")
	@Size(max = 300, message = "{form.size}")
	private String name;

	@Size(max = 100, message = "{form.size}")
	private String externalId;

	@Valid
	private List<ClaimLine> claims = new ArrayList<>();

	/** Why the editor changes a published entry (required then). */
	@JsonIgnore
	@Size(max = 1000, message = "{form.size}")
	private String reason;

	public ExternalNameForm() {
	}

	static ExternalNameForm of(GroupExternalName entry) {
		ExternalNameForm form = new ExternalNameForm();
		form.version = entry.getVersion();
		form.groupId = entry.getGroup().getId();
		form.dataset = entry.getDataset();
		form.name = entry.getName();
		form.externalId = entry.getExternalId();
		form.claims.add(ClaimLine.of(entry.getClaim()));
		return form;
	}

	/** The fields as text by their label's message key, in form order. */
	@Override
	public Map<String, String> describe() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("externalName.dataset", (this.dataset != null) ? this.dataset.name() : null);
		fields.put("externalName.name", this.name);
		fields.put("externalName.externalId", this.externalId);
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

	public ExternalDataset getDataset() {
		return this.dataset;
	}

	public void setDataset(ExternalDataset dataset) {
		this.dataset = dataset;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getExternalId() {
		return this.externalId;
	}

	public void setExternalId(String externalId) {
		this.externalId = externalId;
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
