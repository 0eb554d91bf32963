package org.militancymonitor.system;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.DefaultErrorViewResolver;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The 503 page, which tells whether the database is out of reach (a request
 * {@link DatabaseUnavailable} answered) or the dashboard is busy
 * ({@link AdmissionControl}); every other status gets Boot's own resolution
 * ({@code error/404} and the like), which backs off once an {@code ErrorViewResolver}
 * bean exists.
 */
@Component
class DatabaseUnavailableErrorView implements ErrorViewResolver, Ordered {

	private final DefaultErrorViewResolver conventions;

	DatabaseUnavailableErrorView(ApplicationContext context, WebProperties web) {
		this.conventions = new DefaultErrorViewResolver(context, web.getResources());
	}

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		if (status != HttpStatus.SERVICE_UNAVAILABLE) {
			return this.conventions.resolveErrorView(request, status, model);
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
