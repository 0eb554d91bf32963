package org.militancymonitor.region;

import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.militancymonitor.system.LaggingCache;
import org.militancymonitor.system.DataCaches;
import org.militancymonitor.system.SelectOptions;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.validation.Errors;

/**
 * A region's map in SQL: published incidents counted by province, by whether they are
 * placed and, the placed ones, by grid cell, in one grouped scan of the period's
 * incidents (of an event type and date precisions, if filtered so); read through the
 * group's rows of {@code incident_group} (V27) when filtered by a group. Kept lagging the
 * data by up to {@code militancy.summaries.max-lag} after a change
 * ({@link LaggingCache}), as the summary pages that show them do: a map of ten years of a
 * country counts hundreds of thousands of incidents, too many to count again after every
 * edit.
 */
@Service
public class RegionMapQueries {

	/**
	 * Located exactly or near a place, with coordinates: the incidents a map may draw.
	 */
	private static final String PLACED = "(i.location_precision in ('EXACT', 'NEAR') and i.latitude is not null)";

	private static final long[] ZERO = { 0, 0 };

	/**
	 * The property bounding how long the summaries' pages and maps may lag a change.
	 */
	public static final String MAX_LAG = "militancy.summaries.max-lag";

	private final JdbcClient jdbc;

	private final RegionDirectory regions;

	private final BoundaryFile boundaries;

	private final LaggingCache<Key, RegionMap> maps;

	private final Supplier<Groups> groups;

	RegionMapQueries(JdbcClient jdbc, RegionDirectory regions, BoundaryFile boundaries, DataCaches caches,
			@Value("${" + MAX_LAG + ":60s}") Duration maxLag) {
		this.jdbc = jdbc;
		this.regions = regions;
		this.boundaries = boundaries;
		this.maps = caches.lagging(500, maxLag);
		this.groups = caches.value(this::loadGroups);
	}

	/** The region of a slug, if there is one. */
	public Optional<RegionOption> region(String slug) {
		return this.regions.find(slug);
	}

	/** The id of a group's slug, if there is one. */
	public Optional<Long> groupId(String slug) {
		return Optional.ofNullable(this.groups.get().ids().get(slug));
	}

	/**
	 * Rejects a well-formed group slug that names no group, as a field error of
	 * {@code group}.
	 */
	public void checkGroup(MapFilter filter, Errors errors) {
		if (filter.getGroup() != null && !errors.hasFieldErrors("group") && groupId(filter.getGroup()).isEmpty()) {
			errors.rejectValue("group", "filter.unknownGroup");
		}
	}

	/** Every group, by name, for a filter's select. */
	public SelectOptions<GroupOption> groupOptions() {
		return this.groups.get().options();
	}

	/**
	 * The map of a region for a valid filter whose group, if any, exists
	 * ({@link #checkGroup}): what the {@code region/map} fragment shows.
	 */
	public RegionMap map(RegionOption region, MapFilter filter) {
		return this.maps.get(key(region, filter), this::load);
	}

	/**
	 * The map of a region as of now, for a page that does not lag the data (the front
	 * page).
	 */
	public RegionMap currentMap(RegionOption region, MapFilter filter) {
		return this.maps.getCurrent(key(region, filter), this::load);
	}

	private Key key(RegionOption region, MapFilter filter) {
		Long groupId = (filter.getGroup() != null) ? groupId(filter.getGroup()).orElseThrow() : null;
		return new Key(region, filter.getFrom(), filter.getTo(), filter.getGroup(), groupId, filter.getType(),
				filter.getPrecision(), filter.datePrecisions(), filter.isDayDatedOnly());
	}

	private RegionMap load(Key key) {
		RegionOption region = key.region();
		List<Place> provinces = provinces(region);
		List<Place> countries = countries(region);
		MapSqlParameterSource params = new MapSqlParameterSource();
		Source source = (key.groupId() != null) ? Source.GROUP : Source.INCIDENT;
		String s = source.alias();
		String fromWhere = " from " + source.table() + where(key, s, countries, params);

		double cell = cellDegrees(region.level());
		params.addValue("cell", cell);
		// one scan: by place, and the placed incidents by cell; a cell may span
		// provinces,
		// so its rows are summed here
		Map<Long, long[]> byProvince = new HashMap<>();
		Map<Long, long[]> countryOnly = new HashMap<>();
		Map<Cell, double[]> cells = new HashMap<>();
		String byPlace = "select " + s + ".country_id, " + s + ".admin1_id, " + PLACED + " as placed," + " case when "
				+ PLACED + " then floor(i.latitude / :cell) end as y," + " case when " + PLACED
				+ " then floor(i.longitude / :cell) end as x," + " count(*) as incidents, coalesce(sum(" + s
				+ ".fatalities), 0) as fatalities," + " sum(i.latitude) as latitudes, sum(i.longitude) as longitudes"
				+ fromWhere + " group by 1, 2, 3, 4, 5";
		this.jdbc.sql(byPlace).paramSource(params).query((rs) -> {
			long incidents = rs.getLong("incidents");
			long fatalities = rs.getLong("fatalities");
			long admin1 = rs.getLong("admin1_id");
			boolean inProvince = !rs.wasNull();
			boolean placed = rs.getBoolean("placed");
			if (inProvince) {
				add(byProvince, admin1, incidents, fatalities);
			}
			else if (!placed) {
				add(countryOnly, rs.getLong("country_id"), incidents, fatalities);
			}
			if (placed) {
				double[] sums = cells.computeIfAbsent(new Cell(rs.getLong("y"), rs.getLong("x")), (k) -> new double[4]);
				sums[0] += incidents;
				sums[1] += fatalities;
				sums[2] += rs.getDouble("latitudes");
				sums[3] += rs.getDouble("longitudes");
			}
		});
		List<RegionMap.Point> points = cells.entrySet()
			.stream()
			.sorted(Comparator.<Map.Entry<Cell, double[]>>comparingDouble((e) -> -e.getValue()[0])
				.thenComparingLong((e) -> e.getKey().y())
				.thenComparingLong((e) -> e.getKey().x()))
			.limit(RegionMap.MAX_POINTS + 1)
			.map((e) -> {
				double[] sums = e.getValue();
				return new RegionMap.Point(sums[2] / sums[0], sums[3] / sums[0], (long) sums[0], (long) sums[1]);
			})
			.collect(Collectors.toCollection(ArrayList::new));
		boolean capped = points.size() > RegionMap.MAX_POINTS;
		if (capped) {
			points.remove(points.size() - 1);
		}

		List<RegionMap.Bin> legend = ChoroplethScale
			.of(provinces.stream().map((p) -> byProvince.getOrDefault(p.id(), ZERO)[0]).toList());
		List<RegionMap.Province> provinceCounts = provinces.stream().map((p) -> {
			long[] counts = byProvince.getOrDefault(p.id(), ZERO);
			return new RegionMap.Province(p.slug(), p.name(), p.parentSlug(), counts[0], counts[1],
					ChoroplethScale.shadeOf(legend, counts[0]));
		}).toList();
		List<RegionMap.Country> countryCounts = countries.stream().map((c) -> {
			long[] counts = countryOnly.getOrDefault(c.id(), ZERO);
			return new RegionMap.Country(c.slug(), c.name(), counts[0], counts[1]);
		}).toList();
		return new RegionMap(region.slug(), region.name(), region.level(), key.from(), key.to(), key.group(),
				key.type(), key.precision(), key.dayDatedOnly(), provinceCounts, countryCounts, List.copyOf(points),
				capped, cell, legend, this.boundaries.url());
	}

	private static void add(Map<Long, long[]> totals, long id, long incidents, long fatalities) {
		long[] sum = totals.computeIfAbsent(id, (k) -> new long[2]);
		sum[0] += incidents;
		sum[1] += fatalities;
	}

	/**
	 * The provinces a region's map shows, by country and name: a world region's or a
	 * country's, a province itself, a district's province.
	 */
	private List<Place> provinces(RegionOption region) {
		List<RegionOption> provinces = switch (region.level()) {
			case WORLD_REGION -> this.regions.children(region.slug())
				.stream()
				.filter((c) -> c.level() == RegionLevel.COUNTRY)
				.flatMap((c) -> this.regions.children(c.slug()).stream())
				.toList();
			case COUNTRY -> this.regions.children(region.slug());
			case ADMIN1 -> List.of(region);
			case ADMIN2 -> this.regions.find(region.parentSlug()).stream().toList();
		};
		return provinces.stream()
			.filter((p) -> p.level() == RegionLevel.ADMIN1)
			.map((p) -> new Place(p.id(), p.slug(), p.name(), p.parentSlug()))
			.toList();
	}

	/**
	 * The countries whose incidents without a province a map counts beside it, by name: a
	 * country's own, a world region's; none for a province or a district.
	 */
	private List<Place> countries(RegionOption region) {
		List<RegionOption> countries = switch (region.level()) {
			case WORLD_REGION -> this.regions.children(region.slug());
			case COUNTRY -> List.of(region);
			case ADMIN1, ADMIN2 -> List.of();
		};
		return countries.stream()
			.filter((c) -> c.level() == RegionLevel.COUNTRY)
			.map((c) -> new Place(c.id(), c.slug(), c.name(), null))
			.toList();
	}

	/**
	 * The period's published incidents in the region, read from the source's alias
	 * {@code s}; the incident's own columns, which incident_group does not carry, from
	 * {@code i}.
	 */
	private static String where(Key key, String s, List<Place> countries, MapSqlParameterSource params) {
		StringBuilder where = new StringBuilder(" where " + s + ".status = 'PUBLISHED'");
		if (key.groupId() != null) {
			where.append(" and " + s + ".group_id = :group");
			params.addValue("group", key.groupId());
		}
		params.addValue("region", key.region().id());
		where.append(switch (key.region().level()) {
			case WORLD_REGION -> " and " + s + ".country_id = any(cast(:countries as bigint[]))";
			case COUNTRY -> " and " + s + ".country_id = :region";
			case ADMIN1 -> " and " + s + ".admin1_id = :region";
			case ADMIN2 -> " and i.admin2_id = :region";
		});
		params.addValue("countries",
				countries.stream().map((c) -> String.valueOf(c.id())).collect(Collectors.joining(",", "{", "}")));
		if (key.from() != null) {
			where.append(" and " + s + ".occurred_on >= ").append(dateLiteral(key.from(), "from", params));
		}
		if (key.to() != null) {
			where.append(" and " + s + ".occurred_on <= ").append(dateLiteral(key.to(), "to", params));
		}
		if (key.type() != null) {
			where.append(" and " + s + ".event_type = :type");
			params.addValue("type", key.type());
		}
		if (key.datePrecisions() != null) {
			// incident_group does not carry the precision: the incident's own column
			where.append(" and i.date_precision in (:precisions)");
			params.addValue("precisions", key.datePrecisions());
		}
		return where.toString();
	}

	/**
	 * A bound of the period as a literal in the statement (from a {@link LocalDate},
	 * never text from the request), so that PostgreSQL plans each period with its bounds,
	 * as the incident list does: how many rows a period holds decides the plan. A year
	 * outside 1-9999 is passed as a parameter.
	 */
	private static String dateLiteral(LocalDate date, String name, MapSqlParameterSource params) {
		if (date.getYear() < 1 || date.getYear() > 9999) {
			params.addValue(name, Date.valueOf(date));
			return ":" + name;
		}
		return "date '" + date.format(DateTimeFormatter.ISO_LOCAL_DATE) + "'";
	}

	/**
	 * The side of the cells points are aggregated into: about 100 km for a world region,
	 * 25 km for a country, 10 km for a province, 5 km for a district.
	 */
	static double cellDegrees(RegionLevel level) {
		return switch (level) {
			case WORLD_REGION -> 1.0;
			case COUNTRY -> 0.25;
			case ADMIN1 -> 0.1;
			case ADMIN2 -> 0.05;
		};
	}

	private Groups loadGroups() {
		List<GroupOption> all = this.jdbc.sql("select id, slug, name from militant_group order by name, slug")
			.query((rs, n) -> new GroupOption(rs.getLong("id"), rs.getString("slug"), rs.getString("name")))
			.list();
		return new Groups(all.stream().collect(Collectors.toUnmodifiableMap(GroupOption::slug, GroupOption::id)),
				SelectOptions.of(all, GroupOption::slug, GroupOption::name));
	}

	/** A group as the map's filter offers it. */
	public record GroupOption(long id, String slug, String name) {
	}

	private record Groups(Map<String, Long> ids, SelectOptions<GroupOption> options) {
	}

	/**
	 * Where the counted rows come from: the incidents, or, filtered by a group, the
	 * group's rows of incident_group (V27), which carry the columns filtered by, joined
	 * to their incidents.
	 */
	private enum Source {

		INCIDENT("incident i", "i"), GROUP("incident_group g join incident i on i.id = g.incident_id", "g");

		private final String table;

		private final String alias;

		Source(String table, String alias) {
			this.table = table;
			this.alias = alias;
		}

		String table() {
			return this.table;
		}

		String alias() {
			return this.alias;
		}

	}

	private record Place(long id, String slug, String name, String parentSlug) {
	}

	/** A grid cell, by its row and column of cells from the equator and the meridian. */
	private record Cell(long y, long x) {
	}

	private record Key(RegionOption region, LocalDate from, LocalDate to, String group, Long groupId, String type,
			SummaryPrecision precision, List<String> datePrecisions, boolean dayDatedOnly) {
	}

}
