package org.militancymonitor.group;

import java.util.List;

import org.militancymonitor.statement.StatementQueries;

import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

/**
 * The relationship graph as JSON: nodes, and edges with the claims behind them.
 */
@RestController
class GraphApiController {

	private final GroupRepository groups;

	private final StatementQueries statements;

	GraphApiController(GroupRepository groups, StatementQueries statements) {
		this.groups = groups;
		this.statements = statements;
	}

	@InitBinder("filter")
	void initFilterBinder(WebDataBinder binder) {
		binder.setAllowedFields("types", "asOf");
	}

	@GetMapping("/api/graph")
	@Transactional(readOnly = true)
	ResponseEntity<?> graph(@ModelAttribute("filter") GraphFilter filter, BindingResult result) {
		if (result.hasErrors() || !filter.unknownTypes().isEmpty()) {
			List<String> problems = new java.util.ArrayList<>();
			result.getFieldErrors().forEach((e) -> problems.add(e.getField() + ": '" + e.getRejectedValue() + "'"));
			filter.unknownTypes().forEach((t) -> problems.add("types: '" + t + "'"));
			return ResponseEntity.badRequest()
				.body(new ApiError(400,
						"Invalid filter. Use types from " + GraphFilter.allTypes() + " and asOf as YYYY-MM-DD.",
						problems));
		}
		return ResponseEntity.ok(GraphController.build(this.groups, this.statements, filter));
	}

	record ApiError(int status, String message, List<String> invalid) {
	}

}
