package org.militancymonitor.source;

import org.militancymonitor.group.AliasQuality;

/** A name of a group (group_alias.claim_id). */
public record AliasFact(long claimId, String groupSlug, String groupName, String name, AliasQuality quality,
		String originalScript) {

}
