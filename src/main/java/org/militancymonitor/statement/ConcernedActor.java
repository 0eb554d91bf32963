package org.militancymonitor.statement;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A row of `actor` as the statement feature names and links it through `statement_actor`:
 * read-only, so that the statement feature depends on no other feature's entity.
 */
@Entity
@Immutable
@Table(name = "actor")
public class ConcernedActor {

	@Id
	private Long id;

	private String slug;

	private String name;

	protected ConcernedActor() {
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
