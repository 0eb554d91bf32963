package org.militancymonitor.incident;

import jakarta.validation.constraints.Size;

/**
 * A party on the incident form: a group (named by any of its names) or a state or
 * organisation, in a role, perhaps with uncertain attribution. A line with no party is
 * none.
 */
public class ActorLine {

	@Size(max = 300, message = "{form.size}")
	private String party;

	private ActorRole role;

	private boolean attributionUncertain;

	@Size(max = 1000, message = "{form.size}")
	private String description;

	public ActorLine() {
	}

	static ActorLine of(IncidentActor actor) {
		ActorLine line = new ActorLine();
		line.party = (actor.getGroupId() != null) ? actor.getGroup().getName() : actor.getActorName();
		line.role = actor.getRole();
		line.attributionUncertain = actor.isAttributionUncertain();
		line.description = actor.getDescription();
		return line;
	}

	boolean isEmpty() {
		return (this.party == null || this.party.isBlank()) && this.role == null
				&& (this.description == null || this.description.isBlank());
	}

	String describe() {
		return String.join(" · ", (this.party != null) ? this.party.strip() : "",
				(this.role != null) ? this.role.name() : "", this.attributionUncertain ? "uncertain" : "",
				(this.description != null) ? this.description.strip() : "");
	}

	public String getParty() {
		return this.party;
	}

	public void setParty(String party) {
		this.party = party;
	}

	public ActorRole getRole() {
		return this.role;
	}

	public void setRole(ActorRole role) {
		this.role = role;
	}

	public boolean isAttributionUncertain() {
		return this.attributionUncertain;
	}

	public void setAttributionUncertain(boolean attributionUncertain) {
		this.attributionUncertain = attributionUncertain;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

}
