package org.militancymonitor.incident;

/**
 * What the incident list sorts by. Unknown dates and fatalities count as the lowest.
 */
public enum IncidentSort {

	DATE, FATALITIES

}
