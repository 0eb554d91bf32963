package org.militancymonitor.incident;

import java.util.ArrayList;
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
import org.militancymonitor.review.Review;
import org.militancymonitor.review.ReviewException;
import org.militancymonitor.review.ReviewStatus;

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

	@Embedded
	private Review review;

	private boolean synthetic;

	/** The event's id in the dataset it was imported from; written by the import only. */
	@NotAudited
	@Column(name = "event_id_cnty", insertable = false, updatable = false)
	private String eventIdCnty;

	@OneToMany(mappedBy = "incident", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("role, id")
	private List<IncidentActor> actors = new ArrayList<>();

	@ManyToMany(cascade = CascadeType.PERSIST)
	@JoinTable(name = "incident_claim", joinColumns = @JoinColumn(name = "incident_id"),
			inverseJoinColumns = @JoinColumn(name = "claim_id"))
	@OrderBy("ref")
	private Set<Claim> claims = new LinkedHashSet<>();

	@Version
	private int version;

	protected Incident() {
	}

	/** A new draft, entered by an editor. */
	static Incident draftBy(String editor) {
		Incident incident = new Incident();
		incident.review = Review.draftBy(editor);
		return incident;
	}

	/**
	 * Records an edit of a draft by an editor; a submitted draft goes back to draft. A
	 * published incident is not edited in place (its edits wait as pending revisions).
	 */
	void edit(String editor) {
		this.review.edit(editor);
	}

	public void submit(String editor) {
		this.review.submit(editor);
	}

	/**
	 * Publishes a submitted draft; refused for any other state and for a reviewer who
	 * created, edited or submitted it.
	 */
	public void publish(String reviewer) {
		this.review.publish(reviewer);
	}

	public void sendBack(String reviewer) {
		this.review.sendBack(reviewer);
	}

	/**
	 * Retracts a published incident with a reason; it stays in the record, marked
	 * retracted.
	 */
	public void retract(String reviewer, String reason) {
		this.review.retract(reviewer, reason);
	}

	/**
	 * Applies a reviewed edit of a published incident: the values were checked when the
	 * revision was made, and the record is still at the version it was made from.
	 */
	void applyRevision() {
		if (this.review.getStatus() != ReviewStatus.PUBLISHED) {
			throw new ReviewException("review.refused.revisionNotPublished", "the incident is " + getStatus());
		}
	}

	void setOccurred(PartialDate occurred) {
		this.occurred = occurred;
	}

	void setDateAsStated(String dateAsStated) {
		this.dateAsStated = dateAsStated;
	}

	void setRegions(Long countryId, Long admin1Id, Long admin2Id) {
		this.countryId = countryId;
		this.admin1Id = admin1Id;
		this.admin2Id = admin2Id;
	}

	void setPlace(String placeName, Double latitude, Double longitude, LocationPrecision precision) {
		this.placeName = placeName;
		this.latitude = latitude;
		this.longitude = longitude;
		this.locationPrecision = precision;
	}

	void setEvent(EventType eventType, SubEventType subEventType, boolean crossBorder) {
		if (subEventType.getEventType() != eventType) {
			throw new IllegalArgumentException(subEventType + " is not a kind of " + eventType);
		}
		this.eventType = eventType;
		this.subEventType = subEventType;
		this.crossBorder = crossBorder;
	}

	void setCasualties(Integer low, Integer best, Integer high, Integer injured) {
		this.fatalitiesLow = low;
		this.fatalitiesBest = best;
		this.fatalitiesHigh = high;
		this.injured = injured;
	}

	void setSummary(String summary) {
		this.summary = summary;
	}

	/** Replaces the actors with these, in this order. */
	void replaceActors(List<IncidentActor> actors) {
		this.actors.clear();
		for (IncidentActor actor : actors) {
			actor.setIncident(this);
			this.actors.add(actor);
		}
	}

	/** Replaces the claims reporting it with these. */
	void replaceClaims(List<Claim> claims) {
		this.claims.clear();
		this.claims.addAll(claims);
	}

	public int getVersion() {
		return this.version;
	}

	public Review getReview() {
		return this.review;
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

	public ReviewStatus getStatus() {
		return this.review.getStatus();
	}

	public boolean isSynthetic() {
		return this.synthetic;
	}

	/** The event's id in the dataset it was imported from (ACLED's), or null. */
	public String getEventIdCnty() {
		return this.eventIdCnty;
	}

	public List<IncidentActor> getActors() {
		return this.actors;
	}

	public Set<Claim> getClaims() {
		return this.claims;
	}

}
