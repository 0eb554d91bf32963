package org.militancymonitor.group;

import org.militancymonitor.statement.StatementQueries;
import org.militancymonitor.system.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The home page (every group with its incident and claim counts) and the group page.
 */
@Controller
class GroupController {

	private final GroupRepository groups;

	private final StatementQueries statements;

	GroupController(GroupRepository groups, StatementQueries statements) {
		this.groups = groups;
		this.statements = statements;
	}

	@GetMapping("/")
	String showHome(Model model) {
		model.addAttribute("groups", this.groups.findSummaries());
		return "groups/groupList";
	}

	@GetMapping("/groups/{slug}")
	@Transactional(readOnly = true)
	String showGroup(@PathVariable String slug, Model model) {
		MilitantGroup group = this.groups.findBySlug(slug).orElseThrow(() -> new NotFoundException("group", slug));
		GroupProfile profile = GroupProfile.of(group, this.groups.findAliases(group),
				this.groups.findDesignations(group), this.groups.findEstimates(group),
				this.groups.findRelationships(group), this.groups.findAttributeClaims(group),
				this.statements.aboutGroup(group.getId()));
		model.addAttribute("profile", profile);
		model.addAttribute("group", group);
		return "groups/groupDetails";
	}

}
