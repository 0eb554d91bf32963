package org.militancymonitor.statement;

/**
 * A statement that denies or rejects a report or another statement, with what it answers:
 * both sides of a dispute, for side-by-side display.
 *
 * @param answeredStatement the statement answered, or {@code null} when a report is
 * @param answeredReportSlug the report answered, or {@code null} when a statement is
 */
public record ContestedResponse(StatementView response, StatementView answeredStatement, String answeredReportSlug,
		String answeredReportTitle) {
}
