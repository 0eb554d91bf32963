package org.militancymonitor.incident;

interface IncidentRepositoryCustom {

	/**
	 * One page of incidents matching the filter, in one statement, and the number that
	 * match, counted up to {@link IncidentFilter#MAX_WINDOW} in a second.
	 */
	IncidentListing list(ResolvedFilter filter);

}
