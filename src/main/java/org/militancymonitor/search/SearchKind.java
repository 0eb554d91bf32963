package org.militancymonitor.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A kind of search result: the overview shows the first few of each, a kind's own pages
 * show all of them.
 */
public enum SearchKind {

	GROUPS, INCIDENTS, STATEMENTS, REPORTS, QUOTES;

	/** The kind's name in a URL, e.g. {@code /search?q=TTP&kind=incidents}. */
	public String param() {
		return name().toLowerCase(Locale.ROOT);
	}

	static Optional<SearchKind> fromParam(String value) {
		return Arrays.stream(values()).filter((k) -> k.param().equals(value)).findFirst();
	}

}
