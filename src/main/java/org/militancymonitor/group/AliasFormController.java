package org.militancymonitor.group;

import java.security.Principal;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.militancymonitor.claim.ClaimPosition;
import org.militancymonitor.claim.ClaimantKind;
import org.militancymonitor.claim.Confidence;
import org.militancymonitor.claim.Parties;
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
 * Entering and editing a group's aliases: a new alias is a draft until submitted from its
 * review page, an edit waits for review. The group comes from the address, never from the
 * form. An editor retracts an alias from the group's page; a retracted alias, or one of a
 * retracted group, is not edited.
 */
@Controller
class AliasFormController {

	static final String VIEW = "groups/aliasForm";

	private final GroupRepository groups;

	private final GroupAliasRepository aliases;

	private final AliasReview review;

	private final Proposals proposals;

	private final Parties parties;

	private final Retractions retractions;

	AliasFormController(GroupRepository groups, GroupAliasRepository aliases, AliasReview review, Proposals proposals,
			Parties parties, Retractions retractions) {
		this.retractions = retractions;
		this.groups = groups;
		this.aliases = aliases;
		this.review = review;
		this.proposals = proposals;
		this.parties = parties;
	}

	@InitBinder("form")
	void initFormBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id", "groupId");
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("qualities", AliasQuality.values());
		model.addAttribute("partyNames", this.parties.partyNames());
		model.addAttribute("personNames", this.parties.personNames());
		model.addAttribute("sourceOptions", this.parties.sources());
		model.addAttribute("claimantKinds", ClaimantKind.values());
		model.addAttribute("positions", ClaimPosition.values());
		model.addAttribute("confidences", Confidence.values());
	}

	@GetMapping("/groups/{slug}/aliases/new")
	String initCreationForm(@PathVariable String slug, @RequestParam(name = "draft", required = false) Long draft,
			Model model) {
		MilitantGroup group = group(slug, model);
		AliasForm form;
		if (draft != null) {
			PendingRevision revision = this.proposals.draft(draft, AliasReview.KIND);
			form = this.proposals.form(revision, AliasForm.class);
			if (form.getGroupId() != group.getId()) {
				throw new NotFoundException("draft", draft);
			}
			form.setVersion(revision.getVersion());
			model.addAttribute("draft", draft);
		}
		else {
			form = new AliasForm();
			form.setGroupId(group.getId());
		}
		SourcingClaim.addBlankLine(form.getClaims());
		form.setFormToken(FormTokens.newToken());
		model.addAttribute("form", form);
		return VIEW;
	}

	@PostMapping("/groups/{slug}/aliases/new")
	String processCreationForm(@PathVariable String slug, @Valid @ModelAttribute("form") AliasForm form,
			BindingResult result, @RequestParam(name = "draft", required = false) Long draft, Principal principal,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		MilitantGroup group = group(slug, model);
		if (draft != null && this.proposals.form(this.proposals.draft(draft, AliasReview.KIND), AliasForm.class)
			.getGroupId() != group.getId()) {
			throw new NotFoundException("draft", draft);
		}
		form.setGroupId(group.getId());
		model.addAttribute("draft", draft);
		this.review.validate(form, null, result);
		if (result.hasErrors()) {
			return invalid(form, response);
		}
		Proposals.Outcome outcome = this.proposals.saveDraft(AliasReview.KIND, draft, form.getVersion(), form,
				form.getFormToken(), principal.getName(),
				(payload) -> this.proposals.form(payload, AliasForm.class).describe());
		return outcome(outcome, form, model, redirect, response, "aliasForm.draftSaved");
	}

	@GetMapping("/groups/{slug}/aliases/{id}/edit")
	String initUpdateForm(@PathVariable String slug, @PathVariable long id, Model model) {
		group(slug, model);
		GroupAlias alias = alias(slug, id);
		alias.requireEditable();
		AliasForm form = AliasForm.of(alias);
		SourcingClaim.addBlankLine(form.getClaims());
		form.setFormToken(FormTokens.newToken());
		model.addAttribute("form", form);
		model.addAttribute("aliasId", id);
		return VIEW;
	}

	@PostMapping("/groups/{slug}/aliases/{id}/edit")
	String processUpdateForm(@PathVariable String slug, @PathVariable long id,
			@Valid @ModelAttribute("form") AliasForm form, BindingResult result, Principal principal, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		group(slug, model);
		GroupAlias alias = alias(slug, id);
		alias.requireEditable();
		model.addAttribute("aliasId", id);
		form.setGroupId(alias.getGroup().getId());
		this.review.validate(form, alias.getId(), result);
		if (form.getReason() == null || form.getReason().isBlank()) {
			result.rejectValue("reason", "form.reason.required");
		}
		if (result.hasErrors()) {
			return invalid(form, response);
		}
		Proposals.Outcome outcome = this.proposals.proposeEdit(AliasReview.KIND, alias.getId(), form.getVersion(),
				alias.getVersion(), form, form.getReason(), form.getFormToken(), principal.getName(),
				GroupReview.url(slug), AliasForm.of(alias).describe());
		return outcome(outcome, form, model, redirect, response, "form.revisionPending");
	}

	@PostMapping("/groups/{slug}/aliases/{id}/retract")
	String retract(@PathVariable String slug, @PathVariable long id,
			@Valid @ModelAttribute("retractionForm") RetractionForm form, BindingResult result, Principal principal,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return this.retractions.retract(form, result, principal.getName(), alias(slug, id).getName(),
				GroupReview.retractedUrl(slug, "alias", id), () -> alias(slug, id), model, redirect, response);
	}

	private static String invalid(AliasForm form, HttpServletResponse response) {
		if (form.getClaims().isEmpty()) {
			SourcingClaim.addBlankLine(form.getClaims());
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return VIEW;
	}

	private String outcome(Proposals.Outcome outcome, AliasForm form, Model model, RedirectAttributes redirect,
			HttpServletResponse response, String message) {
		return Proposals.page(outcome, form, VIEW, message, model, redirect, response);
	}

	/** The group whose alias the form enters or edits: a retracted group's are not. */
	private MilitantGroup group(String slug, Model model) {
		MilitantGroup group = this.groups.findBySlug(slug).orElseThrow(() -> new NotFoundException("group", slug));
		group.requireEditable();
		model.addAttribute("group", group);
		return group;
	}

	private GroupAlias alias(String slug, long id) {
		return this.aliases.findWithGroup(id)
			.filter((a) -> a.getGroup().getSlug().equals(slug))
			.orElseThrow(() -> new NotFoundException("alias", id));
	}

}
