package org.militancymonitor.review;

/**
 * A new record is a draft until submitted; then a revision waits for a reviewer, who
 * approves it (it goes live) or rejects it.
 */
public enum RevisionStatus {

	DRAFT, PENDING, APPROVED, REJECTED

}
