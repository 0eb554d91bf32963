package org.militancymonitor.incident;

import io.swagger.v3.oas.annotations.Parameter;
import org.militancymonitor.review.ReviewStatus;
import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import org.militancymonitor.common.WithinCalendar;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The incident list's filters, sort and page, bound from the query string so that a
 * filtered view can be bookmarked and shared. A value that does not parse or is out of
 * range is a field error, answered with 400 and the form marking it.
 */
public class IncidentFilter {

	/** How far into a result list pages reach; beyond it, narrow the filters. */
	public static final int MAX_WINDOW = 10_000;

	/** Up to how many matches the list counts exactly; beyond it, "more than". */
	public static final int EXACT_COUNT = 1_000;

	static final String SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";

	@Parameter(description = "The first day, as YYYY-MM-DD")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@WithinCalendar
	private LocalDate from;

	@Parameter(description = "The last day, as YYYY-MM-DD")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@WithinCalendar
	private LocalDate to;

	@Parameter(description = "A country's slug, e.g. pakistan")
	@Pattern(regexp = SLUG, message = "{filter.slug}")
	private String country;

	@Parameter(description = "A province's slug, e.g. pk-khyber-pakhtunkhwa")
	@Pattern(regexp = SLUG, message = "{filter.slug}")
	private String province;

	@Parameter(description = "A group's slug, e.g. ttp: incidents it took part in other than as a target")
	@Pattern(regexp = SLUG, message = "{filter.slug}")
	private String group;

	@Parameter(description = "An event type, e.g. BATTLES")
	private EventType type;

	@Parameter(description = "At least this many dead (best figure)")
	@Min(value = 0, message = "{filter.fatalities}")
	@Max(value = 100_000, message = "{filter.fatalities}")
	private Integer minFatalities;

	@Parameter(description = "At most this many dead (best figure)")
	@Min(value = 0, message = "{filter.fatalities}")
	@Max(value = 100_000, message = "{filter.fatalities}")
	private Integer maxFatalities;

	@Parameter(description = "PUBLISHED (default) or RETRACTED; DRAFT and SUBMITTED for editors and managers")
	private ReviewStatus status = ReviewStatus.PUBLISHED;

	@Parameter(description = "DATE (default) or FATALITIES")
	private IncidentSort sort = IncidentSort.DATE;

	@Parameter(description = "DESC (default) or ASC")
	private SortDirection dir = SortDirection.DESC;

	@Parameter(description = "The page, from 0; pages reach the first 10,000 matches")
	@Min(value = 0, message = "{filter.page}")
	private int page;

	@Parameter(description = "Incidents a page, 1 to 100 (default 25)")
	@Min(value = 1, message = "{filter.size}")
	@Max(value = 100, message = "{filter.size}")
	private int size = 25;

	@AssertTrue(message = "{filter.dateRange}")
	public boolean isDateRangeOrdered() {
		return this.from == null || this.to == null || !this.from.isAfter(this.to);
	}

	@AssertTrue(message = "{filter.fatalityRange}")
	public boolean isFatalityRangeOrdered() {
		return this.minFatalities == null || this.maxFatalities == null || this.minFatalities <= this.maxFatalities;
	}

	@AssertTrue(message = "{filter.window}")
	public boolean isWithinWindow() {
		return (long) this.page * this.size < MAX_WINDOW;
	}

	public long offset() {
		return (long) this.page * this.size;
	}

	/**
	 * This filter's URL with a different page (and everything else kept), for pagination
	 * links.
	 */
	public String urlForPage(int page) {
		return uri().replaceQueryParam("page", page).build().toUriString();
	}

	public String urlForDateSort() {
		return urlForSort(IncidentSort.DATE);
	}

	public String urlForFatalitiesSort() {
		return urlForSort(IncidentSort.FATALITIES);
	}

	/**
	 * This filter's URL sorted by {@code sort}: the same column again flips the
	 * direction, a new one starts descending. Back to the first page.
	 */
	public String urlForSort(IncidentSort sort) {
		SortDirection direction = (sort == this.sort && this.dir == SortDirection.DESC) ? SortDirection.ASC
				: SortDirection.DESC;
		return uri().replaceQueryParam("sort", sort.name().toLowerCase())
			.replaceQueryParam("dir", direction.name().toLowerCase())
			.replaceQueryParam("page")
			.build()
			.toUriString();
	}

	/**
	 * Where the matches of this filter download as a file ({@code /incidents.csv},
	 * {@code /incidents/acled.csv}, {@code /incidents.geojson}): the filters and the
	 * sort, not the page, since a file holds every match.
	 */
	public String exportUrl(String path) {
		return uri(path, false).build().toUriString();
	}

	/** {@link #exportUrl} of a CSV with a byte-order mark, which Excel needs. */
	public String exportUrlForExcel(String path) {
		return uri(path, false).queryParam("bom", true).build().toUriString();
	}

	private UriComponentsBuilder uri() {
		return uri("/incidents", true);
	}

	private UriComponentsBuilder uri(String path, boolean paged) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
		queryParam(uri, "from", this.from);
		queryParam(uri, "to", this.to);
		queryParam(uri, "country", this.country);
		queryParam(uri, "province", this.province);
		queryParam(uri, "group", this.group);
		queryParam(uri, "type", this.type);
		queryParam(uri, "minFatalities", this.minFatalities);
		queryParam(uri, "maxFatalities", this.maxFatalities);
		if (this.status != ReviewStatus.PUBLISHED) {
			queryParam(uri, "status", this.status);
		}
		if (this.sort != IncidentSort.DATE || this.dir != SortDirection.DESC) {
			uri.queryParam("sort", this.sort.name().toLowerCase()).queryParam("dir", this.dir.name().toLowerCase());
		}
		if (paged && this.size != 25) {
			uri.queryParam("size", this.size);
		}
		if (paged && this.page > 0) {
			uri.queryParam("page", this.page);
		}
		return uri;
	}

	private static void queryParam(UriComponentsBuilder uri, String name, Object value) {
		if (value != null && !value.toString().isEmpty()) {
			uri.queryParam(name, value);
		}
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

	public String getCountry() {
		return this.country;
	}

	public void setCountry(String country) {
		this.country = blankToNull(country);
	}

	public String getProvince() {
		return this.province;
	}

	public void setProvince(String province) {
		this.province = blankToNull(province);
	}

	public String getGroup() {
		return this.group;
	}

	public void setGroup(String group) {
		this.group = blankToNull(group);
	}

	public EventType getType() {
		return this.type;
	}

	public void setType(EventType type) {
		this.type = type;
	}

	public Integer getMinFatalities() {
		return this.minFatalities;
	}

	public void setMinFatalities(Integer minFatalities) {
		this.minFatalities = minFatalities;
	}

	public Integer getMaxFatalities() {
		return this.maxFatalities;
	}

	public void setMaxFatalities(Integer maxFatalities) {
		this.maxFatalities = maxFatalities;
	}

	public ReviewStatus getStatus() {
		return this.status;
	}

	public void setStatus(ReviewStatus status) {
		this.status = (status != null) ? status : ReviewStatus.PUBLISHED;
	}

	public IncidentSort getSort() {
		return this.sort;
	}

	public void setSort(IncidentSort sort) {
		this.sort = (sort != null) ? sort : IncidentSort.DATE;
	}

	public SortDirection getDir() {
		return this.dir;
	}

	public void setDir(SortDirection dir) {
		this.dir = (dir != null) ? dir : SortDirection.DESC;
	}

	public int getPage() {
		return this.page;
	}

	public void setPage(int page) {
		this.page = page;
	}

	public int getSize() {
		return this.size;
	}

	public void setSize(int size) {
		this.size = size;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
