package org.militancymonitor.region;

import java.time.LocalDate;

/**
 * One month of a summary's trend.
 *
 * @param month its first day
 * @param figures the incidents counted in it
 * @param monthOnly how many of them are known only to the month, not the day
 */
public record MonthFigures(LocalDate month, Figures figures, long monthOnly) {

	/** How many are dated to the day. */
	public long dayKnown() {
		return this.figures.incidents() - this.monthOnly;
	}

}
