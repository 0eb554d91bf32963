package org.militancymonitor.review;

/**
 * Where a record stands in review: an editor's draft, submitted for review, published for
 * every reader, or retracted after publication (kept, marked, with its reason).
 */
public enum ReviewStatus {

	DRAFT, SUBMITTED, PUBLISHED, RETRACTED;

	/** Whether readers without editing rights may see a record in this state. */
	public boolean isPublic() {
		return this == PUBLISHED || this == RETRACTED;
	}

}
