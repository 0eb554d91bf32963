package org.militancymonitor.claim;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.unbescape.html.HtmlEscape;

import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evidence's markup: marked retracted or denial as the claim is, its texts escaped,
 * the edit link only while the claim stands.
 */
class EvidenceHtmlTests {

	private final EvidenceHtml html = new EvidenceHtml(messages(), () -> true);

	@Test
	void shouldShowTheQuoteItsSourceAndWhoAssertsItWithALinkToEditTheClaim() {
		String markup = this.html.html(evidence("a000-01", ClaimPosition.ASSERTS, null, false), true);
		assertThat(markup).startsWith("<details class=\"evidence\">")
			.contains("<span>Denmark</span>", "&ldquo;<span>It &lt;b&gt;shelters&lt;/b&gt; &quot;them&quot;</span>",
					"<span class=\"source-title\">Wire &amp; Co</span>", "<span>high</span>",
					"<a class=\"claim-edit\" href=\"/claims/a000-01/edit\">Edit</a>")
			.doesNotContain("<b>", "evidence-retracted", "evidence-denial")
			.endsWith("</details>");
	}

	@Test
	void shouldOfferNoEditToAReaderWhoMayNotEditClaims() {
		String markup = this.html.html(evidence("a000-01", ClaimPosition.ASSERTS, null, false), false);
		assertThat(markup).contains("<span class=\"font-monospace\">a000-01</span>")
			.doesNotContain("claim-edit", "/edit");
	}

	@Test
	void shouldMarkADenial() {
		assertThat(this.html.html(evidence("a000-02", ClaimPosition.DENIES, null, false), true))
			.startsWith("<details class=\"evidence evidence-denial\">")
			.contains("<span class=\"badge text-bg-danger\">denies</span>");
	}

	@Test
	void shouldSayWhyARetractedClaimIsNoEvidenceAndOfferNoEdit() {
		assertThat(this.html.html(evidence("a000-03", ClaimPosition.ASSERTS, "a <fabrication>", true), true))
			.startsWith("<details class=\"evidence evidence-retracted\">")
			.contains("evidence-retracted-badge\">retracted</span>",
					"<p class=\"small mb-1 evidence-retraction\">Source retracted: a &lt;fabrication&gt;</p>")
			.doesNotContain("claim-edit");
	}

	@Test
	void shouldNameTheSourceItselfWhenNobodyElseAssertsIt() {
		Evidence e = new Evidence("a000-04", "quote", "wire", "Wire", null, null, ClaimPosition.ASSERTS,
				Confidence.HIGH, null, false);
		assertThat(this.html.html(e, true)).contains("<span>The source itself</span>");
	}

	@Test
	void shouldEncodeTheReferenceInTheLink() {
		assertThat(this.html.html(evidence("a b/c", ClaimPosition.ASSERTS, null, false), true))
			.contains("href=\"/claims/a%20b%2Fc/edit\"");
	}

	@Test
	void shouldEscapeEveryTextAsTheTemplateEngineDoes() {
		for (String text : new String[] { "It's \"theirs\" & <ours>", "''", "&amp; already", "a\u0000b\u202Ec\u200Bd",
				"\uD83D\uDCA3 emoji ’curly’ «guillemets»", "", "<script>alert('x')</script>", "=cmd|' /C calc'!A0",
				"javascript:alert(1)//\"><img src=x onerror=alert(1)>" }) {
			Evidence e = new Evidence(text, text, "wire", text, text, ClaimantKind.STATE, ClaimPosition.ASSERTS,
					Confidence.HIGH, null, false);
			String escaped = HtmlEscape.escapeHtml4Xml(text);
			assertThat(this.html.html(e, true)).contains("<span>" + escaped + "</span>\n  </summary>",
					"&ldquo;<span>" + escaped + "</span>&rdquo;", "<span class=\"source-title\">" + escaped + "<",
					"<span class=\"font-monospace\">" + escaped + "<");
		}
	}

	private static Evidence evidence(String ref, ClaimPosition position, String retraction, boolean sourceRetracted) {
		return new Evidence(ref, "It <b>shelters</b> \"them\"", "wire", "Wire & Co", "Denmark", ClaimantKind.STATE,
				position, Confidence.HIGH, retraction, sourceRetracted);
	}

	private static StaticMessageSource messages() {
		StaticMessageSource messages = new StaticMessageSource();
		Locale locale = Locale.getDefault();
		messages.addMessage("evidence.retracted", locale, "retracted");
		messages.addMessage("evidence.denies", locale, "denies");
		messages.addMessage("evidence.sourceItself", locale, "The source itself");
		messages.addMessage("evidence.retractedBecause", locale, "Retracted: {0}");
		messages.addMessage("evidence.sourceRetractedBecause", locale, "Source retracted: {0}");
		messages.addMessage("evidence.source", locale, "Source");
		messages.addMessage("evidence.confidence", locale, "Confidence");
		messages.addMessage("enum.Confidence.HIGH", locale, "high");
		messages.addMessage("claim.editLink", locale, "Edit");
		return messages;
	}

}
