package org.militancymonitor.incident;

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
import org.militancymonitor.actor.Actor;
import org.militancymonitor.group.MilitantGroup;

/**
 * A group or state taking part in an incident in a role (perpetrator, target, claimed by,
 * suspected), flagged when the attribution is uncertain.
 */
@Entity
@Table(name = "incident_actor")
public class IncidentActor {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "incident_id")
	private Incident incident;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "group_id")
	private MilitantGroup group;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "actor_id")
	private Actor actor;

	@Enumerated(EnumType.STRING)
	private ActorRole role;

	private boolean attributionUncertain;

	private String description;

	protected IncidentActor() {
	}

	public Long getId() {
		return this.id;
	}

	public Incident getIncident() {
		return this.incident;
	}

	public MilitantGroup getGroup() {
		return this.group;
	}

	public Actor getActor() {
		return this.actor;
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
