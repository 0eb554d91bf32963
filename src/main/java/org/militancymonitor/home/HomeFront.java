package org.militancymonitor.home;

import java.util.List;

import org.militancymonitor.group.ContestedQueries;
import org.militancymonitor.group.GroupQueries;
import org.militancymonitor.incident.IncidentRow;
import org.militancymonitor.region.Comparison;
import org.militancymonitor.region.RegionMap;
import org.militancymonitor.region.RegionOption;
import org.militancymonitor.region.RegionSummaryQueries;
import org.militancymonitor.region.SummaryPeriod;
import org.militancymonitor.statement.StatementLine;

/**
 * What the home page shows above the groups: the theatre's last four weeks of the period,
 * the latest records and the map of those weeks.
 *
 * @param headlines the countries' and the theatre's four-week figures, the theatre last
 * @param monthOnly the theatre's incidents known only to a month the four weeks touch,
 * which neither the figures nor the map count
 * @param activeGroups the groups with incidents in the theatre in the four weeks, most
 * first
 */
public record HomeFront(SummaryPeriod period, List<Headline> headlines, RegionOption theatre, long monthOnly,
		List<RegionSummaryQueries.ActiveGroup> activeGroups, ContestedQueries.Counts contested,
		List<GroupQueries.Listing> unListings, List<IncidentRow> incidents, List<StatementLine> statements,
		RegionMap map) {

	/** The active groups the page names: the busiest. */
	public List<RegionSummaryQueries.ActiveGroup> activeNamed() {
		return this.activeGroups.subList(0, Math.min(this.activeGroups.size(), HomeQueries.ACTIVE_NAMED));
	}

	/**
	 * A region's four weeks against the four before and a year earlier.
	 *
	 * @param total whether it is the theatre's total
	 */
	public record Headline(RegionOption region, Comparison weeks, boolean total) {
	}

}
