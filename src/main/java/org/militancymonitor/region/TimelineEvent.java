package org.militancymonitor.region;

import org.militancymonitor.common.PartialDate;

/**
 * What the designation timeline marks beside the monthly incidents: a group listed or
 * delisted by an authority, or a statement about a group active in the region or about
 * the region's state.
 *
 * @param date when, as precisely as known
 * @param kind LISTED, DELISTED or STATEMENT
 * @param groupSlug the group listed, or the (first) group a statement concerns; may be
 * null for a statement about a state only
 * @param groupName its name
 * @param actor the designating authority, or the statement's speaker's state or
 * organisation
 * @param detail the regime and reference number of a listing, the summary of a statement
 * @param link the page of the statement, or the group's for a listing
 */
public record TimelineEvent(PartialDate date, String kind, String groupSlug, String groupName, String actor,
		String detail, String link) {

}
