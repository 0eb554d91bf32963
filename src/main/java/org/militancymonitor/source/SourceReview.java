package org.militancymonitor.source;

import java.util.Map;

import org.militancymonitor.audit.Changes;
import org.militancymonitor.review.PendingRevision;
import org.militancymonitor.review.Proposals;
import org.militancymonitor.review.ReviewException;
import org.militancymonitor.review.ReviewItem;
import org.militancymonitor.review.ReviewKind;
import org.militancymonitor.system.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * Sources in review: a new source is a draft until submitted and goes live when a second
 * person approves it, and an edit of a source waits as a pending revision.
 */
@Component
class SourceReview implements ReviewKind {

	static final String KIND = "source";

	private final SourceRepository sources;

	private final Proposals proposals;

	private final Changes changes;

	SourceReview(SourceRepository sources, Proposals proposals, Changes changes) {
		this.sources = sources;
		this.proposals = proposals;
		this.changes = changes;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public String labelKey() {
		return "review.kind.source";
	}

	@Override
	public ReviewItem describe(long recordId) {
		return this.sources.findById(recordId)
			.map((s) -> new ReviewItem(KIND, recordId, s.getTitle(), url(s.getSlug()), null, null, null))
			.orElse(null);
	}

	@Override
	public String title(String payload) {
		return form(payload).getTitle();
	}

	@Override
	public String editUrl(PendingRevision revision) {
		return "/sources/new?draft=" + revision.getId();
	}

	@Override
	public Map<String, String> currentValues(long recordId) {
		return SourceForm.of(source(recordId)).describe();
	}

	@Override
	public Map<String, String> proposedValues(String payload) {
		return form(payload).describe();
	}

	@Override
	public long apply(PendingRevision revision, String reviewer) {
		SourceForm form = this.proposals.form(revision, SourceForm.class);
		this.sources.findBySlug(form.getSlug())
			.filter((other) -> !other.getId().equals(revision.getRecordId()))
			.ifPresent((other) -> {
				throw new ReviewException("review.refused.slugTaken", form.getSlug());
			});
		if (revision.getRecordId() == null) {
			return this.changes.because("approved new source (revision " + revision.getId() + ")",
					() -> this.sources.saveAndFlush(Source.of(form)).getId());
		}
		Source source = source(revision.getRecordId());
		this.changes.because(
				"approved revision " + revision.getId() + " by " + revision.getEditor() + ": " + revision.getReason(),
				() -> {
					source.update(form);
					this.sources.flush();
				});
		return source.getId();
	}

	@Override
	public int currentVersion(long recordId) {
		return source(recordId).getVersion();
	}

	@Override
	public boolean isRetracted(long recordId) {
		return source(recordId).isRetracted();
	}

	static String url(String slug) {
		return "/sources/" + slug;
	}

	private Source source(long id) {
		return this.sources.findById(id).orElseThrow(() -> new NotFoundException(KIND, id));
	}

	private SourceForm form(String payload) {
		return this.proposals.form(payload, SourceForm.class);
	}

}
