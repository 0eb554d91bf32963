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
 * What the templates may rely on where work has moved out of them for speed
 * (docs/benchmarks.md): {@link TemplateVariables} gives templates the model alone, so
 * none reads request parameters, the session or request attributes; and markup is
 * inserted unescaped only from the two classes that escape it themselves
 * ({@link SelectOptions} and the search's {@code Highlighted}), through their
 * {@code html(...)} methods.
 */
class TemplateContractTests {

	private static final Pattern REQUEST_STATE = Pattern
		.compile("\\$\\{\\s*(?:param|session|application)\\b|#(?:request|session|servletContext|ctx\\.request)\\b");

	private static final Pattern UNESCAPED = Pattern.compile("th:utext=\"([^\"]*)\"");

	// an html(...) method, its argument an expression with calls at most one level deep
	private static final Pattern ESCAPED_HTML = Pattern.compile("[$*]\\{[^}]*\\.html\\((?:[^()]|\\([^()]*\\))*\\)\\}");

	@Test
	void shouldReadOnlyTheModelInTemplates() throws IOException {
		List<String> found = new ArrayList<>();
		for (Resource template : templates()) {
			Matcher matcher = REQUEST_STATE.matcher(template.getContentAsString(StandardCharsets.UTF_8));
			while (matcher.find()) {
				found.add(template.getFilename() + ": " + matcher.group());
			}
		}
		assertThat(found).as("templates reading request state, which TemplateVariables does not offer").isEmpty();
	}

	@Test
	void shouldInsertUnescapedOnlyWhatJavaEscaped() throws IOException {
		List<String> found = new ArrayList<>();
		int unescaped = 0;
		for (Resource template : templates()) {
			Matcher matcher = UNESCAPED.matcher(template.getContentAsString(StandardCharsets.UTF_8));
			while (matcher.find()) {
				unescaped++;
				if (!ESCAPED_HTML.matcher(matcher.group(1)).matches()) {
					found.add(template.getFilename() + ": " + matcher.group());
				}
			}
		}
		assertThat(unescaped).as("th:utext in the templates").isPositive();
		assertThat(found).as("th:utext of anything but an html(...) method that escapes").isEmpty();
	}

	private static Resource[] templates() throws IOException {
		Resource[] templates = new PathMatchingResourcePatternResolver().getResources("classpath:templates/**/*.html");
		assertThat(templates).hasSizeGreaterThan(20);
		return templates;
	}

}
