package org.militancymonitor.report;

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
 * Reports in review: a new report is a draft until submitted and goes live when a second
 * person approves it, and an edit of a report waits as a pending revision.
 */
@Component
class ReportReview implements ReviewKind {

	static final String KIND = "report";

	private final ReportRepository reports;

	private final Proposals proposals;

	private final Changes changes;

	ReportReview(ReportRepository reports, Proposals proposals, Changes changes) {
		this.reports = reports;
		this.proposals = proposals;
		this.changes = changes;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public String labelKey() {
		return "review.kind.report";
	}

	@Override
	public ReviewItem describe(long recordId) {
		return this.reports.findById(recordId)
			.map((r) -> new ReviewItem(KIND, recordId, r.getTitle(), url(r.getSlug()), null, null, null))
			.orElse(null);
	}

	@Override
	public String title(String payload) {
		return form(payload).getTitle();
	}

	@Override
	public String editUrl(PendingRevision revision) {
		return "/reports/new?draft=" + revision.getId();
	}

	@Override
	public Map<String, String> currentValues(long recordId) {
		return ReportForm.of(report(recordId)).describe();
	}

	@Override
	public Map<String, String> proposedValues(String payload) {
		return form(payload).describe();
	}

	@Override
	public long apply(PendingRevision revision, String reviewer) {
		ReportForm form = this.proposals.form(revision, ReportForm.class);
		this.reports.findBySlug(form.getSlug())
			.filter((other) -> !other.getId().equals(revision.getRecordId()))
			.ifPresent((other) -> {
				throw new ReviewException("review.refused.slugTaken", form.getSlug());
			});
		if (revision.getRecordId() == null) {
			return this.changes.because("approved new report (revision " + revision.getId() + ")",
					() -> this.reports.saveAndFlush(Report.of(form)).getId());
		}
		Report report = report(revision.getRecordId());
		this.changes.because(
				"approved revision " + revision.getId() + " by " + revision.getEditor() + ": " + revision.getReason(),
				() -> {
					report.update(form);
					this.reports.flush();
				});
		return report.getId();
	}

	@Override
	public int currentVersion(long recordId) {
		return report(recordId).getVersion();
	}

	@Override
	public boolean isRetracted(long recordId) {
		return report(recordId).isRetracted();
	}

	static String url(String slug) {
		return "/reports/" + slug;
	}

	private Report report(long id) {
		return this.reports.findById(id).orElseThrow(() -> new NotFoundException(KIND, id));
	}

	private ReportForm form(String payload) {
		return this.proposals.form(payload, ReportForm.class);
	}

}
