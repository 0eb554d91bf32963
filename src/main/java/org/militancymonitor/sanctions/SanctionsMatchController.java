package org.militancymonitor.sanctions;

import java.security.Principal;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The links between entries and groups an import proposed, for an editor to confirm or
 * reject, each from the version the editor saw; a link decided meanwhile by someone else
 * answers 409 with the queue as it is now.
 */
@Controller
class SanctionsMatchController {

	static final String VIEW = "sanctions/matches";

	/** The decisions the queue shows below the proposals. */
	static final int RECENT_DECISIONS = 20;

	private final SanctionsQueries queries;

	private final MatchDecisions decisions;

	SanctionsMatchController(SanctionsQueries queries, MatchDecisions decisions) {
		this.queries = queries;
		this.decisions = decisions;
	}

	@GetMapping("/sanctions/matches")
	String showMatches(Model model) {
		return queue(model);
	}

	@PostMapping("/sanctions/matches/{id}/confirm")
	String confirm(@PathVariable long id, @RequestParam(required = false) Integer version, Principal principal,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return decide(id, version, true, principal, model, redirect, response);
	}

	@PostMapping("/sanctions/matches/{id}/reject")
	String reject(@PathVariable long id, @RequestParam(required = false) Integer version, Principal principal,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return decide(id, version, false, principal, model, redirect, response);
	}

	private String decide(long id, Integer version, boolean confirm, Principal principal, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (version == null) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("refusal", "sanctions.matches.noVersion");
			return queue(model);
		}
		MatchDecisions.Decision decision = this.decisions.decide(id, version, confirm, principal.getName());
		if (decision == MatchDecisions.Decision.DECIDED_BY_ANOTHER) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("refusal", "sanctions.matches.decidedMeanwhile");
			return queue(model);
		}
		redirect.addFlashAttribute("message", confirm ? "sanctions.matches.confirmed" : "sanctions.matches.rejected");
		return "redirect:/sanctions/matches";
	}

	private String queue(Model model) {
		model.addAttribute("pendingMatches", this.queries.pendingMatches());
		model.addAttribute("decidedMatches", this.queries.decidedMatches(RECENT_DECISIONS));
		return VIEW;
	}

}
