package org.militancymonitor.sanctions;

import org.militancymonitor.system.NotFoundException;
import org.militancymonitor.system.PageCached;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sanctions pages every signed-in role reads: the groups' designations by regime with
 * the UN list's regimes, imports and the individuals linked to groups; the list's
 * entries; an entry; the imports and each one's change set.
 */
@Controller
class SanctionsController {

	/** The imports the sanctions page lists; the imports page lists them all. */
	static final int RECENT_IMPORTS = 5;

	/** Enough for every import a page would list in years of monthly lists. */
	static final int ALL_IMPORTS = 1000;

	private final SanctionsQueries queries;

	SanctionsController(SanctionsQueries queries) {
		this.queries = queries;
	}

	@PageCached
	@GetMapping("/sanctions")
	String showSanctions(Model model) {
		model.addAttribute("designations", this.queries.designationsByRegime());
		model.addAttribute("regimes", this.queries.regimes());
		model.addAttribute("imports", this.queries.imports(RECENT_IMPORTS));
		model.addAttribute("individuals", this.queries.linkedIndividuals());
		model.addAttribute("pending", this.queries.pendingCount());
		return "sanctions/sanctions";
	}

	@PageCached
	@GetMapping("/sanctions/entries")
	String showEntries(@RequestParam(required = false) String regime, Model model) {
		String chosen = (regime != null && !regime.isBlank()) ? regime.strip() : null;
		if (chosen != null && !this.queries.hasRegime(chosen)) {
			throw new NotFoundException("regime", chosen);
		}
		model.addAttribute("regime", chosen);
		model.addAttribute("entries", this.queries.entries(chosen));
		return "sanctions/entries";
	}

	@PageCached
	@GetMapping("/sanctions/entries/{reference}")
	String showEntry(@PathVariable String reference, Model model) {
		model.addAttribute("entry",
				this.queries.entry(reference).orElseThrow(() -> new NotFoundException("entry", reference)));
		return "sanctions/entry";
	}

	@PageCached
	@GetMapping("/sanctions/imports")
	String showImports(Model model) {
		model.addAttribute("imports", this.queries.imports(ALL_IMPORTS));
		return "sanctions/imports";
	}

	@PageCached
	@GetMapping("/sanctions/imports/{id}")
	String showImport(@PathVariable long id, Model model) {
		model.addAttribute("listImport",
				this.queries.importById(id).orElseThrow(() -> new NotFoundException("import", id)));
		model.addAttribute("changes", this.queries.changes(id));
		return "sanctions/import";
	}

}
