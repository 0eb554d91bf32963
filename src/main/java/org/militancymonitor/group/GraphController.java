package org.militancymonitor.group;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.militancymonitor.statement.StatementQueries;
import org.militancymonitor.system.PageCached;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The relationship graph: an interactive network drawn from {@code /api/graph}, with the
 * same edges listed in a table for readers without JavaScript.
 */
@Controller
class GraphController {

	private final GroupRepository groups;

	private final StatementQueries statements;

	GraphController(GroupRepository groups, StatementQueries statements) {
		this.groups = groups;
		this.statements = statements;
	}

	@InitBinder("filter")
	void initFilterBinder(WebDataBinder binder) {
		binder.setAllowedFields("types", "asOf");
	}

	@PageCached
	@GetMapping("/graph")
	@Transactional(readOnly = true)
	String showGraph(@ModelAttribute("filter") GraphFilter filter, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		model.addAttribute("allTypes", GraphFilter.allTypes());
		if (!filter.unknownTypes().isEmpty()) {
			result.rejectValue("types", "graph.unknownType");
		}
		if (result.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return "groups/graph";
		}
		model.addAttribute("graph", build(this.groups, this.statements, filter));
		model.addAttribute("dataUrl",
				"/api/graph" + ((request.getQueryString() != null) ? "?" + request.getQueryString() : ""));
		return "groups/graph";
	}

	static RelationshipGraph build(GroupRepository groups, StatementQueries statements, GraphFilter filter) {
		return RelationshipGraph.of(groups.findAllRelationships(), groups.findAllDesignations(),
				statements.opposingGroups(), filter.selectedTypes(), filter.getAsOf());
	}

}
