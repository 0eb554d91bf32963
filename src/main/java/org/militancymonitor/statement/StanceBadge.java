package org.militancymonitor.statement;

import java.util.List;

/**
 * The statements of one stance in a cell of the matrix, such as "warns ×2".
 */
public record StanceBadge(Stance stance, List<Long> statementIds) {

	public int count() {
		return this.statementIds.size();
	}

	/** The one statement, for a badge that links straight to it; else {@code null}. */
	public Long onlyStatementId() {
		return (this.statementIds.size() == 1) ? this.statementIds.get(0) : null;
	}

	/** The Bootstrap colour the badge is drawn in. */
	public String tone() {
		return switch (this.stance) {
			case WARNS, EXPRESSES_CONCERN -> "text-bg-warning";
			case ACCUSES -> "text-bg-danger";
			case DENIES, REJECTS -> "text-bg-dark";
			case CALLS_FOR -> "text-bg-primary";
			case ASSESSES -> "text-bg-info";
		};
	}

}
