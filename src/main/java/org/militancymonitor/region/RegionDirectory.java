package org.militancymonitor.region;

import java.util.Comparator;
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

	public SelectOptions<RegionOption> countries() {
		return regions().countries();
	}

	public SelectOptions<RegionOption> provinces() {
		return regions().provinces();
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
			SelectOptions<RegionOption> countries, SelectOptions<RegionOption> provinces) {

		static Regions of(List<RegionOption> all) {
			return new Regions(
					all.stream().collect(Collectors.toUnmodifiableMap(RegionOption::slug, Function.identity())),
					all.stream().collect(Collectors.toUnmodifiableMap(RegionOption::id, Function.identity())),
					all.stream().collect(Collectors.toUnmodifiableMap(RegionOption::id, RegionOption::name)),
					atLevel(all, RegionLevel.COUNTRY), atLevel(all, RegionLevel.ADMIN1));
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
