package org.militancymonitor.region;

import java.util.List;

/**
 * Which incidents a summary counts by month: those dated to the day only, or also those
 * known only to their month (the default). Incidents known only to their year, or of
 * unknown date, are never counted in a month; the summary counts them apart.
 */
public enum SummaryPrecision {

	DAY(List.of("DAY")), MONTH(List.of("DAY", "MONTH"));

	private final List<String> datePrecisions;

	SummaryPrecision(List<String> datePrecisions) {
		this.datePrecisions = datePrecisions;
	}

	/** The incidents' date precisions counted by month. */
	public List<String> datePrecisions() {
		return this.datePrecisions;
	}

}
