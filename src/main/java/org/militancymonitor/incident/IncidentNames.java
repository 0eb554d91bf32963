package org.militancymonitor.incident;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.militancymonitor.region.RegionDirectory;
import org.militancymonitor.system.DataCaches;
import org.militancymonitor.system.SelectOptions;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The names an incident row shows for the ids it holds: regions (from the
 * {@link RegionDirectory}), and the groups and actors it involves; and the groups the
 * filter offers. A few hundred rows of reference data, the groups and actors read in one
 * statement and kept until the data changes, so that a page of incidents reads the
 * incidents alone rather than joining four tables for each row.
 */
@Component
class IncidentNames {

	private final JdbcClient jdbc;

	private final RegionDirectory regions;

	private final Supplier<Parties> parties;

	IncidentNames(JdbcClient jdbc, RegionDirectory regions, DataCaches caches) {
		this.jdbc = jdbc;
		this.regions = regions;
		this.parties = caches.value(this::load);
	}

	/**
	 * The names as of now: read them once per page, before its rows (loading them takes a
	 * connection of its own).
	 */
	Names current() {
		Parties parties = this.parties.get();
		return new Names(this.regions.names(), parties.groups(), parties.actors());
	}

	/** Every group by name, for the filter. */
	SelectOptions<GroupChoice> groupChoices() {
		return this.parties.get().choices();
	}

	/** The group of a slug, if any. */
	Optional<GroupChoice> group(String slug) {
		return Optional.ofNullable(this.parties.get().bySlug().get(slug));
	}

	private Parties load() {
		Map<Long, String> groups = new HashMap<>();
		Map<Long, String> actors = new HashMap<>();
		List<GroupChoice> choices = new ArrayList<>();
		this.jdbc.sql("""
				select 'g' as kind, id, slug, name, coalesce(short_name, name) as party from militant_group
				union all select 'a', id, slug, name, name from actor
				order by name, id
				""").query((rs) -> {
			if ("g".equals(rs.getString("kind"))) {
				groups.put(rs.getLong("id"), rs.getString("party"));
				choices.add(new GroupChoice(rs.getLong("id"), rs.getString("slug"), rs.getString("name")));
			}
			else {
				actors.put(rs.getLong("id"), rs.getString("party"));
			}
		});
		return new Parties(groups, actors, SelectOptions.of(choices, GroupChoice::slug, GroupChoice::name),
				choices.stream().collect(Collectors.toUnmodifiableMap(GroupChoice::slug, Function.identity())));
	}

	private record Parties(Map<Long, String> groups, Map<Long, String> actors, SelectOptions<GroupChoice> choices,
			Map<String, GroupChoice> bySlug) {
	}

	record Names(Map<Long, String> regions, Map<Long, String> groups, Map<Long, String> actors) {

		/**
		 * Parties in the order a reader looks for them: alphabetical, whatever the case
		 * ("Afghan Taliban, AQIS").
		 */
		private static final Comparator<String> ORDER = String.CASE_INSENSITIVE_ORDER
			.thenComparing(Comparator.naturalOrder());

		String region(Long id) {
			return (id != null) ? this.regions.get(id) : null;
		}

		/**
		 * The distinct names of the given groups (short name first) and actors, in
		 * alphabetical order, joined by commas; null when there are none.
		 */
		String parties(Long[] groupIds, Long[] actorIds) {
			Set<String> parties = new TreeSet<>(ORDER);
			add(parties, groupIds, this.groups);
			add(parties, actorIds, this.actors);
			return parties.isEmpty() ? null : String.join(", ", parties);
		}

		private static void add(Set<String> parties, Long[] ids, Map<Long, String> names) {
			if (ids != null) {
				for (Long id : ids) {
					String name = (id != null) ? names.get(id) : null;
					if (name != null) {
						parties.add(name);
					}
				}
			}
		}

	}

}
