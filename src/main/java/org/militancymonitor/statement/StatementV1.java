package org.militancymonitor.statement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import org.militancymonitor.claim.EvidenceJson;
import org.militancymonitor.common.NamedLink;
import org.militancymonitor.common.PartialDate;
import org.militancymonitor.common.PartialDateJson;
import org.militancymonitor.review.RetractionJson;

/**
 * A statement as the API writes it: who said it for which state or organisation, where
 * and when, with what stance, about which groups and states, what it answers and what
 * answers it, and its evidence.
 */
@Schema(name = "Statement", description = "What a state's or organisation's speaker said, with what stance, about "
		+ "which groups and states, with its claim")
public record StatementV1(long id, String speaker, String speakerRole, NamedLink actor, VenueKind venueKind,
		String venue, PartialDateJson made, String dateAsStated, Stance stance, String summary, String quote,
		List<NamedLink> groups, List<NamedLink> concernedActors,
		@Schema(description = "The report it responds to (slug and title), or null") NamedLink respondsToReport,
		@Schema(description = "The statement it responds to, or null") StatementV1Ref respondsTo,
		@Schema(description = "The live statements that respond to it") List<StatementV1Ref> responses,
		EvidenceJson claim, RetractionJson retraction) {

	static StatementV1 of(StatementDetails details) {
		return new StatementV1(details.id(), details.speaker(), details.speakerRole(), link(details.actor()),
				details.venueKind(), details.venue(), PartialDateJson.of(details.made()), details.dateAsStated(),
				details.stance(), details.summary(), details.quote(),
				details.groups().stream().map((g) -> new NamedLink(g.slug(), g.name())).toList(),
				details.concernedActors().stream().map(StatementV1::link).toList(),
				(details.respondsToReport() != null)
						? new NamedLink(details.respondsToReport().slug(), details.respondsToReport().title()) : null,
				(details.respondsTo() != null) ? StatementV1Ref.of(details.respondsTo()) : null,
				details.responses().stream().map(StatementV1Ref::of).toList(), EvidenceJson.of(details.evidence()),
				RetractionJson.of(details.retraction()));
	}

	static NamedLink link(ActorLink actor) {
		return (actor != null) ? new NamedLink(actor.slug(), actor.name()) : null;
	}

	/** Another statement, named. */
	@Schema(name = "StatementRef", description = "Another statement: who said it, with what stance")
	public record StatementV1Ref(long id, String href, String speaker, NamedLink actor, Stance stance, String summary) {

		static StatementV1Ref of(StatementRef ref) {
			return new StatementV1Ref(ref.id(), StatementV1ApiController.STATEMENTS + "/" + ref.id(), ref.speaker(),
					link(ref.actor()), ref.stance(), ref.summary());
		}

	}

	/** A statement as the list shows it. */
	@Schema(name = "StatementSummary", description = "A live statement with the live groups it concerns")
	public record StatementV1Summary(long id, String href, NamedLink actor, String speaker, Stance stance,
			PartialDateJson made, String dateAsStated, String summary, List<NamedLink> groups) {

		/**
		 * The statements of the matrix's rows (one per statement and group), newest
		 * first, those of unknown date last.
		 */
		static List<StatementV1Summary> of(List<MatrixRow> rows) {
			Map<Long, List<MatrixRow>> byStatement = new LinkedHashMap<>();
			rows.forEach((row) -> byStatement.computeIfAbsent(row.statementId(), (id) -> new ArrayList<>()).add(row));
			Comparator<MatrixRow> newestFirst = Comparator.comparing((MatrixRow row) -> !row.made().isKnown())
				.thenComparing(MatrixRow::made, Comparator.<PartialDate>reverseOrder())
				.thenComparing(MatrixRow::statementId);
			return byStatement.values()
				.stream()
				.sorted(Comparator.comparing((List<MatrixRow> l) -> l.get(0), newestFirst))
				.map((statement) -> {
					MatrixRow first = statement.get(0);
					List<NamedLink> groups = statement.stream()
						.filter((row) -> row.group() != null)
						.map((row) -> new NamedLink(row.group().slug(), row.group().name()))
						.toList();
					return new StatementV1Summary(first.statementId(),
							StatementV1ApiController.STATEMENTS + "/" + first.statementId(), link(first.actor()),
							first.speaker(), first.stance(), PartialDateJson.of(first.made()), first.dateAsStated(),
							first.summary(), groups);
				})
				.toList();
		}

	}

}
