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
 * The 503 page, telling that the database is out of reach rather than that the dashboard
 * is busy, for a request {@link DatabaseUnavailable} answered.
 */
@Component
class DatabaseUnavailableErrorView implements ErrorViewResolver, Ordered {

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		if (status != HttpStatus.SERVICE_UNAVAILABLE || request.getAttribute(DatabaseUnavailable.ATTRIBUTE) == null) {
			return null;
		}
		Map<String, Object> page = new HashMap<>(model);
		page.put(DatabaseUnavailable.ATTRIBUTE, Boolean.TRUE);
		return new ModelAndView("error/503", page, status);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
