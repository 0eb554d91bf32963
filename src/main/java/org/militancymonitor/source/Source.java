package org.militancymonitor.source;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.militancymonitor.common.PartialDate;
import org.militancymonitor.review.Retractable;
import org.militancymonitor.review.Retraction;

/**
 * A document facts come from: a news article, a UN report, a sanctions list...
 */
@Entity
@Audited
@Table(name = "source")
public class Source implements Retractable {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String title;

	private String publisher;

	@Enumerated(EnumType.STRING)
	private SourceKind kind;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "date", column = @Column(name = "published_on")),
			@AttributeOverride(name = "precision", column = @Column(name = "published_precision")) })
	private PartialDate published = PartialDate.unknown();

	private String dateline;

	private String url;

	/** Admiralty source reliability, A to F. */
	@Column(columnDefinition = "bpchar(1)")
	private String reliability;

	private String documentRef;

	private String notes;

	@Embedded
	private Retraction retraction;

	@Version
	private int version;

	protected Source() {
	}

	/** A new source as a reviewed form describes it. */
	static Source of(SourceForm form) {
		Source source = new Source();
		source.update(form);
		return source;
	}

	/**
	 * A sanctions list as imported: the list is the authority's own publication,
	 * completely reliable (A) for what it lists.
	 */
	static Source sanctionsList(String slug, String title, String publisher, java.time.LocalDate published,
			String documentRef, String notes) {
		Source source = new Source();
		source.slug = slug;
		source.title = title;
		source.publisher = publisher;
		source.kind = SourceKind.SANCTIONS_LIST;
		source.published = (published != null) ? PartialDate.ofDay(published) : PartialDate.unknown();
		source.reliability = "A";
		source.documentRef = documentRef;
		source.notes = notes;
		return source;
	}

	/** Takes the values of a reviewed form. */
	void update(SourceForm form) {
		Retraction.requireLive(this.retraction);
		this.slug = form.getSlug();
		this.title = form.getTitle().strip();
		this.publisher = form.getPublisher();
		this.kind = form.getKind();
		this.published = form.published();
		this.dateline = form.getDateline();
		this.url = form.getUrl();
		this.reliability = form.getReliability();
		this.documentRef = form.getDocumentRef();
		this.notes = form.getNotes();
	}

	public int getVersion() {
		return this.version;
	}

	@Override
	public Retraction getRetraction() {
		return this.retraction;
	}

	@Override
	public void retract(String editor, String reason) {
		this.retraction = Retraction.retract(this.retraction, editor, reason);
	}

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getTitle() {
		return this.title;
	}

	public String getPublisher() {
		return this.publisher;
	}

	public SourceKind getKind() {
		return this.kind;
	}

	public PartialDate getPublished() {
		return this.published;
	}

	public String getDateline() {
		return this.dateline;
	}

	public String getUrl() {
		return this.url;
	}

	public String getReliability() {
		return this.reliability;
	}

	public String getDocumentRef() {
		return this.documentRef;
	}

	public String getNotes() {
		return this.notes;
	}

}
