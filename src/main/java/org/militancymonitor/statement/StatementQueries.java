package org.militancymonitor.statement;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

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
			.sorted(Comparator.comparing(StatementView::actorName).thenComparing(NEWEST_FIRST))
			.toList();
	}

	/**
	 * Every statement that denies or rejects a report or another statement, beside what
	 * it answers. With {@code groupId}, only disputes where either side concerns the
	 * group.
	 */
	public List<ContestedResponse> contestedResponses(Long groupId) {
		List<Statement> responses = this.statements.findContestingResponses();
		if (groupId != null) {
			Set<Long> aboutGroup = Set.copyOf(this.statements.findIdsAboutGroup(groupId));
			responses = responses.stream()
				.filter((s) -> aboutGroup.contains(s.getId()) || (s.getRespondsToStatement() != null
						&& aboutGroup.contains(s.getRespondsToStatement().getId())))
				.toList();
		}
		return responses.stream().map(StatementQueries::contested).toList();
	}

	private static ContestedResponse contested(Statement response) {
		Statement answered = response.getRespondsToStatement();
		if (answered != null) {
			return new ContestedResponse(StatementView.of(response), StatementView.of(answered), null, null);
		}
		return new ContestedResponse(StatementView.of(response), null, response.getRespondsToReport().getSlug(),
				response.getRespondsToReport().getName());
	}

	/**
	 * The statements a state or organisation made, newest first, those of unknown date
	 * last; in one query.
	 */
	public List<StatementView> byActor(long actorId) {
		return this.statements.findByActor(actorId).stream().map(StatementView::of).sorted(NEWEST_FIRST).toList();
	}

	/**
	 * The statements that respond to a report, oldest first.
	 */
	public List<StatementView> respondingToReport(long reportId) {
		return this.statements.findRespondingToReport(reportId).stream().map(StatementView::of).toList();
	}

	/**
	 * Statements in which a state or organisation warns about, accuses, expresses concern
	 * about or calls for action against groups.
	 */
	public List<StatementView> opposingGroups() {
		return this.statements.findOpposingGroups().stream().map(StatementView::of).toList();
	}

	/**
	 * Which of the given claims back a statement.
	 */
	public Set<Long> claimsBackingStatements(Collection<Long> claimIds) {
		return claimIds.isEmpty() ? Set.of() : Set.copyOf(this.statements.findClaimIdsAmong(claimIds));
	}

}
