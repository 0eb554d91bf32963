package org.militancymonitor.report;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.militancymonitor.statement.StatementView;

/**
 * Everything the report page shows: the report, its findings in order with their groups
 * and evidence, the figures linked to each finding and the statements that respond to the
 * report; apart from the findings, the retracted ones.
 */
public record ReportDetails(Report report, List<ReportFinding> findings, Map<Long, List<FindingFigure>> figures,
		List<StatementView> responses, List<ReportFinding> retractedFindings) {

	static ReportDetails of(Report report, List<ReportFinding> findings, List<FindingFigure> figures,
			List<StatementView> responses) {
		return new ReportDetails(report, findings.stream().filter((f) -> !f.isRetracted()).toList(),
				figures.stream().collect(Collectors.groupingBy(FindingFigure::findingId)), responses,
				findings.stream().filter(ReportFinding::isRetracted).toList());
	}

	/** The figures linked to a finding, possibly none. */
	public List<FindingFigure> figuresOf(ReportFinding finding) {
		return this.figures.getOrDefault(finding.getId(), List.of());
	}

}
