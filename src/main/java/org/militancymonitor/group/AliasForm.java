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
 * What an editor enters for a name a group is known by, with the claim that sources it.
 * It is also what a draft or a pending revision holds, and what a conflict page compares.
 */
public class AliasForm implements ProposalForm {

	/** The version of the alias or draft the form was made from. */
	private int version;

	@JsonIgnore
	private String formToken;

	/** The group the alias names: set from the address, never bound. */
	private long groupId;

	@NotBlank(message = "{form.required}")
	@Size(max = 300, message = "{form.size}")
	private String name;

	@NotNull(message = "{form.chooseOne}")
	private AliasQuality quality;

	@Size(max = 300, message = "{form.size}")
	private String originalScript;

	@Valid
	private List<ClaimLine> claims = new ArrayList<>();

	/** Why the editor changes a published alias (required then). */
	@JsonIgnore
	@Size(max = 1000, message = "{form.size}")
	private String reason;

	public AliasForm() {
	}

	static AliasForm of(GroupAlias alias) {
		AliasForm form = new AliasForm();
		form.version = alias.getVersion();
		form.groupId = alias.getGroup().getId();
		form.name = alias.getName();
		form.quality = alias.getQuality();
		form.originalScript = alias.getOriginalScript();
		if (alias.getClaim() != null) {
			form.claims.add(ClaimLine.of(alias.getClaim()));
		}
		return form;
	}

	/** The fields as text by their label's message key, in form order. */
	@Override
	public Map<String, String> describe() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("alias.name", this.name);
		fields.put("alias.quality", (this.quality != null) ? this.quality.name() : null);
		fields.put("alias.originalScript", this.originalScript);
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

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public AliasQuality getQuality() {
		return this.quality;
	}

	public void setQuality(AliasQuality quality) {
		this.quality = quality;
	}

	public String getOriginalScript() {
		return this.originalScript;
	}

	public void setOriginalScript(String originalScript) {
		this.originalScript = originalScript;
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
