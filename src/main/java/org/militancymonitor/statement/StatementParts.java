package org.militancymonitor.statement;

import java.util.List;

import org.militancymonitor.claim.Claim;

/**
 * What the names on a statement's form resolve to: the ids of the state or organisation,
 * the official and the report, the statement it answers, the groups and states concerned,
 * and its claim (existing, or new and saved with the statement).
 *
 * @param speakerPersonId the official, or {@code null}
 * @param respondsToReportId the report answered, or {@code null}
 * @param respondsToStatement the statement answered, or {@code null}
 */
record StatementParts(long actorId, Long speakerPersonId, Long respondsToReportId, Statement respondsToStatement,
		List<ConcernedGroup> groups, List<ConcernedActor> concernedActors, Claim claim) {
}
