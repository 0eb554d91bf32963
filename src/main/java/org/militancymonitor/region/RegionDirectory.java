package org.militancymonitor.region;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.militancymonitor.system.DataChangedEvent;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The region hierarchy as other features use it: reference data, kept in memory until the
 * data changes, so that filters and forms cost no query.
 */
@Service
public class RegionDirectory {

	private final RegionRepository regions;

	private volatile Map<String, RegionOption> bySlug;

	public RegionDirectory(RegionRepository regions) {
		this.regions = regions;
	}

	@EventListener
	void onDataChanged(DataChangedEvent event) {
		this.bySlug = null;
	}

	public Optional<RegionOption> find(String slug) {
		return Optional.ofNullable(all().get(slug));
	}

	public List<RegionOption> countries() {
		return atLevel(RegionLevel.COUNTRY);
	}

	public List<RegionOption> provinces() {
		return atLevel(RegionLevel.ADMIN1);
	}

	private List<RegionOption> atLevel(RegionLevel level) {
		return all().values()
			.stream()
			.filter((r) -> r.level() == level)
			.sorted(Comparator.comparing(RegionOption::parentSlug, Comparator.nullsFirst(Comparator.naturalOrder()))
				.thenComparing(RegionOption::name))
			.toList();
	}

	private Map<String, RegionOption> all() {
		Map<String, RegionOption> loaded = this.bySlug;
		if (loaded == null) {
			loaded = load();
			this.bySlug = loaded;
		}
		return loaded;
	}

	private Map<String, RegionOption> load() {
		return this.regions.findAllWithParent()
			.stream()
			.map((r) -> new RegionOption(r.getId(), r.getSlug(), r.getName(), r.getLevel(),
					(r.getParent() != null) ? r.getParent().getSlug() : null))
			.collect(Collectors.toUnmodifiableMap(RegionOption::slug, Function.identity()));
	}

}
