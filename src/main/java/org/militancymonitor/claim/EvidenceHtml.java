package org.militancymonitor.claim;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriUtils;

/**
 * The HTML of one piece of evidence, which a page inserts where a fact shows its claim
 * with {@code <th:block th:utext="${evidenceHtml.html(claim.evidence)}">}: written here
 * rather than as a template fragment because a page shows it up to a hundred times, and
 * the fragment's dozen expressions, and then inserting the fragment itself, were much of
 * a group profile's rendering (docs/benchmarks.md). A click (a {@code <details>}, no
 * JavaScript) shows the quote, the source, who asserts it and the confidence: the details
 * marked evidence-retracted or evidence-denial; the summary with the retracted or denies
 * badge and the claimant (else "the source itself"); the retraction's reason; the quote;
 * the source's title, the confidence, the claim's reference and, unless retracted, the
 * link to edit the claim for a reader who may edit claims. Texts are escaped as the
 * engine escapes text and come from the messages. Every page's model holds it as
 * {@code evidenceHtml}.
 */
@ControllerAdvice
public class EvidenceHtml {

	private final MessageSource messages;

	private final ClaimEditing editing;

	private final Map<Label, String> labels = new ConcurrentHashMap<>();

	EvidenceHtml(MessageSource messages, ClaimEditing editing) {
		this.messages = messages;
		this.editing = editing;
	}

	@ModelAttribute("evidenceHtml")
	Page evidenceHtml() {
		return new Page(this.editing.currentReaderMayEdit());
	}

	/**
	 * The evidence's markup, its texts escaped; with the link to edit the claim if
	 * {@code editable} and the claim stands.
	 */
	public String html(Evidence e, boolean editable) {
		StringBuilder html = new StringBuilder(768 + ((e.quote() != null) ? e.quote().length() : 0));
		html.append("<details class=\"evidence");
		if (e.isRetracted()) {
			html.append(" evidence-retracted");
		}
		else if (e.isDenial()) {
			html.append(" evidence-denial");
		}
		html.append("\">\n  <summary>\n    ");
		if (e.isRetracted()) {
			html.append("<span class=\"badge text-bg-secondary evidence-retracted-badge\">")
				.append(text("evidence.retracted"))
				.append("</span>\n    ");
		}
		if (e.isDenial()) {
			html.append("<span class=\"badge text-bg-danger\">")
				.append(text("evidence.denies"))
				.append("</span>\n    ");
		}
		html.append("<span>");
		if (e.claimant() != null) {
			escape(html, e.claimant());
		}
		else {
			html.append(text("evidence.sourceItself"));
		}
		html.append("</span>\n  </summary>\n  ");
		if (e.isRetracted()) {
			html.append("<p class=\"small mb-1 evidence-retraction\">")
				.append(text(e.sourceRetracted() ? "evidence.sourceRetractedBecause" : "evidence.retractedBecause",
						e.retractionReason()))
				.append("</p>\n  ");
		}
		html.append("<blockquote class=\"blockquote-evidence mb-1\">&ldquo;<span>");
		escape(html, e.quote());
		html.append("</span>&rdquo;</blockquote>\n  <div class=\"small text-muted\">\n    <span>")
			.append(text("evidence.source"))
			.append("</span>:\n    <span class=\"source-title\">");
		escape(html, e.sourceTitle());
		html.append("</span>\n    &middot; <span>")
			.append(text("evidence.confidence"))
			.append("</span>:\n    <span>")
			.append(text("enum.Confidence." + e.confidence()))
			.append("</span>\n    &middot; <span class=\"font-monospace\">");
		escape(html, e.ref());
		html.append("</span>\n    ");
		if (editable && !e.isRetracted()) {
			html.append("&middot; <a class=\"claim-edit\" href=\"");
			escape(html,
					contextPath() + "/claims/" + UriUtils.encodePathSegment(e.ref(), StandardCharsets.UTF_8) + "/edit");
			html.append("\">").append(text("claim.editLink")).append("</a>");
		}
		html.append("\n  </div>\n</details>");
		return html.toString();
	}

	/**
	 * The evidence of the page being rendered, the edit link offered if its reader may
	 * edit claims (asked once a page).
	 */
	public final class Page {

		private final boolean editable;

		Page(boolean editable) {
			this.editable = editable;
		}

		public String html(Evidence e) {
			return EvidenceHtml.this.html(e, this.editable);
		}

	}

	private String text(String code, Object... args) {
		Locale locale = LocaleContextHolder.getLocale();
		if (args.length > 0) {
			return escape(this.messages.getMessage(code, args, "??" + code + "??", locale));
		}
		// a page asks for the same few labels a hundred times, and messages never reload
		return this.labels.computeIfAbsent(new Label(code, locale),
				(label) -> escape(this.messages.getMessage(code, null, "??" + code + "??", locale)));
	}

	private record Label(String code, Locale locale) {
	}

	private static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		escape(escaped, text);
		return escaped.toString();
	}

	/**
	 * Appends the text escaped as the engine's {@code HtmlEscape.escapeHtml4Xml} escapes
	 * it (the five markup characters, {@code '} as {@code &#39;}), in runs between them:
	 * the library appends a character at a time once it meets one, and quotes are full of
	 * apostrophes.
	 */
	private static void escape(StringBuilder html, String text) {
		if (text == null) {
			return;
		}
		int from = 0;
		for (int i = 0; i < text.length(); i++) {
			String entity = switch (text.charAt(i)) {
				case '&' -> "&amp;";
				case '<' -> "&lt;";
				case '>' -> "&gt;";
				case '"' -> "&quot;";
				case '\'' -> "&#39;";
				default -> null;
			};
			if (entity != null) {
				// append(String) copies the run whole; append(text, from, to) a char at a
				// time
				html.append(text.substring(from, i)).append(entity);
				from = i + 1;
			}
		}
		html.append((from == 0) ? text : text.substring(from));
	}

	private static String contextPath() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes instanceof ServletRequestAttributes servlet) {
			HttpServletRequest request = servlet.getRequest();
			return request.getContextPath();
		}
		return "";
	}

}
