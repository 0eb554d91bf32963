package org.militancymonitor.source;

import java.util.List;

import org.militancymonitor.audit.History;
import org.militancymonitor.audit.HistoryPart;
import org.militancymonitor.claim.Claim;
import org.militancymonitor.system.NotFoundException;
import org.militancymonitor.system.PageCached;

import org.springframework.data.domain.Limit;
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
		List<Claim> claims = this.sources.findClaims(id, Limit.of(SourceDetails.CLAIMS_SHOWN));
		long count = (claims.size() < SourceDetails.CLAIMS_SHOWN) ? claims.size() : this.sources.countClaims(id);
		// the facts of the claims shown, up to the last of them
		long upTo = claims.isEmpty() ? 0 : claims.get(claims.size() - 1).getId();
		model.addAttribute("details", SourceDetails.of(source, claims, count, this.facts.aliases(id, upTo),
				this.facts.externalNames(id, upTo), this.facts.attributes(id, upTo), this.facts.designations(id, upTo),
				this.facts.relationships(id, upTo), this.facts.estimates(id, upTo), this.facts.incidentLinks(id, upTo),
				this.facts.findings(id, upTo), this.facts.statements(id, upTo)));
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
