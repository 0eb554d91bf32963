package org.militancymonitor.group;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Formula;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.militancymonitor.claim.Claim;
import org.militancymonitor.common.PartialDate;
import org.militancymonitor.review.Retractable;
import org.militancymonitor.review.Retraction;

/**
 * A figure about a group (fighters, attacks in a year, monthly funding...) or, for
 * casualties suffered, about a state; low/best/high as of a date, backed by a claim.
 */
@Entity
@Audited
@Table(name = "estimate")
public class Estimate implements Retractable {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "group_id")
	private MilitantGroup group;

	@Column(name = "actor_id")
	private Long actorId;

	@Enumerated(EnumType.STRING)
	private EstimateMetric metric;

	private Long low;

	private Long best;

	private Long high;

	@Enumerated(EnumType.STRING)
	private EstimateQualifier qualifier;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "date", column = @Column(name = "as_of")),
			@AttributeOverride(name = "precision", column = @Column(name = "as_of_precision")) })
	private PartialDate asOf = PartialDate.unknown();

	private String period;

	@Column(name = "region_id")
	private Long regionId;

	@NotAudited
	@Formula("(select x.name from region x where x.id = region_id)")
	private String regionName;

	// A claim entered with the estimate is saved with it.
	@ManyToOne(fetch = FetchType.LAZY, optional = false, cascade = CascadeType.PERSIST)
	@JoinColumn(name = "claim_id")
	private Claim claim;

	private String note;

	@Embedded
	private Retraction retraction;

	@Version
	private int version;

	protected Estimate() {
	}

	/** A new estimate of a group's figure, to take a reviewed form's values. */
	static Estimate of(MilitantGroup group) {
		// a retracted group takes no new fact
		Retraction.requireLive(group.getRetraction());
		Estimate estimate = new Estimate();
		estimate.group = group;
		return estimate;
	}

	/** Takes the values of a reviewed form, with its region and claim resolved. */
	void update(EstimateForm form, Long regionId, Claim claim) {
		Retraction.requireLive(this.retraction);
		this.metric = form.getMetric();
		this.qualifier = form.getQualifier();
		this.low = form.getLow();
		this.best = form.getBest();
		this.high = form.getHigh();
		this.asOf = form.asOf();
		this.period = strip(form.getPeriod());
		this.regionId = regionId;
		this.claim = claim;
		this.note = strip(form.getNote());
	}

	private static String strip(String text) {
		return (text != null && !text.isBlank()) ? text.strip() : null;
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

	public MilitantGroup getGroup() {
		return this.group;
	}

	public Long getActorId() {
		return this.actorId;
	}

	public EstimateMetric getMetric() {
		return this.metric;
	}

	public Long getLow() {
		return this.low;
	}

	public Long getBest() {
		return this.best;
	}

	public Long getHigh() {
		return this.high;
	}

	/** The figure to plot or rank by: best, else low, else high. */
	public Long getValue() {
		return (this.best != null) ? this.best : (this.low != null) ? this.low : this.high;
	}

	public EstimateQualifier getQualifier() {
		return this.qualifier;
	}

	public PartialDate getAsOf() {
		return this.asOf;
	}

	public String getPeriod() {
		return this.period;
	}

	public Long getRegionId() {
		return this.regionId;
	}

	/** The region the figure is for, or null. */
	public String getRegionName() {
		return this.regionName;
	}

	public Claim getClaim() {
		return this.claim;
	}

	public String getNote() {
		return this.note;
	}

}
