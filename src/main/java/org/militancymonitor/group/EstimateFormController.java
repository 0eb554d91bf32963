package org.militancymonitor.group;

import java.security.Principal;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.militancymonitor.claim.ClaimPosition;
import org.militancymonitor.claim.ClaimantKind;
import org.militancymonitor.claim.Confidence;
import org.militancymonitor.claim.Parties;
import org.militancymonitor.common.DatePrecision;
import org.militancymonitor.region.RegionDirectory;
import org.militancymonitor.region.RegionLevel;
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
 * Entering and editing a group's estimates: a new estimate is a draft (revised on this
 * form until it is submitted from its review page), an edit of an estimate waits for
 * review. The group is the page's: a form never names it. An editor retracts an estimate
 * from the group's page; a retracted one, or one of a retracted group, is not edited.
 */
@Controller
class EstimateFormController {

	static final String VIEW = "groups/estimateForm";

	private final GroupRepository groups;

	private final EstimateRepository estimates;

	private final EstimateReview review;

	private final Proposals proposals;

	private final RegionDirectory regions;

	private final Parties parties;

	private final Retractions retractions;

	EstimateFormController(GroupRepository groups, EstimateRepository estimates, EstimateReview review,
			Proposals proposals, RegionDirectory regions, Parties parties, Retractions retractions) {
		this.retractions = retractions;
		this.groups = groups;
		this.estimates = estimates;
		this.review = review;
		this.proposals = proposals;
		this.regions = regions;
		this.parties = parties;
	}

	@InitBinder("form")
	void initFormBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id", "groupId", "groupName");
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("metrics", EstimateMetric.values());
		model.addAttribute("qualifiers", EstimateQualifier.values());
		model.addAttribute("precisions", DatePrecision.values());
		model.addAttribute("countryOptions", this.regions.picker(RegionLevel.COUNTRY));
		model.addAttribute("provinceOptions", this.regions.picker(RegionLevel.ADMIN1));
		model.addAttribute("districtOptions", this.regions.picker(RegionLevel.ADMIN2));
		model.addAttribute("partyNames", this.parties.partyNames());
		model.addAttribute("personNames", this.parties.personNames());
		model.addAttribute("sourceOptions", this.parties.sources());
		model.addAttribute("claimantKinds", ClaimantKind.values());
		model.addAttribute("positions", ClaimPosition.values());
		model.addAttribute("confidences", Confidence.values());
	}

	@GetMapping("/groups/{slug}/estimates/new")
	String initCreationForm(@PathVariable String slug, @RequestParam(name = "draft", required = false) Long draft,
			Model model) {
		MilitantGroup group = group(slug);
		EstimateForm form;
		if (draft != null) {
			PendingRevision revision = draft(draft, group);
			form = this.proposals.form(revision, EstimateForm.class);
			form.setVersion(revision.getVersion());
			model.addAttribute("draft", draft);
		}
		else {
			form = new EstimateForm();
		}
		form.keepOneClaim();
		form.setFormToken(FormTokens.newToken());
		model.addAttribute("form", form);
		model.addAttribute("group", group);
		return VIEW;
	}

	@PostMapping("/groups/{slug}/estimates/new")
	String processCreationForm(@PathVariable String slug, @Valid @ModelAttribute("form") EstimateForm form,
			BindingResult result, @RequestParam(name = "draft", required = false) Long draft, Principal principal,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		MilitantGroup group = group(slug);
		model.addAttribute("group", group);
		model.addAttribute("draft", draft);
		if (draft != null) {
			draft(draft, group);
		}
		of(form, group);
		this.review.check(form, result);
		if (result.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return VIEW;
		}
		Proposals.Outcome outcome = this.proposals.saveDraft(EstimateReview.KIND, draft, form.getVersion(), form,
				form.getFormToken(), principal.getName(),
				(payload) -> this.proposals.form(payload, EstimateForm.class).describe());
		return outcome(outcome, form, model, redirect, response, "estimate.draftSaved");
	}

	@GetMapping("/groups/{slug}/estimates/{id}/edit")
	String initUpdateForm(@PathVariable String slug, @PathVariable long id, Model model) {
		MilitantGroup group = group(slug);
		Estimate estimate = estimate(group, id);
		estimate.requireEditable();
		EstimateForm form = EstimateForm.of(estimate, this.regions);
		form.setFormToken(FormTokens.newToken());
		model.addAttribute("form", form);
		model.addAttribute("group", group);
		model.addAttribute("estimateId", id);
		return VIEW;
	}

	@PostMapping("/groups/{slug}/estimates/{id}/edit")
	String processUpdateForm(@PathVariable String slug, @PathVariable long id,
			@Valid @ModelAttribute("form") EstimateForm form, BindingResult result, Principal principal, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		MilitantGroup group = group(slug);
		Estimate estimate = estimate(group, id);
		estimate.requireEditable();
		model.addAttribute("group", group);
		model.addAttribute("estimateId", id);
		of(form, group);
		this.review.check(form, result);
		if (form.getReason() == null || form.getReason().isBlank()) {
			result.rejectValue("reason", "form.reason.required");
		}
		if (result.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return VIEW;
		}
		Proposals.Outcome outcome = this.proposals.proposeEdit(EstimateReview.KIND, id, form.getVersion(),
				estimate.getVersion(), form, form.getReason(), form.getFormToken(), principal.getName(),
				EstimateReview.url(slug), EstimateForm.of(estimate, this.regions).describe());
		return outcome(outcome, form, model, redirect, response, "form.revisionPending");
	}

	@PostMapping("/groups/{slug}/estimates/{id}/retract")
	String retract(@PathVariable String slug, @PathVariable long id,
			@Valid @ModelAttribute("retractionForm") RetractionForm form, BindingResult result, Principal principal,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Estimate estimate = estimate(slug, id);
		String title = estimate.getGroup().getName() + ((estimate.getValue() != null)
				? ": " + String.format(java.util.Locale.ROOT, "%,d", estimate.getValue()) : "");
		return this.retractions.retract(form, result, principal.getName(), title,
				GroupReview.retractedUrl(slug, "estimate", id), () -> estimate(slug, id), model, redirect, response);
	}

	/** Sets the page's group on a submitted form, whatever the request held. */
	private static void of(EstimateForm form, MilitantGroup group) {
		form.setGroupId(group.getId());
		form.setGroupName(group.getName());
		form.keepOneClaim();
	}

	private String outcome(Proposals.Outcome outcome, EstimateForm form, Model model, RedirectAttributes redirect,
			HttpServletResponse response, String message) {
		return Proposals.page(outcome, form, VIEW, message, model, redirect, response);
	}

	/** The group whose estimate the form enters or edits: a retracted group's are not. */
	private MilitantGroup group(String slug) {
		MilitantGroup group = this.groups.findBySlug(slug).orElseThrow(() -> new NotFoundException("group", slug));
		group.requireEditable();
		return group;
	}

	/** A draft of an estimate of this group. */
	private PendingRevision draft(long id, MilitantGroup group) {
		PendingRevision revision = this.proposals.draft(id, EstimateReview.KIND);
		if (!group.getId().equals(this.proposals.form(revision, EstimateForm.class).getGroupId())) {
			throw new NotFoundException("draft", id);
		}
		return revision;
	}

	/** The group's estimate: another group's is not found here. */
	private Estimate estimate(MilitantGroup group, long id) {
		return estimate(group.getSlug(), id);
	}

	private Estimate estimate(String slug, long id) {
		return this.estimates.findWithClaim(id)
			.filter((e) -> e.getGroup().getSlug().equals(slug))
			.orElseThrow(() -> new NotFoundException(EstimateReview.KIND, id));
	}

}
