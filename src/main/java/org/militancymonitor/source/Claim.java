package org.militancymonitor.source;

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
import org.militancymonitor.actor.Actor;
import org.militancymonitor.actor.Person;
import org.militancymonitor.group.MilitantGroup;

/**
 * The evidence behind a fact: a short verbatim quote from a source, who asserts it, and
 * whether it asserts or denies the fact it is linked to. Contradicting claims are both
 * kept.
 */
@Entity
@Table(name = "claim")
public class Claim {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String ref;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "source_id")
	private Source source;

	private String quote;

	@Enumerated(EnumType.STRING)
	private ClaimantKind claimantKind;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "claimant_actor_id")
	private Actor claimantActor;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "claimant_person_id")
	private Person claimantPerson;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "claimant_group_id")
	private MilitantGroup claimantGroup;

	private String claimantLabel;

	@Enumerated(EnumType.STRING)
	private ClaimPosition position = ClaimPosition.ASSERTS;

	@Enumerated(EnumType.STRING)
	private Confidence confidence;

	private String note;

	@Version
	private int version;

	protected Claim() {
	}

	public Long getId() {
		return this.id;
	}

	public String getRef() {
		return this.ref;
	}

	public Source getSource() {
		return this.source;
	}

	public String getQuote() {
		return this.quote;
	}

	public ClaimantKind getClaimantKind() {
		return this.claimantKind;
	}

	public Actor getClaimantActor() {
		return this.claimantActor;
	}

	public Person getClaimantPerson() {
		return this.claimantPerson;
	}

	public MilitantGroup getClaimantGroup() {
		return this.claimantGroup;
	}

	public String getClaimantLabel() {
		return this.claimantLabel;
	}

	public ClaimPosition getPosition() {
		return this.position;
	}

	public Confidence getConfidence() {
		return this.confidence;
	}

	public String getNote() {
		return this.note;
	}

	/** The claim as pages show it; its source and claimant must have been fetched. */
	public Evidence getEvidence() {
		return Evidence.of(this);
	}

	public boolean isDenial() {
		return this.position == ClaimPosition.DENIES;
	}

	/**
	 * Who asserts the claim, as a reader should see it: the official and whom they speak
	 * for, the state, organisation or group, the unnamed source as the article words it,
	 * or nothing when the source asserts it in its own voice.
	 */
	public String getClaimantName() {
		return switch (this.claimantKind) {
			case OFFICIAL ->
				(this.claimantActor != null) ? this.claimantPerson.getName() + " (" + this.claimantActor.getName() + ")"
						: this.claimantPerson.getName();
			case STATE, ORGANISATION -> this.claimantActor.getName();
			case GROUP -> this.claimantGroup.getName();
			case ANONYMOUS_SOURCE -> this.claimantLabel;
			case SOURCE -> null;
		};
	}

}
