package org.militancymonitor.region;

import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import org.militancymonitor.common.WithinCalendar;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A regional summary's filters, bound from the query string so that a summary can be
 * bookmarked and shared: the end of the period and how many months the trend covers, a
 * group, an event type and the date precision counted by month. A value that does not
 * parse or is out of range is a field error, answered with 400 and the form marking it.
 */
public class SummaryFilter {

	/** The months a trend may cover: up to twenty years. */
	public static final int MAX_MONTHS = 240;

	/** The spans the form offers; any other from 1 to {@link #MAX_MONTHS} binds too. */
	public static final List<Integer> MONTH_CHOICES = List.of(3, 6, 12, 24, 60, 120);

	public static final int DEFAULT_MONTHS = 12;

	/**
	 * The incident table's event types (its check constraint): the region feature reads
	 * incidents through SQL and knows the incident feature's classes not.
	 */
	public static final List<String> EVENT_TYPES = List.of("BATTLES", "EXPLOSIONS_REMOTE_VIOLENCE",
			"VIOLENCE_AGAINST_CIVILIANS", "PROTESTS", "RIOTS", "STRATEGIC_DEVELOPMENTS");

	static final String SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";

	/** One of {@link #EVENT_TYPES}. */
	static final String EVENT_TYPE = "^(BATTLES|EXPLOSIONS_REMOTE_VIOLENCE|VIOLENCE_AGAINST_CIVILIANS|PROTESTS|RIOTS|STRATEGIC_DEVELOPMENTS)$";

	@Parameter(description = "The end date, as YYYY-MM-DD (default: today, or the latest incident)")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@WithinCalendar
	private LocalDate end;

	@Parameter(description = "Months of trend, 1 to 240 (default 12)")
	@Min(value = 1, message = "{summary.filter.months.invalid}")
	@Max(value = MAX_MONTHS, message = "{summary.filter.months.invalid}")
	private Integer months;

	@Parameter(description = "Only this group's incidents, by slug")
	@Pattern(regexp = SLUG, message = "{filter.slug}")
	private String group;

	@Parameter(description = "Only incidents of this event type, e.g. BATTLES")
	@Pattern(regexp = EVENT_TYPE, message = "{filter.slug}")
	private String type;

	@Parameter(
			description = "DAY: count by month only incidents dated to the day; MONTH (default): also those known to their month")
	private SummaryPrecision precision;

	public int monthsOrDefault() {
		return (this.months != null) ? this.months : DEFAULT_MONTHS;
	}

	public SummaryPrecision precisionOrDefault() {
		return (this.precision != null) ? this.precision : SummaryPrecision.MONTH;
	}

	/** The summary of another region with these filters. */
	public String urlFor(String slug) {
		return uri("/regions/" + slug).build().toUriString();
	}

	/**
	 * The map of a summary of the period with these filters: over the trend's whole
	 * months, counting the incidents of the group, the type and the precision the
	 * summary's tables count by month.
	 */
	public MapFilter mapFilter(SummaryPeriod period) {
		return new MapFilter(period.firstMonth(), period.lastMonth().plusMonths(1).minusDays(1), this.group, this.type,
				precisionOrDefault());
	}

	/** A table of the summary as CSV, with these filters. */
	public String csvUrl(String slug, String table) {
		return uri("/regions/" + slug + "/" + table + ".csv").build().toUriString();
	}

	private UriComponentsBuilder uri(String path) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
		queryParam(uri, "end", this.end);
		queryParam(uri, "months", this.months);
		queryParam(uri, "group", this.group);
		queryParam(uri, "type", this.type);
		if (this.precision != null) {
			uri.queryParam("precision", this.precision.name().toLowerCase());
		}
		return uri;
	}

	private static void queryParam(UriComponentsBuilder uri, String name, Object value) {
		if (value != null && !value.toString().isEmpty()) {
			uri.queryParam(name, value);
		}
	}

	public LocalDate getEnd() {
		return this.end;
	}

	public void setEnd(LocalDate end) {
		this.end = end;
	}

	public Integer getMonths() {
		return this.months;
	}

	public void setMonths(Integer months) {
		this.months = months;
	}

	public String getGroup() {
		return this.group;
	}

	public void setGroup(String group) {
		this.group = blankToNull(group);
	}

	public String getType() {
		return this.type;
	}

	/** Leniently, as the incident list binds its type: {@code type=battles} too. */
	public void setType(String type) {
		String value = blankToNull(type);
		this.type = (value != null) ? value.toUpperCase(Locale.ROOT) : null;
	}

	public SummaryPrecision getPrecision() {
		return this.precision;
	}

	public void setPrecision(SummaryPrecision precision) {
		this.precision = precision;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
