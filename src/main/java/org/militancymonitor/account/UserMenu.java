package org.militancymonitor.account;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.militancymonitor.system.SessionFragment;

import org.springframework.context.MessageSource;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The navigation's session fragment: the signed-in user's name and a sign-out form with
 * the session's CSRF token, or a sign-in link. Written here rather than in the layout so
 * that the {@code PageCache} can write it into a kept page for each request; every value
 * in it is escaped.
 */
@Component
class UserMenu implements SessionFragment {

	private final MessageSource messages;

	UserMenu(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public String html(HttpServletRequest request) {
		Locale locale = request.getLocale();
		String context = HtmlUtils.htmlEscape(request.getContextPath());
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		StringBuilder html = new StringBuilder(400).append(START);
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			html.append("<a class=\"btn btn-outline-light btn-sm ms-2\" id=\"sign-in\" href=\"")
				.append(context)
				.append("/login\">")
				.append(text("nav.signIn", locale))
				.append("</a>");
		}
		else {
			String name = (authentication.getPrincipal() instanceof SignedInUser user) ? user.getDisplayName()
					: authentication.getName();
			html.append("<span class=\"navbar-text text-light small ms-3 me-2\" id=\"signed-in-as\">")
				.append(HtmlUtils.htmlEscape(name))
				.append("</span><form class=\"d-flex\" method=\"post\" action=\"")
				.append(context)
				.append("/logout\">");
			CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
			if (token != null) {
				html.append("<input type=\"hidden\" name=\"")
					.append(HtmlUtils.htmlEscape(token.getParameterName()))
					.append("\" value=\"")
					.append(HtmlUtils.htmlEscape(token.getToken()))
					.append("\">");
			}
			html.append("<button class=\"btn btn-outline-light btn-sm\" type=\"submit\" id=\"sign-out\">")
				.append(text("nav.signOut", locale))
				.append("</button></form>");
		}
		return html.append(END).toString();
	}

	private String text(String code, Locale locale) {
		return HtmlUtils.htmlEscape(this.messages.getMessage(code, null, locale));
	}

}
