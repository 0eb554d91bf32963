package org.militancymonitor.report;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.militancymonitor.claim.Claim;
import org.militancymonitor.review.Retractable;
import org.militancymonitor.review.Retraction;

/**
 * One finding of a report, linked to the groups it concerns and to the claim that carries
 * it.
 */
@Entity
@Audited
@Table(name = "report_finding")
public class ReportFinding implements Retractable {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "report_id")
	private Report report;

	private String summary;

	// A claim entered on the finding's form is new, and saved with the finding.
	@ManyToOne(fetch = FetchType.LAZY, optional = false, cascade = CascadeType.PERSIST)
	@JoinColumn(name = "claim_id")
	private Claim claim;

	private int position;

	@ManyToMany
	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	@JoinTable(name = "finding_group", joinColumns = @JoinColumn(name = "finding_id"),
			inverseJoinColumns = @JoinColumn(name = "group_id"))
	@OrderBy("name")
	private Set<FindingGroup> groups = new LinkedHashSet<>();

	@Embedded
	private Retraction retraction;

	@Version
	private int version;

	protected ReportFinding() {
	}

	static ReportFinding of(Report report) {
		// a retracted report takes no new finding
		Retraction.requireLive(report.getRetraction());
		ReportFinding finding = new ReportFinding();
		finding.report = report;
		return finding;
	}

	/** Takes the values of a reviewed form, its claim and groups resolved. */
	void update(String summary, int position, Claim claim, Collection<FindingGroup> groups) {
		Retraction.requireLive(this.retraction);
		this.summary = summary.strip();
		this.position = position;
		this.claim = claim;
		this.groups.clear();
		this.groups.addAll(groups);
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

	public Report getReport() {
		return this.report;
	}

	public String getSummary() {
		return this.summary;
	}

	public Claim getClaim() {
		return this.claim;
	}

	public int getPosition() {
		return this.position;
	}

	public Set<FindingGroup> getGroups() {
		return this.groups;
	}

}
