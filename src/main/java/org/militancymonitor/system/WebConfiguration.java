package org.militancymonitor.system;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Web MVC settings shared by every feature.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

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
	@Bean
	static BeanPostProcessor templateVariables() {
		return TemplateVariables.installer();
	}

}
