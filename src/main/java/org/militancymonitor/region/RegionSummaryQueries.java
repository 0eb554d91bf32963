package org.militancymonitor.region;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.militancymonitor.common.PartialDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Regional summaries in SQL, read from {@code region_incident_summary} (V48), which
 * counts the published incidents by region, group, event type, date precision, month and
 * week and is kept up to date in the transaction of every change to an incident: a
 * summary read after a commit includes it. The region feature reads incidents, groups,
 * designations, statements and reports through SQL only, as every one of those features
 * knows regions.
 * <p>
 * Four-week figures count the incidents dated to the day; one known only to its month
 * counts in the monthly trend alone (and in {@link RegionSummary#monthOnlyInWindow()}),
 * one known only to its year in {@link RegionSummary#undated()}. No transaction: each
 * statement reads committed data on its own.
 */
@Service
public class RegionSummaryQueries {

	/** How many reports, statements and contested subjects a summary lists. */
	static final int LATEST = 8;

	/** How many statements the timeline marks at most. */
	static final int TIMELINE_STATEMENTS = 40;

	/**
	 * The figures of one key over the trend's months and in the three four-week windows.
	 * {@code %s} is the key column; the caller adds its conditions.
	 */
	private static final String BREAKDOWN = """
			select %s as key,
			       coalesce(sum(s.incidents) filter (where p), 0) as p_incidents,
			       coalesce(sum(s.fatalities) filter (where p), 0) as p_fatalities,
			       coalesce(sum(s.fatalities_low) filter (where p), 0) as p_low,
			       coalesce(sum(s.fatalities_high) filter (where p), 0) as p_high,
			       coalesce(sum(s.fatalities_unknown) filter (where p), 0) as p_unknown,
			       coalesce(sum(s.incidents) filter (where c), 0) as c_incidents,
			       coalesce(sum(s.fatalities) filter (where c), 0) as c_fatalities,
			       coalesce(sum(s.fatalities_low) filter (where c), 0) as c_low,
			       coalesce(sum(s.fatalities_high) filter (where c), 0) as c_high,
			       coalesce(sum(s.fatalities_unknown) filter (where c), 0) as c_unknown,
			       coalesce(sum(s.incidents) filter (where b), 0) as b_incidents,
			       coalesce(sum(s.fatalities) filter (where b), 0) as b_fatalities,
			       coalesce(sum(s.fatalities_low) filter (where b), 0) as b_low,
			       coalesce(sum(s.fatalities_high) filter (where b), 0) as b_high,
			       coalesce(sum(s.fatalities_unknown) filter (where b), 0) as b_unknown,
			       coalesce(sum(s.incidents) filter (where y), 0) as y_incidents,
			       coalesce(sum(s.fatalities) filter (where y), 0) as y_fatalities,
			       coalesce(sum(s.fatalities_low) filter (where y), 0) as y_low,
			       coalesce(sum(s.fatalities_high) filter (where y), 0) as y_high,
			       coalesce(sum(s.fatalities_unknown) filter (where y), 0) as y_unknown
			  from (select s.*,
			               s.month between :firstMonth and :lastMonth
			                 and s.date_precision in (:precisions) as p,
			               s.date_precision = 'DAY' and s.week between :currentStart and :currentEnd as c,
			               s.date_precision = 'DAY' and s.week between :previousStart and :previousEnd as b,
			               s.date_precision = 'DAY' and s.week between :yearStart and :yearEnd as y
			          from region_incident_summary s
			         where s.region_id = :region and %s
			           and s.month between :earliestMonth and :lastMonth
			           and (cast(:type as text) is null or s.event_type = :type)) s
			 group by 1
			""";

	private final JdbcClient jdbc;

	private final RegionDirectory regions;

	private final SummaryClock clock;

	RegionSummaryQueries(JdbcClient jdbc, RegionDirectory regions, SummaryClock clock) {
		this.jdbc = jdbc;
		this.regions = regions;
		this.clock = clock;
	}

	/**
	 * The period ending at {@code end}, or when null at today, unless nothing was
	 * recorded in the four weeks to today: then at the latest published incident dated to
	 * the day, up to today (the seed and the synthetic incidents end years before today's
	 * date).
	 */
	public SummaryPeriod period(LocalDate end, int months) {
		LocalDate today = this.clock.today();
		if (end != null) {
			return new SummaryPeriod(today, end, false, months);
		}
		LocalDate latest = latestIncidentDay(today);
		boolean recent = latest != null && !latest.isBefore(today.minusDays(SummaryPeriod.WINDOW_DAYS - 1L));
		if (latest == null || recent) {
			return new SummaryPeriod(today, today, false, months);
		}
		return new SummaryPeriod(today, latest, true, months);
	}

	/** The default period: the home page's. */
	public SummaryPeriod defaultPeriod() {
		return period(null, SummaryFilter.DEFAULT_MONTHS);
	}

	/** The day it is for the summaries, from which the default period is reckoned. */
	public LocalDate today() {
		return this.clock.today();
	}

	/**
	 * The latest day of a published incident dated to the day, not after {@code today};
	 * null if none. Read from the summary's weeks of the world regions (every located
	 * incident is in one), then the day in the incidents of that week.
	 */
	LocalDate latestIncidentDay(LocalDate today) {
		return this.jdbc.sql("""
				select max(i.occurred_on)
				  from incident i
				 where i.status = 'PUBLISHED' and i.date_precision = 'DAY' and i.occurred_on <= :today
				   and i.occurred_on >= coalesce((
				       select max(s.week) from region_incident_summary s
				         join region r on r.id = s.region_id and r.level = 'WORLD_REGION'
				        where s.group_id = 0 and s.date_precision = 'DAY' and s.week <= :today and s.incidents > 0),
				       '-infinity')
				""").param("today", Date.valueOf(today)).query(LocalDate.class).optional().orElse(null);
	}

	/**
	 * A region's incidents and fatalities in the last four weeks of the period against
	 * the four before and the same weeks a year earlier: the headline figures, for the
	 * summary and the home page.
	 */
	public Comparison headline(long regionId, SummaryPeriod period) {
		return breakdown("0", "s.group_id = 0", regionId, period, null, SummaryPrecision.MONTH, Map.of()).stream()
			.map(Breakdown::weeks)
			.reduce(Comparison.NONE, Comparison::plus);
	}

	/**
	 * The {@link #headline headline figures} of several regions in one statement, by
	 * region id; a region without incidents has {@link Comparison#NONE}.
	 */
	public Map<Long, Comparison> headlines(List<Long> regionIds, SummaryPeriod period) {
		Map<Long, Comparison> byRegion = new HashMap<>();
		regionIds.forEach((id) -> byRegion.put(id, Comparison.NONE));
		String sql = """
				select r.id, t.*
				  from region r
				  cross join lateral (%s) t
				 where r.id in (:ids)
				""".formatted(BREAKDOWN.formatted("0", "s.group_id = 0").replace(":region", "r.id"));
		params(this.jdbc.sql(sql), 0, period, null, SummaryPrecision.MONTH)
			.param("ids", regionIds.isEmpty() ? List.of(-1L) : regionIds)
			.query((rs, n) -> {
				byRegion.put(rs.getLong("id"), breakdown(rs, "0", "0", null, null).weeks());
				return null;
			})
			.list();
		return byRegion;
	}

	/**
	 * The summary of a region.
	 * @param groupId only this group's incidents, or all if null
	 * @param type only incidents of this event type, or all if null
	 */
	public RegionSummary summary(RegionOption region, SummaryPeriod period, Long groupId, String type,
			SummaryPrecision precision) {
		long group = (groupId != null) ? groupId : 0;
		List<Breakdown> types = types(region.id(), period, group, type, precision);
		Comparison totals = types.stream().map(Breakdown::weeks).reduce(Comparison.NONE, Comparison::plus);
		List<GroupChoice> activeGroups = activeGroups(region.id());
		List<Long> active = activeGroups.stream().map(GroupChoice::id).toList();
		List<Long> countries = countries(region.id());
		List<TimelineEvent> designations = designations(active);
		List<TimelineEvent> timeline = new ArrayList<>();
		List<TimelineEvent> inForce = new ArrayList<>();
		for (TimelineEvent event : designations) {
			if (within(event.date(), period)) {
				timeline.add(event);
			}
			else if ("LISTED".equals(event.kind()) && isBefore(event.date(), period.firstMonth())) {
				boolean ended = designations.stream()
					.anyMatch((e) -> "DELISTED".equals(e.kind()) && e.link().equals(event.link())
							&& e.detail().equals(event.detail()) && isBefore(e.date(), period.firstMonth()));
				if (!ended) {
					inForce.add(event);
				}
			}
		}
		timeline.addAll(timelineStatements(active, countries, period));
		timeline.sort(Comparator.comparing(TimelineEvent::date));
		return new RegionSummary(region, ancestors(region), period, totals, monthOnly(region.id(), period, group, type),
				months(region.id(), period, group, type, precision), undated(region.id(), period, group, type),
				groups(region.id(), period, groupId, type, precision), types,
				subregions(region, period, group, type, precision), timeline, inForce, reports(active),
				statements(active, countries), contested(active, countries), activeGroups);
	}

	/**
	 * Every region of the index (world regions, countries, provinces) with its figures
	 * over the period's months and weeks, by id.
	 */
	public Map<Long, Breakdown> index(SummaryPeriod period) {
		Map<Long, Breakdown> byRegion = new HashMap<>();
		String sql = """
				select r.id, r.slug, t.*
				  from region r
				  cross join lateral (%s) t
				 where r.level in ('WORLD_REGION', 'COUNTRY', 'ADMIN1')
				""".formatted(BREAKDOWN.formatted("0", "s.group_id = 0").replace(":region", "r.id"));
		params(this.jdbc.sql(sql), 0, period, null, SummaryPrecision.MONTH).query((rs, n) -> {
			byRegion.put(rs.getLong("id"), breakdown(rs, rs.getString("slug"), rs.getString("slug"), null, null));
			return null;
		}).list();
		return byRegion;
	}

	/**
	 * The incidents known only to a month that the period's last four weeks touch: not in
	 * the four-week figures, which count incidents dated to the day.
	 */
	public long monthOnlyInWindow(long regionId, SummaryPeriod period) {
		return monthOnly(regionId, period, 0, null);
	}

	/**
	 * The groups with incidents dated to the day in the region in the period's last four
	 * weeks (as the four-week figures count them), most incidents first; retracted groups
	 * left out. One index range per group, over the window's months.
	 */
	public List<ActiveGroup> activeInWindow(long regionId, SummaryPeriod period) {
		return this.jdbc.sql("""
				select g.slug, g.name, t.incidents, t.fatalities
				  from militant_group g
				  cross join lateral (
				       select coalesce(sum(s.incidents), 0) as incidents, coalesce(sum(s.fatalities), 0) as fatalities
				         from region_incident_summary s
				        where s.region_id = :region and s.group_id = g.id and s.date_precision = 'DAY'
				          and s.month between :firstMonth and :lastMonth
				          and s.week between :currentStart and :currentEnd) t
				 where g.retracted_at is null and t.incidents > 0
				 order by t.incidents desc, g.name
				""")
			.param("region", regionId)
			.param("firstMonth", Date.valueOf(period.currentStart().withDayOfMonth(1)))
			.param("lastMonth", Date.valueOf(period.currentEnd().withDayOfMonth(1)))
			.param("currentStart", Date.valueOf(period.currentStart()))
			.param("currentEnd", Date.valueOf(period.currentEnd()))
			.query(ActiveGroup.class)
			.list();
	}

	/** A group with its incidents and fatalities in a window. */
	public record ActiveGroup(String slug, String name, long incidents, long fatalities) {
	}

	/** The id of the group of that slug. */
	public Optional<Long> groupId(String slug) {
		return this.jdbc.sql("select id from militant_group where slug = :slug")
			.param("slug", slug)
			.query(Long.class)
			.optional();
	}

	/**
	 * The groups a region's summary may be filtered by: those with a published incident
	 * there at any time, by name.
	 */
	public List<GroupChoice> groupChoices(long regionId) {
		return activeGroups(regionId);
	}

	/** A group as the filter offers it. */
	public record GroupChoice(long id, String slug, String name) {
	}

	private List<Breakdown> types(long regionId, SummaryPeriod period, long group, String type,
			SummaryPrecision precision) {
		Map<String, Breakdown> byType = new HashMap<>();
		for (Breakdown line : breakdown("s.event_type", "s.group_id = :group", regionId, period, type, precision,
				Map.of("group", group))) {
			byType.put(line.key(), line);
		}
		List<Breakdown> types = new ArrayList<>();
		for (String t : SummaryFilter.EVENT_TYPES) {
			if (type == null || type.equals(t)) {
				types.add(byType.getOrDefault(t,
						new Breakdown(t, "enum.EventType." + t, Figures.NONE, Comparison.NONE, null, false)));
			}
		}
		return types;
	}

	/**
	 * The groups with incidents in the region in the period or in the compared weeks,
	 * most incidents over the period first, each with the first day it can have been seen
	 * in the region (whatever the type filter).
	 */
	private List<Breakdown> groups(long regionId, SummaryPeriod period, Long groupId, String type,
			SummaryPrecision precision) {
		String sql = """
				select g.slug, g.name, f.first_day, b.*
				  from (%s) b
				  join militant_group g on g.id = b.key
				  left join lateral (
				       select greatest(x.week, x.month) as first_day
				         from region_incident_summary x
				        where x.region_id = :region and x.group_id = b.key and x.incidents > 0
				          and x.date_precision <> 'UNKNOWN'
				        order by x.month, x.week
				        limit 1) f on true
				 where b.p_incidents > 0 or b.c_incidents > 0 or b.b_incidents > 0 or b.y_incidents > 0
				 order by b.p_incidents desc, b.c_incidents desc, g.name
				"""
			.formatted(BREAKDOWN.formatted("s.group_id", (groupId != null) ? "s.group_id = :group" : "s.group_id > 0"));
		return params(this.jdbc.sql(sql), regionId, period, type, precision)
			.param("group", (groupId != null) ? groupId : 0)
			.query((rs, n) -> {
				LocalDate first = rs.getObject("first_day", LocalDate.class);
				return breakdown(rs, rs.getString("slug"), rs.getString("name"), first, period);
			})
			.list();
	}

	private List<Breakdown> subregions(RegionOption region, SummaryPeriod period, long group, String type,
			SummaryPrecision precision) {
		String sql = """
				select r.slug, r.name, t.*
				  from region r
				  cross join lateral (%s) t
				 where r.parent_id = :parent
				 order by r.name
				""".formatted(BREAKDOWN.formatted("0", "s.group_id = :group").replace(":region", "r.id"));
		List<Breakdown> lines = params(this.jdbc.sql(sql), 0, period, type, precision).param("group", group)
			.param("parent", region.id())
			.query((rs, n) -> breakdown(rs, rs.getString("slug"), rs.getString("name"), null, null))
			.list();
		// a region without incidents has no line in the lateral's group by
		List<RegionOption> children = this.regions.children(region.slug());
		Map<String, Breakdown> bySlug = new HashMap<>();
		lines.forEach((line) -> bySlug.put(line.key(), line));
		return children.stream()
			.map((child) -> bySlug.getOrDefault(child.slug(),
					new Breakdown(child.slug(), child.name(), Figures.NONE, Comparison.NONE, null, false)))
			.toList();
	}

	private List<Breakdown> breakdown(String key, String condition, long regionId, SummaryPeriod period, String type,
			SummaryPrecision precision, Map<String, Object> extra) {
		JdbcClient.StatementSpec spec = params(this.jdbc.sql(BREAKDOWN.formatted(key, condition)), regionId, period,
				type, precision);
		for (Map.Entry<String, Object> param : extra.entrySet()) {
			spec = spec.param(param.getKey(), param.getValue());
		}
		return spec.query((rs, n) -> {
			String k = rs.getString("key");
			return breakdown(rs, k, "enum.EventType." + k, null, null);
		}).list();
	}

	private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec, long regionId, SummaryPeriod period,
			String type, SummaryPrecision precision) {
		return spec.param("region", regionId)
			.param("firstMonth", Date.valueOf(period.firstMonth()))
			.param("lastMonth", Date.valueOf(period.lastMonth()))
			.param("earliestMonth", Date.valueOf(period.earliest().withDayOfMonth(1)))
			.param("precisions", precision.datePrecisions())
			.param("currentStart", Date.valueOf(period.currentStart()))
			.param("currentEnd", Date.valueOf(period.currentEnd()))
			.param("previousStart", Date.valueOf(period.previousStart()))
			.param("previousEnd", Date.valueOf(period.previousEnd()))
			.param("yearStart", Date.valueOf(period.yearEarlierStart()))
			.param("yearEnd", Date.valueOf(period.yearEarlierEnd()))
			.param("type", type);
	}

	private static Breakdown breakdown(ResultSet rs, String key, String name, LocalDate firstDay, SummaryPeriod period)
			throws SQLException {
		Comparison weeks = new Comparison(figures(rs, "c_"), figures(rs, "b_"), figures(rs, "y_"));
		boolean newlyActive = firstDay != null && period != null && weeks.current().incidents() > 0
				&& !firstDay.isBefore(period.currentStart());
		return new Breakdown(key, name, figures(rs, "p_"), weeks, firstDay, newlyActive);
	}

	private static Figures figures(ResultSet rs, String prefix) throws SQLException {
		return new Figures(rs.getLong(prefix + "incidents"), rs.getLong(prefix + "fatalities"),
				rs.getLong(prefix + "low"), rs.getLong(prefix + "high"), rs.getLong(prefix + "unknown"));
	}

	private List<MonthFigures> months(long regionId, SummaryPeriod period, long group, String type,
			SummaryPrecision precision) {
		Map<LocalDate, MonthFigures> byMonth = new HashMap<>();
		this.jdbc.sql("""
				select s.month,
				       sum(s.incidents) as incidents, sum(s.fatalities) as fatalities,
				       sum(s.fatalities_low) as low, sum(s.fatalities_high) as high,
				       sum(s.fatalities_unknown) as unknown,
				       coalesce(sum(s.incidents) filter (where s.date_precision = 'MONTH'), 0) as month_only
				  from region_incident_summary s
				 where s.region_id = :region and s.group_id = :group
				   and s.month between :firstMonth and :lastMonth
				   and s.date_precision in (:precisions)
				   and (cast(:type as text) is null or s.event_type = :type)
				 group by s.month
				""")
			.param("region", regionId)
			.param("group", group)
			.param("firstMonth", Date.valueOf(period.firstMonth()))
			.param("lastMonth", Date.valueOf(period.lastMonth()))
			.param("precisions", precision.datePrecisions())
			.param("type", type)
			.query((rs, n) -> {
				LocalDate month = rs.getObject("month", LocalDate.class);
				byMonth.put(month,
						new MonthFigures(month, new Figures(rs.getLong("incidents"), rs.getLong("fatalities"),
								rs.getLong("low"), rs.getLong("high"), rs.getLong("unknown")),
								rs.getLong("month_only")));
				return null;
			})
			.list();
		List<MonthFigures> months = new ArrayList<>();
		for (LocalDate month = period.firstMonth(); !month.isAfter(period.lastMonth()); month = month.plusMonths(1)) {
			months.add(byMonth.getOrDefault(month, new MonthFigures(month, Figures.NONE, 0)));
		}
		return months;
	}

	/**
	 * The incidents known only to a year of the trend, by year, and those of unknown
	 * date.
	 */
	private List<YearFigures> undated(long regionId, SummaryPeriod period, long group, String type) {
		return this.jdbc.sql("""
				select case when s.date_precision = 'YEAR' then extract(year from s.month)::int end as year,
				       sum(s.incidents) as incidents, sum(s.fatalities) as fatalities,
				       sum(s.fatalities_low) as low, sum(s.fatalities_high) as high,
				       sum(s.fatalities_unknown) as unknown
				  from region_incident_summary s
				 where s.region_id = :region and s.group_id = :group
				   and ((s.date_precision = 'YEAR' and s.month between :firstYear and :lastMonth)
				        or (s.date_precision = 'UNKNOWN' and s.month = '-infinity'))
				   and (cast(:type as text) is null or s.event_type = :type)
				 group by 1
				having sum(s.incidents) > 0
				 order by 1 nulls last
				""")
			.param("region", regionId)
			.param("group", group)
			.param("firstYear", Date.valueOf(period.firstMonth().withDayOfYear(1)))
			.param("lastMonth", Date.valueOf(period.lastMonth()))
			.param("type", type)
			.query((rs, n) -> new YearFigures(rs.getObject("year", Integer.class),
					new Figures(rs.getLong("incidents"), rs.getLong("fatalities"), rs.getLong("low"),
							rs.getLong("high"), rs.getLong("unknown"))))
			.list();
	}

	/** Incidents known only to a month that the current four weeks touch. */
	private long monthOnly(long regionId, SummaryPeriod period, long group, String type) {
		return this.jdbc.sql("""
				select coalesce(sum(s.incidents), 0)
				  from region_incident_summary s
				 where s.region_id = :region and s.group_id = :group and s.date_precision = 'MONTH'
				   and s.month between :from and :to
				   and (cast(:type as text) is null or s.event_type = :type)
				""")
			.param("region", regionId)
			.param("group", group)
			.param("from", Date.valueOf(period.currentStart().withDayOfMonth(1)))
			.param("to", Date.valueOf(period.currentEnd().withDayOfMonth(1)))
			.param("type", type)
			.query(Long.class)
			.single();
	}

	/**
	 * The live groups with a published incident in the region at any time, by name: a
	 * retracted group brings no designation, statement, report or contested subject.
	 */
	private List<GroupChoice> activeGroups(long regionId) {
		return this.jdbc.sql("""
				select g.id, g.slug, g.name from militant_group g
				 where g.retracted_at is null
				   and exists (select 1 from region_incident_summary s
				                where s.region_id = :region and s.group_id = g.id and s.incidents > 0)
				 order by g.name
				""").param("region", regionId).query(GroupChoice.class).list();
	}

	/**
	 * The countries a region is or lies in, or holds (for a world region): whose state's
	 * statements and the statements about which count as about the region.
	 */
	private List<Long> countries(long regionId) {
		return this.jdbc.sql("""
				with recursive up as (
				     select id, parent_id, level from region where id = :region
				     union all
				     select p.id, p.parent_id, p.level from region p join up on p.id = up.parent_id)
				select id from up where level = 'COUNTRY'
				union
				select id from region where parent_id = :region and level = 'COUNTRY'
				""").param("region", regionId).query(Long.class).list();
	}

	private List<RegionOption> ancestors(RegionOption region) {
		List<RegionOption> ancestors = new ArrayList<>();
		RegionOption parent = (region.parentSlug() != null) ? this.regions.find(region.parentSlug()).orElse(null)
				: null;
		while (parent != null) {
			ancestors.add(0, parent);
			parent = (parent.parentSlug() != null) ? this.regions.find(parent.parentSlug()).orElse(null) : null;
		}
		return ancestors;
	}

	/** Every live listing and delisting of the live groups, as timeline events. */
	private List<TimelineEvent> designations(List<Long> groups) {
		List<TimelineEvent> events = new ArrayList<>();
		this.jdbc.sql("""
				select d.listed_on, d.listed_precision, d.delisted_on, d.regime, d.reference_number,
				       a.name as authority, g.slug, g.name
				  from designation d
				  join militant_group g on g.id = d.group_id
				  join actor a on a.id = d.authority_id
				 where d.group_id in (:groups) and d.retracted_at is null and g.retracted_at is null
				 order by d.listed_on nulls first, d.id
				""").param("groups", orNone(groups)).query((rs, n) -> {
			String detail = rs.getString("regime")
					+ ((rs.getString("reference_number") != null) ? " (" + rs.getString("reference_number") + ")" : "");
			String link = "/groups/" + rs.getString("slug");
			events.add(new TimelineEvent(PartialDate.fromSql(rs, "listed_on", "listed_precision"), "LISTED",
					rs.getString("slug"), rs.getString("name"), rs.getString("authority"), detail, link));
			LocalDate delisted = rs.getObject("delisted_on", LocalDate.class);
			if (delisted != null) {
				events.add(new TimelineEvent(PartialDate.ofDay(delisted), "DELISTED", rs.getString("slug"),
						rs.getString("name"), rs.getString("authority"), detail, link));
			}
			return null;
		}).list();
		return events;
	}

	/**
	 * The live statements made within the trend's months about the groups or the
	 * countries (concerning their state), oldest first, up to
	 * {@link #TIMELINE_STATEMENTS}.
	 */
	private List<TimelineEvent> timelineStatements(List<Long> groups, List<Long> countries, SummaryPeriod period) {
		return this.jdbc
			.sql("""
					select s.id, s.made_on, s.date_precision, s.summary, a.name as actor,
					       (select g.slug from statement_group sg join militant_group g on g.id = sg.group_id
					         where sg.statement_id = s.id and g.id in (:groups) order by g.name limit 1) as group_slug,
					       (select g.name from statement_group sg join militant_group g on g.id = sg.group_id
					         where sg.statement_id = s.id and g.id in (:groups) order by g.name limit 1) as group_name
					  from statement s
					  join actor a on a.id = s.actor_id
					 where s.made_on >= :from and s.made_on < :to and s.retracted_at is null
					   and (exists (select 1 from statement_group sg where sg.statement_id = s.id and sg.group_id in (:groups))
					        or exists (select 1 from statement_actor sa join actor c on c.id = sa.actor_id
					                    where sa.statement_id = s.id and c.country_id in (:countries)))
					 order by s.made_on, s.id
					 limit :limit
					""")
			.param("groups", orNone(groups))
			.param("countries", orNone(countries))
			.param("from", Date.valueOf(period.firstMonth()))
			.param("to", Date.valueOf(period.lastMonth().plusMonths(1)))
			.param("limit", TIMELINE_STATEMENTS)
			.query((rs, n) -> new TimelineEvent(PartialDate.fromSql(rs, "made_on", "date_precision"), "STATEMENT",
					rs.getString("group_slug"), rs.getString("group_name"), rs.getString("actor"),
					rs.getString("summary"), "/statements/" + rs.getLong("id")))
			.list();
	}

	/**
	 * The latest live reports with a live finding about one of the groups, named with the
	 * groups of their live findings.
	 */
	private List<RelatedItem> reports(List<Long> groups) {
		return this.jdbc.sql("""
				select r.slug, r.title, r.issuing_body, r.published_on, r.published_precision,
				       (select string_agg(distinct g.name, ', ')
				          from report_finding f join finding_group fg on fg.finding_id = f.id
				          join militant_group g on g.id = fg.group_id
				         where f.report_id = r.id and g.id in (:groups) and f.retracted_at is null) as groups
				  from report r
				 where r.retracted_at is null
				   and exists (select 1 from report_finding f join finding_group fg on fg.finding_id = f.id
				                where f.report_id = r.id and fg.group_id in (:groups) and f.retracted_at is null)
				 order by r.published_on desc nulls last, r.id desc
				 limit :limit
				""")
			.param("groups", orNone(groups))
			.param("limit", LATEST)
			.query((rs, n) -> new RelatedItem("REPORT", PartialDate.fromSql(rs, "published_on", "published_precision"),
					rs.getString("title"), rs.getString("issuing_body"), rs.getString("groups"),
					"/reports/" + rs.getString("slug")))
			.list();
	}

	/**
	 * The latest live statements about one of the groups or concerning one of the
	 * countries.
	 */
	private List<RelatedItem> statements(List<Long> groups, List<Long> countries) {
		return this.jdbc
			.sql("""
					select s.id, s.made_on, s.date_precision, s.summary, a.name as actor,
					       (select string_agg(g.name, ', ' order by g.name)
					          from statement_group sg join militant_group g on g.id = sg.group_id
					         where sg.statement_id = s.id and g.id in (:groups)) as groups
					  from statement s
					  join actor a on a.id = s.actor_id
					 where s.retracted_at is null
					   and (exists (select 1 from statement_group sg where sg.statement_id = s.id and sg.group_id in (:groups))
					        or exists (select 1 from statement_actor sa join actor c on c.id = sa.actor_id
					                    where sa.statement_id = s.id and c.country_id in (:countries)))
					 order by s.made_on desc nulls last, s.id desc
					 limit :limit
					""")
			.param("groups", orNone(groups))
			.param("countries", orNone(countries))
			.param("limit", LATEST)
			.query((rs, n) -> new RelatedItem("STATEMENT", PartialDate.fromSql(rs, "made_on", "date_precision"),
					rs.getString("summary"), rs.getString("actor"), rs.getString("groups"),
					"/statements/" + rs.getLong("id")))
			.list();
	}

	/**
	 * Relationships of the groups that some standing claims assert and others deny, and
	 * statements that deny or reject a report or a statement, where either side concerns
	 * one of the groups or countries: by the contested page's rule, of live records only,
	 * a claim standing while neither it nor its source is retracted.
	 */
	private List<RelatedItem> contested(List<Long> groups, List<Long> countries) {
		return this.jdbc
			.sql("""
					select * from (
					  (select 'RELATIONSHIP' as kind, null::date as made_on, 'UNKNOWN' as date_precision,
					          r.type as title, f.name as by, t.name as other, null::bigint as statement_id
					     from group_relationship r
					     join militant_group f on f.id = r.from_group_id
					     join militant_group t on t.id = r.to_group_id
					    where (r.from_group_id in (:groups) or r.to_group_id in (:groups))
					      and r.retracted_at is null and f.retracted_at is null and t.retracted_at is null
					      and exists (select 1 from relationship_claim rc join claim cl on cl.id = rc.claim_id
					                    join source cs on cs.id = cl.source_id
					                   where rc.relationship_id = r.id and cl.position = 'DENIES'
					                     and cl.retracted_at is null and cs.retracted_at is null)
					      and exists (select 1 from relationship_claim rc join claim cl on cl.id = rc.claim_id
					                    join source cs on cs.id = cl.source_id
					                   where rc.relationship_id = r.id and cl.position = 'ASSERTS'
					                     and cl.retracted_at is null and cs.retracted_at is null)
					    order by t.name, f.name
					    limit :limit)
					  union all
					  (select 'RESPONSE', s.made_on, s.date_precision, s.summary, a.name, null, s.id
					     from statement s
					     join actor a on a.id = s.actor_id
					    where s.stance in ('DENIES', 'REJECTS') and s.retracted_at is null
					      and (s.responds_to_report_id is not null or s.responds_to_statement_id is not null)
					      and not exists (select 1 from statement o where o.id = s.responds_to_statement_id
					                       and o.retracted_at is not null)
					      and not exists (select 1 from report o where o.id = s.responds_to_report_id
					                       and o.retracted_at is not null)
					      and exists (select 1 from statement x
					                   where x.id in (s.id, s.responds_to_statement_id)
					                     and (exists (select 1 from statement_group sg
					                                   where sg.statement_id = x.id and sg.group_id in (:groups))
					                          or exists (select 1 from statement_actor sa join actor ca on ca.id = sa.actor_id
					                                      where sa.statement_id = x.id and ca.country_id in (:countries))
					                          or x.actor_id in (select id from actor where country_id in (:countries))))
					    order by s.made_on desc nulls last, s.id desc
					    limit :limit)) c
					""")
			.param("groups", orNone(groups))
			.param("countries", orNone(countries))
			.param("limit", LATEST)
			.query((rs, n) -> "RELATIONSHIP".equals(rs.getString("kind"))
					? new RelatedItem("RELATIONSHIP", PartialDate.unknown(), rs.getString("title"), rs.getString("by"),
							rs.getString("other"), "/contested")
					: new RelatedItem("RESPONSE", PartialDate.fromSql(rs, "made_on", "date_precision"),
							rs.getString("title"), rs.getString("by"), null,
							"/statements/" + rs.getLong("statement_id")))
			.list();
	}

	/**
	 * The ids for an IN list, or one that matches none: every summary runs the same
	 * statements whatever the data.
	 */
	private static List<Long> orNone(List<Long> ids) {
		return ids.isEmpty() ? List.of(-1L) : ids;
	}

	private static boolean within(PartialDate date, SummaryPeriod period) {
		return date.isKnown() && !date.getDate().isBefore(period.firstMonth())
				&& date.getDate().isBefore(period.lastMonth().plusMonths(1));
	}

	private static boolean isBefore(PartialDate date, LocalDate day) {
		return !date.isKnown() || date.getDate().isBefore(day);
	}

}
