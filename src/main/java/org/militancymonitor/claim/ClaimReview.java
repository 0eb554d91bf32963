package org.militancymonitor.claim;

import java.util.Map;

import org.militancymonitor.audit.Changes;
import org.militancymonitor.review.PendingRevision;
import org.militancymonitor.review.Proposals;
import org.militancymonitor.review.ReviewException;
import org.militancymonitor.review.ReviewItem;
import org.militancymonitor.review.ReviewKind;

import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

/**
 * Claims in review: an edit of a claim waits as a pending revision until a second person
 * approves it. A claim is never new here: new claims come with the facts they back.
 */
@Component
class ClaimReview implements ReviewKind {

	static final String KIND = "claim";

	private static final int TITLE_LENGTH = 120;

	private final ClaimEdits edits;

	private final Proposals proposals;

	private final Changes changes;

	ClaimReview(ClaimEdits edits, Proposals proposals, Changes changes) {
		this.edits = edits;
		this.proposals = proposals;
		this.changes = changes;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public String labelKey() {
		return "review.kind.claim";
	}

	@Override
	public ReviewItem describe(long recordId) {
		return this.edits.find(recordId)
			.map((c) -> new ReviewItem(KIND, recordId, c.getRef() + ": " + shorten(c.getQuote()), url(c), null, null,
					null))
			.orElse(null);
	}

	@Override
	public String title(String payload) {
		return shorten(form(payload).getQuote());
	}

	/** Claims have no drafts: every revision of one is an edit, waiting in the queue. */
	@Override
	public String editUrl(PendingRevision revision) {
		return "/review";
	}

	@Override
	public Map<String, String> currentValues(long recordId) {
		return this.edits.form(this.edits.byId(recordId)).describe();
	}

	@Override
	public Map<String, String> proposedValues(String payload) {
		return form(payload).describe();
	}

	@Override
	public long apply(PendingRevision revision, String reviewer) {
		if (revision.getRecordId() == null) {
			throw new ReviewException("review.refused.revisionInvalid", "a claim is entered with its fact");
		}
		ClaimForm form = form(revision.getPayload());
		Errors errors = new BeanPropertyBindingResult(form, "form");
		Long claimant = this.edits.claimant(form, errors);
		if (errors.hasErrors()) {
			throw new ReviewException("review.refused.revisionInvalid", errors.getAllErrors().toString());
		}
		Claim claim = this.edits.byId(revision.getRecordId());
		this.changes.because(
				"approved revision " + revision.getId() + " by " + revision.getEditor() + ": " + revision.getReason(),
				() -> {
					claim.revise(form.getQuote(), form.getClaimantKind(), claimant, form.getClaimantLabel(),
							form.getPosition(), form.getConfidence(), form.getNote());
					this.edits.flush();
				});
		return claim.getId();
	}

	@Override
	public int currentVersion(long recordId) {
		return this.edits.byId(recordId).getVersion();
	}

	@Override
	public boolean isRetracted(long recordId) {
		return this.edits.byId(recordId).isRetracted();
	}

	/**
	 * Where a claim is shown: on its source's page, which lists every claim drawn from
	 * it.
	 */
	static String url(Claim claim) {
		return "/sources/" + claim.getSourceSlug() + "#claim-" + claim.getRef();
	}

	private ClaimForm form(String payload) {
		return this.proposals.form(payload, ClaimForm.class);
	}

	private static String shorten(String text) {
		if (text == null) {
			return "";
		}
		return (text.length() <= TITLE_LENGTH) ? text : text.substring(0, TITLE_LENGTH - 1) + "…";
	}

}
