package org.militancymonitor.incident;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Formula;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.militancymonitor.claim.Claim;
import org.militancymonitor.common.PartialDate;

/**
 * An event in ACLED's taxonomy: when and where, who took part in which role, how many
 * died, and the claims that report it.
 */
@Entity
@Audited
@Table(name = "incident")
public class Incident {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "date", column = @Column(name = "occurred_on")),
			@AttributeOverride(name = "precision", column = @Column(name = "date_precision")) })
	private PartialDate occurred = PartialDate.unknown();

	private String dateAsStated;

	@Column(name = "country_id")
	private Long countryId;

	@NotAudited
	@Formula("(select x.name from region x where x.id = country_id)")
	private String countryName;

	@Column(name = "admin1_id")
	private Long admin1Id;

	@NotAudited
	@Formula("(select x.name from region x where x.id = admin1_id)")
	private String admin1Name;

	@Column(name = "admin2_id")
	private Long admin2Id;

	@NotAudited
	@Formula("(select x.name from region x where x.id = admin2_id)")
	private String admin2Name;

	private String placeName;

	private Double latitude;

	private Double longitude;

	@Enumerated(EnumType.STRING)
	private LocationPrecision locationPrecision;

	@Enumerated(EnumType.STRING)
	private EventType eventType;

	@Enumerated(EnumType.STRING)
	private SubEventType subEventType;

	private boolean crossBorder;

	private Integer fatalitiesLow;

	private Integer fatalitiesBest;

	private Integer fatalitiesHigh;

	private Integer injured;

	private String summary;

	@Enumerated(EnumType.STRING)
	private IncidentStatus status = IncidentStatus.DRAFT;

	private boolean synthetic;

	@OneToMany(mappedBy = "incident")
	private List<IncidentActor> actors = new ArrayList<>();

	@ManyToMany
	@JoinTable(name = "incident_claim", joinColumns = @JoinColumn(name = "incident_id"),
			inverseJoinColumns = @JoinColumn(name = "claim_id"))
	@OrderBy("ref")
	private Set<Claim> claims = new LinkedHashSet<>();

	@Version
	private int version;

	protected Incident() {
	}

	/**
	 * Publishes a draft; a retracted or already published incident cannot be published.
	 */
	public void publish() {
		if (this.status != IncidentStatus.DRAFT) {
			throw new IllegalStateException("Only a draft can be published, this incident is " + this.status);
		}
		this.status = IncidentStatus.PUBLISHED;
	}

	/**
	 * Retracts a published incident; it stays in the record, marked retracted.
	 */
	public void retract() {
		if (this.status != IncidentStatus.PUBLISHED) {
			throw new IllegalStateException("Only a published incident can be retracted, this one is " + this.status);
		}
		this.status = IncidentStatus.RETRACTED;
	}

	public Long getId() {
		return this.id;
	}

	public PartialDate getOccurred() {
		return this.occurred;
	}

	public String getDateAsStated() {
		return this.dateAsStated;
	}

	public Long getCountryId() {
		return this.countryId;
	}

	/** The country's name, or null when unknown. */
	public String getCountryName() {
		return this.countryName;
	}

	public Long getAdmin1Id() {
		return this.admin1Id;
	}

	/** The province's name, or null when unknown. */
	public String getAdmin1Name() {
		return this.admin1Name;
	}

	public Long getAdmin2Id() {
		return this.admin2Id;
	}

	/** The district's name, or null when unknown. */
	public String getAdmin2Name() {
		return this.admin2Name;
	}

	public String getPlaceName() {
		return this.placeName;
	}

	public Double getLatitude() {
		return this.latitude;
	}

	public Double getLongitude() {
		return this.longitude;
	}

	public LocationPrecision getLocationPrecision() {
		return this.locationPrecision;
	}

	public EventType getEventType() {
		return this.eventType;
	}

	public SubEventType getSubEventType() {
		return this.subEventType;
	}

	public boolean isCrossBorder() {
		return this.crossBorder;
	}

	public Integer getFatalitiesLow() {
		return this.fatalitiesLow;
	}

	public Integer getFatalitiesBest() {
		return this.fatalitiesBest;
	}

	public Integer getFatalitiesHigh() {
		return this.fatalitiesHigh;
	}

	public Integer getInjured() {
		return this.injured;
	}

	public String getSummary() {
		return this.summary;
	}

	public IncidentStatus getStatus() {
		return this.status;
	}

	public boolean isSynthetic() {
		return this.synthetic;
	}

	public List<IncidentActor> getActors() {
		return this.actors;
	}

	public Set<Claim> getClaims() {
		return this.claims;
	}

}
