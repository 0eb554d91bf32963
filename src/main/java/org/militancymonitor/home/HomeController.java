package org.militancymonitor.home;

import jakarta.servlet.http.HttpServletRequest;
import org.militancymonitor.group.GroupQueries;
import org.militancymonitor.system.PageCached;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page, the dashboard's front door: the theatre's last four weeks with their
 * change flags, the groups active, the contested subjects, the latest UN listings,
 * incidents and statements, the map of those weeks, and every group below, each linking
 * to its page.
 */
@Controller
class HomeController {

	private final HomeQueries front;

	private final GroupQueries groups;

	HomeController(HomeQueries front, GroupQueries groups) {
		this.front = front;
		this.groups = groups;
	}

	@PageCached
	@GetMapping("/")
	String showHome(Model model, HttpServletRequest request) {
		GroupQueries.GroupList groups = this.groups.summaries();
		if (!this.groups.isUpToDate(groups)) {
			// the group counts lag a change until their background refresh: a kept page
			// would show them as the data's until the next change
			request.setAttribute(PageCached.NOT_KEPT, Boolean.TRUE);
		}
		model.addAttribute("front", this.front.front());
		model.addAttribute("groups", groups.groups());
		return "home/home";
	}

}
