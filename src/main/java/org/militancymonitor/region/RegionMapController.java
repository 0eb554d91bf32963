package org.militancymonitor.region;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.militancymonitor.system.NotFoundException;
import org.militancymonitor.system.PageCached;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A region's map on a page of its own, with its period, group, event type and precision
 * in the URL: the {@code region/map} fragment, which a summary page includes with the
 * same {@link RegionMap}.
 */
@Controller
class RegionMapController {

	private final RegionMapQueries queries;

	RegionMapController(RegionMapQueries queries) {
		this.queries = queries;
	}

	@InitBinder("filter")
	void initFilterBinder(WebDataBinder binder) {
		binder.setAllowedFields("from", "to", "group", "type", "precision");
	}

	@PageCached(lag = RegionMapQueries.MAX_LAG)
	@GetMapping("/regions/{slug}/map")
	String showMap(@PathVariable String slug, @Valid @ModelAttribute("filter") MapFilter filter, BindingResult result,
			Model model, HttpServletResponse response) {
		RegionOption region = this.queries.region(slug).orElseThrow(() -> new NotFoundException("region", slug));
		model.addAttribute("region", region);
		model.addAttribute("groups", this.queries.groupOptions());
		model.addAttribute("eventTypes", SummaryFilter.EVENT_TYPES);
		model.addAttribute("precisions", SummaryPrecision.values());
		this.queries.checkGroup(filter, result);
		model.addAttribute("formErrors", result.hasErrors());
		if (result.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return "region/mapPage";
		}
		model.addAttribute("regionMap", this.queries.map(region, filter));
		return "region/mapPage";
	}

}
