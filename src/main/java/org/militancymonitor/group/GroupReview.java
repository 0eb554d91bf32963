package org.militancymonitor.group;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * Groups in review: a new group is a draft until submitted and goes live when a second
 * person approves it, and an edit of a group waits as a pending revision. The form's
 * parent and claims are checked when it is saved and again when it is approved, since the
 * data may have changed meanwhile.
 */
@Component
class GroupReview implements ReviewKind {

	static final String KIND = "group";

	/** Steps up a group's parents at most, past which a chain is taken for a cycle. */
	private static final int MAX_DEPTH = 50;

	private final GroupRepository groups;

	private final GroupClaimRepository facts;

	private final Parties parties;

	private final ClaimLines claimLines;

	private final Proposals proposals;

	private final Changes changes;

	GroupReview(GroupRepository groups, GroupClaimRepository facts, Parties parties, ClaimLines claimLines,
			Proposals proposals, Changes changes) {
		this.groups = groups;
		this.facts = facts;
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
		return "review.kind.group";
	}

	@Override
	public ReviewItem describe(long recordId) {
		return this.groups.findById(recordId)
			.map((g) -> new ReviewItem(KIND, recordId, g.getName(), url(g.getSlug()), null, null, null))
			.orElse(null);
	}

	@Override
	public String title(String payload) {
		return payload(payload).getName();
	}

	@Override
	public String editUrl(PendingRevision revision) {
		return "/groups/new?draft=" + revision.getId();
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, String> currentValues(long recordId) {
		return form(group(recordId)).describe();
	}

	@Override
	public Map<String, String> proposedValues(String payload) {
		return payload(payload).describe();
	}

	@Override
	public long apply(PendingRevision revision, String reviewer) {
		GroupForm form = this.proposals.form(revision, GroupForm.class);
		Errors errors = new BeanPropertyBindingResult(form, "form");
		Checked checked = check(form, revision.getRecordId(), errors);
		if (errors.hasFieldErrors("slug")) {
			throw new ReviewException("review.refused.slugTaken", form.getSlug());
		}
		if (errors.hasErrors()) {
			throw new ReviewException("review.refused.revisionInvalid", errors.getAllErrors().toString());
		}
		if (revision.getRecordId() == null) {
			return this.changes.because("approved new group (revision " + revision.getId() + ")", () -> {
				MilitantGroup group = this.groups.saveAndFlush(MilitantGroup.of(form, checked.parent()));
				replaceFacts(group, checked);
				return group.getId();
			});
		}
		MilitantGroup group = group(revision.getRecordId());
		this.changes.because(
				"approved revision " + revision.getId() + " by " + revision.getEditor() + ": " + revision.getReason(),
				() -> {
					group.update(form, checked.parent());
					replaceFacts(group, checked);
					this.groups.flush();
				});
		return group.getId();
	}

	@Override
	public int currentVersion(long recordId) {
		return group(recordId).getVersion();
	}

	@Override
	public boolean isRetracted(long recordId) {
		return group(recordId).isRetracted();
	}

	/**
	 * Checks what the form names against the data, each problem a field error: the slug
	 * free, the parent one group (and not the group itself or one below it), the claims.
	 */
	@Transactional(readOnly = true)
	void validate(GroupForm form, Long recordId, Errors errors) {
		check(form, recordId, errors);
	}

	/** The group's form as it is now. */
	@Transactional(readOnly = true)
	GroupForm current(String slug) {
		return form(this.groups.findBySlug(slug).orElseThrow(() -> new NotFoundException(KIND, slug)));
	}

	static String url(String slug) {
		return "/groups/" + slug;
	}

	/**
	 * Where the group's page shows one of its retracted facts ({@code alias},
	 * {@code designation}, {@code estimate}, {@code relationship}): in its retracted
	 * section.
	 */
	static String retractedUrl(String slug, String fact, long id) {
		return url(slug) + "#retracted-" + fact + "-" + id;
	}

	private GroupForm form(MilitantGroup group) {
		return GroupForm.of(group, this.facts.findByGroup(group.getId()));
	}

	private Checked check(GroupForm form, Long recordId, Errors errors) {
		form.validate(errors, recordId == null);
		if (!errors.hasFieldErrors("slug") && form.getSlug() != null
				&& this.groups.findBySlug(form.getSlug().strip())
					.filter((other) -> !other.getId().equals(recordId))
					.isPresent()) {
			errors.rejectValue("slug", "groupForm.slug.taken");
		}
		MilitantGroup parent = parent(form, recordId, errors);
		List<Claim> claims = this.claimLines.resolve(new ArrayList<>(form.getFacts()), "facts", errors);
		List<Integer> live = new ArrayList<>();
		for (int i = 0; i < form.getFacts().size(); i++) {
			GroupFactLine line = form.getFacts().get(i);
			if (line != null && !line.isEmpty() && !line.isRemove()) {
				live.add(i);
			}
		}
		List<Fact> wanted = new ArrayList<>();
		if (!errors.hasErrors() && claims.size() == live.size()) {
			Set<String> seen = new HashSet<>();
			for (int n = 0; n < live.size(); n++) {
				GroupFactLine line = form.getFacts().get(live.get(n));
				Claim claim = claims.get(n);
				if (claim.getId() != null && !seen.add(claim.getId() + " " + line.getAttribute())) {
					errors.rejectValue("facts[" + live.get(n) + "].attribute", "groupForm.fact.duplicate");
				}
				wanted.add(new Fact(claim, line.getAttribute(), line.getSummary().strip()));
			}
		}
		return new Checked(parent, wanted);
	}

	private MilitantGroup parent(GroupForm form, Long recordId, Errors errors) {
		if (form.getParent() == null || form.getParent().isBlank() || errors.hasFieldErrors("parent")) {
			return null;
		}
		List<Party> found = this.parties.find(form.getParent(), Set.of(Party.Kind.GROUP));
		if (found.size() != 1) {
			errors.rejectValue("parent", found.isEmpty() ? "groupForm.parent.unknown" : "groupForm.parent.ambiguous");
			return null;
		}
		MilitantGroup parent = this.groups.findById(found.get(0).id()).orElse(null);
		MilitantGroup above = parent;
		for (int depth = 0; above != null && depth < MAX_DEPTH; depth++) {
			if (recordId != null && recordId.equals(above.getId())) {
				errors.rejectValue("parent", "groupForm.parent.cycle");
				return null;
			}
			above = above.getParent();
		}
		return parent;
	}

	/**
	 * Makes the group's attribute claims those of the form: keeps the ones it still has,
	 * removes the others, adds the new ones.
	 */
	private void replaceFacts(MilitantGroup group, Checked checked) {
		List<Fact> toAdd = new ArrayList<>(checked.facts());
		for (GroupClaim existing : this.facts.findByGroup(group.getId())) {
			Fact same = toAdd.stream()
				.filter((f) -> Objects.equals(f.claim().getId(), existing.getClaim().getId())
						&& f.attribute() == existing.getAttribute() && f.summary().equals(existing.getSummary()))
				.findFirst()
				.orElse(null);
			if (same != null) {
				toAdd.remove(same);
			}
			else {
				this.facts.delete(existing);
			}
		}
		this.facts.flush();
		for (Fact fact : toAdd) {
			this.facts.save(new GroupClaim(group, fact.claim(), fact.attribute(), fact.summary()));
		}
		this.facts.flush();
	}

	private MilitantGroup group(long id) {
		return this.groups.findById(id).orElseThrow(() -> new NotFoundException(KIND, id));
	}

	private GroupForm payload(String payload) {
		return this.proposals.form(payload, GroupForm.class);
	}

	/** A fact the form gives the group. */
	private record Fact(Claim claim, GroupAttribute attribute, String summary) {
	}

	/** What the form names, found in the data. */
	private record Checked(MilitantGroup parent, List<Fact> facts) {
	}

}
