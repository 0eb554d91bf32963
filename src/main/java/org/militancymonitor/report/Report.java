package org.militancymonitor.report;

import java.util.ArrayList;
import java.util.List;

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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.militancymonitor.common.PartialDate;
import org.militancymonitor.review.Retractable;
import org.militancymonitor.review.Retraction;

/**
 * A report such as a UN Monitoring Team report or a sanctions committee chair's briefing
 * to the Security Council, with its findings.
 */
@Entity
@Audited
@Table(name = "report")
public class Report implements Retractable {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String title;

	private String issuingBody;

	@Enumerated(EnumType.STRING)
	private ReportKind kind;

	private String documentSymbol;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "date", column = @Column(name = "published_on")),
			@AttributeOverride(name = "precision", column = @Column(name = "published_precision")) })
	private PartialDate published = PartialDate.unknown();

	private String description;

	@OneToMany(mappedBy = "report")
	@OrderBy("position, id")
	private List<ReportFinding> findings = new ArrayList<>();

	@Embedded
	private Retraction retraction;

	@Version
	private int version;

	protected Report() {
	}

	static Report of(ReportForm form) {
		Report report = new Report();
		report.update(form);
		return report;
	}

	/** Takes the values of a reviewed form. */
	void update(ReportForm form) {
		Retraction.requireLive(this.retraction);
		this.slug = form.getSlug();
		this.title = form.getTitle().strip();
		this.issuingBody = form.getIssuingBody().strip();
		this.kind = form.getKind();
		this.documentSymbol = form.getDocumentSymbol();
		this.published = form.published();
		this.description = form.getDescription();
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

	public String getIssuingBody() {
		return this.issuingBody;
	}

	public ReportKind getKind() {
		return this.kind;
	}

	public String getDocumentSymbol() {
		return this.documentSymbol;
	}

	public PartialDate getPublished() {
		return this.published;
	}

	public String getDescription() {
		return this.description;
	}

	public List<ReportFinding> getFindings() {
		return this.findings;
	}

}
