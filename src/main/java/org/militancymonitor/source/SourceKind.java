package org.militancymonitor.source;

public enum SourceKind {

	NEWS_ARTICLE, UN_REPORT, UN_BRIEFING, OFFICIAL_STATEMENT, SANCTIONS_LIST, ANALYSIS, DATASET, OTHER

}
