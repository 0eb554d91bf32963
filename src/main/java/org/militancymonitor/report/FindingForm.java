package org.militancymonitor.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.militancymonitor.claim.ClaimLine;

import org.springframework.validation.Errors;

/**
 * What an editor enters for a finding of a report, as typed: the groups it concerns by
 * any of their names, and the one claim that carries it (an existing claim by its
 * reference, or a new one). It is also what a draft or a pending revision holds.
 */
public class FindingForm {

	/** Lines a form offers at most (groups and claims). */
	static final int MAX_LINES = 40;

	/** The version of the finding or draft the form was made from. */
	private int version;

	@JsonIgnore
	private String formToken;

	/** The report's id, set from the address, never bound from the request. */
	private long reportId;

	@NotBlank(message = "{form.required}")
	@Size(max = 1000, message = "{form.size}")
	private String summary;

	@NotNull(message = "{form.required}")
	@PositiveOrZero(message = "{form.notNegative}")
	@Max(value = 100_000, message = "{form.max}")
	private Integer position;

	private List<@Size(max = 300, message = "{form.size}") String> groups = new ArrayList<>();

	@Valid
	private List<ClaimLine> claims = new ArrayList<>();

	/** Why the editor changes a published finding (required then). */
	@JsonIgnore
	@Size(max = 1000, message = "{form.size}")
	private String reason;

	public FindingForm() {
	}

	static FindingForm of(ReportFinding finding) {
		FindingForm form = new FindingForm();
		form.version = finding.getVersion();
		form.reportId = finding.getReport().getId();
		form.summary = finding.getSummary();
		form.position = finding.getPosition();
		form.groups = finding.getGroups()
			.stream()
			.map(FindingGroup::getName)
			.collect(Collectors.toCollection(ArrayList::new));
		form.claims = new ArrayList<>(List.of(ClaimLine.of(finding.getClaim())));
		return form;
	}

	/** The rule annotations cannot say: a finding is carried by exactly one claim. */
	void validate(Errors errors) {
		long claims = this.claims.stream().filter((c) -> c != null && !c.isRemove() && !c.isEmpty()).count();
		if (claims == 0) {
			errors.reject("finding.claims.required");
		}
		else if (claims > 1) {
			errors.reject("finding.claims.one");
		}
	}

	/** The fields as text by their label's message key, in form order. */
	Map<String, String> describe() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("finding.summary", this.summary);
		fields.put("finding.position", (this.position != null) ? this.position.toString() : null);
		fields.put("finding.groups",
				this.groups.stream()
					.filter((g) -> g != null && !g.isBlank())
					.map(String::strip)
					.collect(Collectors.joining("\n")));
		fields.put("finding.claim",
				this.claims.stream()
					.filter((c) -> c != null && !c.isEmpty())
					.map(ClaimLine::describe)
					.filter((d) -> d != null)
					.collect(Collectors.joining("\n")));
		return fields;
	}

	/**
	 * Offers empty lines to fill in, so that a form without JavaScript can add groups and
	 * a new claim.
	 */
	void addBlankLines(int groups, int claims) {
		for (int i = 0; i < groups && this.groups.size() + this.claims.size() < MAX_LINES; i++) {
			this.groups.add(null);
		}
		for (int i = 0; i < claims && this.groups.size() + this.claims.size() < MAX_LINES; i++) {
			this.claims.add(new ClaimLine());
		}
	}

	/** Drops the empty lines before the form is kept as a revision. */
	void dropBlankLines() {
		this.groups.removeIf((g) -> g == null || g.isBlank());
		this.claims.removeIf((c) -> c == null || c.isEmpty() || c.isRemove());
	}

	public int getVersion() {
		return this.version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

	public String getFormToken() {
		return this.formToken;
	}

	public void setFormToken(String formToken) {
		this.formToken = formToken;
	}

	public long getReportId() {
		return this.reportId;
	}

	public void setReportId(long reportId) {
		this.reportId = reportId;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public Integer getPosition() {
		return this.position;
	}

	public void setPosition(Integer position) {
		this.position = position;
	}

	public List<String> getGroups() {
		return this.groups;
	}

	public void setGroups(List<String> groups) {
		this.groups = groups;
	}

	public List<ClaimLine> getClaims() {
		return this.claims;
	}

	public void setClaims(List<ClaimLine> claims) {
		this.claims = claims;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
