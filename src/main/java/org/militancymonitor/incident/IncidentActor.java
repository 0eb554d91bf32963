package org.militancymonitor.incident;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Formula;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.militancymonitor.common.Reference;

/**
 * A group or state taking part in an incident in a role (perpetrator, target, claimed by,
 * suspected), flagged when the attribution is uncertain.
 */
@Entity
@Audited
@Table(name = "incident_actor")
public class IncidentActor {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "incident_id")
	private Incident incident;

	@Column(name = "group_id")
	private Long groupId;

	@NotAudited
	@Formula("(select x.slug from militant_group x where x.id = group_id)")
	private String groupSlug;

	@NotAudited
	@Formula("(select x.name from militant_group x where x.id = group_id)")
	private String groupName;

	@Column(name = "actor_id")
	private Long actorId;

	@NotAudited
	@Formula("(select x.name from actor x where x.id = actor_id)")
	private String actorName;

	@Enumerated(EnumType.STRING)
	private ActorRole role;

	private boolean attributionUncertain;

	private String description;

	protected IncidentActor() {
	}

	/** A group in a role. */
	static IncidentActor group(long groupId, ActorRole role, boolean attributionUncertain, String description) {
		IncidentActor actor = new IncidentActor(role, attributionUncertain, description);
		actor.groupId = groupId;
		return actor;
	}

	/** A state or organisation in a role. */
	static IncidentActor actor(long actorId, ActorRole role, boolean attributionUncertain, String description) {
		IncidentActor actor = new IncidentActor(role, attributionUncertain, description);
		actor.actorId = actorId;
		return actor;
	}

	private IncidentActor(ActorRole role, boolean attributionUncertain, String description) {
		this.role = Objects.requireNonNull(role);
		this.attributionUncertain = attributionUncertain;
		this.description = description;
	}

	void setIncident(Incident incident) {
		this.incident = incident;
	}

	public Long getId() {
		return this.id;
	}

	public Incident getIncident() {
		return this.incident;
	}

	public Long getGroupId() {
		return this.groupId;
	}

	/** The group that took part, or null when the actor is a state or organisation. */
	public Reference getGroup() {
		return Reference.of(this.groupId, this.groupSlug, this.groupName);
	}

	public Long getActorId() {
		return this.actorId;
	}

	/** The state or organisation's name, or null when the actor is a group. */
	public String getActorName() {
		return this.actorName;
	}

	public ActorRole getRole() {
		return this.role;
	}

	public boolean isAttributionUncertain() {
		return this.attributionUncertain;
	}

	public String getDescription() {
		return this.description;
	}

}
