package org.militancymonitor.system;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Problem details for a request under {@code /api} that reaches no controller: no
 * endpoint at that path (404), none for that method (405, with {@code Allow}), none that
 * produces what the client accepts (406) or consumes what it sent (415). Pages keep
 * Spring MVC's own answers and their error pages. Comes before the other resolvers, and
 * leaves every exception a controller threw to them ({@link ApiExceptionHandler}).
 */
@Component
class ApiErrorResolver implements HandlerExceptionResolver {

	private final ApiExceptionHandler problems;

	private final JsonMapper json;

	ApiErrorResolver(ApiExceptionHandler problems, JsonMapper json) {
		this.problems = problems;
		this.json = json;
	}

	static boolean isApi(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/api/") || path.startsWith("/v3/api-docs");
	}

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (handler instanceof HandlerMethod || !isApi(request) || response.isCommitted()) {
			return null;
		}
		ResponseEntity<Object> entity;
		try {
			entity = this.problems.handleException(ex, new ServletWebRequest(request, response));
		}
		catch (Exception unknown) {
			return null;
		}
		if (entity == null) {
			return null;
		}
		try {
			response.setStatus(entity.getStatusCode().value());
			entity.getHeaders().forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			response.getWriter().write(this.json.writeValueAsString(entity.getBody()));
		}
		catch (IOException io) {
			return null;
		}
		return new ModelAndView();
	}

}
