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
 * Aliases in review: a new alias is a draft until submitted and goes live when a second
 * person approves it, and an edit of an alias waits as a pending revision. Its name and
 * claim are checked when it is saved and again when it is approved.
 */
@Component
class AliasReview implements ReviewKind {

	static final String KIND = "alias";

	private final GroupAliasRepository aliases;

	private final GroupRepository groups;

	private final ClaimLines claimLines;

	private final Proposals proposals;

	private final Changes changes;

	AliasReview(GroupAliasRepository aliases, GroupRepository groups, ClaimLines claimLines, Proposals proposals,
			Changes changes) {
		this.aliases = aliases;
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
		return "review.kind.alias";
	}

	@Override
	@Transactional(readOnly = true)
	public ReviewItem describe(long recordId) {
		return this.aliases.findWithGroup(recordId)
			.map((a) -> new ReviewItem(KIND, recordId, a.getName(), GroupReview.url(a.getGroup().getSlug()), null, null,
					null))
			.orElse(null);
	}

	@Override
	public String title(String payload) {
		return payload(payload).getName();
	}

	@Override
	@Transactional(readOnly = true)
	public String editUrl(PendingRevision revision) {
		AliasForm form = this.proposals.form(revision, AliasForm.class);
		return this.groups.findById(form.getGroupId())
			.map((g) -> GroupReview.url(g.getSlug()) + "/aliases/new?draft=" + revision.getId())
			.orElse("/review");
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, String> currentValues(long recordId) {
		return AliasForm.of(alias(recordId)).describe();
	}

	@Override
	public Map<String, String> proposedValues(String payload) {
		return payload(payload).describe();
	}

	@Override
	public long apply(PendingRevision revision, String reviewer) {
		AliasForm form = this.proposals.form(revision, AliasForm.class);
		Errors errors = new BeanPropertyBindingResult(form, "form");
		Claim claim = check(form, revision.getRecordId(), errors);
		if (errors.hasFieldErrors("name")) {
			throw new ReviewException("review.refused.aliasTaken", form.getName());
		}
		if (errors.hasErrors()) {
			throw new ReviewException("review.refused.revisionInvalid", errors.getAllErrors().toString());
		}
		if (revision.getRecordId() == null) {
			MilitantGroup group = this.groups.findById(form.getGroupId())
				.orElseThrow(() -> new ReviewException("review.refused.revisionInvalid", "the group is gone"));
			return this.changes.because("approved new alias (revision " + revision.getId() + ")",
					() -> this.aliases.saveAndFlush(GroupAlias.of(group, form, claim)).getId());
		}
		GroupAlias alias = alias(revision.getRecordId());
		this.changes.because(
				"approved revision " + revision.getId() + " by " + revision.getEditor() + ": " + revision.getReason(),
				() -> {
					alias.update(form, claim);
					this.aliases.flush();
				});
		return alias.getId();
	}

	@Override
	public int currentVersion(long recordId) {
		return alias(recordId).getVersion();
	}

	@Override
	public boolean isRetracted(long recordId) {
		return alias(recordId).isRetracted();
	}

	/**
	 * Checks what the form names against the data, each problem an error: the name free
	 * among the group's names, exactly one claim.
	 */
	@Transactional(readOnly = true)
	void validate(AliasForm form, Long recordId, Errors errors) {
		check(form, recordId, errors);
	}

	private Claim check(AliasForm form, Long recordId, Errors errors) {
		if (!errors.hasFieldErrors("name") && form.getName() != null && !form.getName().isBlank()
				&& this.aliases.findByGroupAndName(form.getGroupId(), form.getName().strip())
					.filter((other) -> !other.getId().equals(recordId))
					.isPresent()) {
			errors.rejectValue("name", "aliasForm.name.taken");
		}
		return SourcingClaim.resolve(this.claimLines, form.getClaims(), errors);
	}

	private GroupAlias alias(long id) {
		return this.aliases.findWithGroup(id).orElseThrow(() -> new NotFoundException(KIND, id));
	}

	private AliasForm payload(String payload) {
		return this.proposals.form(payload, AliasForm.class);
	}

}
