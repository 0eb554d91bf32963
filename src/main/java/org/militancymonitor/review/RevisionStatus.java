package org.militancymonitor.review;

/**
 * A pending revision waits for a reviewer, who approves it (it goes live) or rejects it.
 */
public enum RevisionStatus {

	PENDING, APPROVED, REJECTED

}
