package org.militancymonitor.region;

public enum RegionLevel {

	WORLD_REGION, COUNTRY, ADMIN1, ADMIN2

}
