package org.militancymonitor.statement;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.militancymonitor.claim.Evidence;
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

	/**
	 * A statement's columns for {@link #view}, over {@code statement s} and
	 * {@link #VIEW_JOINS}.
	 */
	private static final String VIEW_COLUMNS = """
			s.id, case when s.speaker_person_id is not null then p.name else s.speaker_label end as speaker,
			       s.speaker_role, a.name as actor_name, a.slug as actor_slug, s.venue_kind, s.venue,
			       s.made_on, s.date_precision, s.date_as_stated, s.stance, s.summary, s.quote,
			       gl.group_slugs, gl.group_names, gl.group_short_names,
			""" + Evidence.SQL_COLUMNS + "\n";

	private static final String VIEW_JOINS = """
			  left join lateral (select array_agg(g.slug order by g.id) as group_slugs,
			                            array_agg(g.name order by g.id) as group_names,
			                            array_agg(g.short_name order by g.id) as group_short_names
			                       from statement_group sg join militant_group g on g.id = sg.group_id
			                      where sg.statement_id = s.id and g.retracted_at is null) gl on true
			  join actor a on a.id = s.actor_id
			  left join person p on p.id = s.speaker_person_id
			  join claim c on c.id = s.claim_id
			  join claim_evidence ce on ce.claim_id = c.id
			""";

	private final StatementRepository statements;

	private final JdbcClient jdbc;

	StatementQueries(StatementRepository statements, JdbcClient jdbc) {
		this.statements = statements;
		this.jdbc = jdbc;
	}

	/**
	 * The live statements that concern a group, grouped by the state or organisation that
	 * made them, newest first within each; in plain SQL, since the group's profile lists
	 * them all with their evidence.
	 */
	public List<StatementView> aboutGroup(long groupId) {
		return this.jdbc.sql("select " + VIEW_COLUMNS + """
				  from statement s
				  join statement_group about on about.statement_id = s.id and about.group_id = :groupId
				""" + VIEW_JOINS + """
				 where s.retracted_at is null
				""")
			.param("groupId", groupId)
			.query(StatementQueries::view)
			.list()
			.stream()
			.sorted(Comparator.comparing(StatementView::actorName).thenComparing(NEWEST_FIRST))
			.toList();
	}

	/**
	 * A row of {@link #VIEW_COLUMNS}: what {@link StatementView#of} makes of the entity.
	 */
	private static StatementView view(ResultSet rs, int rowNum) throws SQLException {
		String[] slugs = strings(rs, "group_slugs");
		String[] names = strings(rs, "group_names");
		String[] shortNames = strings(rs, "group_short_names");
		List<GroupLink> groups = new ArrayList<>(slugs.length);
		for (int i = 0; i < slugs.length; i++) {
			groups.add(new GroupLink(slugs[i], names[i], shortNames[i]));
		}
		groups.sort(Comparator.comparing(GroupLink::label));
		String venueKind = rs.getString("venue_kind");
		return new StatementView(rs.getLong("id"), rs.getString("speaker"), rs.getString("speaker_role"),
				rs.getString("actor_name"), rs.getString("actor_slug"),
				(venueKind != null) ? VenueKind.valueOf(venueKind) : null, rs.getString("venue"),
				PartialDate.fromSql(rs, "made_on", "date_precision"), rs.getString("date_as_stated"),
				Stance.valueOf(rs.getString("stance")), rs.getString("summary"), rs.getString("quote"),
				List.copyOf(groups), Evidence.fromSql(rs));
	}

	/** A text array column; none when the statement concerns no live group. */
	private static String[] strings(ResultSet rs, String column) throws SQLException {
		Array array = rs.getArray(column);
		return (array != null) ? (String[]) array.getArray() : new String[0];
	}

	/**
	 * Every statement that denies or rejects a report or another statement, beside what
	 * it answers; neither side retracted. With {@code groupId}, only disputes where
	 * either side concerns the group. In plain SQL, as every profile and the contested
	 * page show them.
	 */
	public List<ContestedResponse> contestedResponses(Long groupId) {
		record Response(StatementView view, Long answeredId, String reportSlug, String reportTitle) {
		}
		List<Response> responses = this.jdbc.sql("select " + VIEW_COLUMNS + """
				       , s.responds_to_statement_id, r.slug as report_slug, r.title as report_title
				  from statement s
				""" + VIEW_JOINS + """
				  left join statement o on o.id = s.responds_to_statement_id
				  left join report r on r.id = s.responds_to_report_id
				 where s.stance in ('DENIES', 'REJECTS')
				   and (s.responds_to_report_id is not null or s.responds_to_statement_id is not null)
				   and s.retracted_at is null and o.retracted_at is null and r.retracted_at is null
				   and (cast(:groupId as bigint) is null or exists (select 1 from statement_group about
				        where about.group_id = :groupId and about.statement_id in (s.id, o.id)))
				 order by s.id
				""")
			.param("groupId", groupId)
			.query((rs, n) -> new Response(view(rs, n), rs.getObject("responds_to_statement_id", Long.class),
					rs.getString("report_slug"), rs.getString("report_title")))
			.list();
		List<Long> answeredIds = responses.stream().map(Response::answeredId).filter(Objects::nonNull).toList();
		Map<Long, StatementView> answered = answeredIds.isEmpty() ? Map.of()
				: this.jdbc.sql("select " + VIEW_COLUMNS + " from statement s " + VIEW_JOINS + " where s.id in (:ids)")
					.param("ids", answeredIds)
					.query(StatementQueries::view)
					.list()
					.stream()
					.collect(Collectors.toMap(StatementView::id, Function.identity()));
		return responses.stream()
			.map((r) -> (r.answeredId() != null)
					? new ContestedResponse(r.view(), answered.get(r.answeredId()), null, null)
					: new ContestedResponse(r.view(), null, r.reportSlug(), r.reportTitle()))
			.toList();
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
