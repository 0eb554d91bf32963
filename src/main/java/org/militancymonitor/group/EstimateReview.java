package org.militancymonitor.group;

import java.util.List;
import java.util.Map;

import org.militancymonitor.audit.Changes;
import org.militancymonitor.claim.Claim;
import org.militancymonitor.claim.ClaimLines;
import org.militancymonitor.region.RegionDirectory;
import org.militancymonitor.review.PendingRevision;
import org.militancymonitor.review.Proposals;
import org.militancymonitor.review.ReviewException;
import org.militancymonitor.review.ReviewItem;
import org.militancymonitor.review.ReviewKind;
import org.militancymonitor.system.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

/**
 * Estimates in review: a new estimate is a draft until submitted and goes live when a
 * second person approves it, and an edit of an estimate waits as a pending revision. The
 * form's region and claim are resolved when it is saved, to mark what is wrong, and again
 * when it is approved, since the data may have changed meanwhile.
 */
@Component
class EstimateReview implements ReviewKind {

	static final String KIND = "estimate";

	private final EstimateRepository estimates;

	private final GroupRepository groups;

	private final Proposals proposals;

	private final Changes changes;

	private final ClaimLines claimLines;

	private final RegionDirectory regions;

	private final MessageSource messages;

	EstimateReview(EstimateRepository estimates, GroupRepository groups, Proposals proposals, Changes changes,
			ClaimLines claimLines, RegionDirectory regions, MessageSource messages) {
		this.estimates = estimates;
		this.groups = groups;
		this.proposals = proposals;
		this.changes = changes;
		this.claimLines = claimLines;
		this.regions = regions;
		this.messages = messages;
	}

	/** A form's region and claim, resolved. */
	record Checked(Long regionId, Claim claim) {
	}

	/**
	 * Checks a form against the rules and the data: field errors for whatever is wrong,
	 * and otherwise its region and claim (a new claim not saved yet).
	 */
	Checked check(EstimateForm form, Errors errors) {
		form.validate(errors);
		Long region = form.region(this.regions, errors);
		List<Claim> claims = this.claimLines.resolve(BoundClaimLines.of(form.getClaims(), "claims", errors), "claims",
				errors);
		return new Checked(region, claims.isEmpty() ? null : claims.get(0));
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public String labelKey() {
		return "review.kind.estimate";
	}

	@Override
	public ReviewItem describe(long recordId) {
		return this.estimates.findWithClaim(recordId)
			.map((e) -> new ReviewItem(KIND, recordId, title(e.getGroup().getName(), e.getMetric(), e.getValue()),
					url(e.getGroup().getSlug()), null, null, null))
			.orElse(null);
	}

	@Override
	public String title(String payload) {
		EstimateForm form = form(payload);
		Long value = (form.getBest() != null) ? form.getBest()
				: (form.getLow() != null) ? form.getLow() : form.getHigh();
		return title(form.getGroupName(), form.getMetric(), value);
	}

	private String title(String group, EstimateMetric metric, Long value) {
		String figure = (metric != null) ? this.messages.getMessage("enum.EstimateMetric." + metric.name(), null,
				metric.name(), LocaleContextHolder.getLocale()) : "";
		return group + ": " + figure + ((value != null) ? " " + value : "");
	}

	@Override
	public String editUrl(PendingRevision revision) {
		EstimateForm form = form(revision.getPayload());
		return this.groups.findById(form.getGroupId())
			.map((g) -> url(g.getSlug()) + "/estimates/new?draft=" + revision.getId())
			.orElse("/review");
	}

	@Override
	public Map<String, String> currentValues(long recordId) {
		return EstimateForm.of(estimate(recordId), this.regions).describe();
	}

	@Override
	public Map<String, String> proposedValues(String payload) {
		return form(payload).describe();
	}

	@Override
	public long apply(PendingRevision revision, String reviewer) {
		EstimateForm form = this.proposals.form(revision, EstimateForm.class);
		Errors errors = new BeanPropertyBindingResult(form, "form");
		Checked checked = check(form, errors);
		if (errors.hasErrors()) {
			throw new ReviewException("review.refused.revisionInvalid", errors.getAllErrors().toString());
		}
		if (revision.getRecordId() == null) {
			MilitantGroup group = this.groups.findById(form.getGroupId())
				.orElseThrow(() -> new ReviewException("review.refused.revisionInvalid", "the group is gone"));
			return this.changes.because("approved new estimate (revision " + revision.getId() + ")", () -> {
				Estimate estimate = Estimate.of(group);
				estimate.update(form, checked.regionId(), checked.claim());
				return this.estimates.saveAndFlush(estimate).getId();
			});
		}
		Estimate estimate = estimate(revision.getRecordId());
		this.changes.because(
				"approved revision " + revision.getId() + " by " + revision.getEditor() + ": " + revision.getReason(),
				() -> {
					estimate.update(form, checked.regionId(), checked.claim());
					this.estimates.flush();
				});
		return estimate.getId();
	}

	@Override
	public int currentVersion(long recordId) {
		return estimate(recordId).getVersion();
	}

	@Override
	public boolean isRetracted(long recordId) {
		return estimate(recordId).isRetracted();
	}

	static String url(String slug) {
		return "/groups/" + slug;
	}

	private Estimate estimate(long id) {
		return this.estimates.findWithClaim(id).orElseThrow(() -> new NotFoundException(KIND, id));
	}

	private EstimateForm form(String payload) {
		return this.proposals.form(payload, EstimateForm.class);
	}

}
