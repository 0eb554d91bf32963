package org.militancymonitor.group;

import java.util.Map;

import org.militancymonitor.audit.Changes;
import org.militancymonitor.claim.Claim;
import org.militancymonitor.claim.ClaimLines;
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
 * The crosswalk's entries in review, as aliases are: a new entry is a draft until
 * submitted and goes live when a second person approves it, and an edit waits as a
 * pending revision. That its name and identifier are free in the dataset, and its claim,
 * are checked when it is saved and again when it is approved.
 */
@Component
class ExternalNameReview implements ReviewKind {

	static final String KIND = "external-name";

	private final GroupExternalNameRepository names;

	private final GroupRepository groups;

	private final ClaimLines claimLines;

	private final Proposals proposals;

	private final Changes changes;

	ExternalNameReview(GroupExternalNameRepository names, GroupRepository groups, ClaimLines claimLines,
			Proposals proposals, Changes changes) {
		this.names = names;
		this.groups = groups;
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
		return "review.kind.externalName";
	}

	@Override
	@Transactional(readOnly = true)
	public ReviewItem describe(long recordId) {
		return this.names.findWithGroup(recordId)
			.map((x) -> new ReviewItem(KIND, recordId, x.getDataset() + ": " + x.getName(),
					GroupReview.url(x.getGroup().getSlug()), null, null, null))
			.orElse(null);
	}

	@Override
	public String title(String payload) {
		ExternalNameForm form = payload(payload);
		return form.getDataset() + ": " + form.getName();
	}

	@Override
	@Transactional(readOnly = true)
	public String editUrl(PendingRevision revision) {
		ExternalNameForm form = this.proposals.form(revision, ExternalNameForm.class);
		return this.groups.findById(form.getGroupId())
			.map((g) -> GroupReview.url(g.getSlug()) + "/external-names/new?draft=" + revision.getId())
			.orElse("/review");
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, String> currentValues(long recordId) {
		return ExternalNameForm.of(entry(recordId)).describe();
	}

	@Override
	public Map<String, String> proposedValues(String payload) {
		return payload(payload).describe();
	}

	@Override
	public long apply(PendingRevision revision, String reviewer) {
		ExternalNameForm form = this.proposals.form(revision, ExternalNameForm.class);
		Errors errors = new BeanPropertyBindingResult(form, "form");
		Claim claim = check(form, revision.getRecordId(), errors);
		if (errors.hasFieldErrors("name") || errors.hasFieldErrors("externalId")) {
			throw new ReviewException("review.refused.externalNameTaken", form.getDataset() + ": " + form.getName());
		}
		if (errors.hasErrors()) {
			throw new ReviewException("review.refused.revisionInvalid", errors.getAllErrors().toString());
		}
		if (revision.getRecordId() == null) {
			MilitantGroup group = this.groups.findById(form.getGroupId())
				.orElseThrow(() -> new ReviewException("review.refused.revisionInvalid", "the group is gone"));
			return this.changes.because("approved new name in another dataset (revision " + revision.getId() + ")",
					() -> this.names.saveAndFlush(GroupExternalName.of(group, form, claim)).getId());
		}
		GroupExternalName entry = entry(revision.getRecordId());
		this.changes.because(
				"approved revision " + revision.getId() + " by " + revision.getEditor() + ": " + revision.getReason(),
				() -> {
					entry.update(form, claim);
					this.names.flush();
				});
		return entry.getId();
	}

	@Override
	public int currentVersion(long recordId) {
		return entry(recordId).getVersion();
	}

	@Override
	public boolean isRetracted(long recordId) {
		return entry(recordId).isRetracted();
	}

	/**
	 * Checks what the form names against the data, each problem an error: the name and
	 * the identifier not another live entry's in the dataset, exactly one claim.
	 */
	@Transactional(readOnly = true)
	void validate(ExternalNameForm form, Long recordId, Errors errors) {
		check(form, recordId, errors);
	}

	private Claim check(ExternalNameForm form, Long recordId, Errors errors) {
		if (form.getDataset() != null && !errors.hasFieldErrors("name") && form.getName() != null
				&& !form.getName().isBlank()
				&& this.names.findByName(form.getDataset(), form.getName().strip())
					.filter((other) -> !other.getId().equals(recordId))
					.isPresent()) {
			errors.rejectValue("name", "externalNameForm.name.taken");
		}
		String externalId = GroupForm.trim(form.getExternalId());
		if (form.getDataset() != null && !errors.hasFieldErrors("externalId") && externalId != null
				&& this.names.findByExternalId(form.getDataset(), externalId)
					.filter((other) -> !other.getId().equals(recordId))
					.isPresent()) {
			errors.rejectValue("externalId", "externalNameForm.externalId.taken");
		}
		return SourcingClaim.resolve(this.claimLines, form.getClaims(), errors);
	}

	private GroupExternalName entry(long id) {
		return this.names.findWithGroup(id).orElseThrow(() -> new NotFoundException(KIND, id));
	}

	private ExternalNameForm payload(String payload) {
		return this.proposals.form(payload, ExternalNameForm.class);
	}

}
