package org.militancymonitor.system;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

/**
 * The messages of every bundle named in {@code spring.messages.basename}, merged into one
 * table per locale. Boot's message source asks the bundles one after another for each
 * key, and a page looks up hundreds of keys; merged, a key is one lookup. As with Boot's,
 * the first bundle that holds a key wins, and the system's locale is no fallback.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

	@Bean(AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME)
	MessageSource messageSource(@Value("${spring.messages.basename}") String[] basenames) {
		ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
		// a negative cache time (never reloaded) is what makes it answer from the merged
		// table
		messages.setCacheMillis(-1);
		messages
			.setBasenames(Arrays.stream(basenames).map((name) -> "classpath:" + name.trim()).toArray(String[]::new));
		messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
