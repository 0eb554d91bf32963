package org.militancymonitor.region;

import java.util.List;

/**
 * Everything a regional summary shows, read for one region, period and set of filters.
 *
 * @param region the region
 * @param ancestors the regions it lies in, outermost first
 * @param period the period
 * @param totals the last four weeks against the four before and a year earlier
 * @param monthOnlyInWindow incidents known only to a month that the last four weeks
 * touch: not in {@code totals}, which count incidents dated to the day
 * @param months the trend, one line a month, months without incidents included
 * @param undated incidents known only to a year of the trend, and of unknown date
 * @param groups by group, most incidents over the period first
 * @param types by event type, in the order of {@link SummaryFilter#EVENT_TYPES}
 * @param subregions the regions it holds, by name
 * @param timeline listings, delistings and statements within the trend's months, oldest
 * first
 * @param inForce listings made before the trend's first month and not ended before it
 * @param reports the latest reports with findings about groups active in the region
 * @param statements the latest statements about those groups or the region's state
 * @param contested relationships of those groups that claims assert and deny, and
 * statements that deny or reject a report or statement about them or the region's state
 * @param activeGroups the groups with a published incident in the region at any time, by
 * name: what the list above concern, and what the group filter offers
 */
public record RegionSummary(RegionOption region, List<RegionOption> ancestors, SummaryPeriod period, Comparison totals,
		long monthOnlyInWindow, List<MonthFigures> months, List<YearFigures> undated, List<Breakdown> groups,
		List<Breakdown> types, List<Breakdown> subregions, List<TimelineEvent> timeline, List<TimelineEvent> inForce,
		List<RelatedItem> reports, List<RelatedItem> statements, List<RelatedItem> contested,
		List<RegionSummaryQueries.GroupChoice> activeGroups) {

	/** The trend's months with any incident. */
	public long monthsWithIncidents() {
		return this.months.stream().filter((m) -> m.figures().incidents() > 0).count();
	}

	/** How many of the trend's incidents are known only to their month. */
	public long monthOnlyTotal() {
		return this.months.stream().mapToLong(MonthFigures::monthOnly).sum();
	}

	/** The trend's totals over its months. */
	public Figures periodTotals() {
		return this.months.stream().map(MonthFigures::figures).reduce(Figures.NONE, Figures::plus);
	}

}
