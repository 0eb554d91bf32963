package org.militancymonitor.review;

import java.util.List;
import java.util.Map;

/**
 * What a feature tells the review queue about one kind of record: its submitted drafts,
 * the fields of a record and of a pending revision as text (for the per-field diff), and
 * how to apply an approved revision.
 */
public interface ReviewKind {

	/** The kind's name in revisions and URLs, e.g. {@code incident}. */
	String kind();

	/** The message key naming the kind. */
	String labelKey();

	/**
	 * The kind's submitted drafts. None for a kind whose drafts are new-record revisions
	 * ({@link Proposals}): the queue lists those itself.
	 */
	default List<ReviewItem> submitted() {
		return List.of();
	}

	default long countSubmitted() {
		return 0;
	}

	/** The record's title and page, or null when there is none. */
	ReviewItem describe(long recordId);

	/** The title of a new record a revision would make. */
	String title(String payload);

	/** The form that revises a new record's draft. */
	String editUrl(PendingRevision revision);

	/** The record's fields as text, by label key, in form order. */
	Map<String, String> currentValues(long recordId);

	/** A revision's fields as text, by label key, in form order. */
	Map<String, String> proposedValues(String payload);

	/**
	 * Applies an approved revision (within the caller's transaction): changes the record,
	 * which the caller has checked is still at the revision's base version, or makes the
	 * new record. Refused with a {@link ReviewException} when the payload no longer fits
	 * the data.
	 * @return the id of the record changed or made
	 */
	long apply(PendingRevision revision, String reviewer);

	/** The record's version now, to check a revision against. */
	int currentVersion(long recordId);

	/**
	 * Whether the record was retracted: none of its pending revisions is then approved.
	 * Incidents say so through their review state instead.
	 */
	default boolean isRetracted(long recordId) {
		return false;
	}

}
