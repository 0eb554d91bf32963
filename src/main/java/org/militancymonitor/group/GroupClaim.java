package org.militancymonitor.group;

import jakarta.persistence.CascadeType;
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
import org.hibernate.envers.Audited;
import org.militancymonitor.claim.Claim;

/**
 * A claim about one of a group's own attributes: its founding, origin, areas of
 * operation, targets, financing...
 */
@Entity
@Audited
@Table(name = "group_claim")
public class GroupClaim {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "group_id")
	private MilitantGroup group;

	/** A claim entered with the group's form is saved with it. */
	@ManyToOne(fetch = FetchType.LAZY, optional = false, cascade = CascadeType.PERSIST)
	@JoinColumn(name = "claim_id")
	private Claim claim;

	@Enumerated(EnumType.STRING)
	private GroupAttribute attribute;

	private String summary;

	protected GroupClaim() {
	}

	GroupClaim(MilitantGroup group, Claim claim, GroupAttribute attribute, String summary) {
		this.group = group;
		this.claim = claim;
		this.attribute = attribute;
		this.summary = summary;
	}

	public Long getId() {
		return this.id;
	}

	public MilitantGroup getGroup() {
		return this.group;
	}

	public Claim getClaim() {
		return this.claim;
	}

	public GroupAttribute getAttribute() {
		return this.attribute;
	}

	public String getSummary() {
		return this.summary;
	}

}
