package org.militancymonitor.system;

import java.util.List;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.filter.ServletRequestPathFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Web MVC settings shared by every feature.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final ApiErrorResolver apiErrors;

	WebConfiguration(ApiErrorResolver apiErrors) {
		this.apiErrors = apiErrors;
	}

	/**
	 * Problem details, first, for the API requests that reach no controller; everything
	 * else goes on to Spring MVC's resolvers.
	 */
	@Override
	public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
		resolvers.add(0, this.apiErrors);
	}

	/**
	 * Binds enum values in URLs leniently ({@code sort=date}, {@code type=battles}), as
	 * Spring Boot binds configuration properties.
	 */
	@Override
	public void addFormatters(FormatterRegistry registry) {
		ApplicationConversionService.addApplicationConverters(registry);
	}

	/**
	 * Template variables in the template engine, not in request attributes
	 * ({@link TemplateVariables}).
	 */
	/**
	 * Parses each request's path once, before the security filters: without it every path
	 * rule of the authorization parses the path anew and throws it away.
	 */
	@Bean
	FilterRegistrationBean<ServletRequestPathFilter> requestPathFilter() {
		FilterRegistrationBean<ServletRequestPathFilter> registration = new FilterRegistrationBean<>(
				new ServletRequestPathFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.FORWARD);
		return registration;
	}

	@Bean
	static BeanPostProcessor templateVariables() {
		return TemplateVariables.installer();
	}

}
