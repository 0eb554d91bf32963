package org.militancymonitor.group;

import jakarta.persistence.CascadeType;
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
import org.hibernate.envers.Audited;
import org.militancymonitor.claim.Claim;
import org.militancymonitor.review.Retractable;
import org.militancymonitor.review.Retraction;

/**
 * A group's name in another dataset (the UN list's "TEHRIK-E TALIBAN PAKISTAN (TTP)",
 * QDe.132; ACLED's "TTP: Tehreek-i-Taliban Pakistan"), with the dataset's own identifier
 * where it has one, sourced by its claim. Imports resolve the dataset's names through it.
 */
@Entity
@Audited
@Table(name = "group_external_name")
public class GroupExternalName implements Retractable {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "group_id")
	private MilitantGroup group;

	@Enumerated(EnumType.STRING)
	private ExternalDataset dataset;

	private String name;

	private String externalId;

	/** A claim entered with the name is saved with it. */
	@ManyToOne(fetch = FetchType.LAZY, cascade = CascadeType.PERSIST, optional = false)
	@JoinColumn(name = "claim_id")
	private Claim claim;

	@Embedded
	private Retraction retraction;

	@Version
	private int version;

	protected GroupExternalName() {
	}

	/** A name approved from its form, sourced by its claim. */
	static GroupExternalName of(MilitantGroup group, ExternalNameForm form, Claim claim) {
		// a retracted group takes no new fact
		Retraction.requireLive(group.getRetraction());
		GroupExternalName name = new GroupExternalName();
		name.group = group;
		name.update(form, claim);
		return name;
	}

	/** Takes an approved form's values. */
	void update(ExternalNameForm form, Claim claim) {
		Retraction.requireLive(this.retraction);
		this.dataset = form.getDataset();
		this.name = form.getName().strip();
		this.externalId = GroupForm.trim(form.getExternalId());
		this.claim = claim;
	}

	public Long getId() {
		return this.id;
	}

	public MilitantGroup getGroup() {
		return this.group;
	}

	public ExternalDataset getDataset() {
		return this.dataset;
	}

	public String getName() {
		return this.name;
	}

	public String getExternalId() {
		return this.externalId;
	}

	public Claim getClaim() {
		return this.claim;
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

}
