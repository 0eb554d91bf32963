package org.militancymonitor.statement;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
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
import org.militancymonitor.actor.Actor;
import org.militancymonitor.actor.Person;
import org.militancymonitor.common.PartialDate;
import org.militancymonitor.group.MilitantGroup;
import org.militancymonitor.report.Report;
import org.militancymonitor.claim.Claim;

/**
 * What a state, organisation or official said, where and when, with what stance, about
 * which groups and states; through a claim to its source.
 */
@Entity
@Table(name = "statement")
public class Statement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "speaker_person_id")
	private Person speakerPerson;

	private String speakerLabel;

	private String speakerRole;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "actor_id")
	private Actor actor;

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

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "claim_id")
	private Claim claim;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "responds_to_report_id")
	private Report respondsToReport;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "responds_to_statement_id")
	private Statement respondsToStatement;

	@ManyToMany
	@JoinTable(name = "statement_group", joinColumns = @JoinColumn(name = "statement_id"),
			inverseJoinColumns = @JoinColumn(name = "group_id"))
	private Set<MilitantGroup> groups = new LinkedHashSet<>();

	@ManyToMany
	@JoinTable(name = "statement_actor", joinColumns = @JoinColumn(name = "statement_id"),
			inverseJoinColumns = @JoinColumn(name = "actor_id"))
	private Set<Actor> concernedActors = new LinkedHashSet<>();

	@Version
	private int version;

	protected Statement() {
	}

	public Long getId() {
		return this.id;
	}

	public Person getSpeakerPerson() {
		return this.speakerPerson;
	}

	public String getSpeakerLabel() {
		return this.speakerLabel;
	}

	/** The named speaker, else how the source describes the speaker. */
	public String getSpeakerName() {
		return (this.speakerPerson != null) ? this.speakerPerson.getName() : this.speakerLabel;
	}

	public String getSpeakerRole() {
		return this.speakerRole;
	}

	public Actor getActor() {
		return this.actor;
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

	public Report getRespondsToReport() {
		return this.respondsToReport;
	}

	public Statement getRespondsToStatement() {
		return this.respondsToStatement;
	}

	public Set<MilitantGroup> getGroups() {
		return this.groups;
	}

	public Set<Actor> getConcernedActors() {
		return this.concernedActors;
	}

}
