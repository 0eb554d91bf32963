package org.militancymonitor.account;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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

	AuthenticationEntryPoint unauthorized() {
		return (request, response, ex) -> write(request, response, HttpStatus.UNAUTHORIZED, "Sign in to use this API.");
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
