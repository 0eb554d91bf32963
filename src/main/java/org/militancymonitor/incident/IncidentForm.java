package org.militancymonitor.incident;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.militancymonitor.claim.Claim;
import org.militancymonitor.claim.ClaimLine;
import org.militancymonitor.common.DatePrecision;
import org.militancymonitor.region.RegionDirectory;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * What an editor enters for an incident, as typed: regions by slug, parties by name, and
 * its claims. It is also what a pending revision of a published incident holds, and what
 * a conflict page sets beside the incident as it is now.
 */
public class IncidentForm {

	/** The version of the incident the form was made from. */
	private int version;

	private String formToken;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate occurredOn;

	@NotNull(message = "{form.chooseOne}")
	private DatePrecision datePrecision = DatePrecision.DAY;

	@Size(max = 200, message = "{form.size}")
	private String dateAsStated;

	@Size(max = 100, message = "{form.size}")
	private String country;

	@Size(max = 100, message = "{form.size}")
	private String province;

	@Size(max = 100, message = "{form.size}")
	private String district;

	@Size(max = 200, message = "{form.size}")
	private String placeName;

	@DecimalMin(value = "-90", message = "{form.range}")
	@DecimalMax(value = "90", message = "{form.range}")
	private Double latitude;

	@DecimalMin(value = "-180", message = "{form.range}")
	@DecimalMax(value = "180", message = "{form.range}")
	private Double longitude;

	@NotNull(message = "{form.chooseOne}")
	private LocationPrecision locationPrecision;

	@NotNull(message = "{form.chooseOne}")
	private EventType eventType;

	@NotNull(message = "{form.chooseOne}")
	private SubEventType subEventType;

	private boolean crossBorder;

	@PositiveOrZero(message = "{form.notNegative}")
	@Max(value = 1_000_000, message = "{form.max}")
	private Integer fatalitiesLow;

	@PositiveOrZero(message = "{form.notNegative}")
	@Max(value = 1_000_000, message = "{form.max}")
	private Integer fatalitiesBest;

	@PositiveOrZero(message = "{form.notNegative}")
	@Max(value = 1_000_000, message = "{form.max}")
	private Integer fatalitiesHigh;

	@PositiveOrZero(message = "{form.notNegative}")
	@Max(value = 1_000_000, message = "{form.max}")
	private Integer injured;

	@NotBlank(message = "{form.required}")
	@Size(max = 4000, message = "{form.size}")
	private String summary;

	@Valid
	private List<ActorLine> actors = new ArrayList<>();

	@Valid
	private List<ClaimLine> claims = new ArrayList<>();

	/** Why the editor changes a published incident (required then). */
	@Size(max = 1000, message = "{form.size}")
	private String reason;

	public IncidentForm() {
	}

	/** The form of an incident as it is now. */
	static IncidentForm of(Incident incident, List<IncidentActor> actors, List<Claim> claims, RegionDirectory regions) {
		IncidentForm form = new IncidentForm();
		form.version = incident.getVersion();
		form.occurredOn = incident.getOccurred().getDate();
		form.datePrecision = incident.getOccurred().getPrecision();
		form.dateAsStated = incident.getDateAsStated();
		form.country = slug(regions, incident.getCountryId());
		form.province = slug(regions, incident.getAdmin1Id());
		form.district = slug(regions, incident.getAdmin2Id());
		form.placeName = incident.getPlaceName();
		form.latitude = incident.getLatitude();
		form.longitude = incident.getLongitude();
		form.locationPrecision = incident.getLocationPrecision();
		form.eventType = incident.getEventType();
		form.subEventType = incident.getSubEventType();
		form.crossBorder = incident.isCrossBorder();
		form.fatalitiesLow = incident.getFatalitiesLow();
		form.fatalitiesBest = incident.getFatalitiesBest();
		form.fatalitiesHigh = incident.getFatalitiesHigh();
		form.injured = incident.getInjured();
		form.summary = incident.getSummary();
		form.actors = actors.stream().map(ActorLine::of).collect(Collectors.toCollection(ArrayList::new));
		form.claims = claims.stream().map(ClaimLine::of).collect(Collectors.toCollection(ArrayList::new));
		return form;
	}

	private static String slug(RegionDirectory regions, Long id) {
		return (id != null) ? regions.slug(id) : null;
	}

	/**
	 * The rules between fields that annotations cannot say: a date for a known precision,
	 * fatalities low ≤ best ≤ high, both coordinates or neither, a sub-event type of the
	 * event type, at least one claim.
	 */
	void validate(Errors errors) {
		if (this.datePrecision != null && this.datePrecision != DatePrecision.UNKNOWN && this.occurredOn == null
				&& !errors.hasFieldErrors("occurredOn")) {
			errors.rejectValue("occurredOn", "incident.occurredOn.required");
		}
		if (this.datePrecision == DatePrecision.UNKNOWN && this.occurredOn != null) {
			errors.rejectValue("occurredOn", "incident.occurredOn.withUnknownPrecision");
		}
		if (this.fatalitiesLow != null && this.fatalitiesBest != null && this.fatalitiesLow > this.fatalitiesBest
				&& !errors.hasFieldErrors("fatalitiesBest")) {
			errors.rejectValue("fatalitiesBest", "incident.fatalities.lowAboveBest");
		}
		if (this.fatalitiesBest != null && this.fatalitiesHigh != null && this.fatalitiesBest > this.fatalitiesHigh
				&& !errors.hasFieldErrors("fatalitiesHigh")) {
			errors.rejectValue("fatalitiesHigh", "incident.fatalities.bestAboveHigh");
		}
		if (this.fatalitiesLow != null && this.fatalitiesHigh != null && this.fatalitiesLow > this.fatalitiesHigh
				&& !errors.hasFieldErrors("fatalitiesHigh")) {
			errors.rejectValue("fatalitiesHigh", "incident.fatalities.lowAboveHigh");
		}
		if ((this.latitude == null) != (this.longitude == null) && !errors.hasFieldErrors("latitude")
				&& !errors.hasFieldErrors("longitude")) {
			errors.rejectValue((this.latitude == null) ? "latitude" : "longitude", "incident.coordinates.both");
		}
		if (this.eventType != null && this.subEventType != null && this.subEventType.getEventType() != this.eventType
				&& !errors.hasFieldErrors("subEventType")) {
			errors.rejectValue("subEventType", "incident.subEventType.notOfEventType");
		}
		if (this.claims.stream().allMatch((c) -> c == null || c.isRemove() || c.isEmpty())) {
			errors.reject("incident.claims.required");
		}
	}

	/**
	 * The form's fields as text by their label's message key, in form order: what a diff
	 * or a conflict page compares.
	 */
	Map<String, String> describe() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("incident.occurred", (this.occurredOn != null) ? this.occurredOn + " (" + this.datePrecision + ")"
				: String.valueOf(this.datePrecision));
		fields.put("incident.dateAsStated", this.dateAsStated);
		fields.put("incident.country", this.country);
		fields.put("incident.province", this.province);
		fields.put("incident.district", this.district);
		fields.put("incident.place", this.placeName);
		fields.put("incident.coordinates", (this.latitude != null) ? this.latitude + ", " + this.longitude : null);
		fields.put("incident.locationPrecision", name(this.locationPrecision));
		fields.put("incident.eventType", name(this.eventType));
		fields.put("incident.subEventType", name(this.subEventType));
		fields.put("incident.crossBorder", String.valueOf(this.crossBorder));
		fields.put("incident.fatalitiesLow", text(this.fatalitiesLow));
		fields.put("incident.fatalitiesBest", text(this.fatalitiesBest));
		fields.put("incident.fatalitiesHigh", text(this.fatalitiesHigh));
		fields.put("incident.injured", text(this.injured));
		fields.put("incident.summary", this.summary);
		fields.put("incident.actors",
				this.actors.stream()
					.filter((a) -> a != null && !a.isEmpty())
					.map(ActorLine::describe)
					.collect(Collectors.joining("\n")));
		fields.put("incident.claims",
				this.claims.stream()
					.filter((c) -> c != null && !c.isEmpty())
					.map(ClaimLine::describe)
					.filter((d) -> d != null)
					.collect(Collectors.joining("\n")));
		return fields;
	}

	private static String name(Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

	private static String text(Integer value) {
		return (value != null) ? value.toString() : null;
	}

	/**
	 * Offers empty lines to fill in, so that a form without JavaScript can add parties
	 * and claims.
	 */
	void addBlankLines(int actors, int claims) {
		for (int i = 0; i < actors; i++) {
			this.actors.add(new ActorLine());
		}
		for (int i = 0; i < claims; i++) {
			this.claims.add(new ClaimLine());
		}
	}

	/** Drops the empty lines before the form is kept as a revision. */
	void dropBlankLines() {
		this.actors.removeIf((a) -> a == null || a.isEmpty());
		this.claims.removeIf((c) -> c == null || c.isEmpty() || c.isRemove());
	}

	public int getVersion() {
		return this.version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

	public String getFormToken() {
		return this.formToken;
	}

	public void setFormToken(String formToken) {
		this.formToken = formToken;
	}

	public LocalDate getOccurredOn() {
		return this.occurredOn;
	}

	public void setOccurredOn(LocalDate occurredOn) {
		this.occurredOn = occurredOn;
	}

	public DatePrecision getDatePrecision() {
		return this.datePrecision;
	}

	public void setDatePrecision(DatePrecision datePrecision) {
		this.datePrecision = datePrecision;
	}

	public String getDateAsStated() {
		return this.dateAsStated;
	}

	public void setDateAsStated(String dateAsStated) {
		this.dateAsStated = dateAsStated;
	}

	public String getCountry() {
		return this.country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public String getProvince() {
		return this.province;
	}

	public void setProvince(String province) {
		this.province = province;
	}

	public String getDistrict() {
		return this.district;
	}

	public void setDistrict(String district) {
		this.district = district;
	}

	public String getPlaceName() {
		return this.placeName;
	}

	public void setPlaceName(String placeName) {
		this.placeName = placeName;
	}

	public Double getLatitude() {
		return this.latitude;
	}

	public void setLatitude(Double latitude) {
		this.latitude = latitude;
	}

	public Double getLongitude() {
		return this.longitude;
	}

	public void setLongitude(Double longitude) {
		this.longitude = longitude;
	}

	public LocationPrecision getLocationPrecision() {
		return this.locationPrecision;
	}

	public void setLocationPrecision(LocationPrecision locationPrecision) {
		this.locationPrecision = locationPrecision;
	}

	public EventType getEventType() {
		return this.eventType;
	}

	public void setEventType(EventType eventType) {
		this.eventType = eventType;
	}

	public SubEventType getSubEventType() {
		return this.subEventType;
	}

	public void setSubEventType(SubEventType subEventType) {
		this.subEventType = subEventType;
	}

	public boolean isCrossBorder() {
		return this.crossBorder;
	}

	public void setCrossBorder(boolean crossBorder) {
		this.crossBorder = crossBorder;
	}

	public Integer getFatalitiesLow() {
		return this.fatalitiesLow;
	}

	public void setFatalitiesLow(Integer fatalitiesLow) {
		this.fatalitiesLow = fatalitiesLow;
	}

	public Integer getFatalitiesBest() {
		return this.fatalitiesBest;
	}

	public void setFatalitiesBest(Integer fatalitiesBest) {
		this.fatalitiesBest = fatalitiesBest;
	}

	public Integer getFatalitiesHigh() {
		return this.fatalitiesHigh;
	}

	public void setFatalitiesHigh(Integer fatalitiesHigh) {
		this.fatalitiesHigh = fatalitiesHigh;
	}

	public Integer getInjured() {
		return this.injured;
	}

	public void setInjured(Integer injured) {
		this.injured = injured;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public List<ActorLine> getActors() {
		return this.actors;
	}

	public void setActors(List<ActorLine> actors) {
		this.actors = actors;
	}

	public List<ClaimLine> getClaims() {
		return this.claims;
	}

	public void setClaims(List<ClaimLine> claims) {
		this.claims = claims;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
