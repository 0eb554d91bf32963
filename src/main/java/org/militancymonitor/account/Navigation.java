package org.militancymonitor.account;

import java.util.Collection;

import jakarta.servlet.http.HttpServletRequest;
import org.militancymonitor.system.SessionFragment;

import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What the layout's navigation shows of the requester: the links their roles open (the
 * same for everyone with those roles) and, through {@link #html()}, the session's own
 * fragment. Worked out when the layout asks, so that a request that renders no page
 * computes nothing.
 */
public final class Navigation {

	private final HttpServletRequest request;

	private final RoleHierarchy roles;

	private final SessionFragment fragment;

	Navigation(HttpServletRequest request, RoleHierarchy roles, SessionFragment fragment) {
		this.request = request;
		this.roles = roles;
		this.fragment = fragment;
	}

	public boolean isSignedIn() {
		return signedIn(SecurityContextHolder.getContext().getAuthentication());
	}

	private static boolean signedIn(Authentication authentication) {
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

	/** Whether the requester may manage accounts. */
	public boolean isAdmin() {
		return has(Role.ADMIN);
	}

	/** Whether the requester may enter, edit and review. */
	public boolean isEditor() {
		return has(Role.EDITOR);
	}

	/** The session's fragment: who is signed in and the sign-out form, escaped. */
	public String html() {
		return this.fragment.html(this.request);
	}

	private boolean has(Role role) {
		return reaches(this.roles, role);
	}

	/** Whether the signed-in requester's roles reach the role; never for anonymous. */
	static boolean reaches(RoleHierarchy roles, Role role) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (!signedIn(authentication)) {
			return false;
		}
		Collection<? extends GrantedAuthority> reachable = roles
			.getReachableGrantedAuthorities(authentication.getAuthorities());
		return reachable.stream().anyMatch((authority) -> role.authority().equals(authority.getAuthority()));
	}

}
