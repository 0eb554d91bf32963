package org.militancymonitor.statement;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the statement feature offers other features: statements as read-only views.
 */
@Service
@Transactional(readOnly = true)
public class StatementQueries {

	private final StatementRepository statements;

	public StatementQueries(StatementRepository statements) {
		this.statements = statements;
	}

	/**
	 * The statements that concern a group, grouped by the state or organisation that made
	 * them, newest first within each.
	 */
	public List<StatementView> aboutGroup(long groupId) {
		return this.statements.findAboutGroup(groupId)
			.stream()
			.map(StatementView::of)
			.sorted(Comparator.comparing(StatementView::actorName)
				.thenComparing(StatementView::made, Comparator.reverseOrder()))
			.toList();
	}

	/**
	 * The statements that respond to a report, oldest first.
	 */
	public List<StatementView> respondingToReport(long reportId) {
		return this.statements.findRespondingToReport(reportId).stream().map(StatementView::of).toList();
	}

}
