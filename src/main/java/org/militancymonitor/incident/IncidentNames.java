package org.militancymonitor.incident;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.militancymonitor.system.DataChanges;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The names an incident row shows for the ids it holds: regions, and the groups and
 * actors it involves. A few hundred rows of reference data, read in one statement and
 * kept until the data changes, so that a page of incidents reads the incidents alone
 * rather than joining four tables for each row.
 */
@Component
class IncidentNames {

	private final JdbcClient jdbc;

	private final DataChanges changes;

	private volatile Names names;

	IncidentNames(JdbcClient jdbc, DataChanges changes) {
		this.jdbc = jdbc;
		this.changes = changes;
	}

	/**
	 * The names as of now: read them once per page, before its rows (loading them takes a
	 * connection of its own).
	 */
	Names current() {
		long version = this.changes.version();
		Names current = this.names;
		if (current != null && current.version() == version && this.changes.isListening()) {
			return current;
		}
		Names fresh = load(version);
		if (this.changes.isListening()) {
			this.names = fresh; // under the version read before loading: a change since
								// then reloads
		}
		return fresh;
	}

	private Names load(long version) {
		Names names = new Names(version, new HashMap<>(), new HashMap<>(), new HashMap<>());
		this.jdbc.sql("""
				select 'r' as kind, id, name from region
				union all select 'g', id, coalesce(short_name, name) from militant_group
				union all select 'a', id, name from actor
				""").query((rs) -> {
			Map<Long, String> map = switch (rs.getString("kind")) {
				case "r" -> names.regions();
				case "g" -> names.groups();
				default -> names.actors();
			};
			map.put(rs.getLong("id"), rs.getString("name"));
		});
		return names;
	}

	record Names(long version, Map<Long, String> regions, Map<Long, String> groups, Map<Long, String> actors) {

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
