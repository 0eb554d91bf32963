package org.militancymonitor.group;

public enum RelationshipType {

	SUPPORTS, FUNDS, SHELTERS, ALLIED_WITH, COLLABORATES_WITH, SPLINTER_OF, AFFILIATE_OF, RIVAL_OF

}
