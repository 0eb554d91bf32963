package org.militancymonitor.group;

public enum EstimateQualifier {

	EXACT, APPROXIMATELY, AT_LEAST, MORE_THAN, UP_TO

}
