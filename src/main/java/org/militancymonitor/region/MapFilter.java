package org.militancymonitor.region;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;

import org.militancymonitor.common.WithinCalendar;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The period, group, event type and date precision a region's map counts, bound from the
 * query string: a value that does not parse or is out of range is a field error, answered
 * with 400. The type and the precision mean what they mean on a summary
 * ({@link SummaryFilter}), so that a summary's map counts the incidents its tables count;
 * without a precision every incident of the period counts, whatever its precision. A map
 * of four-week windows counts the incidents dated to the day only
 * ({@link #isDayDatedOnly}), as the summaries' four-week figures do; that is the caller's
 * choice, never the query string's.
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

	@Pattern(regexp = SummaryFilter.EVENT_TYPE, message = "{filter.slug}")
	private String type;

	private SummaryPrecision precision;

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

	/**
	 * @param type an event type, or null for all
	 * @param precision the precisions counted, as a summary counts them by month, or null
	 * for all
	 */
	public MapFilter(LocalDate from, LocalDate to, String group, String type, SummaryPrecision precision) {
		this(from, to, group, false);
		setType(type);
		this.precision = precision;
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

	public String getType() {
		return this.type;
	}

	/** Leniently, as the summary binds its type: {@code type=battles} too. */
	public void setType(String type) {
		this.type = (type == null || type.isBlank()) ? null : type.strip().toUpperCase(Locale.ROOT);
	}

	public SummaryPrecision getPrecision() {
		return this.precision;
	}

	public void setPrecision(SummaryPrecision precision) {
		this.precision = precision;
	}

	/** Whether only incidents dated to the day count; no setter, so never bound. */
	public boolean isDayDatedOnly() {
		return this.dayDatedOnly;
	}

	/** The incidents' date precisions counted, or null for every one. */
	List<String> datePrecisions() {
		if (this.dayDatedOnly) {
			return SummaryPrecision.DAY.datePrecisions();
		}
		return (this.precision != null) ? this.precision.datePrecisions() : null;
	}

	/** The map's page of a region with this filter (that of the query string alone). */
	public String pageUrl(String slug) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/regions/" + slug + "/map");
		queryParam(uri, "from", this.from);
		queryParam(uri, "to", this.to);
		queryParam(uri, "group", this.group);
		queryParam(uri, "type", this.type);
		queryParam(uri, "precision", (this.precision != null) ? this.precision.name().toLowerCase(Locale.ROOT) : null);
		return uri.build().toUriString();
	}

	private static void queryParam(UriComponentsBuilder uri, String name, Object value) {
		if (value != null) {
			uri.queryParam(name, value);
		}
	}

}
