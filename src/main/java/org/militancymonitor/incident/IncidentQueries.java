package org.militancymonitor.incident;

import org.militancymonitor.review.ReviewStatus;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.militancymonitor.common.PartialDate;
import org.militancymonitor.common.PartialDateFormatter;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The incident list in SQL, for the incident page and for other features: filters become
 * indexed predicates, pages are read with LIMIT and OFFSET within
 * {@link IncidentFilter#MAX_WINDOW}, and the rows of a page are read by their ids, named
 * from {@link IncidentNames}. No transaction: each statement reads committed data on its
 * own, and a group page that lists incidents brings its own.
 */
@Service
public class IncidentQueries {

	/** Incidents a group page lists on each of its pages. */
	public static final int GROUP_PAGE_SIZE = 10;

	/**
	 * The page's rows, for ids chosen first (filter, sort, offset), with the ids of their
	 * regions and of the groups and actors that carried them out: {@link IncidentNames}
	 * knows their names. One text for every filter: PostgreSQL plans it once per
	 * connection.
	 */
	private static final String SELECT_BY_IDS = """
			select i.id, i.occurred_on, i.date_precision, i.date_as_stated, i.event_type, i.sub_event_type,
			       i.country_id, i.admin1_id, i.admin2_id, i.place_name, i.fatalities,
			       i.cross_border, i.status, i.synthetic, p.group_ids, p.actor_ids
			  from incident i
			  left join lateral (
			       select array_agg(ia.group_id) as group_ids, array_agg(ia.actor_id) as actor_ids
			         from incident_actor ia
			        where ia.incident_id = i.id and ia.role <> 'TARGET') p on true
			 where i.id = any(cast(:ids as bigint[]))
			""";

	/**
	 * A page ending at most this many rows short of the count's cap is read with the rows
	 * up to the cap in one ordered scan, which counts them too; an earlier page counts
	 * apart, in any order, which is cheaper than counting along the sort.
	 */
	private static final int ONE_SCAN_ROWS = 200;

	private final JdbcClient jdbc;

	private final IncidentNames names;

	private final PartialDateFormatter dates;

	private final MessageSource messages;

	IncidentQueries(JdbcClient jdbc, IncidentNames names, PartialDateFormatter dates, MessageSource messages) {
		this.jdbc = jdbc;
		this.names = names;
		this.dates = dates;
		this.messages = messages;
	}

	/**
	 * The published incidents a group took part in, newest first, one page of them.
	 * @throws IllegalArgumentException when the page is negative or beyond the window
	 */
	public IncidentListing forGroup(long groupId, int page) {
		IncidentFilter filter = new IncidentFilter();
		filter.setSize(GROUP_PAGE_SIZE);
		filter.setPage(page);
		if (page < 0 || !filter.isWithinWindow()) {
			throw new IllegalArgumentException("No such page of incidents: " + page);
		}
		return list(new ResolvedFilter(filter, null, null, groupId));
	}

	/**
	 * The latest published incidents, newest first as the incident list sorts them (those
	 * of unknown date last), up to {@code size}: the first ids along the list's date
	 * index, then their rows; no count.
	 */
	public List<IncidentRow> latest(int size) {
		List<Long> ids = this.jdbc.sql("""
				select i.id from incident i where i.status = 'PUBLISHED'
				 order by i.occurred_on desc nulls last, i.id desc limit :size
				""").param("size", size).query(Long.class).list();
		return rows(ids);
	}

	/**
	 * Chooses the page's ids and counts the matches up to the {@link #countCap cap} in
	 * one statement, then reads the page's rows. Near the cap (deep pages), one ordered
	 * scan reads the ids from the page to the cap and their number gives the count;
	 * otherwise the count is a scan of its own, unordered, beside the page's. Only a page
	 * past the last match needs another statement for the count.
	 */
	IncidentListing list(ResolvedFilter resolved) {
		IncidentFilter filter = resolved.filter();
		Selection selection = select(resolved);
		MapSqlParameterSource params = selection.params();
		long cap = countCap(filter);
		long offset = filter.offset();
		String ordered = "select " + selection.id() + " as id from " + selection.table() + selection.where()
				+ selection.orderBy() + " offset :offset limit :limit";
		String count = "select count(*) from (select 1 from " + selection.table() + selection.where()
				+ " limit :cap) t";
		params.addValue("offset", offset).addValue("cap", cap);
		List<Long> ids;
		long total;
		if (cap - offset <= ONE_SCAN_ROWS) {
			params.addValue("limit", cap - offset);
			List<Long> upToCap = this.jdbc.sql(ordered).paramSource(params).query(Long.class).list();
			ids = upToCap.subList(0, Math.min(upToCap.size(), filter.getSize()));
			total = (!upToCap.isEmpty() || offset == 0) ? offset + upToCap.size()
					: this.jdbc.sql(count).paramSource(params).query(Long.class).single();
		}
		else {
			params.addValue("limit", filter.getSize());
			List<long[]> page = this.jdbc
				.sql("select c.total, p.id from (" + count + ") c(total) left join lateral (" + ordered + ") p on true")
				.paramSource(params)
				.query((rs, n) -> new long[] { rs.getLong("total"), rs.getLong("id") })
				.list();
			ids = page.stream().filter((r) -> r[1] != 0).map((r) -> r[1]).toList();
			total = page.get(0)[0];
		}
		return new IncidentListing(rows(ids), total, cap, filter.getPage(), filter.getSize());
	}

	/**
	 * The incidents a filter selects, in the list's order, as SQL: the one text of the
	 * filters for the list and for the exports, which read every match rather than a
	 * page.
	 */
	static Selection select(ResolvedFilter resolved) {
		Source source = Source.of(resolved);
		MapSqlParameterSource params = new MapSqlParameterSource();
		String where = where(resolved, source, params);
		String column = (resolved.filter().getSort() == IncidentSort.FATALITIES) ? "fatalities" : "occurred_on";
		return new Selection(source, where, orderBy(resolved.filter(), source.alias() + "." + column, source.id()),
				params);
	}

	/**
	 * A filter's selection: the table its ids come from, its predicates (on the table's
	 * alias) and the list's order, with their parameters.
	 */
	record Selection(Source source, String where, String orderBy, MapSqlParameterSource params) {

		String table() {
			return this.source.table();
		}

		String id() {
			return this.source.id();
		}

		/**
		 * The table with the incident's row beside it as {@code i}, for a query that
		 * reads the incidents' columns.
		 */
		String withIncident() {
			return (this.source == Source.INCIDENT) ? this.source.table()
					: this.source.table() + " join incident i on i.id = " + this.source.id();
		}

	}

	/**
	 * The rows of the given ids, in that order.
	 */
	private List<IncidentRow> rows(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		IncidentNames.Names names = this.names.current();
		Locale locale = LocaleContextHolder.getLocale();
		Map<Long, IncidentRow> byId = new HashMap<>();
		this.jdbc.sql(SELECT_BY_IDS)
			.param("ids", ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")))
			.query((rs) -> {
				IncidentRow row = row(rs, names, locale);
				byId.put(row.id(), row);
			});
		return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
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
	 * generic plan) reads far more rows for some. A year outside 1-9999 is passed as a
	 * parameter.
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
	enum Source {

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

	private IncidentRow row(ResultSet rs, IncidentNames.Names names, Locale locale) throws SQLException {
		PartialDate occurred = PartialDate.fromSql(rs, "occurred_on", "date_precision");
		SubEventType subEventType = SubEventType.valueOf(rs.getString("sub_event_type"));
		return new IncidentRow(rs.getLong("id"), occurred, this.dates.format(occurred, rs.getString("date_as_stated")),
				EventType.valueOf(rs.getString("event_type")), subEventType,
				this.messages.getMessage("enum.SubEventType." + subEventType.name(), null, locale),
				names.region(rs.getObject("country_id", Long.class)),
				names.region(rs.getObject("admin1_id", Long.class)),
				names.region(rs.getObject("admin2_id", Long.class)), rs.getString("place_name"),
				rs.getObject("fatalities", Integer.class), rs.getBoolean("cross_border"),
				ReviewStatus.valueOf(rs.getString("status")), rs.getBoolean("synthetic"),
				names.parties(ids(rs, "group_ids"), ids(rs, "actor_ids")));
	}

	private static Long[] ids(ResultSet rs, String column) throws SQLException {
		Array array = rs.getArray(column);
		return (array != null) ? (Long[]) array.getArray() : null;
	}

}
