package org.militancymonitor.audit;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One revision in a record's history: when, by whom and why, and what it changed.
 *
 * @param revision the revision's number
 * @param changedAt when the change was committed, in UTC
 * @param username who made it ({@code system} when nobody was signed in, {@code seed} for
 * the seed)
 * @param reason why, or {@code null} when no reason was given
 * @param changes the record's own change first, then its parts' in the order of their ids
 */
public record HistoryEntry(long revision, OffsetDateTime changedAt, String username, String reason,
		List<HistoryChange> changes) {

}
