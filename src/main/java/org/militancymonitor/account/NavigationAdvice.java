package org.militancymonitor.account;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page's layout the requester's {@link Navigation}.
 */
@ControllerAdvice
class NavigationAdvice {

	private final RoleHierarchy roles;

	private final UserMenu menu;

	NavigationAdvice(RoleHierarchy roles, UserMenu menu) {
		this.roles = roles;
		this.menu = menu;
	}

	@ModelAttribute("navigation")
	Navigation navigation(HttpServletRequest request) {
		return new Navigation(request, this.roles, this.menu);
	}

}
