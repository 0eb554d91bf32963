package org.militancymonitor.group;

/**
 * A row of the home page's group list: a group with the number of published incidents it
 * took part in and the number of distinct claims about it.
 */
public record GroupSummary(String slug, String name, String shortName, String kind, String status, long incidentCount,
		long claimCount) {

}
