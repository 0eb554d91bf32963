package org.militancymonitor.source;

import java.util.List;

/**
 * The incidents a claim reports: the first ones by id, and how many there are in all,
 * counted up to a cap.
 *
 * @param total the number of incidents, or the cap when there are more
 * @param totalCapped whether there are more than {@code total}
 */
public record IncidentLinks(List<IncidentFact> shown, long total, boolean totalCapped) {

	public static final IncidentLinks NONE = new IncidentLinks(List.of(), 0, false);

	/** How many incidents are not shown (at least, when the total is capped). */
	public long notShown() {
		return this.total - this.shown.size();
	}

}
