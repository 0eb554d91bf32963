package org.militancymonitor.incident;

import org.militancymonitor.common.PartialDate;
import org.militancymonitor.review.ReviewStatus;

/**
 * A row of the incident list. Its date and type come as the list shows them
 * ({@code date}, {@code type}): formatted and named when the row is read, so that a page
 * of rows evaluates one plain expression per cell, not a bean call and a message lookup
 * in every row; {@code occurred} is the date itself, for the API.
 */
public record IncidentRow(long id, PartialDate occurred, String date, EventType eventType, SubEventType subEventType,
		String type, String country, String admin1, String admin2, String placeName, Integer fatalities,
		boolean crossBorder, ReviewStatus status, boolean synthetic, String perpetrators) {

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
