package org.militancymonitor.group;

/**
 * The datasets whose names for groups the crosswalk keeps: the UN Security Council
 * Consolidated List, ACLED, the Global Terrorism Database and UCDP.
 */
public enum ExternalDataset {

	UN, ACLED, GTD, UCDP

}
