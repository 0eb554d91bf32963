package org.militancymonitor.source;

import org.militancymonitor.group.RelationshipType;

/** A relationship between groups, FROM type TO (relationship_claim). */
public record RelationshipFact(long claimId, String fromSlug, String fromName, RelationshipType type, String toSlug,
		String toName) {

}
