package org.militancymonitor.group;

/**
 * The datasets whose names for groups the crosswalk keeps: the UN Security Council
 * Consolidated List, ACLED, the Global Terrorism Database, UCDP, and STIX bundles (whose
 * entries name a group by the bundle's object id).
 */
public enum ExternalDataset {

	UN, ACLED, GTD, UCDP, STIX

}
