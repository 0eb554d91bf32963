package org.militancymonitor.statement;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.militancymonitor.common.PartialDate;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The statement matrix in SQL: one statement joins each statement to its actor and to
 * every group it concerns (or to none), and Java groups the rows into cells.
 */
class StatementRepositoryImpl implements StatementRepositoryCustom {

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

	private final JdbcClient jdbc;

	StatementRepositoryImpl(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public StatementMatrix matrix(StatementFilter filter) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		StringBuilder where = new StringBuilder(" where true");
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
		List<MatrixRow> rows = this.jdbc.sql(SELECT + where + " order by a.name, s.id, g.name")
			.paramSource(params)
			.query(StatementRepositoryImpl::row)
			.list();
		return StatementMatrix.of(rows);
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
