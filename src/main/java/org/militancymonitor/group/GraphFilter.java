package org.militancymonitor.group;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The graph's filters: which edge types to draw, and the date the relationships must hold
 * on. Bound from the query string of the page and of its JSON.
 */
public class GraphFilter {

	private List<String> types;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate asOf;

	/** Every edge type: the relationship types, then the states' stances. */
	public static List<String> allTypes() {
		return Stream
			.concat(Arrays.stream(RelationshipType.values()).map(Enum::name),
					Stream.of(RelationshipGraph.OPPOSES, RelationshipGraph.DESIGNATES))
			.toList();
	}

	/** The chosen types, all of them when none is chosen. */
	public Set<String> selectedTypes() {
		return (this.types == null || this.types.isEmpty()) ? new LinkedHashSet<>(allTypes())
				: new LinkedHashSet<>(this.types);
	}

	/** The types asked for that do not exist. */
	List<String> unknownTypes() {
		return (this.types != null) ? this.types.stream().filter((t) -> !allTypes().contains(t)).toList() : List.of();
	}

	public List<String> getTypes() {
		return this.types;
	}

	public void setTypes(List<String> types) {
		this.types = (types != null) ? types.stream().map((t) -> t.strip().toUpperCase()).toList() : null;
	}

	public LocalDate getAsOf() {
		return this.asOf;
	}

	public void setAsOf(LocalDate asOf) {
		this.asOf = asOf;
	}

}
