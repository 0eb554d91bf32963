package org.militancymonitor.report;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A row of `militant_group` as the report feature names and links it through
 * `finding_group`: read-only, so that the report feature depends on no other feature's
 * entity.
 */
@Entity
@Immutable
@Table(name = "militant_group")
public class FindingGroup {

	@Id
	private Long id;

	private String slug;

	private String name;

	private String shortName;

	protected FindingGroup() {
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

	public String getShortName() {
		return this.shortName;
	}

	/** The short name if the group has one, else its name. */
	public String getDisplayName() {
		return (this.shortName != null) ? this.shortName : this.name;
	}

}
