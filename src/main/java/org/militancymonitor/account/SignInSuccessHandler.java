package org.militancymonitor.account;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * After signing in: the page asked for before, else the landing page of the first of the
 * user's roles that has one ({@link SecurityConfiguration#LANDING}), else the home page.
 */
class SignInSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	private final Map<Role, String> landing;

	SignInSuccessHandler(Map<Role, String> landing, RequestCache pages) {
		this.landing = landing;
		setRequestCache(pages);
		setDefaultTargetUrl("/");
	}

	@Override
	protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) {
		for (Role role : Role.values()) {
			String page = this.landing.get(role);
			if (page != null && authentication.getAuthorities()
				.stream()
				.anyMatch((authority) -> role.authority().equals(authority.getAuthority()))) {
				return page;
			}
		}
		return super.determineTargetUrl(request, response, authentication);
	}

}
