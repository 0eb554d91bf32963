package org.militancymonitor.region;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.militancymonitor.common.NamedLink;
import org.militancymonitor.common.PartialDateJson;

/**
 * A regional summary as the API writes it: the figures the summary page shows, for the
 * same period and filters. Figures count published incidents only.
 */
@Schema(name = "RegionSummary",
		description = "A region's incidents and fatalities: the last four weeks against the "
				+ "four before and a year earlier, the trend by month, by group, by event type and by sub-region, the "
				+ "designation timeline and what was said and reported about the groups active there")
public record RegionSummaryV1(RegionV1 region, List<NamedLink> ancestors, Period period, Filter filter,
		@Schema(description = "Incidents dated to the day in the last four weeks, the four before and the same "
				+ "weeks a year earlier") Comparison lastFourWeeks,
		@Schema(description = "Incidents known only to a month the last four weeks touch, not in lastFourWeeks") long monthOnlyInWindow,
		List<MonthFigures> months,
		@Schema(description = "Incidents known only to a year of the trend, and of unknown date (year null)") List<YearFigures> undated,
		List<Breakdown> groups, List<Breakdown> types, List<Breakdown> subregions, List<Event> timeline,
		@Schema(description = "Listings made before the trend's first month and not ended before it") List<Event> inForce,
		List<Related> reports, List<Related> statements, List<Related> contested) {

	static RegionSummaryV1 of(RegionSummary summary, String group, String type, SummaryPrecision precision) {
		SummaryPeriod period = summary.period();
		return new RegionSummaryV1(RegionV1.of(summary.region()),
				summary.ancestors().stream().map((r) -> new NamedLink(r.slug(), r.name())).toList(), period(period),
				new Filter(group, type, precision), summary.totals(), summary.monthOnlyInWindow(), summary.months(),
				summary.undated(), summary.groups(), summary.types(), summary.subregions(),
				summary.timeline().stream().map(Event::of).toList(), summary.inForce().stream().map(Event::of).toList(),
				summary.reports().stream().map(Related::of).toList(),
				summary.statements().stream().map(Related::of).toList(),
				summary.contested().stream().map(Related::of).toList());
	}

	/** A region of the hierarchy. */
	@Schema(name = "Region", description = "A world region, country, province (ADMIN1) or district (ADMIN2)")
	public record RegionV1(String slug, String href, String name, RegionLevel level,
			@Schema(description = "The slug of the region it lies in") String parent) {

		static RegionV1 of(RegionOption region) {
			return new RegionV1(region.slug(), RegionV1ApiController.REGIONS + "/" + region.slug(), region.name(),
					region.level(), region.parentSlug());
		}

	}

	/**
	 * The time the summary covers: the last four whole weeks to {@code currentEnd}, and
	 * the trend's months from {@code firstMonth}.
	 */
	@Schema(name = "SummaryPeriod", description = "The time a summary covers")
	public record Period(LocalDate today, LocalDate end,
			@Schema(description = "Whether the end is the latest incident's day, nothing being recorded in the four "
					+ "weeks to today") boolean endMovedToLatest,
			int months, LocalDate currentStart, LocalDate currentEnd, LocalDate firstMonth) {
	}

	/** The filters the summary was read with. */
	@Schema(name = "SummaryFilter", description = "The filters a summary was read with")
	public record Filter(String group, String type, SummaryPrecision precision) {
	}

	/** A listing, delisting or statement on the summary's timeline. */
	@Schema(name = "TimelineEvent", description = "A listing, delisting or statement on a summary's timeline")
	public record Event(PartialDateJson date, String kind, NamedLink group, String actor, String detail, String link) {

		static Event of(TimelineEvent event) {
			return new Event(PartialDateJson.of(event.date()), event.kind(),
					NamedLink.of(event.groupSlug(), event.groupName()), event.actor(), event.detail(), event.link());
		}

	}

	/** A report, statement or contested subject about the groups active in the region. */
	@Schema(name = "RelatedItem", description = "A report, statement or contested subject about a region's groups")
	public record Related(String kind, PartialDateJson date, String title, String by, String groups, String link) {

		static Related of(RelatedItem item) {
			return new Related(item.kind(), PartialDateJson.of(item.date()), item.title(), item.by(), item.groups(),
					item.link());
		}

	}

	/** A region of the index with its figures over the default period. */
	@Schema(name = "RegionFigures", description = "A region with its figures over the default period")
	public record Indexed(RegionV1 region, @Schema(
			description = "Its figures over the period's months and last four weeks; null without any") Breakdown figures) {
	}

	/** The regions index. */
	@Schema(name = "RegionIndex", description = "Every world region, country and province with its figures")
	public record Index(Period period, List<Indexed> regions) {
	}

	static Period period(SummaryPeriod period) {
		return new Period(period.today(), period.end(), period.endMovedToLatest(), period.months(),
				period.currentStart(), period.currentEnd(), period.firstMonth());
	}

}
