package org.militancymonitor.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.militancymonitor.system.DataCaches;
import org.militancymonitor.system.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The records waiting for a second person, across every kind, and the decision on a
 * pending revision: approving one checks and applies it to its record in one transaction.
 */
@Service
public class ReviewQueue {

	private final Map<String, ReviewKind> kinds;

	private final PendingRevisionRepository revisions;

	private final Supplier<Long> count;

	ReviewQueue(List<ReviewKind> kinds, PendingRevisionRepository revisions, DataCaches caches) {
		this.kinds = kinds.stream().collect(Collectors.toUnmodifiableMap(ReviewKind::kind, Function.identity()));
		this.revisions = revisions;
		this.count = caches.value(this::countWaiting);
	}

	/** How many records wait for review, as of the data's current version. */
	public long count() {
		return this.count.get();
	}

	private long countWaiting() {
		return this.revisions.countPending() + this.kinds.values().stream().mapToLong(ReviewKind::countSubmitted).sum();
	}

	/** The submitted drafts, oldest first. */
	List<ReviewItem> submitted() {
		List<ReviewItem> items = new ArrayList<>();
		this.kinds.values().forEach((kind) -> items.addAll(kind.submitted()));
		items.sort(Comparator.comparing(ReviewItem::since, Comparator.nullsFirst(Comparator.naturalOrder())));
		return items;
	}

	/** The pending revisions, oldest first, each named by its record. */
	List<ReviewItem> pendingRevisions() {
		return items(this.revisions.findPending());
	}

	/** The drafts of new records not yet submitted. */
	List<ReviewItem> drafts() {
		return items(this.revisions.findDrafts());
	}

	private List<ReviewItem> items(List<PendingRevision> revisions) {
		List<ReviewItem> items = new ArrayList<>();
		for (PendingRevision revision : revisions) {
			ReviewItem record = record(revision);
			if (record != null) {
				items.add(new ReviewItem(revision.getKind(),
						(revision.getRecordId() != null) ? revision.getRecordId() : 0, record.title(), record.url(),
						revision.getEditor(), revision.getCreatedAt(), revision.getId()));
			}
		}
		return items;
	}

	/**
	 * The record a revision changes, or for a new record its title and the revision's
	 * page.
	 */
	private ReviewItem record(PendingRevision revision) {
		ReviewKind kind = this.kinds.get(revision.getKind());
		if (kind == null) {
			return null;
		}
		if (revision.getRecordId() == null) {
			return new ReviewItem(revision.getKind(), 0, kind.title(revision.getPayload()),
					"/review/revisions/" + revision.getId(), revision.getEditor(), revision.getCreatedAt(),
					revision.getId());
		}
		return kind.describe(revision.getRecordId());
	}

	/** The pending revisions of one record, for its page. */
	public List<PendingRevision> pendingFor(String kind, long recordId) {
		return this.revisions.findPending(kind, recordId);
	}

	Optional<RevisionView> revision(long id) {
		return this.revisions.findById(id).flatMap((revision) -> {
			ReviewItem record = record(revision);
			if (record == null) {
				return Optional.empty();
			}
			ReviewKind kind = this.kinds.get(revision.getKind());
			boolean changesRecord = revision.getRecordId() != null && !revision.isNewRecord();
			Map<String, String> before = changesRecord ? kind.currentValues(revision.getRecordId()) : Map.of();
			boolean stale = changesRecord && revision.getStatus() == RevisionStatus.PENDING
					&& kind.currentVersion(revision.getRecordId()) != revision.getBaseVersion();
			return Optional.of(new RevisionView(revision, record, kind.labelKey(),
					FieldChange.between(before, kind.proposedValues(revision.getPayload())), stale,
					revision.isDraft() ? kind.editUrl(revision) : null));
		});
	}

	/**
	 * Approves a pending revision and applies it to its record; refused (with nothing
	 * changed) when the reviewer made it, the record was retracted or it changed since
	 * the revision was made.
	 */
	@Transactional
	public ReviewItem approve(long revisionId, int revisionVersion, String reviewer) {
		PendingRevision revision = pending(revisionId, revisionVersion);
		ReviewKind kind = this.kinds.get(revision.getKind());
		// before the version: a retraction changes the version, and its revisions cannot
		// be re-applied
		if (revision.getRecordId() != null && !revision.isNewRecord() && kind.isRetracted(revision.getRecordId())) {
			throw new ReviewException("review.refused.revisionRetracted", "record " + revision.getRecordId());
		}
		revision.approve(reviewer, (revision.getRecordId() != null) ? kind.currentVersion(revision.getRecordId()) : 0);
		long recordId = kind.apply(revision, reviewer);
		if (revision.getRecordId() == null) {
			revision.created(recordId);
		}
		return kind.describe(recordId);
	}

	/** Submits the draft of a new record for review. */
	@Transactional
	public void submit(long revisionId, int revisionVersion, String editor) {
		pending(revisionId, revisionVersion).submit(editor);
	}

	@Transactional
	public void reject(long revisionId, int revisionVersion, String reviewer, String note) {
		pending(revisionId, revisionVersion).reject(reviewer, note);
	}

	private PendingRevision pending(long revisionId, int revisionVersion) {
		PendingRevision revision = this.revisions.findById(revisionId)
			.filter((r) -> this.kinds.containsKey(r.getKind()))
			.orElseThrow(() -> new NotFoundException("revision", revisionId));
		if (revision.getVersion() != revisionVersion) {
			throw new ReviewException("review.refused.revisionDecided", "the revision changed meanwhile");
		}
		return revision;
	}

	/** A pending revision with its record and what it would change. */
	record RevisionView(PendingRevision revision, ReviewItem record, String kindLabel, List<FieldChange> changes,
			boolean stale, String editUrl) {
	}

}
