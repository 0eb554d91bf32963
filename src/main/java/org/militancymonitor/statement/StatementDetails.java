package org.militancymonitor.statement;

import java.util.List;

import org.militancymonitor.common.PartialDate;
import org.militancymonitor.claim.Evidence;
import org.militancymonitor.review.Retraction;

/**
 * Everything the statement page shows: who said it for whom, where and when, with what
 * stance, about which groups and states, what it answers, what answers it (but retracted
 * responses), its evidence, and whether it was retracted.
 *
 * @param respondsToReport the report it responds to, or {@code null}
 * @param respondsTo the statement it responds to, or {@code null}
 * @param version the statement's version, which its retraction form is made from
 * @param retraction its retraction, or {@code null} while it is live
 */
public record StatementDetails(long id, String speaker, String speakerRole, ActorLink actor, VenueKind venueKind,
		String venue, PartialDate made, String dateAsStated, Stance stance, String summary, String quote,
		List<GroupLink> groups, List<ActorLink> concernedActors, ReportLink respondsToReport, StatementRef respondsTo,
		List<StatementRef> responses, Evidence evidence, int version, Retraction retraction) {

	static StatementDetails of(Statement statement, List<GroupLink> groups, List<ActorLink> concernedActors,
			List<StatementRef> responses) {
		ReportLink report = (statement.getRespondsToReport() != null)
				? new ReportLink(statement.getRespondsToReport().getSlug(), statement.getRespondsToReport().getName())
				: null;
		StatementRef respondsTo = (statement.getRespondsToStatement() != null)
				? StatementRef.of(statement.getRespondsToStatement()) : null;
		return new StatementDetails(statement.getId(), statement.getSpeakerName(), statement.getSpeakerRole(),
				new ActorLink(statement.getActor().getSlug(), statement.getActor().getName()), statement.getVenueKind(),
				statement.getVenue(), statement.getMade(), statement.getDateAsStated(), statement.getStance(),
				statement.getSummary(), statement.getQuote(), groups, concernedActors, report, respondsTo, responses,
				statement.getClaim().getEvidence(), statement.getVersion(), statement.getRetraction());
	}

}
