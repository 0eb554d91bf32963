package org.militancymonitor.incident;

public enum LocationPrecision {

	EXACT, NEAR, ADMIN2, ADMIN1, COUNTRY, BORDER_AREA, UNKNOWN

}
