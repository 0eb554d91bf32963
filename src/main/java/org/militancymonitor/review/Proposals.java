package org.militancymonitor.review;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;
import org.militancymonitor.system.FormTokens;
import org.militancymonitor.system.NotFoundException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.ui.Model;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Saves what an editor enters for a kind of record whose changes all wait for review: the
 * draft of a new record (revised until submitted), or an edit of a published record with
 * its reason. The form is kept whole, in JSON; its feature applies it when a second
 * person approves it ({@link ReviewKind#apply}). Each save takes the form's one-time
 * token, and a form made from an older version than the one saved meanwhile is a
 * conflict, never an overwrite.
 */
@Service
public class Proposals {

	private final PendingRevisionRepository revisions;

	private final FormTokens tokens;

	private final JsonMapper json;

	Proposals(PendingRevisionRepository revisions, FormTokens tokens, JsonMapper json) {
		this.revisions = revisions;
		this.tokens = tokens;
		this.json = json;
	}

	/** What became of a saved form. */
	public sealed interface Outcome {

	}

	/** Saved (or saved before, by an earlier POST of the same form): the page to show. */
	public record Saved(String url, boolean repeated) implements Outcome {
	}

	/**
	 * Made from an older version than the draft's or record's: their values now, by
	 * label, for the conflict page, and the version to re-apply the form to.
	 */
	public record Conflict(Map<String, String> current, int currentVersion) implements Outcome {
	}

	/**
	 * Saves a new record's draft: a new one when {@code revisionId} is null, else a
	 * revision of that draft made from its {@code draftVersion}.
	 * @param values the form's fields as text by label, for a conflict page
	 */
	@Transactional
	public Outcome saveDraft(String kind, Long revisionId, int draftVersion, Object form, String token, String editor,
			Function<String, Map<String, String>> values) {
		Optional<String> earlier = this.tokens.take(token, editor);
		if (earlier.isPresent()) {
			return new Saved(earlier.get(), true);
		}
		PendingRevision revision;
		if (revisionId == null) {
			revision = this.revisions.save(PendingRevision.newRecord(kind, this.json.writeValueAsString(form), editor));
		}
		else {
			revision = draft(revisionId, kind);
			if (revision.getVersion() != draftVersion) {
				TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
				return new Conflict(values.apply(revision.getPayload()), revision.getVersion());
			}
			revision.revise(this.json.writeValueAsString(form), editor);
		}
		this.revisions.flush();
		String url = "/review/revisions/" + revision.getId();
		this.tokens.complete(token, url);
		return new Saved(url, false);
	}

	/**
	 * Holds an edit of a published record for review, made from the record's
	 * {@code baseVersion}; a conflict when the record is at another version now.
	 * @param current the record's fields as text by label now, for a conflict page
	 */
	@Transactional
	public Outcome proposeEdit(String kind, long recordId, int baseVersion, int currentVersion, Object form,
			String reason, String token, String editor, String recordUrl, Map<String, String> current) {
		Optional<String> earlier = this.tokens.take(token, editor);
		if (earlier.isPresent()) {
			return new Saved(earlier.get(), true);
		}
		if (baseVersion != currentVersion) {
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
			return new Conflict(current, currentVersion);
		}
		this.revisions
			.save(new PendingRevision(kind, recordId, baseVersion, this.json.writeValueAsString(form), reason, editor));
		this.tokens.complete(token, recordUrl);
		return new Saved(recordUrl, false);
	}

	/**
	 * The page after a save: the saved page (with the flash message, or the one saying an
	 * earlier POST saved it), or the form's view again as the conflict page, its values
	 * beside the current ones and the form re-based on the current version.
	 */
	public static String page(Outcome outcome, ProposalForm form, String view, String message, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (outcome instanceof Saved saved) {
			redirect.addFlashAttribute("message", saved.repeated() ? "form.alreadySaved" : message);
			return "redirect:" + saved.url();
		}
		Conflict conflict = (Conflict) outcome;
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		model.addAttribute("comparison", FieldChange.compare(form.describe(), conflict.current()));
		model.addAttribute("conflict", true);
		form.setVersion(conflict.currentVersion());
		form.setFormToken(FormTokens.newToken());
		return view;
	}

	/** A draft of a new record of the kind, to revise. */
	@Transactional(readOnly = true)
	public PendingRevision draft(long revisionId, String kind) {
		return this.revisions.findById(revisionId)
			.filter((r) -> r.getKind().equals(kind) && r.isDraft())
			.orElseThrow(() -> new NotFoundException("draft", revisionId));
	}

	/** A revision's form. */
	public <T> T form(PendingRevision revision, Class<T> type) {
		return form(revision.getPayload(), type);
	}

	/** The form a revision's payload holds. */
	public <T> T form(String payload, Class<T> type) {
		return this.json.readValue(payload, type);
	}

}
