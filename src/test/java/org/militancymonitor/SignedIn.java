package org.militancymonitor;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Requests of signed-in people for MockMvc tests, with the CSRF token a form carries.
 */
public final class SignedIn {

	private SignedIn() {
	}

	/** An editor of the given name (with the roles an editor's role reaches). */
	public static RequestPostProcessor editor(String name) {
		return as(name, "EDITOR", "ANALYST");
	}

	/** An administrator of the given name (with every role). */
	public static RequestPostProcessor admin(String name) {
		return as(name, "ADMIN", "EDITOR", "MANAGER", "ANALYST");
	}

	/** An analyst of the given name. */
	public static RequestPostProcessor analyst(String name) {
		return as(name, "ANALYST");
	}

	private static RequestPostProcessor as(String name, String... roles) {
		RequestPostProcessor user = user(name).roles(roles);
		RequestPostProcessor token = csrf();
		return (request) -> token.postProcessRequest(user.postProcessRequest(request));
	}

}
