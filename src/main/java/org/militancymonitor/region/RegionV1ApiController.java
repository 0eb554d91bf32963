package org.militancymonitor.region;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.militancymonitor.system.ApiExceptionHandler;
import org.militancymonitor.system.EntityTags;
import org.militancymonitor.system.NotFoundException;
import org.militancymonitor.system.Problems;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The regional summaries through the API: the index of regions with their figures, and a
 * region's summary for a period, group, event type and date precision, read by
 * {@link RegionSummaryQueries} as the summary page reads it.
 */
@RestController
@Tag(name = "Regions", description = "Regional summaries of published incidents and fatalities")
class RegionV1ApiController {

	static final String REGIONS = "/api/v1/regions";

	private final RegionDirectory regions;

	private final RegionSummaryQueries queries;

	private final EntityTags tags;

	private final ApiExceptionHandler problems;

	RegionV1ApiController(RegionDirectory regions, RegionSummaryQueries queries, EntityTags tags,
			ApiExceptionHandler problems) {
		this.regions = regions;
		this.queries = queries;
		this.tags = tags;
		this.problems = problems;
	}

	@InitBinder("filter")
	void initFilterBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
		binder.setAllowedFields("end", "months", "group", "type", "precision");
	}

	@Operation(summary = "List regions",
			description = "Every world region, country and province, world regions first, each with its figures over "
					+ "the default period (the last twelve months to today, or to the latest incident when nothing "
					+ "was recorded in the last four weeks) as the regions index shows them.")
	@GetMapping(path = REGIONS, produces = MediaType.APPLICATION_JSON_VALUE)
	RegionSummaryV1.Index list() {
		SummaryPeriod period = this.queries.defaultPeriod();
		Map<Long, Breakdown> figures = this.queries.index(period);
		List<RegionSummaryV1.Indexed> indexed = new ArrayList<>();
		for (RegionOption world : this.regions.worldRegions()) {
			add(world, figures, indexed);
		}
		return new RegionSummaryV1.Index(RegionSummaryV1.period(period), indexed);
	}

	private void add(RegionOption region, Map<Long, Breakdown> figures, List<RegionSummaryV1.Indexed> indexed) {
		indexed.add(new RegionSummaryV1.Indexed(RegionSummaryV1.RegionV1.of(region), figures.get(region.id())));
		if (region.level() != RegionLevel.ADMIN1) {
			this.regions.children(region.slug()).forEach((child) -> add(child, figures, indexed));
		}
	}

	@Operation(summary = "A region's summary",
			description = "The summary of a region at any level (south-asia, pakistan, pk-khyber-pakhtunkhwa, a "
					+ "district) as its page shows it: `end` (ISO date; default today, or the latest incident), "
					+ "`months` of trend (1 to 240; default 12), a `group` slug, an event `type` and the `precision` "
					+ "counted by month (DAY, or MONTH: also those known only to their month). A malformed value or "
					+ "an unknown group answers 400 naming the parameter. Sends an ETag and answers a matching "
					+ "If-None-Match with 304.")
	@GetMapping(path = REGIONS + "/{slug}", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<RegionSummaryV1> summary(@PathVariable String slug,
			@ParameterObject @Valid @ModelAttribute("filter") SummaryFilter filter, BindingResult result,
			HttpServletRequest request) {
		RegionOption region = this.regions.find(slug).orElseThrow(() -> new NotFoundException("region", slug));
		Long groupId = null;
		if (filter.getGroup() != null && !result.hasFieldErrors("group")) {
			groupId = this.queries.groupId(filter.getGroup()).orElse(null);
			if (groupId == null) {
				result.rejectValue("group", "filter.unknownGroup");
			}
		}
		if (result.hasErrors()) {
			throw Problems.raise(this.problems.invalidParameters(result, (field) -> field, request));
		}
		SummaryPeriod period = this.queries.period(filter.getEnd(), filter.monthsOrDefault());
		RegionSummary summary = this.queries.summary(region, period, groupId, filter.getType(),
				filter.precisionOrDefault());
		return this.tags
			.ok(RegionSummaryV1.of(summary, filter.getGroup(), filter.getType(), filter.precisionOrDefault()));
	}

}
