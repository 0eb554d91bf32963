package org.militancymonitor.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Credentials a script brings in the {@code Authorization} header of an API request: HTTP
 * Basic (a username and password, throttled as the sign-in form is) or an API token
 * ({@code Bearer}). A request that brings them is signed in by them alone, for itself
 * alone: it neither reads nor makes a session, so that it needs no CSRF token (a browser
 * cannot be made to send such a header to another site without that site's consent, which
 * this application never gives), and a wrong password never falls back on a session. They
 * count only under {@code /api}, for the API's document and for the metrics a scraper
 * reads ({@code /actuator/prometheus}), never on the pages: a token cannot make another
 * token.
 */
final class HeaderCredentials {

	static final RequestMatcher API = new OrRequestMatcher(PathPatternRequestMatcher.pathPattern("/api/**"),
			PathPatternRequestMatcher.pathPattern("/v3/api-docs"),
			PathPatternRequestMatcher.pathPattern("/v3/api-docs.yaml"),
			PathPatternRequestMatcher.pathPattern("/v3/api-docs/**"),
			PathPatternRequestMatcher.pathPattern("/actuator/prometheus"));

	private HeaderCredentials() {
	}

	/** Whether the request is an API request that brings Basic or Bearer credentials. */
	static boolean present(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		return header != null && (scheme(header, "Basic") || scheme(header, "Bearer")) && API.matches(request);
	}

	/** The API token an API request brings, to check; null when it brings none. */
	static BearerToken bearer(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !scheme(header, "Bearer") || !API.matches(request)) {
			return null;
		}
		BearerToken token = new BearerToken(header.substring("Bearer".length()).strip());
		token.setDetails(new WebAuthenticationDetails(request));
		return token;
	}

	/** Only API requests count Basic credentials: pages sign in with the form. */
	static boolean basicCounts(HttpServletRequest request) {
		return API.matches(request);
	}

	private static boolean scheme(String header, String scheme) {
		return header.regionMatches(true, 0, scheme + " ", 0, scheme.length() + 1);
	}

	/**
	 * Where each request's sign-in is kept: in the session, as Spring Security keeps it,
	 * but for a request that brings its own credentials, which keeps it for itself.
	 */
	static SecurityContextRepository repository() {
		return new Repository();
	}

	private static final class Repository implements SecurityContextRepository {

		private final SecurityContextRepository request = new RequestAttributeSecurityContextRepository();

		private final SecurityContextRepository session = new DelegatingSecurityContextRepository(this.request,
				new HttpSessionSecurityContextRepository());

		private SecurityContextRepository of(HttpServletRequest request) {
			return present(request) ? this.request : this.session;
		}

		@Override
		@SuppressWarnings("deprecation")
		public SecurityContext loadContext(
				org.springframework.security.web.context.HttpRequestResponseHolder requestResponseHolder) {
			return of(requestResponseHolder.getRequest()).loadContext(requestResponseHolder);
		}

		@Override
		public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
			return of(request).loadDeferredContext(request);
		}

		@Override
		public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
			of(request).saveContext(context, request, response);
		}

		@Override
		public boolean containsContext(HttpServletRequest request) {
			return of(request).containsContext(request);
		}

	}

}
