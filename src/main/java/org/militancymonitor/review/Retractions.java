package org.militancymonitor.review;

import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import org.militancymonitor.audit.Changes;
import org.militancymonitor.system.FormTokens;

import org.springframework.stereotype.Service;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Retracts a record from the small form on its page, for every kind alike: in one
 * transaction with the form's one-time token, audited with the reason ("retracted: ...").
 * A form made from an older version of the record than the current one is refused as a
 * race (409, nothing changed); a form without a reason is shown again, the message beside
 * the field (400).
 */
@Service
public class Retractions {

	/** The form shown again when a retraction is refused for its input. */
	static final String VIEW = "review/retraction";

	private final FormTokens tokens;

	private final Changes changes;

	Retractions(FormTokens tokens, Changes changes) {
		this.tokens = tokens;
		this.changes = changes;
	}

	/**
	 * Retracts the record {@code record} loads (within the retraction's transaction) and
	 * answers with the page after it: the record's page with a message, or the form
	 * again.
	 * @param title the record's name, for the form shown again
	 * @param url the record's page
	 */
	public String retract(RetractionForm form, BindingResult result, String editor, String title, String url,
			Supplier<? extends Retractable> record, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		if (result.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("retractTitle", title);
			model.addAttribute("retractBack", url);
			// the form posts where it was sent: this request's path, with the context
			// path
			model.addAttribute("retractAction",
					ServletUriComponentsBuilder.fromCurrentRequestUri().replaceQuery(null).build().getPath());
			return VIEW;
		}
		String reason = form.getReason().strip();
		Optional<String> earlier = this.changes.because("retracted: " + reason, () -> {
			Optional<String> taken = this.tokens.take(form.getFormToken(), editor);
			if (taken.isPresent()) {
				return taken;
			}
			Retractable retractable = record.get();
			if (retractable.getVersion() != form.getVersion()) {
				throw new ReviewException("review.refused.raced",
						"made from version " + form.getVersion() + ", the record is at " + retractable.getVersion());
			}
			retractable.retract(editor, reason);
			this.tokens.complete(form.getFormToken(), url);
			return Optional.<String>empty();
		});
		redirect.addFlashAttribute("message", earlier.isPresent() ? "form.alreadySaved" : "retraction.done");
		return "redirect:" + earlier.orElse(url);
	}

}
