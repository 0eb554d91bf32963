package org.militancymonitor.sanctions;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A link between an entry of the UN list and a dashboard group, as an editor decides it:
 * a proposed link (an acronym, a similar name) is confirmed or rejected once, by an
 * editor, from the version they saw. The import makes the links; this is the editor's
 * part of them.
 */
@Entity
@Table(name = "sanctions_match")
class SanctionsMatch {

	@Id
	private Long id;

	@Column(name = "entry_id", insertable = false, updatable = false)
	private long entryId;

	@Column(name = "group_id", insertable = false, updatable = false)
	private long groupId;

	@Enumerated(EnumType.STRING)
	private Status status;

	private String decidedBy;

	private Instant decidedAt;

	@Version
	private int version;

	protected SanctionsMatch() {
	}

	/**
	 * Confirms or rejects the proposed link.
	 * @throws IllegalStateException when it was decided already
	 */
	void decide(boolean confirm, String editor, Instant at) {
		if (this.status != Status.PENDING) {
			throw new IllegalStateException("link " + this.id + " is " + this.status + " already");
		}
		this.status = confirm ? Status.CONFIRMED : Status.REJECTED;
		this.decidedBy = editor;
		this.decidedAt = at;
	}

	Long getId() {
		return this.id;
	}

	long getEntryId() {
		return this.entryId;
	}

	long getGroupId() {
		return this.groupId;
	}

	Status getStatus() {
		return this.status;
	}

	String getDecidedBy() {
		return this.decidedBy;
	}

	int getVersion() {
		return this.version;
	}

	/** Where a link stands. */
	enum Status {

		CONFIRMED, PENDING, REJECTED

	}

}
