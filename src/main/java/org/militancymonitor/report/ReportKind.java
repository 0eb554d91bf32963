package org.militancymonitor.report;

public enum ReportKind {

	MONITORING_TEAM_REPORT, COMMITTEE_BRIEFING, SECRETARY_GENERAL_REPORT, OTHER

}
