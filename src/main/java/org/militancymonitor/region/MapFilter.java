package org.militancymonitor.region;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;

import org.militancymonitor.common.WithinCalendar;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The period and group a region's map counts, bound from the query string: a value that
 * does not parse or is out of range is a field error, answered with 400. A map of
 * four-week windows counts the incidents dated to the day only ({@link #isDayDatedOnly}),
 * as the summaries' four-week figures do; that is the caller's choice, never the query
 * string's.
 */
public class MapFilter {

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@WithinCalendar
	private LocalDate from;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@WithinCalendar
	private LocalDate to;

	@Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$", message = "{filter.slug}")
	private String group;

	private boolean dayDatedOnly;

	public MapFilter() {
	}

	public MapFilter(LocalDate from, LocalDate to, String group) {
		this(from, to, group, false);
	}

	/**
	 * @param dayDatedOnly whether to count only the incidents dated to the day, leaving
	 * out those known only to their month or year (whose date is the first day of it)
	 */
	public MapFilter(LocalDate from, LocalDate to, String group, boolean dayDatedOnly) {
		this.from = from;
		this.to = to;
		this.group = group;
		this.dayDatedOnly = dayDatedOnly;
	}

	@AssertTrue(message = "{filter.dateRange}")
	public boolean isDateRangeOrdered() {
		return this.from == null || this.to == null || !this.from.isAfter(this.to);
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

	public String getGroup() {
		return this.group;
	}

	public void setGroup(String group) {
		this.group = (group == null || group.isEmpty()) ? null : group;
	}

	/** Whether only incidents dated to the day count; no setter, so never bound. */
	public boolean isDayDatedOnly() {
		return this.dayDatedOnly;
	}

}
