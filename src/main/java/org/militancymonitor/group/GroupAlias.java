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
 * A name a group is known by, with the UN list's quality (a.k.a., f.k.a., weak) and the
 * name in its original script where known.
 */
@Entity
@Audited
@Table(name = "group_alias")
public class GroupAlias implements Retractable {

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

	/** A claim entered with the alias is saved with it. */
	@ManyToOne(fetch = FetchType.LAZY, cascade = CascadeType.PERSIST)
	@JoinColumn(name = "claim_id")
	private Claim claim;

	@Embedded
	private Retraction retraction;

	@Version
	private int version;

	protected GroupAlias() {
	}

	/** An alias approved from its form, sourced by its claim. */
	static GroupAlias of(MilitantGroup group, AliasForm form, Claim claim) {
		// a retracted group takes no new fact
		Retraction.requireLive(group.getRetraction());
		GroupAlias alias = new GroupAlias();
		alias.group = group;
		alias.update(form, claim);
		return alias;
	}

	/** Takes an approved form's values. */
	void update(AliasForm form, Claim claim) {
		Retraction.requireLive(this.retraction);
		this.name = form.getName().strip();
		this.quality = form.getQuality();
		this.originalScript = GroupForm.trim(form.getOriginalScript());
		this.claim = claim;
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
