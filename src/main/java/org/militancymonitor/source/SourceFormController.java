package org.militancymonitor.source;

import java.security.Principal;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
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
 * Entering and editing sources: a new source is a draft (revised on this form until it is
 * submitted from its review page), an edit of a source waits for review; an editor
 * retracts a source from its page, and a retracted one is not edited.
 */
@Controller
class SourceFormController {

	static final String VIEW = "sources/sourceForm";

	private final SourceRepository sources;

	private final Proposals proposals;

	private final Retractions retractions;

	SourceFormController(SourceRepository sources, Proposals proposals, Retractions retractions) {
		this.retractions = retractions;
		this.sources = sources;
		this.proposals = proposals;
	}

	@InitBinder("form")
	void initFormBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("kinds", SourceKind.values());
		model.addAttribute("precisions", DatePrecision.values());
		model.addAttribute("reliabilities", new String[] { "A", "B", "C", "D", "E", "F" });
	}

	@GetMapping("/sources/new")
	String initCreationForm(@RequestParam(name = "draft", required = false) Long draft, Model model) {
		SourceForm form;
		if (draft != null) {
			PendingRevision revision = this.proposals.draft(draft, SourceReview.KIND);
			form = this.proposals.form(revision, SourceForm.class);
			form.setVersion(revision.getVersion());
			model.addAttribute("draft", draft);
		}
		else {
			form = new SourceForm();
		}
		form.setFormToken(FormTokens.newToken());
		model.addAttribute("form", form);
		return VIEW;
	}

	@PostMapping("/sources/new")
	String processCreationForm(@Valid @ModelAttribute("form") SourceForm form, BindingResult result,
			@RequestParam(name = "draft", required = false) Long draft, Principal principal, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		model.addAttribute("draft", draft);
		form.validate(result);
		if (!result.hasFieldErrors("slug") && this.sources.findBySlug(form.getSlug()).isPresent()) {
			result.rejectValue("slug", "source.slug.taken");
		}
		if (result.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return VIEW;
		}
		Proposals.Outcome outcome = this.proposals.saveDraft(SourceReview.KIND, draft, form.getVersion(), form,
				form.getFormToken(), principal.getName(),
				(payload) -> this.proposals.form(payload, SourceForm.class).describe());
		return outcome(outcome, form, model, redirect, response, "source.draftSaved");
	}

	@GetMapping("/sources/{slug}/edit")
	String initUpdateForm(@PathVariable String slug, Model model) {
		Source source = source(slug);
		source.requireEditable();
		SourceForm form = SourceForm.of(source);
		form.setFormToken(FormTokens.newToken());
		model.addAttribute("form", form);
		model.addAttribute("slug", slug);
		return VIEW;
	}

	@PostMapping("/sources/{slug}/edit")
	String processUpdateForm(@PathVariable String slug, @Valid @ModelAttribute("form") SourceForm form,
			BindingResult result, Principal principal, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Source source = source(slug);
		source.requireEditable();
		model.addAttribute("slug", slug);
		form.validate(result);
		if (!result.hasFieldErrors("slug") && this.sources.findBySlug(form.getSlug())
			.filter((other) -> !other.getId().equals(source.getId()))
			.isPresent()) {
			result.rejectValue("slug", "source.slug.taken");
		}
		if (form.getReason() == null || form.getReason().isBlank()) {
			result.rejectValue("reason", "form.reason.required");
		}
		if (result.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return VIEW;
		}
		Proposals.Outcome outcome = this.proposals.proposeEdit(SourceReview.KIND, source.getId(), form.getVersion(),
				source.getVersion(), form, form.getReason(), form.getFormToken(), principal.getName(),
				SourceReview.url(slug), SourceForm.of(source).describe());
		return outcome(outcome, form, model, redirect, response, "form.revisionPending");
	}

	@PostMapping("/sources/{slug}/retract")
	String retract(@PathVariable String slug, @Valid @ModelAttribute("retractionForm") RetractionForm form,
			BindingResult result, Principal principal, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return this.retractions.retract(form, result, principal.getName(), source(slug).getTitle(),
				SourceReview.url(slug), () -> source(slug), model, redirect, response);
	}

	private String outcome(Proposals.Outcome outcome, SourceForm form, Model model, RedirectAttributes redirect,
			HttpServletResponse response, String message) {
		return Proposals.page(outcome, form, VIEW, message, model, redirect, response);
	}

	private Source source(String slug) {
		return this.sources.findBySlug(slug).orElseThrow(() -> new NotFoundException("source", slug));
	}

}
