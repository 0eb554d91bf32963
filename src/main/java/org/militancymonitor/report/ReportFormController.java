package org.militancymonitor.report;

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
 * Entering and editing reports: a new report is a draft (revised on this form until it is
 * submitted from its review page), an edit of a report waits for review; an editor
 * retracts a report from its page, and a retracted one is not edited.
 */
@Controller
class ReportFormController {

	static final String VIEW = "reports/reportForm";

	private final ReportRepository reports;

	private final Proposals proposals;

	private final Retractions retractions;

	ReportFormController(ReportRepository reports, Proposals proposals, Retractions retractions) {
		this.retractions = retractions;
		this.reports = reports;
		this.proposals = proposals;
	}

	@InitBinder("form")
	void initFormBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("kinds", ReportKind.values());
		model.addAttribute("precisions", DatePrecision.values());
	}

	@GetMapping("/reports/new")
	String initCreationForm(@RequestParam(name = "draft", required = false) Long draft, Model model) {
		ReportForm form;
		if (draft != null) {
			PendingRevision revision = this.proposals.draft(draft, ReportReview.KIND);
			form = this.proposals.form(revision, ReportForm.class);
			form.setVersion(revision.getVersion());
			model.addAttribute("draft", draft);
		}
		else {
			form = new ReportForm();
		}
		form.setFormToken(FormTokens.newToken());
		model.addAttribute("form", form);
		return VIEW;
	}

	@PostMapping("/reports/new")
	String processCreationForm(@Valid @ModelAttribute("form") ReportForm form, BindingResult result,
			@RequestParam(name = "draft", required = false) Long draft, Principal principal, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		model.addAttribute("draft", draft);
		form.validate(result);
		if (!result.hasFieldErrors("slug") && this.reports.findBySlug(form.getSlug()).isPresent()) {
			result.rejectValue("slug", "report.slug.taken");
		}
		if (result.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return VIEW;
		}
		Proposals.Outcome outcome = this.proposals.saveDraft(ReportReview.KIND, draft, form.getVersion(), form,
				form.getFormToken(), principal.getName(),
				(payload) -> this.proposals.form(payload, ReportForm.class).describe());
		return outcome(outcome, form, model, redirect, response, "report.draftSaved");
	}

	@GetMapping("/reports/{slug}/edit")
	String initUpdateForm(@PathVariable String slug, Model model) {
		Report report = report(slug);
		report.requireEditable();
		ReportForm form = ReportForm.of(report);
		form.setFormToken(FormTokens.newToken());
		model.addAttribute("form", form);
		model.addAttribute("slug", slug);
		return VIEW;
	}

	@PostMapping("/reports/{slug}/edit")
	String processUpdateForm(@PathVariable String slug, @Valid @ModelAttribute("form") ReportForm form,
			BindingResult result, Principal principal, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Report report = report(slug);
		report.requireEditable();
		model.addAttribute("slug", slug);
		form.validate(result);
		if (!result.hasFieldErrors("slug") && this.reports.findBySlug(form.getSlug())
			.filter((other) -> !other.getId().equals(report.getId()))
			.isPresent()) {
			result.rejectValue("slug", "report.slug.taken");
		}
		if (form.getReason() == null || form.getReason().isBlank()) {
			result.rejectValue("reason", "form.reason.required");
		}
		if (result.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return VIEW;
		}
		Proposals.Outcome outcome = this.proposals.proposeEdit(ReportReview.KIND, report.getId(), form.getVersion(),
				report.getVersion(), form, form.getReason(), form.getFormToken(), principal.getName(),
				ReportReview.url(slug), ReportForm.of(report).describe());
		return outcome(outcome, form, model, redirect, response, "form.revisionPending");
	}

	@PostMapping("/reports/{slug}/retract")
	String retract(@PathVariable String slug, @Valid @ModelAttribute("retractionForm") RetractionForm form,
			BindingResult result, Principal principal, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return this.retractions.retract(form, result, principal.getName(), report(slug).getTitle(),
				ReportReview.url(slug), () -> report(slug), model, redirect, response);
	}

	private String outcome(Proposals.Outcome outcome, ReportForm form, Model model, RedirectAttributes redirect,
			HttpServletResponse response, String message) {
		return Proposals.page(outcome, form, VIEW, message, model, redirect, response);
	}

	private Report report(String slug) {
		return this.reports.findBySlug(slug).orElseThrow(() -> new NotFoundException("report", slug));
	}

}
