package org.militancymonitor.group;

import org.militancymonitor.statement.StatementQueries;
import org.militancymonitor.system.PageCached;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Every subject on which claims disagree, both sides shown with their evidence:
 * relationships asserted and denied, figures estimated differently, and reports or
 * statements that others reject.
 */
@Controller
class ContestedController {

	private final GroupRepository groups;

	private final StatementQueries statements;

	ContestedController(GroupRepository groups, StatementQueries statements) {
		this.groups = groups;
		this.statements = statements;
	}

	@PageCached
	@GetMapping("/contested")
	@Transactional(readOnly = true)
	String showContested(Model model) {
		model.addAttribute("relationships",
				this.groups.findContestedRelationships()
					.stream()
					.filter(GroupRelationship::isContested)
					.sorted(java.util.Comparator.comparing((GroupRelationship r) -> r.getToGroup().getName())
						.thenComparing((r) -> r.getFromGroup().getName()))
					.toList());
		model.addAttribute("figures", FigureDispute.of(this.groups.findDisputedEstimates()));
		model.addAttribute("responses", this.statements.contestedResponses(null));
		return "groups/contested";
	}

}
