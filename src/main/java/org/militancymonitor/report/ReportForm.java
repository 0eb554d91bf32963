package org.militancymonitor.report;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.militancymonitor.common.DatePrecision;
import org.militancymonitor.common.PartialDate;
import org.militancymonitor.review.ProposalForm;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * What an editor enters for a report, as typed. It is also what a draft or a pending
 * revision holds, and what a conflict page compares.
 */
public class ReportForm implements ProposalForm {

	/** The version of the report or draft the form was made from. */
	private int version;

	@JsonIgnore
	private String formToken;

	@NotBlank(message = "{form.required}")
	@Size(max = 100, message = "{form.size}")
	@Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{report.slug.pattern}")
	private String slug;

	@NotBlank(message = "{form.required}")
	@Size(max = 500, message = "{form.size}")
	private String title;

	@NotBlank(message = "{form.required}")
	@Size(max = 300, message = "{form.size}")
	private String issuingBody;

	@NotNull(message = "{form.chooseOne}")
	private ReportKind kind;

	@Size(max = 100, message = "{form.size}")
	private String documentSymbol;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate publishedOn;

	@NotNull(message = "{form.chooseOne}")
	private DatePrecision publishedPrecision = DatePrecision.UNKNOWN;

	@Size(max = 4000, message = "{form.size}")
	private String description;

	/** Why the editor changes a published report (required then). */
	@JsonIgnore
	@Size(max = 1000, message = "{form.size}")
	private String reason;

	public ReportForm() {
	}

	static ReportForm of(Report report) {
		ReportForm form = new ReportForm();
		form.version = report.getVersion();
		form.slug = report.getSlug();
		form.title = report.getTitle();
		form.issuingBody = report.getIssuingBody();
		form.kind = report.getKind();
		form.documentSymbol = report.getDocumentSymbol();
		form.publishedOn = report.getPublished().getDate();
		form.publishedPrecision = report.getPublished().getPrecision();
		form.description = report.getDescription();
		return form;
	}

	/**
	 * The rules between fields: a date for a known precision, none for an unknown one.
	 */
	void validate(Errors errors) {
		if (this.publishedPrecision != null && this.publishedPrecision != DatePrecision.UNKNOWN
				&& this.publishedOn == null && !errors.hasFieldErrors("publishedOn")) {
			errors.rejectValue("publishedOn", "report.publishedOn.required");
		}
		if (this.publishedPrecision == DatePrecision.UNKNOWN && this.publishedOn != null) {
			errors.rejectValue("publishedOn", "report.publishedOn.withUnknownPrecision");
		}
	}

	PartialDate published() {
		return (this.publishedPrecision == null || this.publishedPrecision == DatePrecision.UNKNOWN)
				? PartialDate.unknown() : PartialDate.of(this.publishedOn, this.publishedPrecision);
	}

	/** The fields as text by their label's message key, in form order. */
	@Override
	public Map<String, String> describe() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("report.slug", this.slug);
		fields.put("report.title", this.title);
		fields.put("report.issuingBody", this.issuingBody);
		fields.put("report.kind", (this.kind != null) ? this.kind.name() : null);
		fields.put("report.documentSymbol", this.documentSymbol);
		fields.put("report.published", (this.publishedOn != null)
				? this.publishedOn + " (" + this.publishedPrecision + ")" : String.valueOf(this.publishedPrecision));
		fields.put("report.description", this.description);
		return fields;
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

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getIssuingBody() {
		return this.issuingBody;
	}

	public void setIssuingBody(String issuingBody) {
		this.issuingBody = issuingBody;
	}

	public ReportKind getKind() {
		return this.kind;
	}

	public void setKind(ReportKind kind) {
		this.kind = kind;
	}

	public String getDocumentSymbol() {
		return this.documentSymbol;
	}

	public void setDocumentSymbol(String documentSymbol) {
		this.documentSymbol = documentSymbol;
	}

	public LocalDate getPublishedOn() {
		return this.publishedOn;
	}

	public void setPublishedOn(LocalDate publishedOn) {
		this.publishedOn = publishedOn;
	}

	public DatePrecision getPublishedPrecision() {
		return this.publishedPrecision;
	}

	public void setPublishedPrecision(DatePrecision publishedPrecision) {
		this.publishedPrecision = publishedPrecision;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
