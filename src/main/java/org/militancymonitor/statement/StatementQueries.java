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

	/** Newest first, statements of unknown date last, then in the order recorded. */
	static final Comparator<StatementView> NEWEST_FIRST = Comparator
		.comparing((StatementView view) -> !view.made().isKnown())
		.thenComparing(StatementView::made, Comparator.reverseOrder())
		.thenComparing(StatementView::id);

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
	 * The statements a state or organisation made, newest first, those of unknown date
	 * last; in one query.
	 */
	public List<StatementView> byActor(long actorId) {
		return this.statements.findByActor(actorId).stream().map(StatementView::of).sorted(NEWEST_FIRST).toList();
	}

}
