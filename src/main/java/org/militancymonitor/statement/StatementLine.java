package org.militancymonitor.statement;

import org.militancymonitor.common.PartialDate;

/**
 * A statement in a list of the latest: when, who, with what stance, about which groups.
 *
 * @param groups the names of the live groups it concerns, comma separated, or null
 */
public record StatementLine(long id, PartialDate made, ActorLink actor, Stance stance, String summary, String groups) {
}
