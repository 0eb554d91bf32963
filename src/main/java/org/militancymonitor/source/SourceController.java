package org.militancymonitor.source;

import org.militancymonitor.system.NotFoundException;
import org.militancymonitor.system.PageCached;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The source list and the source page with every claim extracted from the source and the
 * facts each claim supports.
 */
@Controller
class SourceController {

	private final SourceRepository sources;

	SourceController(SourceRepository sources) {
		this.sources = sources;
	}

	@PageCached
	@GetMapping("/sources")
	String showSourceList(Model model) {
		model.addAttribute("sources", this.sources.findSummaries());
		return "sources/sourceList";
	}

	@PageCached
	@GetMapping("/sources/{slug}")
	@Transactional(readOnly = true)
	String showSource(@PathVariable String slug, Model model) {
		Source source = this.sources.findBySlug(slug).orElseThrow(() -> new NotFoundException("source", slug));
		model.addAttribute("details", this.sources.findDetails(source));
		return "sources/sourceDetails";
	}

}
