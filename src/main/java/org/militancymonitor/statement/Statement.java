package org.militancymonitor.statement;

import java.util.LinkedHashSet;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Formula;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.militancymonitor.claim.Claim;
import org.militancymonitor.common.PartialDate;
import org.militancymonitor.common.Reference;
import org.militancymonitor.review.Retractable;
import org.militancymonitor.review.Retraction;

/**
 * What a state, organisation or official said, where and when, with what stance, about
 * which groups and states; through a claim to its source.
 */
@Entity
@Audited
@Table(name = "statement")
public class Statement implements Retractable {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "speaker_person_id")
	private Long speakerPersonId;

	@NotAudited
	@Formula("(select x.name from person x where x.id = speaker_person_id)")
	private String speakerPersonName;

	private String speakerLabel;

	private String speakerRole;

	@Column(name = "actor_id")
	private Long actorId;

	@NotAudited
	@Formula("(select x.slug from actor x where x.id = actor_id)")
	private String actorSlug;

	@NotAudited
	@Formula("(select x.name from actor x where x.id = actor_id)")
	private String actorName;

	@Enumerated(EnumType.STRING)
	private VenueKind venueKind;

	private String venue;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "date", column = @Column(name = "made_on")),
			@AttributeOverride(name = "precision", column = @Column(name = "date_precision")) })
	private PartialDate made = PartialDate.unknown();

	private String dateAsStated;

	@Enumerated(EnumType.STRING)
	private Stance stance;

	private String summary;

	private String quote;

	// A claim entered on the statement's form is new: it is saved with the statement.
	@ManyToOne(fetch = FetchType.LAZY, optional = false, cascade = CascadeType.PERSIST)
	@JoinColumn(name = "claim_id")
	private Claim claim;

	@Column(name = "responds_to_report_id")
	private Long respondsToReportId;

	@NotAudited
	@Formula("(select x.slug from report x where x.id = responds_to_report_id)")
	private String respondsToReportSlug;

	@NotAudited
	@Formula("(select x.title from report x where x.id = responds_to_report_id)")
	private String respondsToReportName;

	@NotAudited
	@Formula("(select x.retracted_at is not null from report x where x.id = responds_to_report_id)")
	private Boolean respondsToReportRetracted;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "responds_to_statement_id")
	private Statement respondsToStatement;

	@ManyToMany
	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	@JoinTable(name = "statement_group", joinColumns = @JoinColumn(name = "statement_id"),
			inverseJoinColumns = @JoinColumn(name = "group_id"))
	private Set<ConcernedGroup> groups = new LinkedHashSet<>();

	@ManyToMany
	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	@JoinTable(name = "statement_actor", joinColumns = @JoinColumn(name = "statement_id"),
			inverseJoinColumns = @JoinColumn(name = "actor_id"))
	private Set<ConcernedActor> concernedActors = new LinkedHashSet<>();

	@Embedded
	private Retraction retraction;

	@Version
	private int version;

	protected Statement() {
	}

	/** A statement made of a reviewed form and the parts its names resolve to. */
	static Statement of(StatementForm form, StatementParts parts) {
		Statement statement = new Statement();
		statement.update(form, parts);
		return statement;
	}

	/** Takes the values of a reviewed form and the parts its names resolve to. */
	void update(StatementForm form, StatementParts parts) {
		Retraction.requireLive(this.retraction);
		this.actorId = parts.actorId();
		this.speakerPersonId = parts.speakerPersonId();
		this.speakerLabel = strip(form.getSpeakerLabel());
		this.speakerRole = strip(form.getSpeakerRole());
		this.venueKind = form.getVenueKind();
		this.venue = strip(form.getVenue());
		this.made = form.made();
		this.dateAsStated = strip(form.getDateAsStated());
		this.stance = form.getStance();
		this.summary = form.getSummary().strip();
		this.quote = strip(form.getQuote());
		this.claim = parts.claim();
		this.respondsToReportId = parts.respondsToReportId();
		this.respondsToStatement = parts.respondsToStatement();
		// Replaced in place: Envers records the collection's change only on the same set.
		this.groups.retainAll(parts.groups());
		this.groups.addAll(parts.groups());
		this.concernedActors.retainAll(parts.concernedActors());
		this.concernedActors.addAll(parts.concernedActors());
	}

	private static String strip(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
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

	/** The named speaker's name, or null when the speaker is only described. */
	public String getSpeakerPersonName() {
		return this.speakerPersonName;
	}

	public Long getId() {
		return this.id;
	}

	public Long getSpeakerPersonId() {
		return this.speakerPersonId;
	}

	public String getSpeakerLabel() {
		return this.speakerLabel;
	}

	/** The named speaker, else how the source describes the speaker. */
	public String getSpeakerName() {
		return (this.speakerPersonId != null) ? this.speakerPersonName : this.speakerLabel;
	}

	public String getSpeakerRole() {
		return this.speakerRole;
	}

	public Long getActorId() {
		return this.actorId;
	}

	/** The state or organisation the statement was made for. */
	public Reference getActor() {
		return Reference.of(this.actorId, this.actorSlug, this.actorName);
	}

	public VenueKind getVenueKind() {
		return this.venueKind;
	}

	public String getVenue() {
		return this.venue;
	}

	public PartialDate getMade() {
		return this.made;
	}

	public String getDateAsStated() {
		return this.dateAsStated;
	}

	public Stance getStance() {
		return this.stance;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getQuote() {
		return this.quote;
	}

	public Claim getClaim() {
		return this.claim;
	}

	public Long getRespondsToReportId() {
		return this.respondsToReportId;
	}

	/** The report the statement responds to (its name is the report's title), or null. */
	public Reference getRespondsToReport() {
		return Reference.of(this.respondsToReportId, this.respondsToReportSlug, this.respondsToReportName);
	}

	/** Whether the report the statement responds to was retracted; false for none. */
	public boolean isRespondingToRetractedReport() {
		return Boolean.TRUE.equals(this.respondsToReportRetracted);
	}

	public Statement getRespondsToStatement() {
		return this.respondsToStatement;
	}

	public Set<ConcernedGroup> getGroups() {
		return this.groups;
	}

	public Set<ConcernedActor> getConcernedActors() {
		return this.concernedActors;
	}

}
