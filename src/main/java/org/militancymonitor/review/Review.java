package org.militancymonitor.review;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A record's review state and the people behind it, with the rules of review: an editor
 * drafts and submits, a second person publishes (four eyes: nobody who created, last
 * edited or submitted a draft publishes it), and a published record is retracted with a
 * reason, never deleted. Owners embed it and offer its steps as their own
 * ({@code incident.publish(reviewer)}).
 */
@Embeddable
public class Review {

	@Enumerated(EnumType.STRING)
	@Column(name = "status", nullable = false)
	private ReviewStatus status = ReviewStatus.DRAFT;

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "last_edited_by")
	private String lastEditedBy;

	@Column(name = "submitted_by")
	private String submittedBy;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "reviewed_by")
	private String reviewedBy;

	@Column(name = "reviewed_at")
	private Instant reviewedAt;

	@Column(name = "retraction_reason")
	private String retractionReason;

	protected Review() {
	}

	/** A new draft by its editor. */
	public static Review draftBy(String editor) {
		Review review = new Review();
		review.createdBy = person(editor);
		review.lastEditedBy = review.createdBy;
		return review;
	}

	/**
	 * Records an edit of a draft in place; a submitted draft that is edited goes back to
	 * draft, to be submitted again. A published record is never edited in place: its
	 * edits wait as pending revisions.
	 */
	public void edit(String editor) {
		requireStatus("review.refused.editNotDraft", ReviewStatus.DRAFT, ReviewStatus.SUBMITTED);
		this.lastEditedBy = person(editor);
		this.status = ReviewStatus.DRAFT;
	}

	public void submit(String editor) {
		requireStatus("review.refused.submitNotDraft", ReviewStatus.DRAFT);
		this.submittedBy = person(editor);
		this.submittedAt = Instant.now();
		this.status = ReviewStatus.SUBMITTED;
	}

	/** Sends a submitted draft back to its editors without publishing it. */
	public void sendBack(String reviewer) {
		requireStatus("review.refused.sendBackNotSubmitted", ReviewStatus.SUBMITTED);
		requireSecondPerson(reviewer);
		this.status = ReviewStatus.DRAFT;
		this.reviewedBy = person(reviewer);
		this.reviewedAt = Instant.now();
	}

	public void publish(String reviewer) {
		requireStatus("review.refused.publishNotSubmitted", ReviewStatus.SUBMITTED);
		requireSecondPerson(reviewer);
		this.status = ReviewStatus.PUBLISHED;
		this.reviewedBy = person(reviewer);
		this.reviewedAt = Instant.now();
	}

	public void retract(String reviewer, String reason) {
		requireStatus("review.refused.retractNotPublished", ReviewStatus.PUBLISHED);
		if (reason == null || reason.isBlank()) {
			throw new ReviewException("review.refused.retractWithoutReason", "a retraction needs a reason");
		}
		this.status = ReviewStatus.RETRACTED;
		this.retractionReason = reason.strip();
		this.reviewedBy = person(reviewer);
		this.reviewedAt = Instant.now();
	}

	/**
	 * Whether the person may publish or send back this record: not one of its authors.
	 */
	public boolean isReviewableBy(String reviewer) {
		return this.status == ReviewStatus.SUBMITTED && !isAuthor(reviewer);
	}

	/** Whether the person created, last edited or submitted the record. */
	public boolean isAuthor(String person) {
		return Objects.equals(person, this.createdBy) || Objects.equals(person, this.lastEditedBy)
				|| Objects.equals(person, this.submittedBy);
	}

	private void requireSecondPerson(String reviewer) {
		if (isAuthor(person(reviewer))) {
			throw new ReviewException("review.refused.ownDraft", reviewer + " created, edited or submitted it");
		}
	}

	private void requireStatus(String messageKey, ReviewStatus... allowed) {
		for (ReviewStatus status : allowed) {
			if (this.status == status) {
				return;
			}
		}
		throw new ReviewException(messageKey, "the record is " + this.status);
	}

	private static String person(String name) {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("a review step needs the person taking it");
		}
		return name;
	}

	/**
	 * The state and the people behind it, as a record's history shows them.
	 */
	@Override
	public String toString() {
		StringBuilder text = new StringBuilder(this.status.name());
		append(text, "entered by ", this.createdBy);
		append(text, "last edited by ", this.lastEditedBy);
		append(text, "submitted by ", this.submittedBy);
		append(text, "reviewed by ", this.reviewedBy);
		append(text, "retracted because ", this.retractionReason);
		return text.toString();
	}

	private static void append(StringBuilder text, String what, String value) {
		if (value != null) {
			text.append(" · ").append(what).append(value);
		}
	}

	public ReviewStatus getStatus() {
		return this.status;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public String getLastEditedBy() {
		return this.lastEditedBy;
	}

	public String getSubmittedBy() {
		return this.submittedBy;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public String getReviewedBy() {
		return this.reviewedBy;
	}

	public Instant getReviewedAt() {
		return this.reviewedAt;
	}

	public String getRetractionReason() {
		return this.retractionReason;
	}

}
