package org.militancymonitor.source;

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
 * What an editor enters for a source, as typed. It is also what a draft or a pending
 * revision holds, and what a conflict page compares.
 */
public class SourceForm implements ProposalForm {

	/** The version of the source or draft the form was made from. */
	private int version;

	@JsonIgnore
	private String formToken;

	@NotBlank(message = "{form.required}")
	@Size(max = 100, message = "{form.size}")
	@Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{source.slug.pattern}")
	private String slug;

	@NotBlank(message = "{form.required}")
	@Size(max = 500, message = "{form.size}")
	private String title;

	@Size(max = 300, message = "{form.size}")
	private String publisher;

	@NotNull(message = "{form.chooseOne}")
	private SourceKind kind;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate publishedOn;

	@NotNull(message = "{form.chooseOne}")
	private DatePrecision publishedPrecision = DatePrecision.UNKNOWN;

	@Size(max = 200, message = "{form.size}")
	private String dateline;

	@Size(max = 2000, message = "{form.size}")
	@Pattern(regexp = "https?://\\S+", message = "{source.url.pattern}")
	private String url;

	@Pattern(regexp = "[A-F]", message = "{source.reliability.pattern}")
	private String reliability;

	@Size(max = 300, message = "{form.size}")
	private String documentRef;

	@Size(max = 4000, message = "{form.size}")
	private String notes;

	/** Why the editor changes a published source (required then). */
	@JsonIgnore
	@Size(max = 1000, message = "{form.size}")
	private String reason;

	public SourceForm() {
	}

	static SourceForm of(Source source) {
		SourceForm form = new SourceForm();
		form.version = source.getVersion();
		form.slug = source.getSlug();
		form.title = source.getTitle();
		form.publisher = source.getPublisher();
		form.kind = source.getKind();
		form.publishedOn = source.getPublished().getDate();
		form.publishedPrecision = source.getPublished().getPrecision();
		form.dateline = source.getDateline();
		form.url = source.getUrl();
		form.reliability = source.getReliability();
		form.documentRef = source.getDocumentRef();
		form.notes = source.getNotes();
		return form;
	}

	/**
	 * The rules between fields: a date for a known precision, none for an unknown one.
	 */
	void validate(Errors errors) {
		if (this.publishedPrecision != null && this.publishedPrecision != DatePrecision.UNKNOWN
				&& this.publishedOn == null && !errors.hasFieldErrors("publishedOn")) {
			errors.rejectValue("publishedOn", "source.publishedOn.required");
		}
		if (this.publishedPrecision == DatePrecision.UNKNOWN && this.publishedOn != null) {
			errors.rejectValue("publishedOn", "source.publishedOn.withUnknownPrecision");
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
		fields.put("source.slug", this.slug);
		fields.put("source.title", this.title);
		fields.put("source.publisher", this.publisher);
		fields.put("source.kind", (this.kind != null) ? this.kind.name() : null);
		fields.put("source.published", (this.publishedOn != null)
				? this.publishedOn + " (" + this.publishedPrecision + ")" : String.valueOf(this.publishedPrecision));
		fields.put("source.dateline", this.dateline);
		fields.put("source.url", this.url);
		fields.put("source.reliability", this.reliability);
		fields.put("source.documentRef", this.documentRef);
		fields.put("source.notes", this.notes);
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

	public String getPublisher() {
		return this.publisher;
	}

	public void setPublisher(String publisher) {
		this.publisher = publisher;
	}

	public SourceKind getKind() {
		return this.kind;
	}

	public void setKind(SourceKind kind) {
		this.kind = kind;
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

	public String getDateline() {
		return this.dateline;
	}

	public void setDateline(String dateline) {
		this.dateline = dateline;
	}

	public String getUrl() {
		return this.url;
	}

	public void setUrl(String url) {
		this.url = url;
	}

	public String getReliability() {
		return this.reliability;
	}

	public void setReliability(String reliability) {
		this.reliability = reliability;
	}

	public String getDocumentRef() {
		return this.documentRef;
	}

	public void setDocumentRef(String documentRef) {
		this.documentRef = documentRef;
	}

	public String getNotes() {
		return this.notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
