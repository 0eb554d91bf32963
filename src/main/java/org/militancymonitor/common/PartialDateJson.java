package org.militancymonitor.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A {@link PartialDate} as the API writes and reads it: the date to its precision and the
 * precision, e.g. {@code {"date":"2023-05","precision":"MONTH"}}; {@code "2023-05-14"}
 * for a day, {@code "2023"} for a year, and no date for an unknown one. Every date of the
 * API that may be partial is one of these.
 */
@Schema(name = "PartialDate",
		description = "A date as precise as its source: `date` is `YYYY-MM-DD` (DAY), `YYYY-MM` (MONTH) or `YYYY` (YEAR), "
				+ "and null when the precision is UNKNOWN.")
public record PartialDateJson(
		@Schema(description = "The date to its precision: YYYY-MM-DD, YYYY-MM or YYYY; null when unknown", examples = {
				"2023-05-14", "2023-05", "2023" }) String date,
		@Schema(description = "How much of the date is known") DatePrecision precision){

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM");

	public static PartialDateJson of(PartialDate date) {
		if (date == null || !date.isKnown()) {
			return new PartialDateJson(null, DatePrecision.UNKNOWN);
		}
		LocalDate day = date.getDate();
		String text = switch (date.getPrecision()) {
			case DAY -> day.toString();
			case MONTH -> MONTH.format(day);
			case YEAR -> String.valueOf(day.getYear());
			case UNKNOWN -> null;
		};
		return new PartialDateJson(text, date.getPrecision());
	}

	/**
	 * The first day the date stands for: the day, the month's first or the year's first;
	 * null without a date. A full ISO date is read whatever the precision.
	 * @throws IllegalArgumentException when the date does not read as its precision says
	 */
	public LocalDate firstDay() {
		if (this.date == null || this.date.isBlank()) {
			return null;
		}
		String text = this.date.strip();
		DatePrecision precision = (this.precision != null) ? this.precision : DatePrecision.DAY;
		try {
			if (text.length() == 10 || precision == DatePrecision.DAY || precision == DatePrecision.UNKNOWN) {
				return LocalDate.parse(text);
			}
			if (precision == DatePrecision.MONTH) {
				return YearMonth.parse(text, MONTH).atDay(1);
			}
			if (!text.matches("\\d{4}")) {
				throw new IllegalArgumentException("not a year: " + text);
			}
			return LocalDate.of(Integer.parseInt(text), 1, 1);
		}
		catch (DateTimeException ex) {
			throw new IllegalArgumentException("not a date of precision " + precision + ": " + text, ex);
		}
	}

}
