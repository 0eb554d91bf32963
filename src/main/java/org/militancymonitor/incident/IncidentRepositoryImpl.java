package org.militancymonitor.incident;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

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
	 * The page's rows, for ids chosen first (filter, sort, offset), so that locations and
	 * perpetrators are read for the rows shown only. One text for every filter:
	 * PostgreSQL plans it once per connection.
	 */
	private static final String SELECT_BY_IDS = """
			select i.id, i.occurred_on, i.date_precision, i.date_as_stated, i.event_type, i.sub_event_type,
			       c.name as country, a1.name as admin1, a2.name as admin2, i.place_name, i.fatalities,
			       i.cross_border, i.status, i.synthetic,
			       (select string_agg(distinct coalesce(g.short_name, g.name, ac.name), ', ')
			          from incident_actor ia
			          left join militant_group g on g.id = ia.group_id
			          left join actor ac on ac.id = ia.actor_id
			         where ia.incident_id = i.id and ia.role <> 'TARGET') as perpetrators
			  from unnest(cast(:ids as bigint[])) with ordinality as page (id, n)
			  join incident i on i.id = page.id
			  left join region c on c.id = i.country_id
			  left join region a1 on a1.id = i.admin1_id
			  left join region a2 on a2.id = i.admin2_id
			 order by page.n
			""";

	private final JdbcClient jdbc;

	IncidentRepositoryImpl(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One statement chooses the page's ids and counts the matches up to the
	 * {@link #countCap cap}: the inner query walks the matches in order and stops at the
	 * cap, the window counts them, the outer query keeps the page. Only a page past the
	 * last match needs a second statement for the count.
	 */
	@Override
	public IncidentListing list(ResolvedFilter resolved) {
		IncidentFilter filter = resolved.filter();
		Source source = Source.of(resolved);
		MapSqlParameterSource params = new MapSqlParameterSource();
		String where = where(resolved, source, params);
		long cap = countCap(filter);
		params.addValue("limit", filter.getSize()).addValue("offset", filter.offset()).addValue("cap", cap);
		String column = (filter.getSort() == IncidentSort.FATALITIES) ? "fatalities" : "occurred_on";
		String matches = "select " + source.id() + " as id, " + source.alias() + "." + column + " as sort_value from "
				+ source.table() + where + orderBy(filter, source.alias() + "." + column, source.id()) + " limit :cap";
		List<long[]> page = this.jdbc
			.sql("select id, total from (select id, sort_value, count(*) over () as total from (" + matches + ") m) c"
					+ orderBy(filter, "c.sort_value", "c.id") + " offset :offset limit :limit")
			.paramSource(params)
			.query((rs, n) -> new long[] { rs.getLong("id"), rs.getLong("total") })
			.list();
		long total = !page.isEmpty() ? page.get(0)[1]
				: this.jdbc.sql("select count(*) from (select 1 from " + source.table() + where + " limit :cap) t")
					.paramSource(params)
					.query(Long.class)
					.single();
		List<IncidentRow> rows = page.isEmpty() ? List.of() : this.jdbc.sql(SELECT_BY_IDS)
			.param("ids", page.stream().map((r) -> String.valueOf(r[0])).collect(Collectors.joining(",", "{", "}")))
			.query(IncidentRepositoryImpl::row)
			.list();
		return new IncidentListing(rows, total, cap, filter.getPage(), filter.getSize());
	}

	/**
	 * How far to count: exactly up to {@link IncidentFilter#EXACT_COUNT}, or a few pages
	 * beyond the one shown, whichever is more, never past the window; one more tells
	 * whether there are more. Never short of the page shown, which may end past the
	 * window.
	 */
	static long countCap(IncidentFilter filter) {
		long needed = Math.max(IncidentFilter.EXACT_COUNT, filter.offset() + 3L * filter.getSize());
		return Math.max(Math.min(needed, IncidentFilter.MAX_WINDOW), filter.offset() + filter.getSize()) + 1;
	}

	private static String where(ResolvedFilter resolved, Source source, MapSqlParameterSource params) {
		IncidentFilter filter = resolved.filter();
		String a = source.alias();
		StringBuilder where = new StringBuilder(" where " + a + ".status = :status");
		params.addValue("status", filter.getStatus().name());
		if (resolved.groupId() != null) {
			where.append(" and g.group_id = :group");
			params.addValue("group", resolved.groupId());
		}
		if (filter.getFrom() != null) {
			where.append(" and " + a + ".occurred_on >= " + dateLiteral(filter.getFrom(), "from", params));
		}
		if (filter.getTo() != null) {
			where.append(" and " + a + ".occurred_on <= " + dateLiteral(filter.getTo(), "to", params));
		}
		if (resolved.countryId() != null) {
			where.append(" and " + a + ".country_id = :country");
			params.addValue("country", resolved.countryId());
		}
		if (resolved.provinceId() != null) {
			where.append(" and " + a + ".admin1_id = :province");
			params.addValue("province", resolved.provinceId());
		}
		if (filter.getType() != null) {
			where.append(" and " + a + ".event_type = :type");
			params.addValue("type", filter.getType().name());
		}
		if (filter.getMinFatalities() != null) {
			where.append(" and " + a + ".fatalities >= " + filter.getMinFatalities().intValue());
		}
		if (filter.getMaxFatalities() != null) {
			where.append(" and " + a + ".fatalities <= " + filter.getMaxFatalities().intValue());
		}
		return where.toString();
	}

	/**
	 * A date of a range as a literal in the statement (from a {@link LocalDate}, never
	 * text from the request), so that PostgreSQL plans each range with its bounds: which
	 * index reads fewest rows depends on how wide the period is and how many fatalities
	 * are asked for, and a plan made once for any bounds (a server-prepared statement's
	 * generic plan) read a thousand times more rows for some. A year outside 1-9999 is
	 * passed as a parameter.
	 */
	private static String dateLiteral(LocalDate date, String name, MapSqlParameterSource params) {
		if (date.getYear() < 1 || date.getYear() > 9999) {
			params.addValue(name, Date.valueOf(date));
			return ":" + name;
		}
		return "date '" + date.format(DateTimeFormatter.ISO_LOCAL_DATE) + "'";
	}

	/**
	 * Matches the indexes of V27 and V28: unknown values sort as the lowest.
	 */
	private static String orderBy(IncidentFilter filter, String column, String id) {
		return (filter.getDir() == SortDirection.DESC) ? " order by " + column + " desc nulls last, " + id + " desc"
				: " order by " + column + " asc nulls first, " + id + " asc";
	}

	/**
	 * Where a list's ids come from: the incidents, or, filtered by a group, the group's
	 * incidents in incident_group (V27), which carries the columns filtered and sorted
	 * by.
	 */
	private enum Source {

		INCIDENT("incident i", "i", "i.id"), GROUP("incident_group g", "g", "g.incident_id");

		private final String table;

		private final String alias;

		private final String id;

		Source(String table, String alias, String id) {
			this.table = table;
			this.alias = alias;
			this.id = id;
		}

		static Source of(ResolvedFilter resolved) {
			return (resolved.groupId() != null) ? GROUP : INCIDENT;
		}

		String table() {
			return this.table;
		}

		String alias() {
			return this.alias;
		}

		String id() {
			return this.id;
		}

	}

	private static IncidentRow row(ResultSet rs, int rowNum) throws SQLException {
		PartialDate occurred = PartialDate.fromSql(rs, "occurred_on", "date_precision");
		return new IncidentRow(rs.getLong("id"), occurred, rs.getString("date_as_stated"),
				EventType.valueOf(rs.getString("event_type")), SubEventType.valueOf(rs.getString("sub_event_type")),
				rs.getString("country"), rs.getString("admin1"), rs.getString("admin2"), rs.getString("place_name"),
				rs.getObject("fatalities", Integer.class), rs.getBoolean("cross_border"),
				IncidentStatus.valueOf(rs.getString("status")), rs.getBoolean("synthetic"),
				rs.getString("perpetrators"));
	}

}
