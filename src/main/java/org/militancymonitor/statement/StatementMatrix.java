package org.militancymonitor.statement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Who said what about which group: the states and organisations that made statements
 * (rows) against the groups their statements concern (columns); each cell holds the
 * stances of that actor's statements about that group. Statements that concern no group
 * are listed apart.
 */
public record StatementMatrix(List<ActorLink> actors, List<GroupLink> groups,
		Map<String, Map<String, List<StanceBadge>>> cells, List<UngroupedStatement> ungrouped) {

	/**
	 * The stances of an actor's statements about a group, the most frequent first; empty
	 * when it made none.
	 */
	public List<StanceBadge> cell(String actorSlug, String groupSlug) {
		return this.cells.getOrDefault(actorSlug, Map.of()).getOrDefault(groupSlug, List.of());
	}

	public boolean isEmpty() {
		return this.actors.isEmpty() && this.ungrouped.isEmpty();
	}

	/**
	 * Groups the rows of the matrix query, each a statement with one group it concerns or
	 * with none.
	 */
	static StatementMatrix of(List<MatrixRow> rows) {
		Map<String, ActorLink> actors = new TreeMap<>();
		Map<String, GroupLink> groups = new LinkedHashMap<>();
		Map<String, Map<String, Map<Stance, Set<Long>>>> stances = new LinkedHashMap<>();
		Map<Long, UngroupedStatement> ungrouped = new LinkedHashMap<>();
		for (MatrixRow row : rows) {
			if (row.group() == null) {
				ungrouped.putIfAbsent(row.statementId(),
						new UngroupedStatement(row.statementId(), row.actor(), row.speaker(), row.stance(),
								row.summary(), row.made(), row.dateAsStated(), row.concernedActors()));
				continue;
			}
			actors.putIfAbsent(row.actor().slug(), row.actor());
			groups.putIfAbsent(row.group().slug(), row.group());
			stances.computeIfAbsent(row.actor().slug(), (a) -> new LinkedHashMap<>())
				.computeIfAbsent(row.group().slug(), (g) -> new EnumMap<>(Stance.class))
				.computeIfAbsent(row.stance(), (s) -> new LinkedHashSet<>())
				.add(row.statementId());
		}
		Map<String, Map<String, List<StanceBadge>>> cells = new LinkedHashMap<>();
		stances.forEach((actor, byGroup) -> byGroup.forEach((group, byStance) -> {
			List<StanceBadge> badges = new ArrayList<>();
			byStance.forEach((stance, ids) -> badges.add(new StanceBadge(stance, ids.stream().sorted().toList())));
			badges.sort(Comparator.comparing(StanceBadge::count).reversed());
			cells.computeIfAbsent(actor, (a) -> new LinkedHashMap<>()).put(group, List.copyOf(badges));
		}));
		List<ActorLink> actorList = actors.values()
			.stream()
			.sorted(Comparator.comparing(ActorLink::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
		List<GroupLink> groupList = groups.values()
			.stream()
			.sorted(Comparator.comparing(GroupLink::label, String.CASE_INSENSITIVE_ORDER))
			.toList();
		List<UngroupedStatement> ungroupedList = ungrouped.values()
			.stream()
			.sorted(Comparator.comparing((UngroupedStatement s) -> s.actor().name())
				.thenComparing(UngroupedStatement::id))
			.toList();
		return new StatementMatrix(actorList, groupList, cells, ungroupedList);
	}

}
