package org.militancymonitor.incident;

import java.time.Instant;

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
import org.militancymonitor.review.ReviewException;

/**
 * An actor name an ACLED import found nowhere (not in the crosswalk, not among the
 * groups' names and aliases, not among the states and organisations): queued until an
 * editor maps it to a group or a state, or dismisses it (civilians of a place, an
 * unidentified armed group). Never made a group by itself. Later imports reuse the
 * decision.
 */
@Entity
@Table(name = "acled_actor_name")
public class AcledActorName {

	/** Where a name stands. */
	public enum Status {

		PENDING, MAPPED, DISMISSED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	@Enumerated(EnumType.STRING)
	private Status status = Status.PENDING;

	@Column(name = "group_id")
	private Long groupId;

	@Formula("(select x.slug from militant_group x where x.id = group_id)")
	private String groupSlug;

	@Formula("(select coalesce((select x.name from militant_group x where x.id = group_id), "
			+ "(select y.name from actor y where y.id = actor_id)))")
	private String partyName;

	@Column(name = "actor_id")
	private Long actorId;

	private Long firstImportId;

	private String decidedBy;

	private Instant decidedAt;

	@Formula("(select count(*) from acled_actor_mention m where m.name_id = id)")
	private long mentions;

	@Version
	private int version;

	protected AcledActorName() {
	}

	/** Maps the name to a group ({@code group}) or a state or organisation. */
	void map(long partyId, boolean group, String editor) {
		requirePending();
		this.status = Status.MAPPED;
		this.groupId = group ? partyId : null;
		this.actorId = group ? null : partyId;
		decided(editor);
	}

	/** Dismisses the name: it names no party of the dashboard's. */
	void dismiss(String editor) {
		requirePending();
		this.status = Status.DISMISSED;
		decided(editor);
	}

	private void decided(String editor) {
		this.decidedBy = editor;
		this.decidedAt = Instant.now();
	}

	private void requirePending() {
		if (this.status != Status.PENDING) {
			throw new ReviewException("actorNames.refused.decided", this.name + " is " + this.status);
		}
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public Status getStatus() {
		return this.status;
	}

	public Long getGroupId() {
		return this.groupId;
	}

	public String getGroupSlug() {
		return this.groupSlug;
	}

	public Long getActorId() {
		return this.actorId;
	}

	/** The group's or the state's name it was mapped to, or null. */
	public String getPartyName() {
		return this.partyName;
	}

	public Long getFirstImportId() {
		return this.firstImportId;
	}

	public String getDecidedBy() {
		return this.decidedBy;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

	/** The incidents still waiting for it. */
	public long getMentions() {
		return this.mentions;
	}

	public int getVersion() {
		return this.version;
	}

}
