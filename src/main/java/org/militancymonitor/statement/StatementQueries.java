package org.militancymonitor.statement;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.militancymonitor.common.PartialDate;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
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

	private static final String SELECT = """
			select s.id, s.stance, s.summary, s.made_on, s.date_precision, s.date_as_stated,
			       coalesce(p.name, s.speaker_label) as speaker,
			       a.slug as actor_slug, a.name as actor_name,
			       g.slug as group_slug, g.name as group_name, g.short_name as group_short_name,
			       case when g.id is null then
			         (select string_agg(ca.name, ', ' order by ca.name)
			            from statement_actor sa join actor ca on ca.id = sa.actor_id
			           where sa.statement_id = s.id)
			       end as concerned_actors
			  from statement s
			  join actor a on a.id = s.actor_id
			  left join person p on p.id = s.speaker_person_id
			  left join statement_group sg on sg.statement_id = s.id
			  left join militant_group g on g.id = sg.group_id
			""";

	private final StatementRepository statements;

	private final JdbcClient jdbc;

	StatementQueries(StatementRepository statements, JdbcClient jdbc) {
		this.statements = statements;
		this.jdbc = jdbc;
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
	 * it answers; none of them retracted. With {@code groupId}, only disputes where
	 * either side concerns the group.
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
		return responses.stream()
			.filter((s) -> !s.isRespondingToRetractedReport())
			.map(StatementQueries::contested)
			.toList();
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

	/**
	 * The statements matching the filter, with the groups they concern, as a matrix; in
	 * one statement that joins each statement to its actor and to every group it concerns
	 * (or to none), Java grouping the rows into cells. One statement needs no transaction
	 * of its own.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public StatementMatrix matrix(StatementFilter filter) {
		return StatementMatrix.of(rows(filter));
	}

	/**
	 * The rows the matrix is made of: each statement matching the filter once for every
	 * live group it concerns (or once, with no group), by state, statement and group.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	List<MatrixRow> rows(StatementFilter filter) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		// Retracted statements, and retracted groups as columns, are left out; a
		// statement
		// about retracted groups alone with them.
		StringBuilder where = new StringBuilder(
				" where s.retracted_at is null and (sg.group_id is null or g.retracted_at is null)");
		if (filter.getFrom() != null) {
			where.append(" and s.made_on >= :from");
			params.addValue("from", Date.valueOf(filter.getFrom()));
		}
		if (filter.getTo() != null) {
			where.append(" and s.made_on <= :to");
			params.addValue("to", Date.valueOf(filter.getTo()));
		}
		if (filter.getVenue() != null) {
			where.append(" and s.venue_kind = :venue");
			params.addValue("venue", filter.getVenue().name());
		}
		return this.jdbc.sql(SELECT + where + " order by a.name, s.id, g.name")
			.paramSource(params)
			.query(StatementQueries::row)
			.list();
	}

	/**
	 * The latest statements, newest first (those of unknown date last), up to
	 * {@code limit}, with the live groups each concerns; retracted ones left out. One
	 * statement, no transaction of its own.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public List<StatementLine> latest(int limit) {
		return this.jdbc
			.sql("""
					select s.id, s.made_on, s.date_precision, s.stance, s.summary, a.slug as actor_slug, a.name as actor_name,
					       (select string_agg(g.name, ', ' order by g.name)
					          from statement_group sg join militant_group g on g.id = sg.group_id
					         where sg.statement_id = s.id and g.retracted_at is null) as groups
					  from statement s
					  join actor a on a.id = s.actor_id
					 where s.retracted_at is null
					 order by s.made_on desc nulls last, s.id desc
					 limit :limit
					""")
			.param("limit", limit)
			.query((rs, n) -> new StatementLine(rs.getLong("id"), PartialDate.fromSql(rs, "made_on", "date_precision"),
					new ActorLink(rs.getString("actor_slug"), rs.getString("actor_name")),
					Stance.valueOf(rs.getString("stance")), rs.getString("summary"), rs.getString("groups")))
			.list();
	}

	/**
	 * The id of the report a slug names, for a statement that responds to it: read in
	 * SQL, as reports are another feature's.
	 */
	Optional<Long> reportIdBySlug(String slug) {
		return this.jdbc.sql("select id from report where slug = lower(:slug)")
			.param("slug", slug.strip())
			.query(Long.class)
			.optional();
	}

	private static MatrixRow row(ResultSet rs, int rowNum) throws SQLException {
		PartialDate made = PartialDate.fromSql(rs, "made_on", "date_precision");
		String groupSlug = rs.getString("group_slug");
		GroupLink group = (groupSlug != null)
				? new GroupLink(groupSlug, rs.getString("group_name"), rs.getString("group_short_name")) : null;
		return new MatrixRow(rs.getLong("id"), new ActorLink(rs.getString("actor_slug"), rs.getString("actor_name")),
				group, rs.getString("speaker"), Stance.valueOf(rs.getString("stance")), rs.getString("summary"), made,
				rs.getString("date_as_stated"), rs.getString("concerned_actors"));
	}

}
