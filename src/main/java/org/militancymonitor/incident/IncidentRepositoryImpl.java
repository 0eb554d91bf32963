package org.militancymonitor.incident;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.militancymonitor.common.PartialDate;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The incident list in SQL: filters become indexed predicates, pages are read with LIMIT
 * and OFFSET within {@link IncidentFilter#MAX_WINDOW}, and the list's perpetrators are
 * aggregated in the same statement.
 */
class IncidentRepositoryImpl implements IncidentRepositoryCustom {

	/**
	 * The page's rows: the ids are chosen first (filter, sort, offset) in {@code page},
	 * so that locations and perpetrators are read for the rows shown only, not for the
	 * rows an offset skips.
	 */
	private static final String SELECT = """
			select i.id, i.occurred_on, i.date_precision, i.date_as_stated, i.event_type, i.sub_event_type,
			       c.name as country, a1.name as admin1, a2.name as admin2, i.place_name, i.fatalities,
			       i.cross_border, i.status, i.synthetic,
			       (select string_agg(distinct coalesce(g.short_name, g.name, ac.name), ', ')
			          from incident_actor ia
			          left join militant_group g on g.id = ia.group_id
			          left join actor ac on ac.id = ia.actor_id
			         where ia.incident_id = i.id and ia.role <> 'TARGET') as perpetrators
			  from page
			  join incident i on i.id = page.id
			  left join region c on c.id = i.country_id
			  left join region a1 on a1.id = i.admin1_id
			  left join region a2 on a2.id = i.admin2_id
			""";

	private final JdbcClient jdbc;

	IncidentRepositoryImpl(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public IncidentListing list(ResolvedFilter resolved) {
		IncidentFilter filter = resolved.filter();
		MapSqlParameterSource params = new MapSqlParameterSource();
		String where = where(resolved, params, true);
		params.addValue("limit", filter.getSize()).addValue("offset", filter.offset());
		String page = "with page as (select i.id from incident i" + where + orderBy(filter)
				+ " limit :limit offset :offset) ";
		List<IncidentRow> rows = this.jdbc.sql(page + SELECT + orderBy(filter))
			.paramSource(params)
			.query(IncidentRepositoryImpl::row)
			.list();
		params.addValue("cap", countCap(filter));
		long total = this.jdbc.sql(countSql(resolved, params)).paramSource(params).query(Long.class).single();
		return new IncidentListing(rows, total, countCap(filter), filter.getPage(), filter.getSize());
	}

	/**
	 * Counts matches up to the cap. Filtered by group, the count walks the group's
	 * incidents (an index on incident_actor) rather than probing every incident for the
	 * group, which for a rare group reads a hundred incidents for each match.
	 */
	private static String countSql(ResolvedFilter resolved, MapSqlParameterSource params) {
		if (resolved.groupId() != null) {
			return "select count(*) from (select distinct ga.incident_id from incident_actor ga"
					+ " join incident i on i.id = ga.incident_id" + where(resolved, params, false)
					+ " and ga.group_id = :group limit :cap) t";
		}
		return "select count(*) from (select 1 from incident i " + where(resolved, params, true) + " limit :cap) t";
	}

	/**
	 * How far to count: exactly up to {@link IncidentFilter#EXACT_COUNT}, or a few pages
	 * beyond the one shown, whichever is more, never past the window; one more tells
	 * whether there are more.
	 */
	static long countCap(IncidentFilter filter) {
		long needed = Math.max(IncidentFilter.EXACT_COUNT, filter.offset() + 3L * filter.getSize());
		return Math.min(needed, IncidentFilter.MAX_WINDOW) + 1;
	}

	private static String where(ResolvedFilter resolved, MapSqlParameterSource params, boolean byGroup) {
		IncidentFilter filter = resolved.filter();
		StringBuilder where = new StringBuilder(" where i.status = :status");
		params.addValue("status", filter.getStatus().name());
		if (filter.getFrom() != null) {
			where.append(" and i.occurred_on >= :from");
			params.addValue("from", Date.valueOf(filter.getFrom()));
		}
		if (filter.getTo() != null) {
			where.append(" and i.occurred_on <= :to");
			params.addValue("to", Date.valueOf(filter.getTo()));
		}
		if (resolved.countryId() != null) {
			where.append(" and i.country_id = :country");
			params.addValue("country", resolved.countryId());
		}
		if (resolved.provinceId() != null) {
			where.append(" and i.admin1_id = :province");
			params.addValue("province", resolved.provinceId());
		}
		if (resolved.groupId() != null && byGroup) {
			where.append(" and exists (select 1 from incident_actor ga where ga.incident_id = i.id"
					+ " and ga.group_id = :group)");
		}
		if (resolved.groupId() != null) {
			params.addValue("group", resolved.groupId());
		}
		if (filter.getType() != null) {
			where.append(" and i.event_type = :type");
			params.addValue("type", filter.getType().name());
		}
		if (filter.getMinFatalities() != null) {
			where.append(" and i.fatalities >= :minFatalities");
			params.addValue("minFatalities", filter.getMinFatalities());
		}
		if (filter.getMaxFatalities() != null) {
			where.append(" and i.fatalities <= :maxFatalities");
			params.addValue("maxFatalities", filter.getMaxFatalities());
		}
		return where.toString();
	}

	/**
	 * Matches the indexes of V23: unknown values sort as the lowest.
	 */
	private static String orderBy(IncidentFilter filter) {
		String column = (filter.getSort() == IncidentSort.FATALITIES) ? "i.fatalities" : "i.occurred_on";
		return (filter.getDir() == SortDirection.DESC) ? " order by " + column + " desc nulls last, i.id desc"
				: " order by " + column + " asc nulls first, i.id asc";
	}

	private static IncidentRow row(ResultSet rs, int rowNum) throws SQLException {
		PartialDate occurred = PartialDate.fromSql(rs.getDate("occurred_on"), rs.getString("date_precision"));
		return new IncidentRow(rs.getLong("id"), occurred, rs.getString("date_as_stated"),
				EventType.valueOf(rs.getString("event_type")), SubEventType.valueOf(rs.getString("sub_event_type")),
				rs.getString("country"), rs.getString("admin1"), rs.getString("admin2"), rs.getString("place_name"),
				rs.getObject("fatalities", Integer.class), rs.getBoolean("cross_border"),
				IncidentStatus.valueOf(rs.getString("status")), rs.getBoolean("synthetic"),
				rs.getString("perpetrators"));
	}

}
