package org.militancymonitor.claim;

/**
 * Whether a claim asserts or denies the fact it is linked to.
 */
public enum ClaimPosition {

	ASSERTS, DENIES

}
