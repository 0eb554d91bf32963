package org.militancymonitor.region;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * What a region's map shows for a period: published incidents and their fatalities by
 * province (the choropleth), those known only to their country (counted beside the map,
 * never placed), and those located exactly or near a place as points, aggregated into
 * cells of {@code cellDegrees} so that a million incidents make at most
 * {@link #MAX_POINTS} points. An incident known to its district or province colours its
 * province and is never drawn as a point.
 *
 * @param region the region's slug
 * @param type the event type counted, or null for every type
 * @param precision the date precisions counted, as a summary counts them by month, or
 * null for every precision
 * @param dayDatedOnly whether only incidents dated to the day are counted (a map of
 * four-week windows), those known only to their month or year left out
 * @param boundaries the URL of the GeoJSON with the provinces' and countries' shapes,
 * whose feature ids are region slugs
 * @param legend the choropleth's classes of incident counts, the lowest first; a province
 * without incidents is in none
 */
public record RegionMap(String region, String name, RegionLevel level, LocalDate from, LocalDate to, String group,
		String type, SummaryPrecision precision, boolean dayDatedOnly, List<Province> provinces,
		List<Country> countryOnly, List<Point> points, boolean pointsCapped, double cellDegrees, List<Bin> legend,
		String boundaries) {

	/** Points (cells) a map carries at most: the busiest ones. */
	public static final int MAX_POINTS = 1_000;

	/** {@link #MAX_POINTS}, for templates. */
	public int maxPoints() {
		return MAX_POINTS;
	}

	public long provinceIncidents() {
		return this.provinces.stream().mapToLong(Province::incidents).sum();
	}

	public long provinceFatalities() {
		return this.provinces.stream().mapToLong(Province::fatalities).sum();
	}

	public long countryOnlyIncidents() {
		return this.countryOnly.stream().mapToLong(Country::incidents).sum();
	}

	public long pointIncidents() {
		return this.points.stream().mapToLong(Point::incidents).sum();
	}

	/**
	 * The points as a JSON array of {@code [latitude, longitude, incidents, fatalities]},
	 * for the page's script: numbers only, so written here without a JSON library.
	 */
	public String pointsData() {
		StringBuilder json = new StringBuilder("[");
		for (Point point : this.points) {
			if (json.length() > 1) {
				json.append(',');
			}
			json.append(String.format(Locale.ROOT, "[%.4f,%.4f,%d,%d]", point.latitude(), point.longitude(),
					point.incidents(), point.fatalities()));
		}
		return json.append(']').toString();
	}

	/**
	 * A province's published incidents in the period, of every precision that names it.
	 *
	 * @param shade the shade of the legend class its count falls in, 1 (lightest) to 5; 0
	 * for none
	 */
	public record Province(String slug, String name, String country, long incidents, long fatalities, int shade) {
	}

	/**
	 * A country's published incidents in the period that name no province and no point.
	 */
	public record Country(String slug, String name, long incidents, long fatalities) {
	}

	/**
	 * Incidents located exactly or near a place within one cell, at their mean position.
	 */
	public record Point(double latitude, double longitude, long incidents, long fatalities) {
	}

	/**
	 * A choropleth class: provinces with {@code low} to {@code high} incidents, in a
	 * shade from 1 (lightest) to 5.
	 */
	public record Bin(int shade, long low, long high) {
	}

}
