package org.militancymonitor.region;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.militancymonitor.common.PartialDateFormatter;
import org.militancymonitor.system.NotFoundException;
import org.militancymonitor.system.PageCached;
import org.militancymonitor.system.SelectOptions;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The regions index and the summary of each region (world region, country, province,
 * district), filtered from its URL, with its tables as CSV.
 */
@Controller
class RegionController {

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

	private final RegionDirectory regions;

	private final RegionSummaryQueries queries;

	private final MessageSource messages;

	private final PartialDateFormatter dates;

	private final JsonMapper json;

	private final RegionMapQueries maps;

	RegionController(RegionDirectory regions, RegionSummaryQueries queries, MessageSource messages,
			PartialDateFormatter dates, JsonMapper json, RegionMapQueries maps) {
		this.regions = regions;
		this.queries = queries;
		this.maps = maps;
		this.messages = messages;
		this.dates = dates;
		this.json = json;
	}

	/**
	 * Binds only the filter's own parameters: indexed or nested names are ignored rather
	 * than failing the request.
	 */
	@InitBinder("filter")
	void initFilterBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
		binder.setAllowedFields("end", "months", "group", "type", "precision");
	}

	@PageCached(lag = RegionMapQueries.MAX_LAG)
	@GetMapping("/regions")
	String showIndex(Model model) {
		SummaryPeriod period = this.queries.defaultPeriod();
		model.addAttribute("period", period);
		model.addAttribute("figures", this.queries.index(period));
		model.addAttribute("worldRegions", this.regions.worldRegions());
		model.addAttribute("directory", this.regions);
		return "regions/regionIndex";
	}

	@PageCached(lag = RegionMapQueries.MAX_LAG)
	@GetMapping("/regions/{slug}")
	String showSummary(@PathVariable String slug, @Valid @ModelAttribute("filter") SummaryFilter filter,
			BindingResult result, Model model, HttpServletResponse response) {
		RegionOption region = this.regions.find(slug).orElseThrow(() -> new NotFoundException("region", slug));
		model.addAttribute("region", region);
		model.addAttribute("monthChoices", SummaryFilter.MONTH_CHOICES);
		model.addAttribute("eventTypes", SummaryFilter.EVENT_TYPES);
		model.addAttribute("precisions", SummaryPrecision.values());
		Long groupId = resolveGroup(filter, result);
		model.addAttribute("formErrors", result.hasErrors());
		if (result.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("groupChoices", choices(this.queries.groupChoices(region.id())));
			return "regions/regionSummary";
		}
		RegionSummary summary = summarise(region, filter, groupId);
		model.addAttribute("summary", summary);
		model.addAttribute("groupChoices", choices(summary.activeGroups()));
		model.addAttribute("trendChart", trendChart(summary));
		model.addAttribute("groupChart", barChart(summary.groups(), false));
		model.addAttribute("typeChart", barChart(summary.types(), true));
		model.addAttribute("csvTables", SummaryCsv.TABLES);
		MapFilter map = filter.mapFilter(summary.period());
		model.addAttribute("regionMap", this.maps.map(region, map));
		model.addAttribute("mapUrl", map.pageUrl(region.slug()));
		return "regions/regionSummary";
	}

	/** A table of the summary as CSV; malformed filters answer 400, as the page does. */
	@GetMapping("/regions/{slug}/{table}.csv")
	ResponseEntity<byte[]> exportTable(@PathVariable String slug, @PathVariable String table,
			@Valid @ModelAttribute("filter") SummaryFilter filter, BindingResult result) {
		RegionOption region = this.regions.find(slug).orElseThrow(() -> new NotFoundException("region", slug));
		if (!SummaryCsv.TABLES.contains(table)) {
			throw new NotFoundException("table", table);
		}
		Long groupId = resolveGroup(filter, result);
		if (result.hasErrors()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Malformed filter");
		}
		RegionSummary summary = summarise(region, filter, groupId);
		String csv = new SummaryCsv(this.messages, this.dates, LocaleContextHolder.getLocale()).table(table, summary);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(slug + "-" + table + "-" + summary.period().end() + ".csv")
						.build()
						.toString())
			.body(csv.getBytes(StandardCharsets.UTF_8));
	}

	private RegionSummary summarise(RegionOption region, SummaryFilter filter, Long groupId) {
		SummaryPeriod period = this.queries.period(filter.getEnd(), filter.monthsOrDefault());
		return this.queries.summary(region, period, groupId, filter.getType(), filter.precisionOrDefault());
	}

	private static SelectOptions<RegionSummaryQueries.GroupChoice> choices(
			List<RegionSummaryQueries.GroupChoice> groups) {
		return SelectOptions.of(groups, RegionSummaryQueries.GroupChoice::slug, RegionSummaryQueries.GroupChoice::name);
	}

	/** The group the filter names, or a field error when there is none of that slug. */
	private Long resolveGroup(SummaryFilter filter, BindingResult result) {
		if (filter.getGroup() == null || result.hasFieldErrors("group")) {
			return null;
		}
		Long id = this.queries.groupId(filter.getGroup()).orElse(null);
		if (id == null) {
			result.rejectValue("group", "filter.unknownGroup");
		}
		return id;
	}

	/**
	 * The trend chart's data for its canvas's data attribute: per month the incidents
	 * dated to the day and known only to the month, the fatalities, and the timeline's
	 * events of the month.
	 */
	private String trendChart(RegionSummary summary) {
		List<String> labels = new ArrayList<>();
		List<Long> dayKnown = new ArrayList<>();
		List<Long> monthOnly = new ArrayList<>();
		List<Long> fatalities = new ArrayList<>();
		List<List<String>> events = new ArrayList<>();
		for (MonthFigures month : summary.months()) {
			labels.add(MONTH.format(month.month()));
			dayKnown.add(month.dayKnown());
			monthOnly.add(month.monthOnly());
			fatalities.add(month.figures().fatalities());
			List<String> ofMonth = new ArrayList<>();
			for (TimelineEvent event : summary.timeline()) {
				if (event.date().getDate().withDayOfMonth(1).equals(month.month())) {
					ofMonth.add(this.dates.format(event.date()) + ": " + text("summary.timeline." + event.kind())
							+ " – " + ((event.groupName() != null) ? event.groupName() + ", " : "") + event.actor());
				}
			}
			events.add(ofMonth);
		}
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("labels", labels);
		chart.put("dayKnown", dayKnown);
		chart.put("monthOnly", monthOnly);
		chart.put("fatalities", fatalities);
		chart.put("events", events);
		chart.put("names",
				Map.of("dayKnown", text("summary.chart.dayKnown"), "monthOnly", text("summary.chart.monthOnly"),
						"fatalities", text("summary.fatalities"), "events", text("summary.chart.events"), "incidents",
						text("summary.incidents")));
		return this.json.writeValueAsString(chart);
	}

	private String barChart(List<Breakdown> lines, boolean types) {
		List<String> labels = new ArrayList<>();
		List<Long> incidents = new ArrayList<>();
		for (Breakdown line : lines) {
			labels.add(types ? text(line.name()) : line.name());
			incidents.add(line.period().incidents());
		}
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("labels", labels);
		chart.put("incidents", incidents);
		chart.put("name", text("summary.incidents"));
		return this.json.writeValueAsString(chart);
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

}
