package org.militancymonitor.statement;

import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;

import org.militancymonitor.common.WithinCalendar;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The statement matrix's filters, bound from the query string so that a filtered view can
 * be bookmarked and shared: a period on the date a statement was made, and the kind of
 * venue. A value that does not parse is a field error, answered with 400 and the form
 * marking it.
 */
public class StatementFilter {

	@Parameter(description = "Made on or after this day, as YYYY-MM-DD")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@WithinCalendar
	private LocalDate from;

	@Parameter(description = "Made on or before this day, as YYYY-MM-DD")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@WithinCalendar
	private LocalDate to;

	@Parameter(description = "The kind of venue, e.g. SECURITY_COUNCIL_MEETING")
	private VenueKind venue;

	@AssertTrue(message = "{filter.dateRange}")
	public boolean isDateRangeOrdered() {
		return this.from == null || this.to == null || !this.from.isAfter(this.to);
	}

	/**
	 * Whether a period is given; statements of unknown date are then left out, as nobody
	 * can say they fall within it.
	 */
	public boolean isPeriodGiven() {
		return this.from != null || this.to != null;
	}

	public LocalDate getFrom() {
		return this.from;
	}

	public void setFrom(LocalDate from) {
		this.from = from;
	}

	public LocalDate getTo() {
		return this.to;
	}

	public void setTo(LocalDate to) {
		this.to = to;
	}

	public VenueKind getVenue() {
		return this.venue;
	}

	public void setVenue(VenueKind venue) {
		this.venue = venue;
	}

}
