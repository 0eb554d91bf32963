package org.militancymonitor.incident;

import org.militancymonitor.common.PartialDate;

/**
 * A row of the incident list.
 */
public record IncidentRow(long id, PartialDate occurred, String dateAsStated, EventType eventType,
		SubEventType subEventType, String country, String admin1, String admin2, String placeName, Integer fatalities,
		boolean crossBorder, IncidentStatus status, boolean synthetic, String perpetrators) {

	/** The most specific place known, e.g. "Peshawar, Khyber Pakhtunkhwa, Pakistan". */
	public String location() {
		StringBuilder location = new StringBuilder();
		for (String part : new String[] { this.placeName, this.admin2, this.admin1, this.country }) {
			if (part != null && !part.isBlank()) {
				location.append((location.length() > 0) ? ", " : "").append(part);
			}
		}
		return location.toString();
	}

}
