package org.militancymonitor.incident;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.militancymonitor.claim.EvidenceJson;
import org.militancymonitor.common.NamedLink;
import org.militancymonitor.common.PartialDateJson;
import org.militancymonitor.region.RegionDirectory;
import org.militancymonitor.review.Review;
import org.militancymonitor.review.ReviewStatus;

/**
 * An incident as the API writes it: when (with the date's precision), where, what, who
 * took part in which role, the casualties, its review state and the claims that report
 * it. The fields an editor sets have the names {@link IncidentV1Input} takes.
 */
@Schema(name = "Incident", description = "An event in ACLED's taxonomy with its parties, casualties, review state "
		+ "and the claims that report it")
public record IncidentV1(long id, ReviewStatus status, PartialDateJson occurred,
		@Schema(description = "The date as the source words it, when it gives no calendar date") String dateAsStated,
		NamedLink country, NamedLink province, NamedLink district, String placeName, Double latitude, Double longitude,
		LocationPrecision locationPrecision, EventType eventType, SubEventType subEventType, boolean crossBorder,
		Integer fatalitiesLow, Integer fatalitiesBest, Integer fatalitiesHigh, Integer injured, String summary,
		List<IncidentV1Actor> actors, List<EvidenceJson> claims, IncidentV1Review review,
		@Schema(description = "Whether the incident is benchmark data, never part of the seed") boolean synthetic) {

	static IncidentV1 of(IncidentDetails details, RegionDirectory regions) {
		Incident incident = details.incident();
		return new IncidentV1(incident.getId(), incident.getStatus(), PartialDateJson.of(incident.getOccurred()),
				incident.getDateAsStated(), region(regions, incident.getCountryId(), incident.getCountryName()),
				region(regions, incident.getAdmin1Id(), incident.getAdmin1Name()),
				region(regions, incident.getAdmin2Id(), incident.getAdmin2Name()), incident.getPlaceName(),
				incident.getLatitude(), incident.getLongitude(), incident.getLocationPrecision(),
				incident.getEventType(), incident.getSubEventType(), incident.isCrossBorder(),
				incident.getFatalitiesLow(), incident.getFatalitiesBest(), incident.getFatalitiesHigh(),
				incident.getInjured(), incident.getSummary(),
				details.actors().stream().map(IncidentV1Actor::of).toList(),
				details.evidence().stream().map(EvidenceJson::of).toList(), IncidentV1Review.of(incident.getReview()),
				incident.isSynthetic());
	}

	private static NamedLink region(RegionDirectory regions, Long id, String name) {
		return (id != null) ? new NamedLink(regions.slug(id), name) : null;
	}

	/** A party to the incident: a group, or a state or organisation, in a role. */
	@Schema(name = "IncidentActor",
			description = "A party to an incident: a group (with its slug) or a state or organisation, in a role")
	public record IncidentV1Actor(@Schema(description = "The group, when the party is one") NamedLink group,
			@Schema(description = "The state or organisation's name, when the party is one") String actor,
			ActorRole role, boolean attributionUncertain, String description) {

		static IncidentV1Actor of(IncidentActor actor) {
			NamedLink group = (actor.getGroupId() != null)
					? new NamedLink(actor.getGroup().getSlug(), actor.getGroup().getName()) : null;
			return new IncidentV1Actor(group, actor.getActorName(), actor.getRole(), actor.isAttributionUncertain(),
					actor.getDescription());
		}

	}

	/** Who entered, edited, submitted and reviewed the incident, and when. */
	@Schema(name = "IncidentReview", description = "The people behind an incident's review state")
	public record IncidentV1Review(String createdBy, String lastEditedBy, String submittedBy, Instant submittedAt,
			String reviewedBy, Instant reviewedAt, String retractionReason) {

		static IncidentV1Review of(Review review) {
			return new IncidentV1Review(review.getCreatedBy(), review.getLastEditedBy(), review.getSubmittedBy(),
					review.getSubmittedAt(), review.getReviewedBy(), review.getReviewedAt(),
					review.getRetractionReason());
		}

	}

}
