package org.militancymonitor.region;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * The time a summary covers. The change figures compare the last four complete weeks
 * (Monday to Sunday) up to the end date with the four weeks before them and with the same
 * four weeks a year earlier (52 weeks before, so that they are the same weekdays); the
 * trend covers {@code months} whole calendar months up to and including the end date's.
 *
 * @param today the day the summary is read, as the application's clock says
 * @param end the end date: the one asked for, else today, else (when nothing was recorded
 * in the four weeks to today) the date of the latest incident
 * @param endMovedToLatest whether the end is the latest incident's date because nothing
 * was recorded in the four weeks to today
 * @param months the trend's length in months
 */
public record SummaryPeriod(LocalDate today, LocalDate end, boolean endMovedToLatest, int months) {

	/** The length of each compared window, in days. */
	public static final int WINDOW_DAYS = 28;

	/** How far back the year-earlier window lies, in days: 52 weeks. */
	public static final int YEAR_DAYS = 364;

	/** The last day of the current window: the Sunday on or before the end date. */
	public LocalDate currentEnd() {
		return this.end.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
	}

	/** The first day of the current window, a Monday. */
	public LocalDate currentStart() {
		return currentEnd().minusDays(WINDOW_DAYS - 1);
	}

	public LocalDate previousStart() {
		return currentStart().minusDays(WINDOW_DAYS);
	}

	public LocalDate previousEnd() {
		return currentStart().minusDays(1);
	}

	public LocalDate yearEarlierStart() {
		return currentStart().minusDays(YEAR_DAYS);
	}

	public LocalDate yearEarlierEnd() {
		return currentEnd().minusDays(YEAR_DAYS);
	}

	/** The first month of the trend (its first day). */
	public LocalDate firstMonth() {
		return lastMonth().minusMonths(this.months - 1L);
	}

	/** The last month of the trend, the end date's (its first day). */
	public LocalDate lastMonth() {
		return this.end.withDayOfMonth(1);
	}

	/** The first day counted anywhere in the summary. */
	public LocalDate earliest() {
		LocalDate year = yearEarlierStart();
		return year.isBefore(firstMonth()) ? year : firstMonth();
	}

}
