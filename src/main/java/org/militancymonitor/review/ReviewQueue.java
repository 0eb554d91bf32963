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
		List<ReviewItem> items = new ArrayList<>();
		for (PendingRevision revision : this.revisions.findPending()) {
			ReviewKind kind = this.kinds.get(revision.getKind());
			ReviewItem record = (kind != null) ? kind.describe(revision.getRecordId()) : null;
			if (record != null) {
				items.add(new ReviewItem(revision.getKind(), revision.getRecordId(), record.title(), record.url(),
						revision.getEditor(), revision.getCreatedAt(), revision.getId()));
			}
		}
		return items;
	}

	/** The pending revisions of one record, for its page. */
	public List<PendingRevision> pendingFor(String kind, long recordId) {
		return this.revisions.findPending(kind, recordId);
	}

	Optional<RevisionView> revision(long id) {
		return this.revisions.findById(id).flatMap((revision) -> {
			ReviewKind kind = this.kinds.get(revision.getKind());
			ReviewItem record = (kind != null) ? kind.describe(revision.getRecordId()) : null;
			if (record == null) {
				return Optional.empty();
			}
			int current = kind.currentVersion(revision.getRecordId());
			return Optional.of(new RevisionView(revision, record, kind.labelKey(), FieldChange
				.between(kind.currentValues(revision.getRecordId()), kind.proposedValues(revision.getPayload())),
					current != revision.getBaseVersion()));
		});
	}

	/**
	 * Approves a pending revision and applies it to its record; refused (with nothing
	 * changed) when the reviewer made it or the record changed since it was made.
	 */
	@Transactional
	public ReviewItem approve(long revisionId, int revisionVersion, String reviewer) {
		PendingRevision revision = pending(revisionId, revisionVersion);
		ReviewKind kind = this.kinds.get(revision.getKind());
		revision.approve(reviewer, kind.currentVersion(revision.getRecordId()));
		kind.apply(revision, reviewer);
		return kind.describe(revision.getRecordId());
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
			boolean stale) {
	}

}
