package org.militancymonitor.report;

import java.security.Principal;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.militancymonitor.claim.ClaimPosition;
import org.militancymonitor.claim.ClaimantKind;
import org.militancymonitor.claim.Confidence;
import org.militancymonitor.claim.Parties;
import org.militancymonitor.review.FieldChange;
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
 * Entering and editing the findings of a published report: a new finding is a draft
 * (revised on this form until it is submitted from its review page), an edit of a finding
 * waits for review. The form works without JavaScript: "another group" submits it to add
 * a line. An editor retracts a finding from the report's page; a retracted finding is not
 * edited, nor does a retracted report take new findings.
 */
@Controller
class FindingFormController {

	static final String VIEW = "reports/findingForm";

	private final ReportRepository reports;

	private final ReportFindingRepository findings;

	private final FindingParts parts;

	private final Parties parties;

	private final Proposals proposals;

	private final Retractions retractions;

	FindingFormController(ReportRepository reports, ReportFindingRepository findings, FindingParts parts,
			Parties parties, Proposals proposals, Retractions retractions) {
		this.retractions = retractions;
		this.reports = reports;
		this.findings = findings;
		this.parts = parts;
		this.parties = parties;
		this.proposals = proposals;
	}

	@InitBinder("form")
	void initFormBinder(WebDataBinder binder) {
		// The report comes from the address: a form cannot move a finding to another one.
		binder.setDisallowedFields("id", "reportId");
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("partyNames", this.parties.partyNames());
		model.addAttribute("personNames", this.parties.personNames());
		model.addAttribute("sourceOptions", this.parties.sources());
		model.addAttribute("claimantKinds", ClaimantKind.values());
		model.addAttribute("positions", ClaimPosition.values());
		model.addAttribute("confidences", Confidence.values());
	}

	@GetMapping("/reports/{slug}/findings/new")
	String initCreationForm(@PathVariable String slug, @RequestParam(name = "draft", required = false) Long draft,
			Model model) {
		Report report = report(slug);
		FindingForm form;
		if (draft != null) {
			PendingRevision revision = this.proposals.draft(draft, FindingReview.KIND);
			form = this.proposals.form(revision, FindingForm.class);
			if (form.getReportId() != report.getId()) {
				throw new NotFoundException("draft", draft);
			}
			form.setVersion(revision.getVersion());
			form.addBlankLines(1, 0);
			model.addAttribute("draft", draft);
		}
		else {
			form = new FindingForm();
			form.setReportId(report.getId());
			form.setPosition(this.findings.nextPosition(report.getId()));
			form.addBlankLines(2, 1);
		}
		form.setFormToken(FormTokens.newToken());
		return show(report, form, model);
	}

	@PostMapping("/reports/{slug}/findings/new")
	String processCreationForm(@PathVariable String slug, @Valid @ModelAttribute("form") FindingForm form,
			BindingResult result, @RequestParam(name = "draft", required = false) Long draft,
			@RequestParam(name = "addLine", required = false) String addLine, Principal principal, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Report report = report(slug);
		if (draft != null && this.proposals.form(this.proposals.draft(draft, FindingReview.KIND), FindingForm.class)
			.getReportId() != report.getId()) {
			throw new NotFoundException("draft", draft);
		}
		form.setReportId(report.getId());
		model.addAttribute("draft", draft);
		if (addLine != null) {
			return withAddedLine(report, form, addLine, model);
		}
		if (this.parts.resolve(form, result) == null || result.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return show(report, form, model);
		}
		form.dropBlankLines();
		Proposals.Outcome outcome = this.proposals.saveDraft(FindingReview.KIND, draft, form.getVersion(), form,
				form.getFormToken(), principal.getName(),
				(payload) -> this.proposals.form(payload, FindingForm.class).describe());
		return outcome(outcome, report, form, model, redirect, response, "finding.draftSaved");
	}

	@GetMapping("/reports/{slug}/findings/{id}/edit")
	String initUpdateForm(@PathVariable String slug, @PathVariable long id, Model model) {
		Report report = report(slug);
		ReportFinding finding = finding(report, id);
		finding.requireEditable();
		FindingForm form = FindingForm.of(finding);
		form.addBlankLines(1, 1);
		form.setFormToken(FormTokens.newToken());
		model.addAttribute("findingId", id);
		return show(report, form, model);
	}

	@PostMapping("/reports/{slug}/findings/{id}/edit")
	String processUpdateForm(@PathVariable String slug, @PathVariable long id,
			@Valid @ModelAttribute("form") FindingForm form, BindingResult result,
			@RequestParam(name = "addLine", required = false) String addLine, Principal principal, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Report report = report(slug);
		ReportFinding finding = finding(report, id);
		finding.requireEditable();
		form.setReportId(report.getId());
		model.addAttribute("findingId", id);
		if (addLine != null) {
			return withAddedLine(report, form, addLine, model);
		}
		this.parts.resolve(form, result);
		if (form.getReason() == null || form.getReason().isBlank()) {
			result.rejectValue("reason", "form.reason.required");
		}
		if (result.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return show(report, form, model);
		}
		form.dropBlankLines();
		Proposals.Outcome outcome = this.proposals.proposeEdit(FindingReview.KIND, id, form.getVersion(),
				finding.getVersion(), form, form.getReason(), form.getFormToken(), principal.getName(),
				FindingReview.url(report.getSlug(), id), FindingForm.of(finding).describe());
		return outcome(outcome, report, form, model, redirect, response, "form.revisionPending");
	}

	@PostMapping("/reports/{slug}/findings/{id}/retract")
	String retract(@PathVariable String slug, @PathVariable long id,
			@Valid @ModelAttribute("retractionForm") RetractionForm form, BindingResult result, Principal principal,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		ReportFinding finding = finding(slug, id);
		return this.retractions.retract(form, result, principal.getName(), finding.getSummary(),
				FindingReview.url(slug, id), () -> finding(slug, id), model, redirect, response);
	}

	private String withAddedLine(Report report, FindingForm form, String line, Model model) {
		form.addBlankLines("group".equals(line) ? 1 : 0, "claim".equals(line) ? 1 : 0);
		return show(report, form, model);
	}

	private String outcome(Proposals.Outcome outcome, Report report, FindingForm form, Model model,
			RedirectAttributes redirect, HttpServletResponse response, String message) {
		if (outcome instanceof Proposals.Saved saved) {
			redirect.addFlashAttribute("message", saved.repeated() ? "form.alreadySaved" : message);
			return "redirect:" + saved.url();
		}
		Proposals.Conflict conflict = (Proposals.Conflict) outcome;
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		model.addAttribute("comparison", FieldChange.compare(form.describe(), conflict.current()));
		model.addAttribute("conflict", true);
		form.setVersion(conflict.currentVersion());
		form.setFormToken(FormTokens.newToken());
		form.addBlankLines(1, 0);
		return show(report, form, model);
	}

	private String show(Report report, FindingForm form, Model model) {
		model.addAttribute("report", report);
		model.addAttribute("form", form);
		return VIEW;
	}

	/** The report whose findings the form enters: a retracted one takes none. */
	private Report report(String slug) {
		Report report = this.reports.findBySlug(slug).orElseThrow(() -> new NotFoundException("report", slug));
		report.requireEditable();
		return report;
	}

	private ReportFinding finding(Report report, long id) {
		return finding(report.getSlug(), id);
	}

	private ReportFinding finding(String reportSlug, long id) {
		return this.findings.findWithParts(id)
			.filter((f) -> f.getReport().getSlug().equals(reportSlug))
			.orElseThrow(() -> new NotFoundException("finding", id));
	}

}
