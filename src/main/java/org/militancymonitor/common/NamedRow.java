package org.militancymonitor.common;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * A row of another feature's table as a feature names and links it: id, slug and name,
 * mapped read-only by an entity of the feature that shows it, so that no feature maps
 * another's entity.
 */
@MappedSuperclass
public abstract class NamedRow {

	@Id
	private Long id;

	private String slug;

	private String name;

	protected NamedRow() {
	}

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

}
