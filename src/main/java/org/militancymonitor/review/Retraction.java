package org.militancymonitor.review;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The retraction of a published record: who withdrew it, when and why. A retracted record
 * is kept, its page says so, and the lists, counts and searches leave it out; it is not
 * edited again and none of its pending revisions is approved. A record holds none while
 * it is live (Hibernate reads the three empty columns as no retraction).
 */
@Embeddable
public class Retraction {

	/** The longest reason a reader is shown. */
	public static final int MAX_REASON = 1000;

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	@Column(name = "retracted_at")
	private Instant retractedAt;

	@Column(name = "retracted_by")
	private String retractedBy;

	@Column(name = "retraction_reason")
	private String reason;

	protected Retraction() {
	}

	/**
	 * Retracts a record whose retraction is {@code current}: refused when it is retracted
	 * already or when the reason is blank or too long.
	 * @return the record's retraction
	 */
	public static Retraction retract(Retraction current, String editor, String reason) {
		if (current != null) {
			throw new ReviewException("review.refused.retractedAlready", "retracted on " + current.retractedAt);
		}
		if (reason == null || reason.isBlank()) {
			throw new ReviewException("review.refused.retractWithoutReason", "a retraction needs a reason");
		}
		if (reason.strip().length() > MAX_REASON) {
			throw new ReviewException("review.refused.retractReasonTooLong", reason.strip().length() + " characters");
		}
		Retraction retraction = new Retraction();
		retraction.retractedBy = Objects.requireNonNull(editor, "a retraction needs the editor");
		// to the microsecond, as PostgreSQL keeps it, so that the audit compares equal
		// values
		retraction.retractedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
		retraction.reason = reason.strip();
		return retraction;
	}

	/**
	 * Refuses to apply an approved revision to a retracted record: it stays as it was
	 * when it was withdrawn. The owners call it wherever a revision changes them.
	 */
	public static void requireLive(Retraction current) {
		if (current != null) {
			throw new ReviewException("review.refused.revisionRetracted", "retracted on " + current.retractedAt);
		}
	}

	public Instant getRetractedAt() {
		return this.retractedAt;
	}

	/** When, as pages show it: to the minute, in UTC. */
	public String getRetractedOn() {
		return SHOWN.format(this.retractedAt);
	}

	public String getRetractedBy() {
		return this.retractedBy;
	}

	public String getReason() {
		return this.reason;
	}

	/** The retraction as a record's history shows it. */
	@Override
	public String toString() {
		return "retracted on " + getRetractedOn() + " by " + this.retractedBy + ": " + this.reason;
	}

}
