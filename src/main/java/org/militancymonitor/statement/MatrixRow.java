package org.militancymonitor.statement;

import org.militancymonitor.common.PartialDate;

/**
 * One row of the matrix query: a statement with one group it concerns, or with none.
 *
 * @param group the group, or {@code null} when the statement concerns no group
 * @param concernedActors the states and organisations it concerns, comma separated, or
 * {@code null}
 */
record MatrixRow(long statementId, ActorLink actor, GroupLink group, String speaker, Stance stance, String summary,
		PartialDate made, String dateAsStated, String concernedActors) {
}
