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

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

/**
 * Relationships between groups in review: a new relationship is a draft until submitted
 * and goes live when a second person approves it, and an edit of a relationship waits as
 * a pending revision. The other group and the claims are resolved when the form is saved,
 * to mark what is wrong, and again when it is approved, since the data may have changed
 * meanwhile.
 */
@Component
class RelationshipReview implements ReviewKind {

	static final String KIND = "relationship";

	private final RelationshipRepository relationships;

	private final GroupRepository groups;

	private final Proposals proposals;

	private final Changes changes;

	private final ClaimLines claimLines;

	private final Parties parties;

	private final MessageSource messages;

	RelationshipReview(RelationshipRepository relationships, GroupRepository groups, Proposals proposals,
			Changes changes, ClaimLines claimLines, Parties parties, MessageSource messages) {
		this.relationships = relationships;
		this.groups = groups;
		this.proposals = proposals;
		this.changes = changes;
		this.claimLines = claimLines;
		this.parties = parties;
		this.messages = messages;
	}

	/** A form's other group (by id, null when it names none) and its claims, resolved. */
	record Checked(Long otherGroupId, List<Claim> claims) {
	}

	/**
	 * Checks a form against the rules and the data: field errors for whatever is wrong
	 * (an unknown or ambiguous group, the group itself, a relationship of that type
	 * between the two already), and otherwise the other group and the claims (new ones
	 * not saved yet). The other group's name is set to its full name.
	 * @param recordId the relationship the form edits, or null for a new one
	 */
	Checked check(RelationshipForm form, Long recordId, Errors errors) {
		form.validate(errors);
		Long other = null;
		if (!errors.hasFieldErrors("otherGroup")) {
			List<Party> found = this.parties.find(form.getOtherGroup(), Set.of(Party.Kind.GROUP));
			if (found.size() != 1) {
				errors.rejectValue("otherGroup",
						found.isEmpty() ? "relationship.otherGroup.unknown" : "relationship.otherGroup.ambiguous");
			}
			else if (found.get(0).id() == form.getGroupId()) {
				errors.rejectValue("otherGroup", "relationship.otherGroup.self");
			}
			else {
				other = found.get(0).id();
				form.setOtherGroup(found.get(0).name());
			}
		}
		if (other != null && form.getType() != null && form.getDirection() != null) {
			boolean outgoing = form.getDirection() == RelationshipDirection.OUTGOING;
			this.relationships
				.findByEnds(outgoing ? form.getGroupId() : other, outgoing ? other : form.getGroupId(), form.getType())
				.filter((r) -> !r.getId().equals(recordId))
				.ifPresent((r) -> errors.rejectValue("type", "relationship.type.taken"));
		}
		List<Claim> claims = this.claimLines.resolve(BoundClaimLines.of(form.getClaims(), "claims", errors), "claims",
				errors);
		return new Checked(other, claims);
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public String labelKey() {
		return "review.kind.relationship";
	}

	@Override
	public ReviewItem describe(long recordId) {
		return this.relationships.findWithClaims(recordId)
			.map((r) -> new ReviewItem(KIND, recordId,
					title(r.getFromGroup().getName(), r.getType(), r.getToGroup().getName()),
					url(r.getFromGroup().getSlug()), null, null, null))
			.orElse(null);
	}

	@Override
	public String title(String payload) {
		Map<String, String> values = form(payload).describe();
		return title(values.get("relationship.fromGroup"), form(payload).getType(), values.get("relationship.toGroup"));
	}

	private String title(String from, RelationshipType type, String to) {
		String verb = (type != null) ? this.messages.getMessage("enum.RelationshipType." + type.name(), null,
				type.name(), LocaleContextHolder.getLocale()) : "";
		return from + " " + verb + " " + to;
	}

	@Override
	public String editUrl(PendingRevision revision) {
		RelationshipForm form = form(revision.getPayload());
		return this.groups.findById(form.getGroupId())
			.map((g) -> url(g.getSlug()) + "/relationships/new?draft=" + revision.getId())
			.orElse("/review");
	}

	@Override
	public Map<String, String> currentValues(long recordId) {
		GroupRelationship relationship = relationship(recordId);
		return RelationshipForm.of(relationship, relationship.getFromGroup()).describe();
	}

	@Override
	public Map<String, String> proposedValues(String payload) {
		return form(payload).describe();
	}

	@Override
	public long apply(PendingRevision revision, String reviewer) {
		RelationshipForm form = this.proposals.form(revision, RelationshipForm.class);
		Errors errors = new BeanPropertyBindingResult(form, "form");
		Checked checked = check(form, revision.getRecordId(), errors);
		if (errors.hasErrors()) {
			throw new ReviewException("review.refused.revisionInvalid", errors.getAllErrors().toString());
		}
		MilitantGroup group = group(form.getGroupId());
		MilitantGroup other = group(checked.otherGroupId());
		boolean outgoing = form.getDirection() == RelationshipDirection.OUTGOING;
		MilitantGroup from = outgoing ? group : other;
		MilitantGroup to = outgoing ? other : group;
		if (revision.getRecordId() == null) {
			return this.changes.because("approved new relationship (revision " + revision.getId() + ")",
					() -> this.relationships.saveAndFlush(GroupRelationship.of(from, to, form, checked.claims()))
						.getId());
		}
		GroupRelationship relationship = relationship(revision.getRecordId());
		this.changes.because(
				"approved revision " + revision.getId() + " by " + revision.getEditor() + ": " + revision.getReason(),
				() -> {
					relationship.update(from, to, form, checked.claims());
					this.relationships.flush();
				});
		return relationship.getId();
	}

	@Override
	public int currentVersion(long recordId) {
		return relationship(recordId).getVersion();
	}

	@Override
	public boolean isRetracted(long recordId) {
		return relationship(recordId).isRetracted();
	}

	static String url(String slug) {
		return "/groups/" + slug;
	}

	private MilitantGroup group(long id) {
		return this.groups.findById(id)
			.orElseThrow(() -> new ReviewException("review.refused.revisionInvalid", "group " + id + " is gone"));
	}

	private GroupRelationship relationship(long id) {
		return this.relationships.findWithClaims(id).orElseThrow(() -> new NotFoundException(KIND, id));
	}

	private RelationshipForm form(String payload) {
		return this.proposals.form(payload, RelationshipForm.class);
	}

}
