package org.militancymonitor.account;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a multipart body before anything reads it, unless it is an upload to one of the
 * paths that take uploads, by a signed-in editor: the CSRF check reads a request's
 * parameters, which for a multipart body means storing the whole of it, up to the upload
 * limit (a gigabyte, for the ACLED import). Anybody else's multipart request is answered
 * 403 (415 for a path that takes no upload) with its body left unread.
 */
final class MultipartGuard extends OncePerRequestFilter {

	private final Set<String> uploadPaths;

	private final RoleHierarchy roles;

	private final String role;

	MultipartGuard(Set<String> uploadPaths, RoleHierarchy roles, Role role) {
		this.uploadPaths = uploadPaths;
		this.roles = roles;
		this.role = "ROLE_" + role.name();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return type == null || !type.regionMatches(true, 0, "multipart/", 0, "multipart/".length());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!"POST".equals(request.getMethod()) || !this.uploadPaths.contains(path)) {
			response.setHeader("Connection", "close");
			response.sendError(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
			return;
		}
		if (!mayUpload(SecurityContextHolder.getContext().getAuthentication())) {
			response.setHeader("Connection", "close");
			response.sendError(HttpServletResponse.SC_FORBIDDEN);
			return;
		}
		chain.doFilter(request, response);
	}

	private boolean mayUpload(Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return false;
		}
		for (GrantedAuthority authority : this.roles.getReachableGrantedAuthorities(authentication.getAuthorities())) {
			if (this.role.equals(authority.getAuthority())) {
				return true;
			}
		}
		return false;
	}

}
