package org.militancymonitor.incident;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.militancymonitor.common.PartialDateJson;
import org.militancymonitor.review.ReviewStatus;

/**
 * A row of the incident list as the API writes it, and one page of them.
 */
@Schema(name = "IncidentSummary", description = "An incident as the list shows it; its whole record is at its `href`")
public record IncidentV1Summary(long id, String href, PartialDateJson occurred, EventType eventType,
		SubEventType subEventType, String country, String province, String district, String placeName,
		@Schema(description = "The best figure of fatalities") Integer fatalities, boolean crossBorder,
		ReviewStatus status,
		@Schema(description = "The groups and states that carried it out, as the list names them") String perpetrators) {

	static IncidentV1Summary of(IncidentRow row) {
		return new IncidentV1Summary(row.id(), IncidentV1ApiController.PATH + "/" + row.id(),
				PartialDateJson.of(row.occurred()), row.eventType(), row.subEventType(), row.country(), row.admin1(),
				row.admin2(), row.placeName(), row.fatalities(), row.crossBorder(), row.status(), row.perpetrators());
	}

	/**
	 * One page of the list, with how many incidents match (counted exactly up to a cap:
	 * {@code totalCapped} says the total is a lower bound), and the links to the pages
	 * before and after.
	 */
	@Schema(name = "IncidentPage", description = "One page of incidents, with the links to the pages before and after")
	public record Page(List<IncidentV1Summary> items, int page, int size,
			@Schema(description = "How many incidents match; a lower bound when totalCapped") long total,
			boolean totalCapped, @Schema(description = "The next page, or null on the last") String next,
			@Schema(description = "The page before, or null on the first") String previous) {
	}

}
