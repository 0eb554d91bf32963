package org.militancymonitor.incident;

import java.security.Principal;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.militancymonitor.claim.ClaimPosition;
import org.militancymonitor.claim.ClaimantKind;
import org.militancymonitor.claim.Confidence;
import org.militancymonitor.claim.Parties;
import org.militancymonitor.common.DatePrecision;
import org.militancymonitor.region.RegionDirectory;
import org.militancymonitor.region.RegionLevel;
import org.militancymonitor.review.FieldChange;
import org.militancymonitor.system.FormTokens;
import org.militancymonitor.system.NotFoundException;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
 * Entering and editing incidents, and their review steps. Every form works without
 * JavaScript: "another party" and "another claim" submit the form to add a line.
 */
@Controller
class IncidentFormController {

	static final String VIEW = "incidents/incidentForm";

	/** Party and claim lines a form offers at most. */
	private static final int MAX_LINES = 40;

	private final IncidentEditor editor;

	private final RegionDirectory regions;

	private final Parties parties;

	IncidentFormController(IncidentEditor editor, RegionDirectory regions, Parties parties) {
		this.editor = editor;
		this.regions = regions;
		this.parties = parties;
	}

	@InitBinder("form")
	void initFormBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("countryOptions", this.regions.picker(RegionLevel.COUNTRY));
		model.addAttribute("provinceOptions", this.regions.picker(RegionLevel.ADMIN1));
		model.addAttribute("districtOptions", this.regions.picker(RegionLevel.ADMIN2));
		model.addAttribute("partyNames", this.parties.partyNames());
		model.addAttribute("personNames", this.parties.personNames());
		model.addAttribute("sourceOptions", this.parties.sources());
		model.addAttribute("datePrecisions", DatePrecision.values());
		model.addAttribute("locationPrecisions", LocationPrecision.values());
		model.addAttribute("eventTypes", EventType.values());
		model.addAttribute("subEventTypes", SubEventType.values());
		model.addAttribute("actorRoles", ActorRole.values());
		model.addAttribute("claimantKinds", ClaimantKind.values());
		model.addAttribute("positions", ClaimPosition.values());
		model.addAttribute("confidences", Confidence.values());
	}

	@GetMapping("/incidents/new")
	String initCreationForm(Model model) {
		IncidentForm form = new IncidentForm();
		form.setFormToken(FormTokens.newToken());
		form.addBlankLines(2, 1);
		model.addAttribute("form", form);
		return VIEW;
	}

	@PostMapping("/incidents/new")
	String processCreationForm(@Valid @ModelAttribute("form") IncidentForm form, BindingResult result,
			@RequestParam(name = "addLine", required = false) String addLine, Principal principal,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (addLine != null) {
			return withAddedLine(form, addLine);
		}
		// The editor checks the rest (regions, parties, claims) so that every error shows
		// at once.
		return outcome(this.editor.create(form, result, principal.getName()), form, null, redirect, response,
				"incident.created");
	}

	@GetMapping("/incidents/{id}/edit")
	String initUpdateForm(@PathVariable long id, Model model) {
		IncidentForm form = this.editor.form(id).orElseThrow(() -> new NotFoundException("incident", id));
		form.setFormToken(FormTokens.newToken());
		form.addBlankLines(1, 1);
		model.addAttribute("form", form);
		model.addAttribute("incidentId", id);
		return VIEW;
	}

	@PostMapping("/incidents/{id}/edit")
	String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("form") IncidentForm form,
			BindingResult result, @RequestParam(name = "addLine", required = false) String addLine, Principal principal,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		model.addAttribute("incidentId", id);
		if (addLine != null) {
			return withAddedLine(form, addLine);
		}
		IncidentEditor.Outcome outcome;
		try {
			outcome = this.editor.update(id, form, result, principal.getName());
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			outcome = new IncidentEditor.Conflict(
					this.editor.form(id).orElseThrow(() -> new NotFoundException("incident", id)));
		}
		return outcome(outcome, form, model, redirect, response, "incident.saved");
	}

	@PostMapping("/incidents/{id}/submit")
	String submit(@PathVariable long id, @RequestParam int version, Principal principal, RedirectAttributes redirect) {
		redirect.addFlashAttribute("message", "incident.submitted");
		return "redirect:" + this.editor.submit(id, version, principal.getName());
	}

	@PostMapping("/incidents/{id}/publish")
	String publish(@PathVariable long id, @RequestParam int version, Principal principal, RedirectAttributes redirect) {
		redirect.addFlashAttribute("message", "incident.published");
		return "redirect:" + this.editor.publish(id, version, principal.getName());
	}

	@PostMapping("/incidents/{id}/send-back")
	String sendBack(@PathVariable long id, @RequestParam int version, Principal principal,
			RedirectAttributes redirect) {
		redirect.addFlashAttribute("message", "incident.sentBack");
		return "redirect:" + this.editor.sendBack(id, version, principal.getName());
	}

	@PostMapping("/incidents/{id}/retract")
	String retract(@PathVariable long id, @RequestParam int version,
			@RequestParam(name = "reason", required = false) String reason, Principal principal,
			RedirectAttributes redirect) {
		redirect.addFlashAttribute("message", "incident.retracted");
		return "redirect:" + this.editor.retract(id, version, principal.getName(), reason);
	}

	private String withAddedLine(IncidentForm form, String line) {
		if (form.getActors().size() + form.getClaims().size() < MAX_LINES) {
			form.addBlankLines("actor".equals(line) ? 1 : 0, "claim".equals(line) ? 1 : 0);
		}
		return VIEW;
	}

	private static String invalid(HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return VIEW;
	}

	private String outcome(IncidentEditor.Outcome outcome, IncidentForm form, Model model, RedirectAttributes redirect,
			HttpServletResponse response, String message) {
		if (outcome instanceof IncidentEditor.Saved saved) {
			redirect.addFlashAttribute("message",
					saved.repeated() ? "form.alreadySaved" : saved.pending() ? "incident.revisionPending" : message);
			return "redirect:" + saved.url();
		}
		if (outcome instanceof IncidentEditor.Conflict conflict) {
			return conflict(form, conflict.current(), model, response);
		}
		return invalid(response);
	}

	/**
	 * The conflict page: the editor's values beside the incident's current ones, and the
	 * editor's form again, made from the current version, to re-apply them.
	 */
	private String conflict(IncidentForm mine, IncidentForm current, Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		List<FieldChange.FieldComparison> rows = FieldChange.compare(mine.describe(), current.describe());
		mine.setVersion(current.getVersion());
		mine.setFormToken(FormTokens.newToken());
		model.addAttribute("comparison", rows);
		model.addAttribute("conflict", true);
		return VIEW;
	}

}
