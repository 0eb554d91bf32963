package org.militancymonitor.group;

import java.security.Principal;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.militancymonitor.claim.ClaimPosition;
import org.militancymonitor.claim.ClaimantKind;
import org.militancymonitor.claim.Confidence;
import org.militancymonitor.claim.Parties;
import org.militancymonitor.common.DatePrecision;
import org.militancymonitor.review.PendingRevision;
import org.militancymonitor.review.Proposals;
import org.militancymonitor.review.RetractionForm;
import org.militancymonitor.review.Retractions;
import org.militancymonitor.system.FormTokens;
import org.militancymonitor.system.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Entering and editing groups: a new group is a draft (revised on this form until it is
 * submitted from its review page), an edit of a group waits for review. The form works
 * without JavaScript: "another fact" submits it to add a line. An editor retracts a group
 * from its page; a retracted group is not edited, nor are its facts.
 */
@Controller
class GroupFormController {

	static final String VIEW = "groups/groupForm";

	private final GroupRepository groups;

	private final GroupReview review;

	private final Proposals proposals;

	private final Parties parties;

	private final Retractions retractions;

	GroupFormController(GroupRepository groups, GroupReview review, Proposals proposals, Parties parties,
			Retractions retractions) {
		this.retractions = retractions;
		this.groups = groups;
		this.review = review;
		this.proposals = proposals;
		this.parties = parties;
	}

	@InitBinder("form")
	void initFormBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("kinds", GroupKind.values());
		model.addAttribute("statuses", GroupStatus.values());
		model.addAttribute("precisions", DatePrecision.values());
		model.addAttribute("attributes", GroupAttribute.values());
		model.addAttribute("partyNames", this.parties.partyNames());
		model.addAttribute("personNames", this.parties.personNames());
		model.addAttribute("sourceOptions", this.parties.sources());
		model.addAttribute("claimantKinds", ClaimantKind.values());
		model.addAttribute("positions", ClaimPosition.values());
		model.addAttribute("confidences", Confidence.values());
	}

	@GetMapping("/groups/new")
	String initCreationForm(@RequestParam(name = "draft", required = false) Long draft, Model model) {
		GroupForm form;
		if (draft != null) {
			PendingRevision revision = this.proposals.draft(draft, GroupReview.KIND);
			form = this.proposals.form(revision, GroupForm.class);
			form.setVersion(revision.getVersion());
			model.addAttribute("draft", draft);
		}
		else {
			form = new GroupForm();
		}
		form.addBlankFacts(1);
		form.setFormToken(FormTokens.newToken());
		model.addAttribute("form", form);
		return VIEW;
	}

	@PostMapping("/groups/new")
	String processCreationForm(@Valid @ModelAttribute("form") GroupForm form, BindingResult result,
			@RequestParam(name = "draft", required = false) Long draft,
			@RequestParam(name = "addLine", required = false) String addLine, Principal principal, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		model.addAttribute("draft", draft);
		if (addLine != null) {
			form.addBlankFacts(1);
			return VIEW;
		}
		this.review.validate(form, null, result);
		if (result.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return VIEW;
		}
		Proposals.Outcome outcome = this.proposals.saveDraft(GroupReview.KIND, draft, form.getVersion(), form,
				form.getFormToken(), principal.getName(),
				(payload) -> this.proposals.form(payload, GroupForm.class).describe());
		return outcome(outcome, form, model, redirect, response, "groupForm.draftSaved");
	}

	@GetMapping("/groups/{slug}/edit")
	String initUpdateForm(@PathVariable String slug, Model model) {
		group(slug).requireEditable();
		GroupForm form = this.review.current(slug);
		form.addBlankFacts(1);
		form.setFormToken(FormTokens.newToken());
		model.addAttribute("form", form);
		model.addAttribute("slug", slug);
		return VIEW;
	}

	@PostMapping("/groups/{slug}/edit")
	String processUpdateForm(@PathVariable String slug, @Valid @ModelAttribute("form") GroupForm form,
			BindingResult result, @RequestParam(name = "addLine", required = false) String addLine, Principal principal,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		MilitantGroup group = group(slug);
		group.requireEditable();
		model.addAttribute("slug", slug);
		if (addLine != null) {
			form.addBlankFacts(1);
			return VIEW;
		}
		this.review.validate(form, group.getId(), result);
		if (form.getReason() == null || form.getReason().isBlank()) {
			result.rejectValue("reason", "form.reason.required");
		}
		if (result.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return VIEW;
		}
		Proposals.Outcome outcome = this.proposals.proposeEdit(GroupReview.KIND, group.getId(), form.getVersion(),
				group.getVersion(), form, form.getReason(), form.getFormToken(), principal.getName(),
				GroupReview.url(slug), this.review.current(slug).describe());
		return outcome(outcome, form, model, redirect, response, "form.revisionPending");
	}

	@PostMapping("/groups/{slug}/retract")
	String retract(@PathVariable String slug, @Valid @ModelAttribute("retractionForm") RetractionForm form,
			BindingResult result, Principal principal, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return this.retractions.retract(form, result, principal.getName(), group(slug).getName(), GroupReview.url(slug),
				() -> group(slug), model, redirect, response);
	}

	private String outcome(Proposals.Outcome outcome, GroupForm form, Model model, RedirectAttributes redirect,
			HttpServletResponse response, String message) {
		return Proposals.page(outcome, form, VIEW, message, model, redirect, response);
	}

	private MilitantGroup group(String slug) {
		return this.groups.findBySlug(slug).orElseThrow(() -> new NotFoundException("group", slug));
	}

}
