package org.militancymonitor.home;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.militancymonitor.group.ContestedQueries;
import org.militancymonitor.group.GroupQueries;
import org.militancymonitor.incident.IncidentQueries;
import org.militancymonitor.region.Comparison;
import org.militancymonitor.region.MapFilter;
import org.militancymonitor.region.RegionDirectory;
import org.militancymonitor.region.RegionMapQueries;
import org.militancymonitor.region.RegionOption;
import org.militancymonitor.region.RegionSummaryQueries;
import org.militancymonitor.region.SummaryPeriod;
import org.militancymonitor.statement.StatementQueries;
import org.militancymonitor.system.DataCache;
import org.militancymonitor.system.DataCaches;

import org.springframework.stereotype.Service;

/**
 * The home page's front: the theatre's last four weeks, the latest records and the map,
 * read from the features that own them and kept until the data changes (or the day does),
 * so that the home page costs no query between changes. The figures come from
 * {@code region_incident_summary} (through {@link RegionSummaryQueries}), never from a
 * scan of the incidents.
 * <p>
 * The theatre is Pakistan and Afghanistan, side by side, with South Asia (the world
 * region both lie in, with India) as their total; the groups active and the map are South
 * Asia's. As on the summaries, the four weeks count the incidents dated to the day: the
 * map counts those alone too, and the incidents known only to a month the weeks touch are
 * counted apart.
 */
@Service
class HomeQueries {

	/** The countries of the theatre, in the order the page shows them. */
	static final List<String> COUNTRIES = List.of("pakistan", "afghanistan");

	/** The world region the countries lie in: their total, its groups and its map. */
	static final String THEATRE = "south-asia";

	/** How many of the latest incidents, statements and UN listings the page lists. */
	static final int LATEST = 6;

	/** How many of the active groups the page names. */
	static final int ACTIVE_NAMED = 8;

	private final RegionSummaryQueries summaries;

	private final RegionDirectory regions;

	private final RegionMapQueries maps;

	private final GroupQueries groups;

	private final ContestedQueries contested;

	private final IncidentQueries incidents;

	private final StatementQueries statements;

	private final DataCache<LocalDate, HomeFront> fronts;

	HomeQueries(RegionSummaryQueries summaries, RegionDirectory regions, RegionMapQueries maps, GroupQueries groups,
			ContestedQueries contested, IncidentQueries incidents, StatementQueries statements, DataCaches caches) {
		this.summaries = summaries;
		this.regions = regions;
		this.maps = maps;
		this.groups = groups;
		this.contested = contested;
		this.incidents = incidents;
		this.statements = statements;
		this.fronts = caches.create(4);
	}

	/** The front as of now and today. */
	HomeFront front() {
		return this.fronts.get(this.summaries.today(), (today) -> load());
	}

	private HomeFront load() {
		SummaryPeriod period = this.summaries.defaultPeriod();
		RegionOption theatre = this.regions.find(THEATRE).orElseThrow();
		List<RegionOption> shown = new ArrayList<>();
		COUNTRIES.forEach((slug) -> this.regions.find(slug).ifPresent(shown::add));
		shown.add(theatre);
		Map<Long, Comparison> figures = this.summaries.headlines(shown.stream().map(RegionOption::id).toList(), period);
		List<HomeFront.Headline> headlines = shown.stream()
			.map((region) -> new HomeFront.Headline(region, figures.get(region.id()), region == theatre))
			.toList();
		return new HomeFront(period, headlines, theatre, this.summaries.monthOnlyInWindow(theatre.id(), period),
				this.summaries.activeInWindow(theatre.id(), period), this.contested.counts(),
				this.groups.latestUnListings(LATEST), this.incidents.latest(LATEST), this.statements.latest(LATEST),
				this.maps.currentMap(theatre, new MapFilter(period.currentStart(), period.currentEnd(), null, true)));
	}

}
