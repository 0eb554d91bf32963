package org.militancymonitor.system;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches when no {@code spring.datasource.url} (or {@code SPRING_DATASOURCE_URL}) is
 * configured, or it is blank.
 */
public class DataSourceUrlMissingCondition implements Condition {

	public static final String URL_PROPERTY = "spring.datasource.url";

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return !StringUtils.hasText(context.getEnvironment().getProperty(URL_PROPERTY));
	}

}
