package org.militancymonitor.region;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.militancymonitor.system.DataCaches;
import org.militancymonitor.system.SelectOptions;

import org.springframework.stereotype.Service;

/**
 * The region hierarchy as other features use it: reference data, kept in memory until the
 * data changes, so that filters and forms cost no query.
 */
@Service
public class RegionDirectory {

	private final RegionRepository repository;

	private final Supplier<Regions> regions;

	public RegionDirectory(RegionRepository repository, DataCaches caches) {
		this.repository = repository;
		this.regions = caches.value(this::load);
	}

	public Optional<RegionOption> find(String slug) {
		return Optional.ofNullable(regions().bySlug().get(slug));
	}

	/**
	 * The name of a region, or null for null or an unknown id.
	 */
	public String name(Long id) {
		RegionOption region = (id != null) ? regions().byId().get(id) : null;
		return (region != null) ? region.name() : null;
	}

	/**
	 * The slug of a region, or null for an unknown id.
	 */
	public String slug(long id) {
		RegionOption region = regions().byId().get(id);
		return (region != null) ? region.slug() : null;
	}

	public SelectOptions<RegionOption> countries() {
		return regions().countries();
	}

	public SelectOptions<RegionOption> provinces() {
		return regions().provinces();
	}

	/** The regions directly within a region, by name; none for an unknown slug. */
	public List<RegionOption> children(String slug) {
		return regions().children().getOrDefault(slug, List.of());
	}

	/** The world regions, by name. */
	public List<RegionOption> worldRegions() {
		return children(null);
	}

	/**
	 * The regions of a level for a form's picker, each labelled with the regions it lies
	 * in ("Pakistan › Balochistan › Quetta"), in that order.
	 */
	public SelectOptions<RegionOption> picker(RegionLevel level) {
		return regions().pickers().get(level);
	}

	/**
	 * The names of every region by id, as of now: for a page that names many regions,
	 * read once.
	 */
	public Map<Long, String> names() {
		return regions().names();
	}

	private Regions regions() {
		return this.regions.get();
	}

	private Regions load() {
		return Regions.of(this.repository.findAllWithParent()
			.stream()
			.map((r) -> new RegionOption(r.getId(), r.getSlug(), r.getName(), r.getLevel(),
					(r.getParent() != null) ? r.getParent().getSlug() : null))
			.toList());
	}

	private record Regions(Map<String, RegionOption> bySlug, Map<Long, RegionOption> byId, Map<Long, String> names,
			SelectOptions<RegionOption> countries, SelectOptions<RegionOption> provinces,
			Map<RegionLevel, SelectOptions<RegionOption>> pickers, Map<String, List<RegionOption>> children) {

		static Regions of(List<RegionOption> all) {
			Map<String, RegionOption> bySlug = all.stream()
				.collect(Collectors.toUnmodifiableMap(RegionOption::slug, Function.identity()));
			Map<RegionLevel, SelectOptions<RegionOption>> pickers = new EnumMap<>(RegionLevel.class);
			for (RegionLevel level : RegionLevel.values()) {
				List<RegionOption> options = all.stream().filter((r) -> r.level() == level).toList();
				Map<RegionOption, String> paths = options.stream()
					.collect(Collectors.toMap(Function.identity(), (r) -> path(r, bySlug)));
				pickers.put(level, SelectOptions.of(options.stream().sorted(Comparator.comparing(paths::get)).toList(),
						RegionOption::slug, paths::get));
			}
			return new Regions(bySlug,
					all.stream().collect(Collectors.toUnmodifiableMap(RegionOption::id, Function.identity())),
					all.stream().collect(Collectors.toUnmodifiableMap(RegionOption::id, RegionOption::name)),
					atLevel(all, RegionLevel.COUNTRY), atLevel(all, RegionLevel.ADMIN1), Map.copyOf(pickers),
					children(all));
		}

		/**
		 * The regions within each region by its slug, by name; the world regions under
		 * null.
		 */
		private static Map<String, List<RegionOption>> children(List<RegionOption> all) {
			Map<String, List<RegionOption>> children = new HashMap<>();
			all.stream()
				.sorted(Comparator.comparing(RegionOption::name))
				.forEach((r) -> children.computeIfAbsent(r.parentSlug(), (k) -> new ArrayList<>()).add(r));
			children.replaceAll((k, v) -> List.copyOf(v));
			return Collections.unmodifiableMap(children);
		}

		/** The names from the country down to the region. */
		private static String path(RegionOption region, Map<String, RegionOption> bySlug) {
			String path = region.name();
			RegionOption parent = (region.parentSlug() != null) ? bySlug.get(region.parentSlug()) : null;
			while (parent != null && parent.level() != RegionLevel.WORLD_REGION) {
				path = parent.name() + " › " + path;
				parent = (parent.parentSlug() != null) ? bySlug.get(parent.parentSlug()) : null;
			}
			return path;
		}

		private static SelectOptions<RegionOption> atLevel(List<RegionOption> all, RegionLevel level) {
			return SelectOptions.of(all.stream()
				.filter((r) -> r.level() == level)
				.sorted(Comparator.comparing(RegionOption::parentSlug, Comparator.nullsFirst(Comparator.naturalOrder()))
					.thenComparing(RegionOption::name))
				.toList(), RegionOption::slug, RegionOption::name);
		}

	}

}
