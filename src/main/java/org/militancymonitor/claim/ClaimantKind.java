package org.militancymonitor.claim;

/**
 * Who asserts a claim: a state, a named official, an organisation, a group, an unnamed
 * source the article cites, or the source itself in its own voice.
 */
public enum ClaimantKind {

	STATE, OFFICIAL, ORGANISATION, GROUP, SOURCE, ANONYMOUS_SOURCE

}
