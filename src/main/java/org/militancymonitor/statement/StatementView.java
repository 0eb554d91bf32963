package org.militancymonitor.statement;

import org.militancymonitor.common.PartialDate;
import org.militancymonitor.source.Evidence;

/**
 * A statement as other features show it: who said it for whom, where, when, with what
 * stance, and its evidence.
 */
public record StatementView(long id, String speaker, String speakerRole, String actorName, String actorSlug,
		VenueKind venueKind, String venue, PartialDate made, String dateAsStated, Stance stance, String summary,
		String quote, Evidence evidence) {

	static StatementView of(Statement statement) {
		return new StatementView(statement.getId(), statement.getSpeakerName(), statement.getSpeakerRole(),
				statement.getActor().getName(), statement.getActor().getSlug(), statement.getVenueKind(),
				statement.getVenue(), statement.getMade(), statement.getDateAsStated(), statement.getStance(),
				statement.getSummary(), statement.getQuote(), Evidence.of(statement.getClaim()));
	}

}
