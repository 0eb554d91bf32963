package org.militancymonitor.group;

import java.security.Principal;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.militancymonitor.claim.ClaimLine;
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
 * Entering and editing a group's relationships with other groups, from either group's
 * page: a new relationship is a draft (revised on this form until it is submitted from
 * its review page), an edit waits for review. The form works without JavaScript: "another
 * claim" submits it to add a line. An editor retracts a relationship from the group's
 * page; a retracted one, or one of a retracted group, is not edited.
 */
@Controller
class RelationshipFormController {

	static final String VIEW = "groups/relationshipForm";

	/** Claim lines a form offers at most. */
	private static final int MAX_LINES = 40;

	private final GroupRepository groups;

	private final RelationshipRepository relationships;

	private final RelationshipReview review;

	private final Proposals proposals;

	private final Parties parties;

	private final Retractions retractions;

	RelationshipFormController(GroupRepository groups, RelationshipRepository relationships, RelationshipReview review,
			Proposals proposals, Parties parties, Retractions retractions) {
		this.retractions = retractions;
		this.groups = groups;
		this.relationships = relationships;
		this.review = review;
		this.proposals = proposals;
		this.parties = parties;
	}

	@InitBinder("form")
	void initFormBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id", "groupId", "groupName");
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("directions", RelationshipDirection.values());
		model.addAttribute("types", RelationshipType.values());
		model.addAttribute("precisions", DatePrecision.values());
		model.addAttribute("partyNames", this.parties.partyNames());
		model.addAttribute("personNames", this.parties.personNames());
		model.addAttribute("sourceOptions", this.parties.sources());
		model.addAttribute("claimantKinds", ClaimantKind.values());
		model.addAttribute("positions", ClaimPosition.values());
		model.addAttribute("confidences", Confidence.values());
	}

	@GetMapping("/groups/{slug}/relationships/new")
	String initCreationForm(@PathVariable String slug, @RequestParam(name = "draft", required = false) Long draft,
			Model model) {
		MilitantGroup group = group(slug);
		RelationshipForm form;
		if (draft != null) {
			PendingRevision revision = draft(draft, group);
			form = this.proposals.form(revision, RelationshipForm.class);
			form.setVersion(revision.getVersion());
			model.addAttribute("draft", draft);
		}
		else {
			form = new RelationshipForm();
		}
		form.addBlankClaims(1);
		form.setFormToken(FormTokens.newToken());
		model.addAttribute("form", form);
		model.addAttribute("group", group);
		return VIEW;
	}

	@PostMapping("/groups/{slug}/relationships/new")
	String processCreationForm(@PathVariable String slug, @Valid @ModelAttribute("form") RelationshipForm form,
			BindingResult result, @RequestParam(name = "draft", required = false) Long draft,
			@RequestParam(name = "addLine", required = false) String addLine, Principal principal, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		MilitantGroup group = group(slug);
		model.addAttribute("group", group);
		model.addAttribute("draft", draft);
		if (draft != null) {
			draft(draft, group);
		}
		ofGroup(form, group);
		if (addLine != null) {
			return withAddedLine(form);
		}
		this.review.check(form, null, result);
		if (result.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return VIEW;
		}
		form.dropBlankClaims();
		Proposals.Outcome outcome = this.proposals.saveDraft(RelationshipReview.KIND, draft, form.getVersion(), form,
				form.getFormToken(), principal.getName(),
				(payload) -> this.proposals.form(payload, RelationshipForm.class).describe());
		return outcome(outcome, form, model, redirect, response, "relationship.draftSaved");
	}

	@GetMapping("/groups/{slug}/relationships/{id}/edit")
	String initUpdateForm(@PathVariable String slug, @PathVariable long id, Model model) {
		MilitantGroup group = group(slug);
		GroupRelationship relationship = relationship(group, id);
		relationship.requireEditable();
		RelationshipForm form = RelationshipForm.of(relationship, group);
		form.addBlankClaims(1);
		form.setFormToken(FormTokens.newToken());
		model.addAttribute("form", form);
		model.addAttribute("group", group);
		model.addAttribute("relationshipId", id);
		return VIEW;
	}

	@PostMapping("/groups/{slug}/relationships/{id}/edit")
	String processUpdateForm(@PathVariable String slug, @PathVariable long id,
			@Valid @ModelAttribute("form") RelationshipForm form, BindingResult result,
			@RequestParam(name = "addLine", required = false) String addLine, Principal principal, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		MilitantGroup group = group(slug);
		GroupRelationship relationship = relationship(group, id);
		relationship.requireEditable();
		model.addAttribute("group", group);
		model.addAttribute("relationshipId", id);
		ofGroup(form, group);
		if (addLine != null) {
			return withAddedLine(form);
		}
		this.review.check(form, id, result);
		if (form.getReason() == null || form.getReason().isBlank()) {
			result.rejectValue("reason", "form.reason.required");
		}
		if (result.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return VIEW;
		}
		form.dropBlankClaims();
		Proposals.Outcome outcome = this.proposals.proposeEdit(RelationshipReview.KIND, id, form.getVersion(),
				relationship.getVersion(), form, form.getReason(), form.getFormToken(), principal.getName(),
				RelationshipReview.url(slug), RelationshipForm.of(relationship, group).describe());
		return outcome(outcome, form, model, redirect, response, "form.revisionPending");
	}

	@PostMapping("/groups/{slug}/relationships/{id}/retract")
	String retract(@PathVariable String slug, @PathVariable long id,
			@Valid @ModelAttribute("retractionForm") RetractionForm form, BindingResult result, Principal principal,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		GroupRelationship relationship = relationship(slug, id);
		String title = relationship.getFromGroup().getDisplayName() + " → "
				+ relationship.getToGroup().getDisplayName();
		return this.retractions.retract(form, result, principal.getName(), title,
				GroupReview.retractedUrl(slug, "relationship", id), () -> relationship(slug, id), model, redirect,
				response);
	}

	/** Sets the page's group on a submitted form, whatever the request held. */
	private static void ofGroup(RelationshipForm form, MilitantGroup group) {
		form.setGroupId(group.getId());
		form.setGroupName(group.getName());
		// A request may skip indexes: the lines between are blank ones, not holes.
		form.getClaims().replaceAll((line) -> (line != null) ? line : new ClaimLine());
	}

	private String withAddedLine(RelationshipForm form) {
		if (form.getClaims().size() < MAX_LINES) {
			form.addBlankClaims(1);
		}
		return VIEW;
	}

	private String outcome(Proposals.Outcome outcome, RelationshipForm form, Model model, RedirectAttributes redirect,
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
		form.addBlankClaims(1);
		return VIEW;
	}

	/**
	 * The group whose relationship the form enters or edits: a retracted group's are not.
	 */
	private MilitantGroup group(String slug) {
		MilitantGroup group = this.groups.findBySlug(slug).orElseThrow(() -> new NotFoundException("group", slug));
		group.requireEditable();
		return group;
	}

	/** A draft of a relationship entered on this group's page. */
	private PendingRevision draft(long id, MilitantGroup group) {
		PendingRevision revision = this.proposals.draft(id, RelationshipReview.KIND);
		if (!group.getId().equals(this.proposals.form(revision, RelationshipForm.class).getGroupId())) {
			throw new NotFoundException("draft", id);
		}
		return revision;
	}

	/** A relationship of the group, either way: another's is not found here. */
	private GroupRelationship relationship(MilitantGroup group, long id) {
		return relationship(group.getSlug(), id);
	}

	private GroupRelationship relationship(String slug, long id) {
		return this.relationships.findWithClaims(id)
			.filter((r) -> r.getFromGroup().getSlug().equals(slug) || r.getToGroup().getSlug().equals(slug))
			.orElseThrow(() -> new NotFoundException(RelationshipReview.KIND, id));
	}

}
