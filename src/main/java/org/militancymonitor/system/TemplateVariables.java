package org.militancymonitor.system;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.EngineContext;
import org.thymeleaf.context.IContext;
import org.thymeleaf.context.IEngineContext;
import org.thymeleaf.context.IEngineContextFactory;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.engine.TemplateData;
import org.thymeleaf.web.IWebExchange;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Template variables kept by the template engine, not in request attributes.
 * <p>
 * Thymeleaf's default context for web pages stores every variable as a request attribute:
 * the model, each {@code th:each} item and its status, each {@code th:with}, and it reads
 * every {@code ${...}} variable back through the request and its wrappers, and Tomcat
 * notifies listeners on each change: work repeated for every variable of every page. This
 * context keeps them in the engine's own per-level arrays, as Thymeleaf does outside the
 * web, and still gives links and forms the web exchange they need.
 * <p>
 * What it leaves out: request attributes are not template variables (the templates read
 * only the model), and the {@code param}, {@code session} and {@code application}
 * shortcuts do not exist (the templates use none of them).
 */
final class TemplateVariables implements IEngineContextFactory {

	/** Installs the factory on the template engine before it is first used. */
	static BeanPostProcessor installer() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof TemplateEngine engine) {
					engine.setEngineContextFactory(new TemplateVariables());
				}
				return bean;
			}
		};
	}

	@Override
	public IEngineContext createEngineContext(IEngineConfiguration configuration, TemplateData templateData,
			Map<String, Object> templateResolutionAttributes, IContext context) {
		Map<String, Object> variables = new LinkedHashMap<>();
		for (String name : context.getVariableNames()) {
			variables.put(name, context.getVariable(name));
		}
		if (context instanceof IWebContext web) {
			return new WebContext(configuration, templateData, templateResolutionAttributes, web.getExchange(),
					context.getLocale(), variables);
		}
		return new EngineContext(configuration, templateData, templateResolutionAttributes, context.getLocale(),
				variables);
	}

	/** The engine's own context, with the web exchange for links and forms. */
	static final class WebContext extends EngineContext implements IWebContext {

		private final IWebExchange exchange;

		WebContext(IEngineConfiguration configuration, TemplateData templateData,
				Map<String, Object> templateResolutionAttributes, IWebExchange exchange, Locale locale,
				Map<String, Object> variables) {
			super(configuration, templateData, templateResolutionAttributes, locale, variables);
			this.exchange = exchange;
		}

		@Override
		public IWebExchange getExchange() {
			return this.exchange;
		}

	}

}
