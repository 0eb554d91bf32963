package org.militancymonitor.group;

/**
 * Which way a relationship entered on a group's page runs: from that group to the other,
 * or from the other to it.
 */
public enum RelationshipDirection {

	OUTGOING, INCOMING

}
