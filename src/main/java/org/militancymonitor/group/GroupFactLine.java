package org.militancymonitor.group;

import jakarta.validation.constraints.Size;
import org.militancymonitor.claim.ClaimLine;

/**
 * A sourced fact on a group's form: which attribute of the group it is about, what the
 * claim says of it in a line, and the claim itself.
 */
public class GroupFactLine extends ClaimLine {

	private GroupAttribute attribute;

	@Size(max = 500, message = "{form.size}")
	private String summary;

	public GroupFactLine() {
	}

	static GroupFactLine of(GroupClaim fact) {
		GroupFactLine line = new GroupFactLine();
		ClaimLine claim = ClaimLine.of(fact.getClaim());
		line.setRef(claim.getRef());
		line.setSource(claim.getSource());
		line.setQuote(claim.getQuote());
		line.setClaimantKind(claim.getClaimantKind());
		line.setClaimant(claim.getClaimant());
		line.setClaimantLabel(claim.getClaimantLabel());
		line.setPosition(claim.getPosition());
		line.setConfidence(claim.getConfidence());
		line.attribute = fact.getAttribute();
		line.summary = fact.getSummary();
		return line;
	}

	/** Whether nothing is filled in: no claim, no attribute, no summary. */
	@Override
	public boolean isEmpty() {
		return super.isEmpty() && this.attribute == null && (this.summary == null || this.summary.isBlank());
	}

	/** How the line reads in a diff or a conflict. */
	@Override
	public String describe() {
		String claim = super.describe();
		if (claim == null) {
			return null;
		}
		return ((this.attribute != null) ? this.attribute.name() : "") + " · "
				+ ((this.summary != null) ? this.summary.strip() : "") + " · " + claim;
	}

	public GroupAttribute getAttribute() {
		return this.attribute;
	}

	public void setAttribute(GroupAttribute attribute) {
		this.attribute = attribute;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

}
