package org.militancymonitor.incident;

public enum IncidentStatus {

	DRAFT, PUBLISHED, RETRACTED

}
