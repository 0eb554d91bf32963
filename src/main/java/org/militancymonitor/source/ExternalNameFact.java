package org.militancymonitor.source;

import org.militancymonitor.group.ExternalDataset;

/** A group's name in another dataset (group_external_name.claim_id). */
public record ExternalNameFact(long claimId, String groupSlug, String groupName, ExternalDataset dataset, String name,
		String externalId) {

}
