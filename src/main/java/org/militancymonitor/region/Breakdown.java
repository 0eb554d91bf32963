package org.militancymonitor.region;

import java.time.LocalDate;

/**
 * One line of a summary's table by group, by event type or by sub-region: its figures
 * over the trend's months and its four-week comparison.
 *
 * @param key the group's or region's slug, or the event type
 * @param name what the line is called (the event type's message key for types)
 * @param period the figures over the trend's months
 * @param weeks the last four weeks against the four before and a year earlier
 * @param firstDay for a group, the earliest day its first incident in the region can have
 * been on, as the summary table knows it: the Monday of its week (or the first of its
 * month, if later) for one dated to the day, the first of the month or year for one known
 * only to its month or year; null otherwise
 * @param newlyActive for a group, whether its first incident in the region falls in the
 * last four weeks
 */
public record Breakdown(String key, String name, Figures period, Comparison weeks, LocalDate firstDay,
		boolean newlyActive) {

}
