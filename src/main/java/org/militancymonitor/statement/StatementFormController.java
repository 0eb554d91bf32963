package org.militancymonitor.statement;

import java.security.Principal;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.militancymonitor.claim.ClaimPosition;
import org.militancymonitor.claim.ClaimantKind;
import org.militancymonitor.claim.Confidence;
import org.militancymonitor.claim.Parties;
import org.militancymonitor.common.DatePrecision;
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
 * Entering and editing statements: a new statement is a draft (revised on this form until
 * it is submitted from its review page), an edit of a statement waits for review with its
 * reason. The form works without JavaScript: "another group" and "another state" submit
 * it to add a line. An editor retracts a statement from its page; a retracted one is not
 * edited.
 */
@Controller
class StatementFormController {

	static final String VIEW = "statements/statementForm";

	private final StatementEditor editor;

	private final Proposals proposals;

	private final Parties parties;

	private final Retractions retractions;

	private final StatementRepository statements;

	StatementFormController(StatementEditor editor, Proposals proposals, Parties parties, Retractions retractions,
			StatementRepository statements) {
		this.statements = statements;
		this.retractions = retractions;
		this.editor = editor;
		this.proposals = proposals;
		this.parties = parties;
	}

	@InitBinder("form")
	void initFormBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("partyNames", this.parties.partyNames());
		model.addAttribute("personNames", this.parties.personNames());
		model.addAttribute("sourceOptions", this.parties.sources());
		model.addAttribute("venueKinds", VenueKind.values());
		model.addAttribute("stances", Stance.values());
		model.addAttribute("datePrecisions", DatePrecision.values());
		model.addAttribute("claimantKinds", ClaimantKind.values());
		model.addAttribute("positions", ClaimPosition.values());
		model.addAttribute("confidences", Confidence.values());
	}

	@GetMapping("/statements/new")
	String initCreationForm(@RequestParam(name = "draft", required = false) Long draft, Model model) {
		StatementForm form;
		if (draft != null) {
			PendingRevision revision = this.proposals.draft(draft, StatementReview.KIND);
			form = this.proposals.form(revision, StatementForm.class);
			form.setVersion(revision.getVersion());
			model.addAttribute("draft", draft);
		}
		else {
			form = new StatementForm();
		}
		form.setFormToken(FormTokens.newToken());
		form.addBlankLines(1, 1);
		model.addAttribute("form", form);
		return VIEW;
	}

	@PostMapping("/statements/new")
	String processCreationForm(@Valid @ModelAttribute("form") StatementForm form, BindingResult result,
			@RequestParam(name = "draft", required = false) Long draft,
			@RequestParam(name = "addLine", required = false) String addLine, Principal principal, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		model.addAttribute("draft", draft);
		if (addLine != null) {
			return withAddedLine(form, addLine);
		}
		this.editor.check(form, null, result);
		if (result.hasErrors()) {
			return invalid(form, response);
		}
		form.dropBlankLines();
		Proposals.Outcome outcome = this.proposals.saveDraft(StatementReview.KIND, draft, form.getVersion(), form,
				form.getFormToken(), principal.getName(),
				(payload) -> this.proposals.form(payload, StatementForm.class).describe());
		return outcome(outcome, form, model, redirect, response, "statementForm.draftSaved");
	}

	@GetMapping("/statements/{id}/edit")
	String initUpdateForm(@PathVariable long id, Model model) {
		StatementForm form = current(id);
		form.setFormToken(FormTokens.newToken());
		form.addBlankLines(1, 1);
		model.addAttribute("form", form);
		model.addAttribute("statementId", id);
		return VIEW;
	}

	@PostMapping("/statements/{id}/edit")
	String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("form") StatementForm form,
			BindingResult result, @RequestParam(name = "addLine", required = false) String addLine, Principal principal,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		StatementForm current = current(id);
		model.addAttribute("statementId", id);
		if (addLine != null) {
			return withAddedLine(form, addLine);
		}
		this.editor.check(form, id, result);
		if (form.getReason() == null || form.getReason().isBlank()) {
			result.rejectValue("reason", "form.reason.required");
		}
		if (result.hasErrors()) {
			return invalid(form, response);
		}
		form.dropBlankLines();
		Proposals.Outcome outcome = this.proposals.proposeEdit(StatementReview.KIND, id, form.getVersion(),
				current.getVersion(), form, form.getReason(), form.getFormToken(), principal.getName(),
				StatementReview.url(id), current.describe());
		return outcome(outcome, form, model, redirect, response, "form.revisionPending");
	}

	@PostMapping("/statements/{id}/retract")
	String retract(@PathVariable long id, @Valid @ModelAttribute("retractionForm") RetractionForm form,
			BindingResult result, Principal principal, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return this.retractions.retract(form, result, principal.getName(), statement(id).getSummary(),
				StatementReview.url(id), () -> statement(id), model, redirect, response);
	}

	private static String withAddedLine(StatementForm form, String line) {
		form.addBlankLines("group".equals(line) ? 1 : 0, "actor".equals(line) ? 1 : 0);
		return VIEW;
	}

	private static String invalid(StatementForm form, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		// The claim's fields stay on the form even when the editor left them all empty.
		form.addBlankLines(0, 0);
		return VIEW;
	}

	private String outcome(Proposals.Outcome outcome, StatementForm form, Model model, RedirectAttributes redirect,
			HttpServletResponse response, String message) {
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
		form.addBlankLines(0, 0);
		return VIEW;
	}

	/** The form of the statement as it is now: a retracted one is not edited. */
	private StatementForm current(long id) {
		statement(id).requireEditable();
		return this.editor.form(id).orElseThrow(() -> new NotFoundException("statement", id));
	}

	private Statement statement(long id) {
		return this.statements.findById(id).orElseThrow(() -> new NotFoundException("statement", id));
	}

}
