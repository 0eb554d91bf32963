package org.militancymonitor.region;

/**
 * Incidents of a region known only to their year (year set), or of unknown date (year
 * null): counted apart from the months.
 */
public record YearFigures(Integer year, Figures figures) {

}
