package org.militancymonitor.report;

import java.util.Comparator;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.militancymonitor.claim.EvidenceJson;
import org.militancymonitor.common.NamedLink;
import org.militancymonitor.common.PartialDateJson;
import org.militancymonitor.review.RetractionJson;
import org.militancymonitor.statement.StatementView;

/**
 * A report as the API writes it: what it is, its live findings in order (the groups each
 * concerns, its claim and the figures it carries) and the statements that respond to it.
 */
@Schema(name = "Report", description = "A UN Monitoring Team report or briefing with its findings and the statements "
		+ "that respond to it")
public record ReportV1(String slug, String title, String issuingBody, ReportKind kind, String documentSymbol,
		PartialDateJson published, String description, List<ReportV1Finding> findings,
		@Schema(description = "Statements that respond to the report") List<ReportV1Response> responses,
		RetractionJson retraction) {

	static ReportV1 of(ReportDetails details) {
		Report report = details.report();
		return new ReportV1(report.getSlug(), report.getTitle(), report.getIssuingBody(), report.getKind(),
				report.getDocumentSymbol(), PartialDateJson.of(report.getPublished()), report.getDescription(),
				details.findings().stream().map((f) -> ReportV1Finding.of(f, details.figuresOf(f))).toList(),
				details.responses().stream().map(ReportV1Response::of).toList(),
				RetractionJson.of(report.getRetraction()));
	}

	/** A finding of the report. */
	@Schema(name = "ReportFinding",
			description = "A finding of a report: the groups it concerns, its claim and figures")
	public record ReportV1Finding(int position, String summary, List<NamedLink> groups, EvidenceJson claim,
			List<ReportV1Figure> figures) {

		static ReportV1Finding of(ReportFinding finding, List<FindingFigure> figures) {
			return new ReportV1Finding(finding.getPosition(), finding.getSummary(),
					finding.getGroups()
						.stream()
						.map((g) -> new NamedLink(g.getSlug(), g.getName()))
						.sorted(Comparator.comparing(NamedLink::name))
						.toList(),
					EvidenceJson.of(finding.getClaim()), figures.stream().map(ReportV1Figure::of).toList());
		}

	}

	/** A figure (an estimate) a finding's claim carries. */
	@Schema(name = "ReportFigure", description = "A figure a finding's claim carries")
	public record ReportV1Figure(String subject, String group, String metric, Long low, Long best, Long high,
			String qualifier, String period) {

		static ReportV1Figure of(FindingFigure figure) {
			return new ReportV1Figure(figure.subject(), figure.groupSlug(), figure.metric(), figure.low(),
					figure.best(), figure.high(), figure.qualifier(), figure.period());
		}

	}

	/** A statement that responds to the report. */
	@Schema(name = "ReportResponse", description = "A statement that responds to a report")
	public record ReportV1Response(long id, String href, NamedLink actor, String speaker, String stance,
			PartialDateJson made, String summary) {

		static ReportV1Response of(StatementView statement) {
			return new ReportV1Response(statement.id(), "/api/v1/statements/" + statement.id(),
					new NamedLink(statement.actorSlug(), statement.actorName()), statement.speaker(),
					statement.stance().name(), PartialDateJson.of(statement.made()), statement.summary());
		}

	}

	/** A report as the list shows it. */
	@Schema(name = "ReportSummary", description = "A live report with its number of live findings")
	public record ReportV1Summary(String slug, String href, String title, String issuingBody, ReportKind kind,
			String documentSymbol, PartialDateJson published, long findings) {

		static ReportV1Summary of(ReportSummary summary) {
			return new ReportV1Summary(summary.slug(), ReportV1ApiController.REPORTS + "/" + summary.slug(),
					summary.title(), summary.issuingBody(), summary.kind(), summary.documentSymbol(),
					PartialDateJson.of(summary.published()), summary.findings());
		}

	}

}
