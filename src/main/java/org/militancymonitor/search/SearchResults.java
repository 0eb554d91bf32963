package org.militancymonitor.search;

import java.util.List;
import java.util.Set;

import org.militancymonitor.common.PartialDate;

/**
 * What a search found, grouped by kind.
 */
public record SearchResults(String query, SearchKind kind, int page, List<GroupHit> groups, List<IncidentHit> incidents,
		List<StatementHit> statements, List<ReportHit> reports, List<QuoteHit> quotes, Set<SearchKind> more) {

	public boolean isEmpty() {
		return this.groups.isEmpty() && this.incidents.isEmpty() && this.statements.isEmpty() && this.reports.isEmpty()
				&& this.quotes.isEmpty();
	}

	/** Whether these are the first results of every kind, not one kind's page. */
	public boolean isOverview() {
		return this.kind == null;
	}

	/** Whether there are more results of the kind than shown. */
	public boolean hasMore(SearchKind kind) {
		return this.more.contains(kind);
	}

	/** Whether there are more results of the kind named in URLs ({@code incidents}). */
	public boolean hasMore(String kind) {
		return this.more.stream().anyMatch((k) -> k.param().equals(kind));
	}

	/** A group, by the name or alias that matched best. */
	public record GroupHit(String slug, String name, String shortName, Highlighted matchedName, double score) {
	}

	public record IncidentHit(long id, PartialDate occurred, String dateAsStated, String place, Highlighted summary) {
	}

	public record StatementHit(long id, String speaker, String actor, String stance, Highlighted text) {
	}

	public record ReportHit(String slug, String title, Highlighted text) {
	}

	public record QuoteHit(String ref, String sourceSlug, String sourceTitle, Highlighted quote) {
	}

}
