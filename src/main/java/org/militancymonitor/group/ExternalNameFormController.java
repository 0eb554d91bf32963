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
 * Entering and editing a group's names in other datasets, as its aliases are: a new entry
 * is a draft until submitted from its review page, an edit waits for review. The group
 * comes from the address, never from the form; the new-entry form may be opened with a
 * dataset and a name already filled in (from the import's actor names).
 */
@Controller
class ExternalNameFormController {

	static final String VIEW = "groups/externalNameForm";

	private final GroupRepository groups;

	private final GroupExternalNameRepository names;

	private final ExternalNameReview review;

	private final Proposals proposals;

	private final Parties parties;

	private final Retractions retractions;

	ExternalNameFormController(GroupRepository groups, GroupExternalNameRepository names, ExternalNameReview review,
			Proposals proposals, Parties parties, Retractions retractions) {
		this.groups = groups;
		this.names = names;
		this.review = review;
		this.proposals = proposals;
		this.parties = parties;
		this.retractions = retractions;
	}

	@InitBinder("form")
	void initFormBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id", "groupId");
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("datasets", ExternalDataset.values());
		model.addAttribute("partyNames", this.parties.partyNames());
		model.addAttribute("personNames", this.parties.personNames());
		model.addAttribute("sourceOptions", this.parties.sources());
		model.addAttribute("claimantKinds", ClaimantKind.values());
		model.addAttribute("positions", ClaimPosition.values());
		model.addAttribute("confidences", Confidence.values());
	}

	@GetMapping("/groups/{slug}/external-names/new")
	String initCreationForm(@PathVariable String slug, @RequestParam(name = "draft", required = false) Long draft,
			@RequestParam(name = "dataset", required = false) ExternalDataset dataset,
			@RequestParam(name = "name", required = false) String name, Model model) {
		MilitantGroup group = group(slug, model);
		ExternalNameForm form;
		if (draft != null) {
			PendingRevision revision = this.proposals.draft(draft, ExternalNameReview.KIND);
			form = this.proposals.form(revision, ExternalNameForm.class);
			if (form.getGroupId() != group.getId()) {
				throw new NotFoundException("draft", draft);
			}
			form.setVersion(revision.getVersion());
			model.addAttribute("draft", draft);
		}
		else {
			form = new ExternalNameForm();
			form.setGroupId(group.getId());
			form.setDataset(dataset);
			form.setName((name != null && name.length() <= 300) ? name : null);
		}
		SourcingClaim.addBlankLine(form.getClaims());
		form.setFormToken(FormTokens.newToken());
		model.addAttribute("form", form);
		return VIEW;
	}

	@PostMapping("/groups/{slug}/external-names/new")
	String processCreationForm(@PathVariable String slug, @Valid @ModelAttribute("form") ExternalNameForm form,
			BindingResult result, @RequestParam(name = "draft", required = false) Long draft, Principal principal,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		MilitantGroup group = group(slug, model);
		if (draft != null
				&& this.proposals.form(this.proposals.draft(draft, ExternalNameReview.KIND), ExternalNameForm.class)
					.getGroupId() != group.getId()) {
			throw new NotFoundException("draft", draft);
		}
		form.setGroupId(group.getId());
		model.addAttribute("draft", draft);
		this.review.validate(form, null, result);
		if (result.hasErrors()) {
			return invalid(form, response);
		}
		Proposals.Outcome outcome = this.proposals.saveDraft(ExternalNameReview.KIND, draft, form.getVersion(), form,
				form.getFormToken(), principal.getName(),
				(payload) -> this.proposals.form(payload, ExternalNameForm.class).describe());
		return Proposals.page(outcome, form, VIEW, "externalNameForm.draftSaved", model, redirect, response);
	}

	@GetMapping("/groups/{slug}/external-names/{id}/edit")
	String initUpdateForm(@PathVariable String slug, @PathVariable long id, Model model) {
		group(slug, model);
		GroupExternalName entry = entry(slug, id);
		entry.requireEditable();
		ExternalNameForm form = ExternalNameForm.of(entry);
		SourcingClaim.addBlankLine(form.getClaims());
		form.setFormToken(FormTokens.newToken());
		model.addAttribute("form", form);
		model.addAttribute("externalNameId", id);
		return VIEW;
	}

	@PostMapping("/groups/{slug}/external-names/{id}/edit")
	String processUpdateForm(@PathVariable String slug, @PathVariable long id,
			@Valid @ModelAttribute("form") ExternalNameForm form, BindingResult result, Principal principal,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		group(slug, model);
		GroupExternalName entry = entry(slug, id);
		entry.requireEditable();
		model.addAttribute("externalNameId", id);
		form.setGroupId(entry.getGroup().getId());
		this.review.validate(form, entry.getId(), result);
		if (form.getReason() == null || form.getReason().isBlank()) {
			result.rejectValue("reason", "form.reason.required");
		}
		if (result.hasErrors()) {
			return invalid(form, response);
		}
		Proposals.Outcome outcome = this.proposals.proposeEdit(ExternalNameReview.KIND, entry.getId(),
				form.getVersion(), entry.getVersion(), form, form.getReason(), form.getFormToken(), principal.getName(),
				GroupReview.url(slug), ExternalNameForm.of(entry).describe());
		return Proposals.page(outcome, form, VIEW, "form.revisionPending", model, redirect, response);
	}

	@PostMapping("/groups/{slug}/external-names/{id}/retract")
	String retract(@PathVariable String slug, @PathVariable long id,
			@Valid @ModelAttribute("retractionForm") RetractionForm form, BindingResult result, Principal principal,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return this.retractions.retract(form, result, principal.getName(), entry(slug, id).getName(),
				GroupReview.retractedUrl(slug, "external-name", id), () -> entry(slug, id), model, redirect, response);
	}

	private static String invalid(ExternalNameForm form, HttpServletResponse response) {
		if (form.getClaims().isEmpty()) {
			SourcingClaim.addBlankLine(form.getClaims());
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return VIEW;
	}

	/** The group whose name the form enters or edits: a retracted group's are not. */
	private MilitantGroup group(String slug, Model model) {
		MilitantGroup group = this.groups.findBySlug(slug).orElseThrow(() -> new NotFoundException("group", slug));
		group.requireEditable();
		model.addAttribute("group", group);
		return group;
	}

	private GroupExternalName entry(String slug, long id) {
		return this.names.findWithGroup(id)
			.filter((x) -> x.getGroup().getSlug().equals(slug))
			.orElseThrow(() -> new NotFoundException("external name", id));
	}

}
