package org.militancymonitor.group;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.militancymonitor.common.PartialDate;
import org.militancymonitor.claim.Claim;
import org.militancymonitor.review.Retractable;
import org.militancymonitor.review.Retraction;

/**
 * A directed, typed relationship between two groups ("the Afghan Taliban shelter the
 * TTP"), optionally time-bounded, backed by claims that assert or deny it.
 */
@Entity
@Audited
@Table(name = "group_relationship")
public class GroupRelationship implements Retractable {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "from_group_id")
	private MilitantGroup fromGroup;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "to_group_id")
	private MilitantGroup toGroup;

	@Enumerated(EnumType.STRING)
	private RelationshipType type;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "date", column = @Column(name = "valid_from")),
			@AttributeOverride(name = "precision", column = @Column(name = "from_precision")) })
	private PartialDate validFrom = PartialDate.unknown();

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "date", column = @Column(name = "valid_to")),
			@AttributeOverride(name = "precision", column = @Column(name = "to_precision")) })
	private PartialDate validTo = PartialDate.unknown();

	private String description;

	// Claims entered with the relationship are saved with it.
	@ManyToMany(cascade = CascadeType.PERSIST)
	@JoinTable(name = "relationship_claim", joinColumns = @JoinColumn(name = "relationship_id"),
			inverseJoinColumns = @JoinColumn(name = "claim_id"))
	@OrderBy("ref")
	private Set<Claim> claims = new LinkedHashSet<>();

	@Embedded
	private Retraction retraction;

	@Version
	private int version;

	protected GroupRelationship() {
	}

	/** A new relationship, to take a reviewed form's values. */
	static GroupRelationship of(MilitantGroup from, MilitantGroup to, RelationshipForm form, List<Claim> claims) {
		// a retracted group takes no new fact
		Retraction.requireLive(from.getRetraction());
		Retraction.requireLive(to.getRetraction());
		GroupRelationship relationship = new GroupRelationship();
		relationship.update(from, to, form, claims);
		return relationship;
	}

	/**
	 * Takes the values of a reviewed form, with its groups (in the relationship's
	 * direction) and claims resolved.
	 */
	void update(MilitantGroup from, MilitantGroup to, RelationshipForm form, List<Claim> claims) {
		Retraction.requireLive(this.retraction);
		this.fromGroup = from;
		this.toGroup = to;
		this.type = form.getType();
		this.validFrom = form.validFrom();
		this.validTo = form.validTo();
		this.description = (form.getDescription() != null && !form.getDescription().isBlank())
				? form.getDescription().strip() : null;
		this.claims.clear();
		this.claims.addAll(claims);
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

	public MilitantGroup getFromGroup() {
		return this.fromGroup;
	}

	public MilitantGroup getToGroup() {
		return this.toGroup;
	}

	public RelationshipType getType() {
		return this.type;
	}

	public PartialDate getValidFrom() {
		return this.validFrom;
	}

	public PartialDate getValidTo() {
		return this.validTo;
	}

	public String getDescription() {
		return this.description;
	}

	public Set<Claim> getClaims() {
		return this.claims;
	}

	public List<Claim> getAssertingClaims() {
		return this.claims.stream().filter((c) -> !c.isDenial()).toList();
	}

	public List<Claim> getDenyingClaims() {
		return this.claims.stream().filter(Claim::isDenial).toList();
	}

	/**
	 * True when some claims assert the relationship and others deny it, of the claims
	 * that stand (a retracted one takes neither side).
	 */
	public boolean isContested() {
		return this.claims.stream().anyMatch((c) -> c.isStanding() && c.isDenial())
				&& this.claims.stream().anyMatch((c) -> c.isStanding() && !c.isDenial());
	}

}
