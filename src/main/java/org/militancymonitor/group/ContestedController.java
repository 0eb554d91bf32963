package org.militancymonitor.group;

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

	private final ContestedQueries contested;

	ContestedController(ContestedQueries contested) {
		this.contested = contested;
	}

	@PageCached
	@GetMapping("/contested")
	@Transactional(readOnly = true)
	String showContested(Model model) {
		model.addAttribute("relationships", this.contested.relationships());
		model.addAttribute("figures", this.contested.figures());
		model.addAttribute("responses", this.contested.responses());
		return "groups/contested";
	}

}
