package org.militancymonitor.review;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An edit of a published record, held until a second person approves it: readers see the
 * published version meanwhile. It holds the whole edited form (as its feature writes it
 * in JSON), the version of the record it was made from and the editor's reason. Approval
 * is refused once the record has changed since that version: the editor re-applies the
 * edit to the record as it is now.
 */
@Entity
@Table(name = "pending_revision")
public class PendingRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String kind;

	private long recordId;

	private int baseVersion;

	@JdbcTypeCode(SqlTypes.JSON)
	private String payload;

	private String reason;

	private String editor;

	private Instant createdAt;

	@Enumerated(EnumType.STRING)
	private RevisionStatus status = RevisionStatus.PENDING;

	private String decidedBy;

	private Instant decidedAt;

	private String decisionNote;

	@Version
	@Column(name = "version")
	private int version;

	protected PendingRevision() {
	}

	public PendingRevision(String kind, long recordId, int baseVersion, String payload, String reason, String editor) {
		if (reason == null || reason.isBlank()) {
			throw new ReviewException("review.refused.revisionWithoutReason", "an edit of a published record");
		}
		this.kind = Objects.requireNonNull(kind);
		this.recordId = recordId;
		this.baseVersion = baseVersion;
		this.payload = Objects.requireNonNull(payload);
		this.reason = reason.strip();
		this.editor = Objects.requireNonNull(editor);
		this.createdAt = Instant.now();
	}

	/**
	 * Approves the revision if the record is still at the version it was made from; the
	 * caller then applies the payload.
	 */
	public void approve(String reviewer, int currentVersion) {
		requirePendingAndSecondPerson(reviewer);
		if (currentVersion != this.baseVersion) {
			throw new ReviewException("review.refused.revisionStale",
					"made from version " + this.baseVersion + ", the record is at " + currentVersion);
		}
		decide(RevisionStatus.APPROVED, reviewer, null);
	}

	public void reject(String reviewer, String note) {
		requirePendingAndSecondPerson(reviewer);
		decide(RevisionStatus.REJECTED, reviewer, (note != null && !note.isBlank()) ? note.strip() : null);
	}

	private void requirePendingAndSecondPerson(String reviewer) {
		if (this.status != RevisionStatus.PENDING) {
			throw new ReviewException("review.refused.revisionDecided", "the revision is " + this.status);
		}
		if (Objects.equals(reviewer, this.editor)) {
			throw new ReviewException("review.refused.ownRevision", reviewer + " made it");
		}
	}

	private void decide(RevisionStatus status, String reviewer, String note) {
		this.status = status;
		this.decidedBy = Objects.requireNonNull(reviewer);
		this.decidedAt = Instant.now();
		this.decisionNote = note;
	}

	public Long getId() {
		return this.id;
	}

	public String getKind() {
		return this.kind;
	}

	public long getRecordId() {
		return this.recordId;
	}

	public int getBaseVersion() {
		return this.baseVersion;
	}

	public String getPayload() {
		return this.payload;
	}

	public String getReason() {
		return this.reason;
	}

	public String getEditor() {
		return this.editor;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public RevisionStatus getStatus() {
		return this.status;
	}

	public String getDecidedBy() {
		return this.decidedBy;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

	public String getDecisionNote() {
		return this.decisionNote;
	}

	public int getVersion() {
		return this.version;
	}

}
