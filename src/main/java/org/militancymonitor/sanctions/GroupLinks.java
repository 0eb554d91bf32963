package org.militancymonitor.sanctions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds which entries of the list are which of the dashboard's groups. An entry whose
 * reference number a designation of a group carries is that group; else an entity whose
 * name or alias is one of a group's names, exactly (ignoring case) or once normalised as
 * search normalises names (accents, hyphens, punctuation), is that group, unless its
 * names point to more than one group. Those links are certain. An acronym alone (TTP,
 * ETIM: one word of a few letters) and a similar name (pg_trgm similarity) are not: they
 * are queued for an editor to confirm or reject. Each pair of entry and group is linked
 * or proposed once: a rejected pair is never proposed again.
 */
@Component
class GroupLinks {

	/** Lowest trigram similarity of two normalised names at which a link is proposed. */
	static final double SIMILARITY = 0.6;

	/** The longest normalised single word that counts as an acronym. */
	static final int ACRONYM = 5;

	private final JdbcClient jdbc;

	GroupLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Links and proposes what the entries on the list and the groups' names and
	 * designations give now, for the pairs not linked, proposed or rejected before;
	 * entries already linked to a group are not proposed for another.
	 */
	Found find(Collection<UnListEntry> onList, Map<String, Long> entryIds, long importId) {
		List<Candidate> candidates = new ArrayList<>(byReference());
		Set<Long> linked = this.jdbc.sql("select entry_id from sanctions_match where status = 'CONFIRMED' union "
				+ "select e.id from sanctions_entry e join designation d on d.reference_number = e.reference_number "
				+ "and d.retracted_at is null")
			.query(Long.class)
			.set();
		List<Long> ids = new ArrayList<>();
		List<String> names = new ArrayList<>();
		for (UnListEntry entry : onList) {
			Long id = entryIds.get(entry.referenceNumber());
			if (entry.kind() == UnListEntry.EntryKind.ENTITY && !linked.contains(id)) {
				entry.names().forEach((name) -> {
					ids.add(id);
					names.add(name);
				});
			}
		}
		if (!ids.isEmpty()) {
			candidates.addAll(byName(ids, names));
		}
		return insert(best(candidates), importId);
	}

	private List<Candidate> byReference() {
		return this.jdbc.sql("""
				select e.id as entry_id, g.id as group_id, e.name as entry_name, g.name as group_name
				  from sanctions_entry e
				  join designation d on d.reference_number = e.reference_number and d.retracted_at is null
				  join militant_group g on g.id = d.group_id and g.retracted_at is null
				 where e.absent_since_import_id is null
				""")
			.query((rs, n) -> new Candidate(rs.getLong("entry_id"), rs.getLong("group_id"), rs.getString("entry_name"),
					rs.getString("group_name"), Method.REFERENCE, 1.0))
			.list();
	}

	private List<Candidate> byName(List<Long> ids, List<String> names) {
		// Similarity as pg_trgm's similarity() computes it (trigrams in common / trigrams
		// of either), from each name's trigrams (show_trgm) joined on the trigram: only
		// the pairs that share one are counted, rather than similarity() of every pair
		return this.jdbc
			.sql("""
					with n as materialized (
					    select distinct t.entry_id, t.name, s.search, show_trgm(s.search) as trigrams
					      from unnest(cast(:ids as bigint[]), cast(:names as text[])) as t(entry_id, name)
					     cross join lateral (select mm_search_normalize(t.name) as search) as s
					     where s.search <> ''),
					g as materialized (
					    select x.group_id, x.name, x.search, show_trgm(x.search) as trigrams from (
					        select id as group_id, name, name_search as search from militant_group where retracted_at is null
					        union
					        select id, short_name, short_name_search from militant_group
					         where short_name is not null and retracted_at is null
					        union
					        select a.group_id, a.name, a.search_name from group_alias a
					          join militant_group m on m.id = a.group_id
					         where a.retracted_at is null and m.retracted_at is null) as x
					     where x.search <> ''),
					pairs as (
					    select n.entry_id, n.name as entry_name, n.search as entry_search,
					           cardinality(n.trigrams) as entry_size, g.group_id, g.name as group_name,
					           g.search as group_search, cardinality(g.trigrams) as group_size, count(*) as common
					      from n cross join lateral unnest(n.trigrams) as nt(trigram)
					      join (select g.*, gt.trigram from g cross join lateral unnest(g.trigrams) as gt(trigram)) as g
					        on g.trigram = nt.trigram
					     group by 1, 2, 3, 4, 5, 6, 7, 8)
					select entry_id, group_id, entry_name, group_name, lower(entry_name) = lower(group_name) as exact,
					       entry_search = group_search as normalised,
					       common::real / (entry_size + group_size - common) as similarity, entry_search as search
					  from pairs
					 where entry_search = group_search or common::real / (entry_size + group_size - common) >= :similarity
					""")
			.param("ids", ids.toArray(Long[]::new))
			.param("names", names.toArray(String[]::new))
			.param("similarity", SIMILARITY)
			.query((rs, n) -> {
				String search = rs.getString("search");
				boolean acronym = !search.contains(" ") && search.length() <= ACRONYM;
				boolean same = rs.getBoolean("exact") || rs.getBoolean("normalised");
				Method method = (same && acronym) ? Method.ACRONYM : rs.getBoolean("exact") ? Method.EXACT
						: rs.getBoolean("normalised") ? Method.NORMALISED : Method.TRIGRAM;
				return new Candidate(rs.getLong("entry_id"), rs.getLong("group_id"), rs.getString("entry_name"),
						rs.getString("group_name"), method, same ? 1.0 : rs.getDouble("similarity"));
			})
			.list();
	}

	/**
	 * The best candidate of each pair of entry and group, and whether it is certain: a
	 * reference number is; an exact or normalised name is when the entry's certain names
	 * point to that group alone.
	 */
	private static List<Link> best(List<Candidate> candidates) {
		Map<List<Long>, Candidate> best = new LinkedHashMap<>();
		Comparator<Candidate> better = Comparator.comparing((Candidate c) -> c.method().ordinal())
			.reversed()
			.thenComparingDouble(Candidate::similarity);
		for (Candidate candidate : candidates) {
			best.merge(List.of(candidate.entryId(), candidate.groupId()), candidate,
					(a, b) -> (better.compare(b, a) > 0) ? b : a);
		}
		Map<Long, Set<Long>> certainGroups = new HashMap<>();
		best.values()
			.stream()
			.filter((c) -> c.method().certain)
			.forEach((c) -> certainGroups.computeIfAbsent(c.entryId(), (id) -> new java.util.HashSet<>())
				.add(c.groupId()));
		Set<Long> byReference = best.values()
			.stream()
			.filter((c) -> c.method() == Method.REFERENCE)
			.map(Candidate::entryId)
			.collect(Collectors.toSet());
		List<Link> links = new ArrayList<>();
		for (Candidate candidate : best.values()) {
			boolean certain = candidate.method() == Method.REFERENCE
					|| (candidate.method().certain && !byReference.contains(candidate.entryId())
							&& certainGroups.getOrDefault(candidate.entryId(), Set.of()).size() == 1);
			if (byReference.contains(candidate.entryId()) && candidate.method() != Method.REFERENCE) {
				// an entry a designation names is that group's, not proposed for another
				continue;
			}
			links.add(new Link(candidate, certain));
		}
		return links;
	}

	private Found insert(List<Link> links, long importId) {
		int linked = 0;
		int queued = 0;
		for (Link link : links) {
			Candidate c = link.candidate();
			int inserted = this.jdbc.sql("""
					insert into sanctions_match (entry_id, group_id, method, entry_name, group_name, similarity, status,
					                             found_in_import_id)
					values (:entry, :group, :method, :entryName, :groupName, :similarity, :status, :import)
					on conflict (entry_id, group_id) do nothing
					""")
				.param("entry", c.entryId())
				.param("group", c.groupId())
				.param("method", c.method().name())
				.param("entryName", c.entryName())
				.param("groupName", c.groupName())
				.param("similarity", c.similarity())
				.param("status", link.certain() ? "CONFIRMED" : "PENDING")
				.param("import", importId)
				.update();
			if (inserted == 1) {
				if (link.certain()) {
					linked++;
				}
				else {
					queued++;
				}
			}
		}
		return new Found(linked, queued);
	}

	/** How an entry was found to be a group, the most certain first. */
	enum Method {

		REFERENCE(true), EXACT(true), NORMALISED(true), ACRONYM(false), TRIGRAM(false);

		final boolean certain;

		Method(boolean certain) {
			this.certain = certain;
		}

	}

	/** What one pass found: links made, and proposals queued for an editor. */
	record Found(int linked, int queued) {
	}

	private record Candidate(long entryId, long groupId, String entryName, String groupName, Method method,
			double similarity) {
	}

	private record Link(Candidate candidate, boolean certain) {
	}

}
