package org.militancymonitor.group;

import java.util.Comparator;
import java.util.List;

import org.militancymonitor.statement.ContestedResponse;
import org.militancymonitor.statement.StatementQueries;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The subjects on which claims disagree, for the contested page and, counted, for the
 * home page: one rule for both. Few records whatever the number of incidents, read with
 * their claims in one query per kind.
 */
@Service
@Transactional(readOnly = true)
public class ContestedQueries {

	private final GroupRepository groups;

	private final StatementQueries statements;

	ContestedQueries(GroupRepository groups, StatementQueries statements) {
		this.groups = groups;
		this.statements = statements;
	}

	/**
	 * Relationships whose standing claims both assert and deny them, by the groups'
	 * names.
	 */
	List<GroupRelationship> relationships() {
		return this.groups.findContestedRelationships()
			.stream()
			.filter(GroupRelationship::isContested)
			.sorted(Comparator.comparing((GroupRelationship r) -> r.getToGroup().getName())
				.thenComparing((r) -> r.getFromGroup().getName()))
			.toList();
	}

	/** Figures of a group that estimates give differently. */
	List<FigureDispute> figures() {
		return FigureDispute.of(this.groups.findDisputedEstimates());
	}

	/** Statements that deny or reject a report or another statement. */
	List<ContestedResponse> responses() {
		return this.statements.contestedResponses(null);
	}

	/** How many subjects of each kind the contested page shows. */
	public Counts counts() {
		return new Counts(relationships().size(), responses().size(), figures().size());
	}

	/**
	 * The number of contested subjects of each kind, in the contested page's order.
	 */
	public record Counts(int relationships, int responses, int figures) {

		public int total() {
			return this.relationships + this.responses + this.figures;
		}

	}

}
