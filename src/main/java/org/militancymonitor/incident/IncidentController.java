package org.militancymonitor.incident;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.militancymonitor.audit.History;
import org.militancymonitor.audit.HistoryPart;
import org.militancymonitor.region.RegionDirectory;
import org.militancymonitor.region.RegionLevel;
import org.militancymonitor.region.RegionOption;
import org.militancymonitor.review.ReviewQueue;
import org.militancymonitor.review.ReviewStatus;
import org.militancymonitor.system.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The incident list, filtered, sorted and paged from its URL, and the incident page.
 */
@Controller
class IncidentController {

	private final History history;

	/** What readers without editing rights may list: drafts are not theirs to see. */
	private static final ReviewStatus[] PUBLIC_STATUSES = { ReviewStatus.PUBLISHED, ReviewStatus.RETRACTED };

	private final IncidentRepository incidents;

	private final IncidentQueries queries;

	private final RegionDirectory regions;

	private final IncidentNames groups;

	private final ReviewQueue review;

	IncidentController(IncidentRepository incidents, IncidentQueries queries, RegionDirectory regions,
			IncidentNames groups, ReviewQueue review, History history) {
		this.review = review;
		this.history = history;
		this.queries = queries;
		this.incidents = incidents;
		this.regions = regions;
		this.groups = groups;
	}

	/**
	 * Binds only the filter's own parameters: indexed or nested names ({@code type[0]},
	 * {@code sort.name}) are ignored rather than failing the request.
	 */
	@InitBinder("filter")
	void initFilterBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
		binder.setAllowedFields("from", "to", "country", "province", "group", "type", "minFatalities", "maxFatalities",
				"status", "sort", "dir", "page", "size");
	}

	@GetMapping("/incidents")
	String showIncidentList(@Valid @ModelAttribute("filter") IncidentFilter filter, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		model.addAttribute("countries", this.regions.countries());
		model.addAttribute("provinces", this.regions.provinces());
		model.addAttribute("groups", this.groups.groupChoices());
		model.addAttribute("eventTypes", EventType.values());
		boolean readsDrafts = request.isUserInRole("EDITOR") || request.isUserInRole("MANAGER");
		model.addAttribute("statuses", readsDrafts ? ReviewStatus.values() : PUBLIC_STATUSES);
		if (!readsDrafts && !filter.getStatus().isPublic() && !result.hasFieldErrors("status")) {
			result.rejectValue("status", "typeMismatch.status");
		}
		ResolvedFilter resolved = resolve(filter, result);
		model.addAttribute("formErrors", result.hasErrors());
		if (result.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return "incidents/incidentList";
		}
		model.addAttribute("listing", this.queries.list(resolved));
		return "incidents/incidentList";
	}

	/**
	 * An incident; a draft or submitted one only for those who may read drafts (to
	 * everyone else it does not exist), with its review steps and pending revisions for
	 * editors.
	 */
	@GetMapping("/incidents/{id}")
	String showIncident(@PathVariable long id, Model model, HttpServletRequest request) {
		boolean editing = request.isUserInRole("EDITOR");
		IncidentDetails details = this.incidents.findDetails(id)
			.filter((d) -> d.incident().getStatus().isPublic() || editing || request.isUserInRole("MANAGER"))
			.orElseThrow(() -> new NotFoundException("incident", id));
		model.addAttribute("details", details);
		if (editing) {
			model.addAttribute("editing", true);
			model.addAttribute("pendingRevisions", this.review.pendingFor(IncidentEditor.KIND, id));
		}
		return "incidents/incidentDetails";
	}

	@GetMapping("/incidents/{id}/history")
	String showHistory(@PathVariable long id, Model model, HttpServletRequest request) {
		this.incidents.findById(id)
			.filter((i) -> i.getStatus().isPublic() || request.isUserInRole("EDITOR")
					|| request.isUserInRole("MANAGER"))
			.orElseThrow(() -> new NotFoundException("incident", id));
		model.addAttribute("id", id);
		model.addAttribute("entries",
				this.history.of(Incident.class, id, HistoryPart.referringBy(IncidentActor.class, "incident")));
		return "incidents/incidentHistory";
	}

	/**
	 * Resolves the slugs of a filter; one that names no region or group of the right kind
	 * is a field error.
	 */
	private ResolvedFilter resolve(IncidentFilter filter, BindingResult result) {
		Long country = regionId(filter.getCountry(), RegionLevel.COUNTRY, "country", result);
		Long province = regionId(filter.getProvince(), RegionLevel.ADMIN1, "province", result);
		if (country != null && province != null
				&& this.regions.find(filter.getProvince())
					.map((p) -> filter.getCountry().equals(p.parentSlug()))
					.orElse(false)) {
			country = null; // the province lies in the country: filtering by it alone
							// says both
		}
		Long group = null;
		if (filter.getGroup() != null && !result.hasFieldErrors("group")) {
			group = this.groups.group(filter.getGroup()).map(GroupChoice::id).orElse(null);
			if (group == null) {
				result.rejectValue("group", "filter.unknownGroup");
			}
		}
		return new ResolvedFilter(filter, country, province, group);
	}

	private Long regionId(String slug, RegionLevel level, String field, BindingResult result) {
		if (slug == null || result.hasFieldErrors(field)) {
			return null;
		}
		RegionOption region = this.regions.find(slug).filter((r) -> r.level() == level).orElse(null);
		if (region == null) {
			result.rejectValue(field, "filter.unknownRegion");
			return null;
		}
		return region.id();
	}

}
