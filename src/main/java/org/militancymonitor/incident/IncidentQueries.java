package org.militancymonitor.incident;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the incident feature offers other features: incident lists as read-only records.
 */
@Service
@Transactional(readOnly = true)
public class IncidentQueries {

	/** Incidents a group page lists on each of its pages. */
	public static final int GROUP_PAGE_SIZE = 10;

	private final IncidentRepository incidents;

	public IncidentQueries(IncidentRepository incidents) {
		this.incidents = incidents;
	}

	/**
	 * The published incidents a group took part in, newest first, one page of them.
	 * @throws IllegalArgumentException when the page is negative or beyond the window
	 */
	public IncidentListing forGroup(long groupId, int page) {
		IncidentFilter filter = new IncidentFilter();
		filter.setSize(GROUP_PAGE_SIZE);
		filter.setPage(page);
		if (page < 0 || !filter.isWithinWindow()) {
			throw new IllegalArgumentException("No such page of incidents: " + page);
		}
		return this.incidents.list(new ResolvedFilter(filter, null, null, groupId));
	}

}
