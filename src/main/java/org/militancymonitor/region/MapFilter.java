package org.militancymonitor.region;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;

import org.militancymonitor.common.WithinCalendar;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The period and group a region's map counts, bound from the query string: a value that
 * does not parse or is out of range is a field error, answered with 400.
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

	public MapFilter() {
	}

	public MapFilter(LocalDate from, LocalDate to, String group) {
		this.from = from;
		this.to = to;
		this.group = group;
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

}
