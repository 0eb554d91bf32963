package org.militancymonitor.group;

/**
 * A row of the home page's group list.
 */
public interface GroupSummary {

	String getSlug();

	String getName();

	String getShortName();

	String getKind();

	String getStatus();

	long getIncidentCount();

	long getClaimCount();

}
