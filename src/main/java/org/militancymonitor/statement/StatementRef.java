package org.militancymonitor.statement;

/**
 * Another statement, as a statement page links to it: who said it for whom, with what
 * stance.
 */
public record StatementRef(long id, String speaker, ActorLink actor, Stance stance, String summary) {

	static StatementRef of(Statement statement) {
		return new StatementRef(statement.getId(), statement.getSpeakerName(),
				new ActorLink(statement.getActor().getSlug(), statement.getActor().getName()), statement.getStance(),
				statement.getSummary());
	}

}
