package org.militancymonitor.source;

import java.util.Map;

interface SourceRepositoryCustom {

	/** Incidents shown per claim on the source page. */
	int INCIDENTS_SHOWN = 50;

	/**
	 * Incidents counted per claim on the source page; more are reported as "more than".
	 */
	int INCIDENTS_COUNTED = 10_000;

	/**
	 * The incidents each claim of a source reports, in one statement: the first
	 * {@link #INCIDENTS_SHOWN} by id, and how many there are, counted up to
	 * {@link #INCIDENTS_COUNTED}. Claims without incidents are left out.
	 */
	Map<Long, IncidentLinks> findIncidentLinks(long sourceId);

}
