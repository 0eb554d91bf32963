package org.militancymonitor.system;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The 503 page, which tells whether the database is out of reach (a request
 * {@link DatabaseUnavailable} answered) or the dashboard is busy
 * ({@link AdmissionControl}).
 */
@Component
class DatabaseUnavailableErrorView implements ErrorViewResolver, Ordered {

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		if (status != HttpStatus.SERVICE_UNAVAILABLE) {
			return null;
		}
		Map<String, Object> page = new HashMap<>(model);
		page.put(DatabaseUnavailable.ATTRIBUTE, request.getAttribute(DatabaseUnavailable.ATTRIBUTE) != null);
		return new ModelAndView("error/503", page, status);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
