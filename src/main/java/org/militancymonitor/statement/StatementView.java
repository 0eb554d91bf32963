package org.militancymonitor.statement;

import java.util.Comparator;
import java.util.List;

import org.militancymonitor.common.PartialDate;
import org.militancymonitor.claim.Evidence;

/**
 * A statement as other features show it: who said it for whom, where, when, with what
 * stance, about which groups, and its evidence.
 */
public record StatementView(long id, String speaker, String speakerRole, String actorName, String actorSlug,
		VenueKind venueKind, String venue, PartialDate made, String dateAsStated, Stance stance, String summary,
		String quote, List<GroupLink> groups, Evidence evidence) {

	/**
	 * Reads a statement whose actor, speaker, groups, claim, source and claimant were
	 * fetched with it; the lists that show views name no retracted group.
	 */
	static StatementView of(Statement statement) {
		List<GroupLink> groups = statement.getGroups()
			.stream()
			.filter((g) -> !g.isRetracted())
			.map((g) -> new GroupLink(g.getSlug(), g.getName(), g.getShortName()))
			.sorted(Comparator.comparing(GroupLink::label))
			.toList();
		return new StatementView(statement.getId(), statement.getSpeakerName(), statement.getSpeakerRole(),
				statement.getActor().getName(), statement.getActor().getSlug(), statement.getVenueKind(),
				statement.getVenue(), statement.getMade(), statement.getDateAsStated(), statement.getStance(),
				statement.getSummary(), statement.getQuote(), groups, Evidence.of(statement.getClaim()));
	}

}
