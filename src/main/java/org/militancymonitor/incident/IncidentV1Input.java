package org.militancymonitor.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import org.militancymonitor.claim.ClaimLine;
import org.militancymonitor.common.DatePrecision;
import org.militancymonitor.common.PartialDateJson;
import org.militancymonitor.system.ControlCharacters;

import org.springframework.validation.Errors;

/**
 * What an editor sends to enter or edit an incident through the API: the incident form's
 * fields ({@link IncidentForm}), regions by slug, parties by any of their names, claims
 * by reference or as new ones, and, for an edit of a published incident, the reason. It
 * is checked as the form is, by the form's own rules.
 */
@Schema(name = "IncidentInput", description = "An incident as an editor enters it: the fields of the incident form")
public record IncidentV1Input(
		@Schema(description = "When it happened, to the precision the source gives") PartialDateJson occurred,
		String dateAsStated, @Schema(description = "A country's slug, e.g. pakistan") String country,
		@Schema(description = "A province's slug; it gives the country") String province,
		@Schema(description = "A district's slug; it gives the province") String district, String placeName,
		Double latitude, Double longitude, LocationPrecision locationPrecision, EventType eventType,
		SubEventType subEventType, Boolean crossBorder, Integer fatalitiesLow, Integer fatalitiesBest,
		Integer fatalitiesHigh, Integer injured, String summary,
		@Schema(description = "The parties: each a group (by any of its names) or a state, in a role") List<ActorLine> actors,
		@Schema(description = "The claims that report it: an existing claim by `ref`, or a new one "
				+ "(source slug, quote, claimant, position, confidence); at least one") List<ClaimLine> claims,
		@Schema(description = "Why the change is made; required for an edit of a published incident, "
				+ "which then waits for a second person's review") String reason) {

	/**
	 * The form's field names that the API names otherwise: the date is one object with
	 * its precision.
	 */
	static final Map<String, String> RENAMED = Map.of("occurredOn", "occurred.date", "datePrecision",
			"occurred.precision");

	/** The request's name of a form's field. */
	static String fieldName(String formField) {
		return (formField == null) ? null : RENAMED.getOrDefault(formField, formField);
	}

	/**
	 * Fills in the form with these values; a date that does not read as its precision
	 * says, and text with a control character, are field errors.
	 */
	void fill(IncidentForm form, Errors errors) {
		if (this.occurred != null) {
			form.setDatePrecision(this.occurred.precision());
			try {
				form.setOccurredOn(this.occurred.firstDay());
			}
			catch (IllegalArgumentException ex) {
				errors.rejectValue("occurredOn", "api.date.malformed");
			}
		}
		else {
			form.setDatePrecision(DatePrecision.UNKNOWN);
		}
		form.setDateAsStated(this.dateAsStated);
		form.setCountry(this.country);
		form.setProvince(this.province);
		form.setDistrict(this.district);
		form.setPlaceName(this.placeName);
		form.setLatitude(this.latitude);
		form.setLongitude(this.longitude);
		form.setLocationPrecision(this.locationPrecision);
		form.setEventType(this.eventType);
		form.setSubEventType(this.subEventType);
		form.setCrossBorder(Boolean.TRUE.equals(this.crossBorder));
		form.setFatalitiesLow(this.fatalitiesLow);
		form.setFatalitiesBest(this.fatalitiesBest);
		form.setFatalitiesHigh(this.fatalitiesHigh);
		form.setInjured(this.injured);
		form.setSummary(this.summary);
		form.setActors(new ArrayList<>((this.actors != null) ? this.actors : List.of()));
		form.setClaims(new ArrayList<>((this.claims != null) ? this.claims : List.of()));
		form.setReason(this.reason);
		refuseControlCharacters(form, errors);
	}

	/**
	 * Text with a control character cannot be stored: the form's binder refuses it on the
	 * page, and this on the API's JSON.
	 */
	private static void refuseControlCharacters(IncidentForm form, Errors errors) {
		check(errors, "dateAsStated", form.getDateAsStated());
		check(errors, "country", form.getCountry());
		check(errors, "province", form.getProvince());
		check(errors, "district", form.getDistrict());
		check(errors, "placeName", form.getPlaceName());
		check(errors, "summary", form.getSummary());
		check(errors, "reason", form.getReason());
		for (int i = 0; i < form.getActors().size(); i++) {
			ActorLine line = form.getActors().get(i);
			if (line != null) {
				check(errors, "actors[" + i + "].party", line.getParty());
				check(errors, "actors[" + i + "].description", line.getDescription());
			}
		}
		for (int i = 0; i < form.getClaims().size(); i++) {
			ClaimLine line = form.getClaims().get(i);
			if (line != null) {
				String at = "claims[" + i + "].";
				check(errors, at + "ref", line.getRef());
				check(errors, at + "source", line.getSource());
				check(errors, at + "quote", line.getQuote());
				check(errors, at + "claimant", line.getClaimant());
				check(errors, at + "claimantLabel", line.getClaimantLabel());
			}
		}
	}

	private static void check(Errors errors, String field, String value) {
		if (ControlCharacters.in(value)) {
			errors.rejectValue(field, "typeMismatch.java.lang.String");
		}
	}

}
