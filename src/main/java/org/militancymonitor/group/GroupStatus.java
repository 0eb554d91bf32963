package org.militancymonitor.group;

public enum GroupStatus {

	ACTIVE, INACTIVE, MERGED, DEFUNCT, UNKNOWN

}
