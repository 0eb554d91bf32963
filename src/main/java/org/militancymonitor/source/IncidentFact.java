package org.militancymonitor.source;

import org.militancymonitor.common.PartialDate;
import org.militancymonitor.incident.SubEventType;

/** An incident the claim reports (incident_claim). */
public record IncidentFact(long claimId, long id, PartialDate occurred, String dateAsStated, SubEventType subEventType,
		String placeName, String summary, boolean synthetic) {

}
