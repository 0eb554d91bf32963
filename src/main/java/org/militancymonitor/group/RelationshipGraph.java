package org.militancymonitor.group;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.militancymonitor.common.PartialDate;
import org.militancymonitor.claim.Evidence;
import org.militancymonitor.statement.GroupLink;
import org.militancymonitor.statement.StatementView;

/**
 * The network of groups, and of the states and organisations that oppose or designate
 * them: typed, directed edges, each with the claims behind it.
 *
 * @param nodes groups and actors
 * @param edges relationships between groups, and actors' stances towards groups
 */
public record RelationshipGraph(List<Node> nodes, List<Edge> edges) {

	/** Edge types beyond the relationship types: a state's stance towards a group. */
	public static final String OPPOSES = "OPPOSES";

	public static final String DESIGNATES = "DESIGNATES";

	static RelationshipGraph of(List<GroupRelationship> relationships, List<Designation> designations,
			List<StatementView> opposing, Set<String> types, LocalDate asOf) {
		Map<String, Node> nodes = new LinkedHashMap<>();
		List<Edge> edges = new ArrayList<>();
		for (GroupRelationship r : relationships) {
			if (types.contains(r.getType().name()) && inForce(r.getValidFrom(), r.getValidTo(), asOf)) {
				Node from = groupNode(nodes, r.getFromGroup());
				Node to = groupNode(nodes, r.getToGroup());
				edges.add(new Edge("r" + r.getId(), from.id(), to.id(), r.getType().name(), r.isContested(),
						r.getClaims()
							.stream()
							.sorted(Comparator.comparing((c) -> c.getRef()))
							.map((c) -> c.getEvidence())
							.toList()));
			}
		}
		if (types.contains(DESIGNATES)) {
			for (Designation d : designations) {
				// a designation whose authority the source does not name has no node to
				// start from
				if (d.getAuthority() != null && inForce(d.getListed(), PartialDate.unknown(), asOf)
						&& (d.getDelistedOn() == null || asOf == null || d.getDelistedOn().isAfter(asOf))) {
					Node from = actorNode(nodes, d.getAuthority().getSlug(), d.getAuthority().getName());
					Node to = groupNode(nodes, d.getGroup());
					edges.add(new Edge("d" + d.getId(), from.id(), to.id(), DESIGNATES, false,
							(d.getClaim() != null) ? List.of(d.getClaim().getEvidence()) : List.of()));
				}
			}
		}
		if (types.contains(OPPOSES)) {
			Map<String, List<Evidence>> stances = new LinkedHashMap<>();
			for (StatementView s : opposing) {
				if (inForce(s.made(), PartialDate.unknown(), asOf)) {
					Node from = actorNode(nodes, s.actorSlug(), s.actorName());
					for (GroupLink g : s.groups()) {
						Node to = nodes.computeIfAbsent("g:" + g.slug(),
								(id) -> new Node(id, g.label(), "GROUP", "/groups/" + g.slug()));
						stances.computeIfAbsent(from.id() + ">" + to.id(), (k) -> new ArrayList<>()).add(s.evidence());
					}
				}
			}
			stances.forEach((key, evidence) -> {
				String[] ends = key.split(">");
				edges.add(new Edge("o" + edges.size(), ends[0], ends[1], OPPOSES, false, evidence));
			});
		}
		return new RelationshipGraph(List.copyOf(nodes.values()), edges);
	}

	/**
	 * Whether something that started and ended on these (possibly unknown) dates held on
	 * {@code asOf}; unknown bounds do not exclude.
	 */
	private static boolean inForce(PartialDate from, PartialDate to, LocalDate asOf) {
		if (asOf == null) {
			return true;
		}
		boolean started = !from.isKnown() || !from.getDate().isAfter(asOf);
		boolean notEnded = !to.isKnown() || !to.getDate().isBefore(asOf);
		return started && notEnded;
	}

	private static Node groupNode(Map<String, Node> nodes, MilitantGroup group) {
		return nodes.computeIfAbsent("g:" + group.getSlug(),
				(id) -> new Node(id, group.getDisplayName(), "GROUP", "/groups/" + group.getSlug()));
	}

	private static Node actorNode(Map<String, Node> nodes, String slug, String name) {
		return nodes.computeIfAbsent("a:" + slug, (id) -> new Node(id, name, "ACTOR", "/actors/" + slug));
	}

	public Node node(String id) {
		return this.nodes.stream().filter((n) -> n.id().equals(id)).findFirst().orElseThrow();
	}

	/**
	 * A group or a state or organisation.
	 *
	 * @param kind {@code GROUP} or {@code ACTOR}
	 */
	public record Node(String id, String label, String kind, String url) {
	}

	/**
	 * A directed, typed edge and the claims behind it.
	 */
	public record Edge(String id, String from, String to, String type, boolean contested, List<Evidence> claims) {
	}

}
