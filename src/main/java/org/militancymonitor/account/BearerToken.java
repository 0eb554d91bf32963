package org.militancymonitor.account;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * An API token brought by a request ({@code Authorization: Bearer <token>}), before it is
 * checked.
 */
final class BearerToken extends AbstractAuthenticationToken {

	private final String token;

	BearerToken(String token) {
		super(List.of());
		this.token = token;
	}

	@Override
	public Object getCredentials() {
		return this.token;
	}

	@Override
	public Object getPrincipal() {
		return null;
	}

	@Override
	public String toString() {
		return "BearerToken[hidden]";
	}

}
