package org.militancymonitor.claim;

import java.security.Principal;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.militancymonitor.review.FieldChange;
import org.militancymonitor.review.Proposals;
import org.militancymonitor.review.RetractionForm;
import org.militancymonitor.review.Retractions;
import org.militancymonitor.system.FormTokens;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Editing and retracting a claim: an edit waits for a second person's review, with its
 * reason; a retracted claim is not edited. There is no form for a new claim on its own: a
 * claim is the evidence of a fact, so new claims are entered on the forms of the facts
 * they back (an incident's, a report finding's), as {@link ClaimLine}s.
 */
@Controller
class ClaimFormController {

	static final String VIEW = "claims/claimForm";

	private final ClaimEdits edits;

	private final Parties parties;

	private final Proposals proposals;

	private final Retractions retractions;

	ClaimFormController(ClaimEdits edits, Parties parties, Proposals proposals, Retractions retractions) {
		this.retractions = retractions;
		this.edits = edits;
		this.parties = parties;
		this.proposals = proposals;
	}

	@InitBinder("form")
	void initFormBinder(WebDataBinder binder) {
		// The reference and the source are the claim's for life; the form has no field
		// for them.
		binder.setDisallowedFields("id", "ref", "source", "sourceId");
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("partyNames", this.parties.partyNames());
		model.addAttribute("personNames", this.parties.personNames());
		model.addAttribute("claimantKinds", ClaimantKind.values());
		model.addAttribute("positions", ClaimPosition.values());
		model.addAttribute("confidences", Confidence.values());
	}

	@GetMapping("/claims/{ref}/edit")
	String initUpdateForm(@PathVariable String ref, Model model) {
		Claim claim = this.edits.byRef(ref);
		claim.requireEditable();
		ClaimForm form = this.edits.form(claim);
		form.setFormToken(FormTokens.newToken());
		model.addAttribute("form", form);
		model.addAttribute("claim", claim);
		return VIEW;
	}

	@PostMapping("/claims/{ref}/edit")
	String processUpdateForm(@PathVariable String ref, @Valid @ModelAttribute("form") ClaimForm form,
			BindingResult result, Principal principal, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Claim claim = this.edits.byRef(ref);
		claim.requireEditable();
		model.addAttribute("claim", claim);
		this.edits.claimant(form, result);
		if (form.getReason() == null || form.getReason().isBlank()) {
			result.rejectValue("reason", "form.reason.required");
		}
		if (result.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return VIEW;
		}
		Proposals.Outcome outcome = this.proposals.proposeEdit(ClaimReview.KIND, claim.getId(), form.getVersion(),
				claim.getVersion(), form, form.getReason(), form.getFormToken(), principal.getName(),
				ClaimReview.url(claim), this.edits.form(claim).describe());
		if (outcome instanceof Proposals.Saved saved) {
			redirect.addFlashAttribute("message", saved.repeated() ? "form.alreadySaved" : "form.revisionPending");
			return "redirect:" + saved.url();
		}
		Proposals.Conflict conflict = (Proposals.Conflict) outcome;
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		model.addAttribute("comparison", FieldChange.compare(form.describe(), conflict.current()));
		model.addAttribute("conflict", true);
		form.setVersion(conflict.currentVersion());
		form.setFormToken(FormTokens.newToken());
		return VIEW;
	}

	/** Retracts a claim from its card on its source's page. */
	@PostMapping("/claims/{ref}/retract")
	String retract(@PathVariable String ref, @Valid @ModelAttribute("retractionForm") RetractionForm form,
			BindingResult result, Principal principal, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Claim claim = this.edits.byRef(ref);
		return this.retractions.retract(form, result, principal.getName(), ref, ClaimReview.url(claim),
				() -> this.edits.byRef(ref), model, redirect, response);
	}

}
