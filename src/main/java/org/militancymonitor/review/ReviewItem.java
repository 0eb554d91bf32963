package org.militancymonitor.review;

import java.time.Instant;

/**
 * A record waiting in the review queue: a submitted draft, or a pending revision of a
 * published record.
 */
public record ReviewItem(String kind, long recordId, String title, String url, String editor, Instant since,
		Long revisionId) {
}
