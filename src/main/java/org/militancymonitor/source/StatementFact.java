package org.militancymonitor.source;

import org.militancymonitor.statement.Stance;

/** A statement the claim records (statement.claim_id). */
public record StatementFact(long claimId, String speaker, String actorName, Stance stance, String summary) {

}
