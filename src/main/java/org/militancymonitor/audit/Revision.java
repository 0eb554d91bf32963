package org.militancymonitor.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One transaction's changes to the audited records: when, by whom and why. Envers writes
 * one per transaction that changes an audited entity, and the {@code _aud} tables point
 * at it; nothing else writes it, and the database refuses to update or delete it.
 */
@Entity
@Table(name = "revision")
@RevisionEntity(RevisionStamp.class)
public class Revision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@RevisionNumber
	private Long id;

	@RevisionTimestamp
	@Column(name = "changed_at")
	private Instant changedAt;

	private String username;

	/** Why the change was made, as its author gave it; {@code null} when none was. */
	private String reason;

	protected Revision() {
	}

	public Long getId() {
		return this.id;
	}

	public Instant getChangedAt() {
		return this.changedAt;
	}

	public String getUsername() {
		return this.username;
	}

	public String getReason() {
		return this.reason;
	}

	void stamp(String username, String reason) {
		this.username = username;
		this.reason = reason;
	}

}
