package org.militancymonitor.claim;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.SecondaryRow;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.militancymonitor.review.Retractable;
import org.militancymonitor.review.Retraction;

/**
 * The evidence behind a fact: a short verbatim quote from a source, who asserts it, and
 * whether it asserts or denies the fact it is linked to. Contradicting claims are both
 * kept.
 * <p>
 * The source and the claimant are held by id: every feature links its facts to claims, so
 * the claim core must not depend on the features that own sources, actors and groups.
 * What a page shows of them (the source's slug and title, the claimant's name) is read
 * with the claim itself from the view {@code claim_evidence}, a secondary table the
 * entity never writes: whichever query fetches a claim fetches its evidence in the same
 * statement.
 */
@Entity
@Audited
@Table(name = "claim")
@SecondaryTable(name = Claim.EVIDENCE, pkJoinColumns = @PrimaryKeyJoinColumn(name = "claim_id"))
@SecondaryRow(table = Claim.EVIDENCE, owned = false, optional = false)
public class Claim implements Retractable {

	static final String EVIDENCE = "claim_evidence";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String ref;

	private Long sourceId;

	private String quote;

	@Enumerated(EnumType.STRING)
	private ClaimantKind claimantKind;

	private Long claimantActorId;

	private Long claimantPersonId;

	private Long claimantGroupId;

	private String claimantLabel;

	@Enumerated(EnumType.STRING)
	private ClaimPosition position = ClaimPosition.ASSERTS;

	@Enumerated(EnumType.STRING)
	private Confidence confidence;

	private String note;

	@Embedded
	private Retraction retraction;

	@Version
	private int version;

	@NotAudited
	@Column(table = EVIDENCE, insertable = false, updatable = false)
	private String sourceSlug;

	@NotAudited
	@Column(table = EVIDENCE, insertable = false, updatable = false)
	private String sourceTitle;

	@NotAudited
	@Column(table = EVIDENCE, insertable = false, updatable = false)
	private String claimantName;

	@NotAudited
	@Column(table = EVIDENCE, insertable = false, updatable = false)
	private String sourceRetractionReason;

	protected Claim() {
	}

	/**
	 * A new claim: its claimant is held by the id its kind needs (a state's or
	 * organisation's actor, an official, a group), or by how the source names an
	 * anonymous one.
	 */
	public static Claim of(String ref, long sourceId, String quote, ClaimantKind claimantKind, Long claimantId,
			String claimantLabel, ClaimPosition position, Confidence confidence) {
		Claim claim = new Claim();
		claim.ref = Objects.requireNonNull(ref);
		claim.sourceId = sourceId;
		claim.quote = requireText(quote, "quote");
		claim.setClaimant(claimantKind, claimantId, claimantLabel);
		claim.position = Objects.requireNonNull(position);
		claim.confidence = Objects.requireNonNull(confidence);
		return claim;
	}

	/**
	 * Takes the values of a reviewed edit: everything but its reference and its source,
	 * which a claim keeps for life.
	 */
	void revise(String quote, ClaimantKind claimantKind, Long claimantId, String claimantLabel, ClaimPosition position,
			Confidence confidence, String note) {
		Retraction.requireLive(this.retraction);
		this.quote = requireText(quote, "quote");
		setClaimant(claimantKind, claimantId, claimantLabel);
		this.position = Objects.requireNonNull(position);
		this.confidence = Objects.requireNonNull(confidence);
		this.note = (note != null && !note.isBlank()) ? note.strip() : null;
	}

	private void setClaimant(ClaimantKind claimantKind, Long claimantId, String claimantLabel) {
		this.claimantKind = Objects.requireNonNull(claimantKind);
		this.claimantActorId = null;
		this.claimantPersonId = null;
		this.claimantGroupId = null;
		switch (claimantKind) {
			case STATE, ORGANISATION -> this.claimantActorId = Objects.requireNonNull(claimantId, "claimant");
			case OFFICIAL -> this.claimantPersonId = Objects.requireNonNull(claimantId, "claimant");
			case GROUP -> this.claimantGroupId = Objects.requireNonNull(claimantId, "claimant");
			case ANONYMOUS_SOURCE -> requireText(claimantLabel, "claimant label");
			case SOURCE -> {
			}
		}
		this.claimantLabel = (claimantLabel != null && !claimantLabel.isBlank()) ? claimantLabel.strip() : null;
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

	private static String requireText(String text, String what) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("a claim needs its " + what);
		}
		return text.strip();
	}

	public Long getId() {
		return this.id;
	}

	public String getRef() {
		return this.ref;
	}

	public Long getSourceId() {
		return this.sourceId;
	}

	public String getSourceSlug() {
		return this.sourceSlug;
	}

	public String getSourceTitle() {
		return this.sourceTitle;
	}

	public String getQuote() {
		return this.quote;
	}

	public ClaimantKind getClaimantKind() {
		return this.claimantKind;
	}

	public Long getClaimantActorId() {
		return this.claimantActorId;
	}

	public Long getClaimantPersonId() {
		return this.claimantPersonId;
	}

	public Long getClaimantGroupId() {
		return this.claimantGroupId;
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

	/** The claim as pages show it. */
	public Evidence getEvidence() {
		return Evidence.of(this);
	}

	public boolean isDenial() {
		return this.position == ClaimPosition.DENIES;
	}

	/** Why the claim's source was retracted, or null while the source is live. */
	public String getSourceRetractionReason() {
		return this.sourceRetractionReason;
	}

	/**
	 * Whether the claim is evidence: neither it nor its source is retracted. A fact
	 * backed only by claims that are not is shown with its evidence marked retracted, and
	 * such claims count nowhere.
	 */
	public boolean isStanding() {
		return !isRetracted() && this.sourceRetractionReason == null;
	}

	/**
	 * Who asserts the claim, as a reader should see it: the official and whom they speak
	 * for, the state, organisation or group, the unnamed source as the article words it,
	 * or nothing when the source asserts it in its own voice.
	 */
	public String getClaimantName() {
		return this.claimantName;
	}

}
