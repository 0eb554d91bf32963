package org.militancymonitor.statement;

/**
 * A group a statement concerns, as pages link to it.
 *
 * @param shortName the group's short name, or {@code null}
 */
public record GroupLink(String slug, String name, String shortName) {

	/** The short name where the group has one, else its name. */
	public String label() {
		return (this.shortName != null) ? this.shortName : this.name;
	}

}
