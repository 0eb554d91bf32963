package org.militancymonitor.incident;

public enum SortDirection {

	ASC, DESC

}
