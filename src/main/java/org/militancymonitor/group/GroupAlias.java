package org.militancymonitor.group;

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
 * A name a group is known by, with the UN list's quality (a.k.a., f.k.a., weak) and the
 * name in its original script where known.
 */
@Entity
@Audited
@Table(name = "group_alias")
public class GroupAlias {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "group_id")
	private MilitantGroup group;

	private String name;

	@Enumerated(EnumType.STRING)
	private AliasQuality quality;

	private String originalScript;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "claim_id")
	private Claim claim;

	protected GroupAlias() {
	}

	public Long getId() {
		return this.id;
	}

	public MilitantGroup getGroup() {
		return this.group;
	}

	public String getName() {
		return this.name;
	}

	public AliasQuality getQuality() {
		return this.quality;
	}

	public String getOriginalScript() {
		return this.originalScript;
	}

	public Claim getClaim() {
		return this.claim;
	}

}
