package org.militancymonitor.source;

/**
 * Whether a claim asserts or denies the fact it is linked to.
 */
public enum ClaimPosition {

	ASSERTS, DENIES

}
