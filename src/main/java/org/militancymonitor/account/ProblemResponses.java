package org.militancymonitor.account;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.militancymonitor.system.DatabaseUnavailable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * RFC 9457 problem details for {@code /api/**} requests that security refuses: a client
 * of the API gets 401 or 403 with a JSON body, never a redirect to the sign-in page.
 */
final class ProblemResponses {

	private final JsonMapper json;

	ProblemResponses(JsonMapper json) {
		this.json = json;
	}

	/**
	 * 401, or 429 when the sign-in throttle refused the attempt. The challenge names
	 * Bearer only, so that a browser never opens its own password prompt (and never keeps
	 * Basic credentials to send to this site unasked); scripts send Basic credentials
	 * without being challenged.
	 */
	AuthenticationEntryPoint unauthorized() {
		return (request, response, ex) -> {
			rethrowInternal(ex);
			if (ex instanceof SignInThrottledException) {
				response.setHeader(HttpHeaders.RETRY_AFTER, "60");
				write(request, response, HttpStatus.TOO_MANY_REQUESTS,
						"Too many failed sign-ins for this account or from this address: wait a few minutes, then try again.");
				return;
			}
			boolean brought = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
					brought ? "Bearer realm=\"Militancy Monitor\", error=\"invalid_token\""
							: "Bearer realm=\"Militancy Monitor\"");
			write(request, response, HttpStatus.UNAUTHORIZED, brought
					? "The credentials were not accepted: a wrong username or password, or an unknown or revoked API token."
					: "Sign in to use this API: a session, HTTP Basic, or an API token (Authorization: Bearer).");
		};
	}

	/**
	 * A sign-in that failed because the database could not be read (unreachable, or too
	 * slow) is no refusal of the credentials: its cause goes on up, where it is answered
	 * 503 with Retry-After. Any other internal failure (a username PostgreSQL cannot
	 * hold, say) stays a failed sign-in.
	 */
	static void rethrowInternal(AuthenticationException ex) {
		if (ex instanceof InternalAuthenticationServiceException && ex.getCause() instanceof RuntimeException cause
				&& DatabaseUnavailable.isDatabaseFailure(cause)) {
			throw cause;
		}
	}

	AccessDeniedHandler forbidden() {
		return (request, response, ex) -> write(request, response, HttpStatus.FORBIDDEN,
				"Your roles do not allow this request, or its CSRF token is missing or wrong.");
	}

	void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
			throws IOException {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", detail);
		problem.put("instance", request.getRequestURI());
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(this.json.writeValueAsString(problem));
	}

}
