package org.militancymonitor.actor;

import java.util.List;
import java.util.Set;

import org.militancymonitor.audit.History;
import org.militancymonitor.audit.HistoryPart;
import org.militancymonitor.claim.Claim;
import org.militancymonitor.claim.Evidence;
import org.militancymonitor.statement.StatementQueries;
import org.militancymonitor.system.NotFoundException;
import org.militancymonitor.system.PageCached;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The actor page: a state or organisation with its statements, the people who spoke for
 * it, and the other claims it asserts.
 */
@Controller
class ActorController {

	private final History history;

	private final ActorRepository actors;

	private final StatementQueries statements;

	ActorController(ActorRepository actors, StatementQueries statements, History history) {
		this.history = history;
		this.actors = actors;
		this.statements = statements;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@PageCached
	@GetMapping("/actors/{slug}")
	String showActor(@PathVariable String slug, Model model) {
		Actor actor = this.actors.findBySlug(slug).orElseThrow(() -> new NotFoundException("actor", slug));
		model.addAttribute("actor", actor);
		model.addAttribute("people", this.actors.findPeopleSpeakingFor(actor.getId()));
		model.addAttribute("statements", this.statements.byActor(actor.getId()));
		model.addAttribute("claims", otherEvidence(actor.getId()));
		return "actors/actorDetails";
	}

	@PageCached
	@GetMapping("/actors/{slug}/history")
	String showHistory(@PathVariable String slug, Model model) {
		Actor actor = this.actors.findBySlug(slug).orElseThrow(() -> new NotFoundException("actor", slug));
		model.addAttribute("actor", actor);
		model.addAttribute("entries",
				this.history.of(Actor.class, actor.getId(), HistoryPart.referringBy(Person.class, "actor")));
		return "actors/actorHistory";
	}

	/**
	 * The evidence of the claims an actor asserts that back no statement (those show with
	 * the statements), in two queries.
	 */
	private List<Evidence> otherEvidence(long actorId) {
		List<Claim> claims = this.actors.findClaimsAssertedBy(actorId);
		Set<Long> statements = this.statements.claimsBackingStatements(claims.stream().map(Claim::getId).toList());
		return claims.stream().filter((c) -> !statements.contains(c.getId())).map(Claim::getEvidence).toList();
	}

}
