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
 * A change to the published record waiting for a second person: readers see the published
 * version meanwhile. Either an edit of a published record, made from one of its versions
 * with the editor's reason, or a new record, which is a draft its editors revise until
 * one submits it. It holds the whole form (as its feature writes it in JSON). Approving
 * an edit is refused once the record has changed since the version it was made from: the
 * editor re-applies it to the record as it is now.
 */
@Entity
@Table(name = "pending_revision")
public class PendingRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String kind;

	private Long recordId;

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

	private PendingRevision(String kind, String payload, String editor) {
		this.kind = Objects.requireNonNull(kind);
		this.payload = Objects.requireNonNull(payload);
		this.editor = Objects.requireNonNull(editor);
		this.createdAt = Instant.now();
		this.status = RevisionStatus.DRAFT;
	}

	/** A new record, as a draft of its editor. */
	public static PendingRevision newRecord(String kind, String payload, String editor) {
		return new PendingRevision(kind, payload, editor);
	}

	/** Whether the revision makes a new record rather than changing one. */
	public boolean isNewRecord() {
		return this.reason == null;
	}

	public boolean isDraft() {
		return this.status == RevisionStatus.DRAFT;
	}

	/** Replaces a draft's content with an editor's revised form. */
	public void revise(String payload, String editor) {
		if (this.status != RevisionStatus.DRAFT) {
			throw new ReviewException("review.refused.editNotDraft", "the revision is " + this.status);
		}
		this.payload = Objects.requireNonNull(payload);
		this.editor = Objects.requireNonNull(editor);
	}

	/** Submits a draft for review, by the editor who last revised it or another. */
	public void submit(String editor) {
		if (this.status != RevisionStatus.DRAFT) {
			throw new ReviewException("review.refused.submitNotDraft", "the revision is " + this.status);
		}
		this.editor = Objects.requireNonNull(editor);
		this.createdAt = Instant.now();
		this.status = RevisionStatus.PENDING;
	}

	/**
	 * Approves the revision if the record is still at the version it was made from (a new
	 * record has none); the caller then applies the payload.
	 */
	public void approve(String reviewer, int currentVersion) {
		requirePendingAndSecondPerson(reviewer);
		if (this.recordId != null && currentVersion != this.baseVersion) {
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

	/** Records the record an approved new record became. */
	public void created(long recordId) {
		if (this.status != RevisionStatus.APPROVED || this.recordId != null) {
			throw new IllegalStateException("only an approved new record is created");
		}
		this.recordId = recordId;
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

	/** The record changed, or null for a new record not yet approved. */
	public Long getRecordId() {
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
