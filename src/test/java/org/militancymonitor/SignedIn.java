package org.militancymonitor;

import java.security.Principal;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Requests of signed-in people for MockMvc tests.
 */
public final class SignedIn {

	private SignedIn() {
	}

	/** An editor of the given name. */
	public static RequestPostProcessor editor(String name) {
		return (request) -> {
			Principal principal = () -> name;
			request.setUserPrincipal(principal);
			request.addUserRole("EDITOR");
			return request;
		};
	}

}
