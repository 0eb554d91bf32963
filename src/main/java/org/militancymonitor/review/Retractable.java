package org.militancymonitor.review;

/**
 * A record an editor may retract once it is published (every kind whose new records and
 * edits wait as pending revisions is published once approved). The rule is
 * {@link Retraction#retract}'s; the owner keeps the result.
 */
public interface Retractable {

	/** The version a retraction is made from, to refuse one made from an older page. */
	int getVersion();

	/** The record's retraction, or null while it is live. */
	Retraction getRetraction();

	/**
	 * Retracts the record; refused when it is retracted already or without a reason.
	 */
	void retract(String editor, String reason);

	default boolean isRetracted() {
		return getRetraction() != null;
	}

	/** Refuses the edit form of a retracted record: it is not edited again. */
	default void requireEditable() {
		if (isRetracted()) {
			throw new ReviewException("review.refused.editRetracted", "the record is retracted");
		}
	}

}
