package org.militancymonitor.source;

import org.militancymonitor.audit.History;
import org.militancymonitor.audit.HistoryPart;
import org.militancymonitor.claim.Claim;
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

	private final History history;

	private final SourceRepository sources;

	private final SourceQueries facts;

	SourceController(SourceRepository sources, SourceQueries facts, History history) {
		this.history = history;
		this.sources = sources;
		this.facts = facts;
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
		long id = source.getId();
		model.addAttribute("details",
				SourceDetails.of(source, this.sources.findClaims(id), this.facts.aliases(id), this.facts.attributes(id),
						this.facts.designations(id), this.facts.relationships(id), this.facts.estimates(id),
						this.facts.incidentLinks(id), this.facts.findings(id), this.facts.statements(id)));
		return "sources/sourceDetails";
	}

	@PageCached
	@GetMapping("/sources/{slug}/history")
	String showHistory(@PathVariable String slug, Model model) {
		Source source = this.sources.findBySlug(slug).orElseThrow(() -> new NotFoundException("source", slug));
		model.addAttribute("source", source);
		model.addAttribute("entries",
				this.history.of(Source.class, source.getId(), HistoryPart.holdingIdIn(Claim.class, "sourceId")));
		return "sources/sourceHistory";
	}

}
