package org.militancymonitor.search;

import java.util.List;

import org.militancymonitor.common.PartialDate;

/**
 * What a search found, grouped by kind.
 */
public record SearchResults(String query, List<GroupHit> groups, List<IncidentHit> incidents,
		List<StatementHit> statements, List<ReportHit> reports, List<QuoteHit> quotes) {

	public boolean isEmpty() {
		return this.groups.isEmpty() && this.incidents.isEmpty() && this.statements.isEmpty() && this.reports.isEmpty()
				&& this.quotes.isEmpty();
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
