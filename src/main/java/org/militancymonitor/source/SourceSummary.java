package org.militancymonitor.source;

import org.militancymonitor.common.PartialDate;

/**
 * A source as the source list shows it.
 */
public record SourceSummary(String slug, String title, String publisher, SourceKind kind, PartialDate published,
		String dateline, String reliability, long claims) {

}
