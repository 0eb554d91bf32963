package org.militancymonitor.common;

/**
 * A row of another feature as a page names and links it: its id, slug and name, read with
 * the row that refers to it. Features refer to each other's rows by id, never by entity,
 * so that each owns its entities alone.
 */
public record Reference(long id, String slug, String name) {

	/**
	 * The reference, or null when there is no id.
	 */
	public static Reference of(Long id, String slug, String name) {
		return (id != null) ? new Reference(id, slug, name) : null;
	}

	public long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

}
