package org.militancymonitor.group;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.militancymonitor.audit.Changes;
import org.militancymonitor.claim.Claim;
import org.militancymonitor.claim.ClaimLines;
import org.militancymonitor.claim.Parties;
import org.militancymonitor.claim.Party;
import org.militancymonitor.review.PendingRevision;
import org.militancymonitor.review.Proposals;
import org.militancymonitor.review.ReviewException;
import org.militancymonitor.review.ReviewItem;
import org.militancymonitor.review.ReviewKind;
import org.militancymonitor.system.NotFoundException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

/**
 * Designations in review: a new designation is a draft until submitted and goes live when
 * a second person approves it, and an edit waits as a pending revision. Its authority,
 * uniqueness and claim are checked when it is saved and again when it is approved.
 */
@Component
class DesignationReview implements ReviewKind {

	static final String KIND = "designation";

	private final DesignationRepository designations;

	private final GroupRepository groups;

	private final Parties parties;

	private final ClaimLines claimLines;

	private final Proposals proposals;

	private final Changes changes;

	DesignationReview(DesignationRepository designations, GroupRepository groups, Parties parties,
			ClaimLines claimLines, Proposals proposals, Changes changes) {
		this.designations = designations;
		this.groups = groups;
		this.parties = parties;
		this.claimLines = claimLines;
		this.proposals = proposals;
		this.changes = changes;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public String labelKey() {
		return "review.kind.designation";
	}

	@Override
	@Transactional(readOnly = true)
	public ReviewItem describe(long recordId) {
		return this.designations.findWithGroup(recordId)
			.map((d) -> new ReviewItem(KIND, recordId, title(d.getGroup().getName(), d.getRegime()),
					GroupReview.url(d.getGroup().getSlug()), null, null, null))
			.orElse(null);
	}

	@Override
	@Transactional(readOnly = true)
	public String title(String payload) {
		DesignationForm form = payload(payload);
		return title(this.groups.findById(form.getGroupId()).map(MilitantGroup::getName).orElse(""), form.getRegime());
	}

	@Override
	@Transactional(readOnly = true)
	public String editUrl(PendingRevision revision) {
		DesignationForm form = this.proposals.form(revision, DesignationForm.class);
		return this.groups.findById(form.getGroupId())
			.map((g) -> GroupReview.url(g.getSlug()) + "/designations/new?draft=" + revision.getId())
			.orElse("/review");
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, String> currentValues(long recordId) {
		return DesignationForm.of(designation(recordId)).describe();
	}

	@Override
	public Map<String, String> proposedValues(String payload) {
		return payload(payload).describe();
	}

	@Override
	public long apply(PendingRevision revision, String reviewer) {
		DesignationForm form = this.proposals.form(revision, DesignationForm.class);
		Errors errors = new BeanPropertyBindingResult(form, "form");
		Checked checked = check(form, revision.getRecordId(), errors);
		if (errors.hasFieldErrors("regime")) {
			throw new ReviewException("review.refused.designationTaken", form.getRegime());
		}
		if (errors.hasErrors()) {
			throw new ReviewException("review.refused.revisionInvalid", errors.getAllErrors().toString());
		}
		if (revision.getRecordId() == null) {
			MilitantGroup group = this.groups.findById(form.getGroupId())
				.orElseThrow(() -> new ReviewException("review.refused.revisionInvalid", "the group is gone"));
			return this.changes.because("approved new designation (revision " + revision.getId() + ")",
					() -> this.designations
						.saveAndFlush(Designation.of(group, form, checked.authorityId(), checked.claim()))
						.getId());
		}
		Designation designation = designation(revision.getRecordId());
		this.changes.because(
				"approved revision " + revision.getId() + " by " + revision.getEditor() + ": " + revision.getReason(),
				() -> {
					designation.update(form, checked.authorityId(), checked.claim());
					this.designations.flush();
				});
		return designation.getId();
	}

	@Override
	public int currentVersion(long recordId) {
		return designation(recordId).getVersion();
	}

	@Override
	public boolean isRetracted(long recordId) {
		return designation(recordId).isRetracted();
	}

	/**
	 * Checks what the form names against the data, each problem an error: the authority
	 * one state or organisation, no other listing of the group by the same authority
	 * under the same regime (unknown ones counting as the same), exactly one claim.
	 */
	@Transactional(readOnly = true)
	void validate(DesignationForm form, Long recordId, Errors errors) {
		check(form, recordId, errors);
	}

	private Checked check(DesignationForm form, Long recordId, Errors errors) {
		form.validate(errors);
		Long authorityId = null;
		boolean authorityKnown = true;
		if (form.getAuthority() != null && !form.getAuthority().isBlank() && !errors.hasFieldErrors("authority")) {
			List<Party> found = this.parties.find(form.getAuthority(), Set.of(Party.Kind.ACTOR));
			if (found.size() == 1) {
				authorityId = found.get(0).id();
			}
			else {
				authorityKnown = false;
				errors.rejectValue("authority",
						found.isEmpty() ? "designationForm.authority.unknown" : "designationForm.authority.ambiguous");
			}
		}
		String regime = GroupForm.trim(form.getRegime());
		if (authorityKnown && !errors.hasFieldErrors("regime")
				&& this.designations.findSame(form.getGroupId(), authorityId, regime)
					.stream()
					.anyMatch((other) -> !other.getId().equals(recordId))) {
			errors.rejectValue("regime", "designationForm.taken");
		}
		Claim claim = SourcingClaim.resolve(this.claimLines, form.getClaims(), errors);
		return new Checked(authorityId, claim);
	}

	private static String title(String group, String regime) {
		return (regime != null) ? group + " · " + regime : group;
	}

	private Designation designation(long id) {
		return this.designations.findWithGroup(id).orElseThrow(() -> new NotFoundException(KIND, id));
	}

	private DesignationForm payload(String payload) {
		return this.proposals.form(payload, DesignationForm.class);
	}

	/** What the form names, found in the data. */
	private record Checked(Long authorityId, Claim claim) {
	}

}
