package org.militancymonitor.source;

import org.militancymonitor.common.PartialDate;

/** A group's listing by an authority (designation.claim_id). */
public record DesignationFact(long claimId, String groupSlug, String groupName, String authority, String regime,
		String referenceNumber, PartialDate listed) {

}
