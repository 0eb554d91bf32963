package org.militancymonitor.incident;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.militancymonitor.audit.History;
import org.militancymonitor.audit.HistoryPart;
import org.militancymonitor.review.ReviewQueue;
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

	private final IncidentRepository incidents;

	private final IncidentQueries queries;

	private final IncidentFilters filters;

	private final ReviewQueue review;

	IncidentController(IncidentRepository incidents, IncidentQueries queries, IncidentFilters filters,
			ReviewQueue review, History history) {
		this.review = review;
		this.history = history;
		this.queries = queries;
		this.incidents = incidents;
		this.filters = filters;
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
		this.filters.addChoices(model, request);
		ResolvedFilter resolved = this.filters.resolve(filter, result, request);
		model.addAttribute("formErrors", result.hasErrors());
		if (resolved == null) {
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

}
