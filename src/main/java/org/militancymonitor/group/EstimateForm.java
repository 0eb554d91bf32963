package org.militancymonitor.group;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.militancymonitor.claim.ClaimLine;
import org.militancymonitor.common.DatePrecision;
import org.militancymonitor.common.PartialDate;
import org.militancymonitor.region.RegionDirectory;
import org.militancymonitor.region.RegionLevel;
import org.militancymonitor.region.RegionOption;
import org.militancymonitor.review.ProposalForm;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * What an editor enters for an estimate of a group's figure, as typed: its region by slug
 * and its one claim. It is also what a draft or a pending revision holds, and what a
 * conflict page compares. The group is the page's, never a submitted value.
 */
public class EstimateForm implements ProposalForm {

	/** The largest figure a form takes: no group's figure comes near it. */
	static final long MAX_VALUE = 1_000_000_000L;

	/** The version of the estimate or draft the form was made from. */
	private int version;

	@JsonIgnore
	private String formToken;

	/** The group the estimate is of, from the page's address. */
	private Long groupId;

	private String groupName;

	@NotNull(message = "{form.chooseOne}")
	private EstimateMetric metric;

	private EstimateQualifier qualifier;

	@PositiveOrZero(message = "{form.notNegative}")
	@Max(value = MAX_VALUE, message = "{form.max}")
	private Long low;

	@PositiveOrZero(message = "{form.notNegative}")
	@Max(value = MAX_VALUE, message = "{form.max}")
	private Long best;

	@PositiveOrZero(message = "{form.notNegative}")
	@Max(value = MAX_VALUE, message = "{form.max}")
	private Long high;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate asOfDate;

	@NotNull(message = "{form.chooseOne}")
	private DatePrecision asOfPrecision = DatePrecision.UNKNOWN;

	@Size(max = 200, message = "{form.size}")
	private String period;

	@Size(max = 100, message = "{form.size}")
	private String country;

	@Size(max = 100, message = "{form.size}")
	private String province;

	@Size(max = 100, message = "{form.size}")
	private String district;

	/**
	 * The one claim behind the estimate, a list so that it binds as every form's claims
	 * do.
	 */
	@Valid
	private List<ClaimLine> claims = new ArrayList<>(List.of(new ClaimLine()));

	@Size(max = 4000, message = "{form.size}")
	private String note;

	/** Why the editor changes a published estimate (required then). */
	@JsonIgnore
	@Size(max = 1000, message = "{form.size}")
	private String reason;

	public EstimateForm() {
	}

	/** The form of an estimate as it is now. */
	static EstimateForm of(Estimate estimate, RegionDirectory regions) {
		EstimateForm form = new EstimateForm();
		form.version = estimate.getVersion();
		form.groupId = estimate.getGroup().getId();
		form.groupName = estimate.getGroup().getName();
		form.metric = estimate.getMetric();
		form.qualifier = estimate.getQualifier();
		form.low = estimate.getLow();
		form.best = estimate.getBest();
		form.high = estimate.getHigh();
		form.asOfDate = estimate.getAsOf().getDate();
		form.asOfPrecision = estimate.getAsOf().getPrecision();
		form.period = estimate.getPeriod();
		if (estimate.getRegionId() != null) {
			Optional<RegionOption> region = Optional.ofNullable(regions.slug(estimate.getRegionId()))
				.flatMap(regions::find);
			while (region.isPresent()) {
				RegionOption r = region.get();
				if (r.level() == RegionLevel.ADMIN2) {
					form.district = r.slug();
				}
				else if (r.level() == RegionLevel.ADMIN1) {
					form.province = r.slug();
				}
				else if (r.level() == RegionLevel.COUNTRY) {
					form.country = r.slug();
				}
				region = Optional.ofNullable(r.parentSlug()).flatMap(regions::find);
			}
		}
		form.claims = new ArrayList<>(List.of(ClaimLine.of(estimate.getClaim())));
		form.note = estimate.getNote();
		return form;
	}

	/**
	 * The rules between fields that annotations cannot say: a date for a known precision,
	 * at least one figure, low ≤ best ≤ high, and a claim: an estimate is always sourced.
	 */
	void validate(Errors errors) {
		if (this.asOfPrecision != null && this.asOfPrecision != DatePrecision.UNKNOWN && this.asOfDate == null
				&& !errors.hasFieldErrors("asOfDate")) {
			errors.rejectValue("asOfDate", "estimate.asOf.required");
		}
		if (this.asOfPrecision == DatePrecision.UNKNOWN && this.asOfDate != null) {
			errors.rejectValue("asOfDate", "estimate.asOf.withUnknownPrecision");
		}
		if (this.low == null && this.best == null && this.high == null && !errors.hasFieldErrors("low")
				&& !errors.hasFieldErrors("best") && !errors.hasFieldErrors("high")) {
			errors.rejectValue("best", "estimate.value.required");
		}
		if (this.low != null && this.best != null && this.low > this.best && !errors.hasFieldErrors("best")) {
			errors.rejectValue("best", "estimate.lowAboveBest");
		}
		if (this.best != null && this.high != null && this.best > this.high && !errors.hasFieldErrors("high")) {
			errors.rejectValue("high", "estimate.bestAboveHigh");
		}
		if (this.low != null && this.high != null && this.low > this.high && !errors.hasFieldErrors("high")) {
			errors.rejectValue("high", "estimate.lowAboveHigh");
		}
		ClaimLine claim = this.claims.isEmpty() ? null : this.claims.get(0);
		if (claim == null || claim.isRemove() || claim.isEmpty()) {
			errors.reject("estimate.claim.required");
		}
	}

	/**
	 * The id of the most specific region the form names (district, else province, else
	 * country); field errors for an unknown region or one outside the region above it.
	 */
	Long region(RegionDirectory regions, Errors errors) {
		RegionOption country = region(regions, this.country, RegionLevel.COUNTRY, "country", errors);
		RegionOption province = region(regions, this.province, RegionLevel.ADMIN1, "province", errors);
		RegionOption district = region(regions, this.district, RegionLevel.ADMIN2, "district", errors);
		if (district != null && province != null && !province.slug().equals(district.parentSlug())) {
			errors.rejectValue("district", "estimate.district.notInProvince");
		}
		RegionOption above = (province != null) ? province
				: (district != null) ? regions.find(district.parentSlug()).orElse(null) : null;
		if (above != null && country != null && !country.slug().equals(above.parentSlug())) {
			errors.rejectValue("province", "estimate.province.notInCountry");
		}
		RegionOption region = (district != null) ? district : (province != null) ? province : country;
		return (region != null) ? region.id() : null;
	}

	private static RegionOption region(RegionDirectory regions, String slug, RegionLevel level, String field,
			Errors errors) {
		if (slug == null || slug.isBlank() || errors.hasFieldErrors(field)) {
			return null;
		}
		Optional<RegionOption> region = regions.find(slug.strip()).filter((r) -> r.level() == level);
		if (region.isEmpty()) {
			errors.rejectValue(field, "estimate.region.unknown");
		}
		return region.orElse(null);
	}

	PartialDate asOf() {
		return (this.asOfPrecision == null || this.asOfPrecision == DatePrecision.UNKNOWN) ? PartialDate.unknown()
				: PartialDate.of(this.asOfDate, this.asOfPrecision);
	}

	/**
	 * The form's fields as text by their label's message key, in form order: what a diff
	 * or a conflict page compares.
	 */
	@Override
	public Map<String, String> describe() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("estimate.group", this.groupName);
		fields.put("estimate.metric", name(this.metric));
		fields.put("estimate.qualifier", name(this.qualifier));
		fields.put("estimate.low", text(this.low));
		fields.put("estimate.best", text(this.best));
		fields.put("estimate.high", text(this.high));
		fields.put("estimate.asOf", (this.asOfDate != null) ? this.asOfDate + " (" + this.asOfPrecision + ")"
				: String.valueOf(this.asOfPrecision));
		fields.put("estimate.period", this.period);
		fields.put("estimate.region",
				(this.district != null) ? this.district : (this.province != null) ? this.province : this.country);
		ClaimLine claim = this.claims.isEmpty() ? null : this.claims.get(0);
		fields.put("estimate.claim", (claim != null && !claim.isEmpty()) ? claim.describe() : null);
		fields.put("estimate.note", this.note);
		return fields;
	}

	private static String name(Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

	private static String text(Long value) {
		return (value != null) ? value.toString() : null;
	}

	public int getVersion() {
		return this.version;
	}

	@Override
	public void setVersion(int version) {
		this.version = version;
	}

	public String getFormToken() {
		return this.formToken;
	}

	@Override
	public void setFormToken(String formToken) {
		this.formToken = formToken;
	}

	public Long getGroupId() {
		return this.groupId;
	}

	public void setGroupId(Long groupId) {
		this.groupId = groupId;
	}

	public String getGroupName() {
		return this.groupName;
	}

	public void setGroupName(String groupName) {
		this.groupName = groupName;
	}

	public EstimateMetric getMetric() {
		return this.metric;
	}

	public void setMetric(EstimateMetric metric) {
		this.metric = metric;
	}

	public EstimateQualifier getQualifier() {
		return this.qualifier;
	}

	public void setQualifier(EstimateQualifier qualifier) {
		this.qualifier = qualifier;
	}

	public Long getLow() {
		return this.low;
	}

	public void setLow(Long low) {
		this.low = low;
	}

	public Long getBest() {
		return this.best;
	}

	public void setBest(Long best) {
		this.best = best;
	}

	public Long getHigh() {
		return this.high;
	}

	public void setHigh(Long high) {
		this.high = high;
	}

	public LocalDate getAsOfDate() {
		return this.asOfDate;
	}

	public void setAsOfDate(LocalDate asOfDate) {
		this.asOfDate = asOfDate;
	}

	public DatePrecision getAsOfPrecision() {
		return this.asOfPrecision;
	}

	public void setAsOfPrecision(DatePrecision asOfPrecision) {
		this.asOfPrecision = asOfPrecision;
	}

	public String getPeriod() {
		return this.period;
	}

	public void setPeriod(String period) {
		this.period = period;
	}

	public String getCountry() {
		return this.country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public String getProvince() {
		return this.province;
	}

	public void setProvince(String province) {
		this.province = province;
	}

	public String getDistrict() {
		return this.district;
	}

	public void setDistrict(String district) {
		this.district = district;
	}

	/**
	 * Keeps the form's one claim line: the first submitted (a blank one when none was),
	 * whatever other lines a request bound.
	 */
	void keepOneClaim() {
		ClaimLine first = this.claims.isEmpty() ? null : this.claims.get(0);
		this.claims = new ArrayList<>(List.of((first != null) ? first : new ClaimLine()));
	}

	public List<ClaimLine> getClaims() {
		return this.claims;
	}

	public void setClaims(List<ClaimLine> claims) {
		this.claims = claims;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
