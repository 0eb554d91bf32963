package org.militancymonitor.incident;

import java.security.Principal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.militancymonitor.claim.Parties;
import org.militancymonitor.claim.Party;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The queue of actor names ACLED imports could not resolve: an editor maps each to a
 * group or a state (found by any of its names, as the forms find parties), or dismisses
 * it. A name mapped to a group may then go into the group's crosswalk, sourced, from the
 * link beside it.
 */
@Controller
class AcledActorNameController {

	static final String VIEW = "incidents/actorNames";

	static final int SHOWN = 200;

	private final AcledActorNameRepository names;

	private final AcledActorNames decisions;

	private final Parties parties;

	AcledActorNameController(AcledActorNameRepository names, AcledActorNames decisions, Parties parties) {
		this.names = names;
		this.decisions = decisions;
		this.parties = parties;
	}

	@GetMapping(AcledActorNames.URL)
	String showQueue(Model model) {
		return queue(model, null, null);
	}

	@PostMapping(AcledActorNames.URL + "/{id}/map")
	String map(@PathVariable long id, @RequestParam int version,
			@RequestParam(name = "party", required = false) String party,
			@RequestParam(name = "formToken", required = false) String token, Principal principal, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		List<Party> found = this.parties.find(party, Set.of(Party.Kind.GROUP, Party.Kind.ACTOR));
		if (found.size() != 1) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return queue(model, id, (party == null || party.isBlank()) ? "actorNames.party.required"
					: found.isEmpty() ? "actorNames.party.unknown" : "actorNames.party.ambiguous");
		}
		Party chosen = found.get(0);
		Optional<Integer> added = this.decisions.map(id, version, chosen.id(), chosen.kind() == Party.Kind.GROUP,
				principal.getName(), token);
		redirect.addFlashAttribute("message", added.isPresent() ? "actorNames.mapped" : "form.alreadySaved");
		return "redirect:" + AcledActorNames.URL;
	}

	@PostMapping(AcledActorNames.URL + "/{id}/dismiss")
	String dismiss(@PathVariable long id, @RequestParam int version,
			@RequestParam(name = "formToken", required = false) String token, Principal principal,
			RedirectAttributes redirect) {
		boolean done = this.decisions.dismiss(id, version, principal.getName(), token);
		redirect.addFlashAttribute("message", done ? "actorNames.dismissed" : "form.alreadySaved");
		return "redirect:" + AcledActorNames.URL;
	}

	private String queue(Model model, Long errorFor, String error) {
		model.addAttribute("pending", this.names.findPending(Limit.of(SHOWN)));
		model.addAttribute("pendingCount", this.names.countPending());
		model.addAttribute("decided", this.names.findDecided(Limit.of(50)));
		model.addAttribute("partyNames", this.parties.partyNames());
		model.addAttribute("errorFor", errorFor);
		model.addAttribute("error", error);
		return VIEW;
	}

}
