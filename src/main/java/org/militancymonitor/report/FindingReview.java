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
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

/**
 * Report findings in review: a new finding is a draft until submitted and goes live on
 * its report when a second person approves it, and an edit of a finding waits as a
 * pending revision.
 */
@Component
class FindingReview implements ReviewKind {

	static final String KIND = "finding";

	private static final int TITLE_LENGTH = 120;

	private final ReportRepository reports;

	private final ReportFindingRepository findings;

	private final FindingParts parts;

	private final Proposals proposals;

	private final Changes changes;

	FindingReview(ReportRepository reports, ReportFindingRepository findings, FindingParts parts, Proposals proposals,
			Changes changes) {
		this.reports = reports;
		this.findings = findings;
		this.parts = parts;
		this.proposals = proposals;
		this.changes = changes;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public String labelKey() {
		return "review.kind.finding";
	}

	@Override
	public ReviewItem describe(long recordId) {
		return this.findings.findWithParts(recordId)
			.map((f) -> new ReviewItem(KIND, recordId, shorten(f.getSummary()), url(f.getReport().getSlug(), recordId),
					null, null, null))
			.orElse(null);
	}

	@Override
	public String title(String payload) {
		return shorten(form(payload).getSummary());
	}

	@Override
	public String editUrl(PendingRevision revision) {
		FindingForm form = form(revision.getPayload());
		return this.reports.findById(form.getReportId())
			.map((r) -> "/reports/" + r.getSlug() + "/findings/new?draft=" + revision.getId())
			.orElse("/reports");
	}

	@Override
	public Map<String, String> currentValues(long recordId) {
		return FindingForm.of(finding(recordId)).describe();
	}

	@Override
	public Map<String, String> proposedValues(String payload) {
		return form(payload).describe();
	}

	@Override
	public long apply(PendingRevision revision, String reviewer) {
		FindingForm form = this.proposals.form(revision, FindingForm.class);
		Errors errors = new BeanPropertyBindingResult(form, "form");
		FindingParts.Resolved resolved = this.parts.resolve(form, errors);
		if (resolved == null) {
			throw new ReviewException("review.refused.revisionInvalid", errors.getAllErrors().toString());
		}
		if (revision.getRecordId() == null) {
			Report report = this.reports.findById(form.getReportId())
				.orElseThrow(() -> new ReviewException("review.refused.reportGone", "report " + form.getReportId()));
			ReportFinding finding = ReportFinding.of(report);
			finding.update(form.getSummary(), form.getPosition(), resolved.claim(), resolved.groups());
			return this.changes.because("approved new finding (revision " + revision.getId() + ")",
					() -> this.findings.saveAndFlush(finding).getId());
		}
		ReportFinding finding = finding(revision.getRecordId());
		this.changes.because(
				"approved revision " + revision.getId() + " by " + revision.getEditor() + ": " + revision.getReason(),
				() -> {
					finding.update(form.getSummary(), form.getPosition(), resolved.claim(), resolved.groups());
					this.findings.flush();
				});
		return finding.getId();
	}

	@Override
	public int currentVersion(long recordId) {
		return finding(recordId).getVersion();
	}

	@Override
	public boolean isRetracted(long recordId) {
		return finding(recordId).isRetracted();
	}

	static String url(String reportSlug, long findingId) {
		return "/reports/" + reportSlug + "#finding-" + findingId;
	}

	private ReportFinding finding(long id) {
		return this.findings.findWithParts(id).orElseThrow(() -> new NotFoundException(KIND, id));
	}

	private FindingForm form(String payload) {
		return this.proposals.form(payload, FindingForm.class);
	}

	private static String shorten(String summary) {
		if (summary == null) {
			return "";
		}
		return (summary.length() <= TITLE_LENGTH) ? summary : summary.substring(0, TITLE_LENGTH - 1) + "…";
	}

}
