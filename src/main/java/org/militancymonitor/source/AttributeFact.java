package org.militancymonitor.source;

import org.militancymonitor.group.GroupAttribute;

/** What the source says about a group's own attributes (group_claim). */
public record AttributeFact(long claimId, String groupSlug, String groupName, GroupAttribute attribute,
		String summary) {

}
