package org.militancymonitor.actor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Formula;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A state or organisation that speaks, asserts claims, designates groups or takes part in
 * incidents.
 */
@Entity
@Audited
@Table(name = "actor")
public class Actor {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String name;

	@Enumerated(EnumType.STRING)
	private ActorKind kind;

	@Column(name = "country_id")
	private Long countryId;

	@NotAudited
	@Formula("(select x.name from region x where x.id = country_id)")
	private String countryName;

	/** The tracked group this actor is, for a de facto authority such as the Taliban. */
	@Column(name = "group_id")
	private Long groupId;

	@Version
	private int version;

	protected Actor() {
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

	public ActorKind getKind() {
		return this.kind;
	}

	public Long getCountryId() {
		return this.countryId;
	}

	/** The country's name, or null. */
	public String getCountryName() {
		return this.countryName;
	}

	public Long getGroupId() {
		return this.groupId;
	}

}
