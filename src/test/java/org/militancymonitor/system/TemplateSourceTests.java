package org.militancymonitor.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The templates keep styles in the stylesheet and scripts in script files: a
 * Content-Security-Policy without 'unsafe-inline' refuses style attributes, inline
 * scripts and event-handler attributes.
 */
class TemplateSourceTests {

	private static final Pattern INLINE = Pattern.compile(
			"\\s(?:th:)?(?:style|on[a-z]+)\\s*=|<script(?![^>]*\\s(?:th:)?src\\s*=)[^>]*>|javascript:",
			Pattern.CASE_INSENSITIVE);

	@Test
	void shouldKeepInlineStylesAndScriptsOutOfTheTemplates() throws IOException {
		Resource[] templates = new PathMatchingResourcePatternResolver().getResources("classpath:templates/**/*.html");
		assertThat(templates).hasSizeGreaterThan(20);
		List<String> found = new ArrayList<>();
		for (Resource template : templates) {
			Matcher inline = INLINE.matcher(template.getContentAsString(StandardCharsets.UTF_8));
			while (inline.find()) {
				found.add(template.getFilename() + ": " + inline.group());
			}
		}
		assertThat(found).isEmpty();
	}

}
