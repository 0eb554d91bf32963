package org.militancymonitor.group;

import java.time.LocalDate;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
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
import org.militancymonitor.common.Reference;
import org.militancymonitor.review.Retractable;
import org.militancymonitor.review.Retraction;

/**
 * A group's listing by an authority under a regime, such as the UN Security Council's
 * ISIL (Da'esh) and Al-Qaida sanctions list (reference QDe.132) or a national ban.
 */
@Entity
@Audited
@Table(name = "designation")
public class Designation implements Retractable {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "group_id")
	private MilitantGroup group;

	/** Who listed or banned the group; {@code null} when the source does not say. */
	@Column(name = "authority_id")
	private Long authorityId;

	@NotAudited
	@Formula("(select x.slug from actor x where x.id = authority_id)")
	private String authoritySlug;

	@NotAudited
	@Formula("(select x.name from actor x where x.id = authority_id)")
	private String authorityName;

	/** The list or law of the listing; {@code null} when the source does not say. */
	private String regime;

	private String referenceNumber;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "date", column = @Column(name = "listed_on")),
			@AttributeOverride(name = "precision", column = @Column(name = "listed_precision")) })
	private PartialDate listed = PartialDate.unknown();

	private LocalDate delistedOn;

	/** A claim entered with the designation is saved with it. */
	@ManyToOne(fetch = FetchType.LAZY, cascade = CascadeType.PERSIST)
	@JoinColumn(name = "claim_id")
	private Claim claim;

	/**
	 * The reference number's entry on the UN list as imported, when there is one
	 * (sanctions_entry, V51): its page is linked from the designation.
	 */
	@NotAudited
	@Formula("(select e.reference_number from sanctions_entry e where e.reference_number = reference_number)")
	private String listEntry;

	@Embedded
	private Retraction retraction;

	@Version
	private int version;

	protected Designation() {
	}

	/** A designation approved from its form, sourced by its claim. */
	static Designation of(MilitantGroup group, DesignationForm form, Long authorityId, Claim claim) {
		// a retracted group takes no new fact
		Retraction.requireLive(group.getRetraction());
		Designation designation = new Designation();
		designation.group = group;
		designation.update(form, authorityId, claim);
		return designation;
	}

	/**
	 * A designation as a sanctions list gives it, sourced by the list's claim.
	 */
	static Designation listed(MilitantGroup group, Long authorityId, String regime, String referenceNumber,
			LocalDate listedOn, LocalDate delistedOn, Claim claim) {
		Retraction.requireLive(group.getRetraction());
		Designation designation = new Designation();
		designation.group = group;
		designation.authorityId = authorityId;
		designation.regime = regime;
		designation.claim = claim;
		designation.takeListing(referenceNumber, listedOn, delistedOn);
		return designation;
	}

	/**
	 * Takes the reference number and dates a sanctions list gives the listing, a date the
	 * list does not give left as it is; whether anything changed.
	 */
	boolean takeListing(String referenceNumber, LocalDate listedOn, LocalDate delistedOn) {
		Retraction.requireLive(this.retraction);
		PartialDate listed = (listedOn != null) ? PartialDate.ofDay(listedOn) : this.listed;
		LocalDate delisted = (delistedOn != null && listed.isKnown() && delistedOn.isBefore(listed.getDate()))
				? listed.getDate() : delistedOn;
		boolean changed = !java.util.Objects.equals(this.referenceNumber, referenceNumber)
				|| !java.util.Objects.equals(this.listed, listed)
				|| !java.util.Objects.equals(this.delistedOn, delisted);
		this.referenceNumber = referenceNumber;
		this.listed = listed;
		this.delistedOn = delisted;
		return changed;
	}

	/**
	 * Takes an approved form's values; the authority found from the form's name for it.
	 */
	void update(DesignationForm form, Long authorityId, Claim claim) {
		Retraction.requireLive(this.retraction);
		this.authorityId = authorityId;
		this.regime = GroupForm.trim(form.getRegime());
		this.referenceNumber = GroupForm.trim(form.getReferenceNumber());
		this.listed = form.listed();
		this.delistedOn = form.getDelistedOn();
		this.claim = claim;
	}

	public Long getId() {
		return this.id;
	}

	public MilitantGroup getGroup() {
		return this.group;
	}

	public Long getAuthorityId() {
		return this.authorityId;
	}

	/** Who listed or banned the group, or null when the source does not say. */
	public Reference getAuthority() {
		return Reference.of(this.authorityId, this.authoritySlug, this.authorityName);
	}

	public String getRegime() {
		return this.regime;
	}

	public String getReferenceNumber() {
		return this.referenceNumber;
	}

	public PartialDate getListed() {
		return this.listed;
	}

	public LocalDate getDelistedOn() {
		return this.delistedOn;
	}

	/**
	 * The reference number when the UN list as imported has an entry of it, else null.
	 */
	public String getListEntry() {
		return this.listEntry;
	}

	/** The delisting date as a day, or unknown while listed. */
	public PartialDate getDelisted() {
		return (this.delistedOn != null) ? PartialDate.ofDay(this.delistedOn) : PartialDate.unknown();
	}

	public boolean isActive() {
		return this.delistedOn == null;
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
