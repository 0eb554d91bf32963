package org.militancymonitor.statement;

import org.militancymonitor.common.PartialDate;

/**
 * A statement that concerns no group (one state about another), listed below the matrix.
 *
 * @param concernedActors the states and organisations it concerns, comma separated, or
 * {@code null}
 */
public record UngroupedStatement(long id, ActorLink actor, String speaker, Stance stance, String summary,
		PartialDate made, String dateAsStated, String concernedActors) {
}
