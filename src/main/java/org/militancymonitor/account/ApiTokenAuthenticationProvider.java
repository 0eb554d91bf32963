package org.militancymonitor.account;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Signs a request in as the account whose API token it brings, with the account's roles
 * as they are now: a revoked token, one of a disabled account or an unknown one signs in
 * nobody.
 */
class ApiTokenAuthenticationProvider implements AuthenticationProvider {

	private final ApiTokens tokens;

	private final UserDetailsService accounts;

	ApiTokenAuthenticationProvider(ApiTokens tokens, UserDetailsService accounts) {
		this.tokens = tokens;
		this.accounts = accounts;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = this.tokens.authenticate((String) authentication.getCredentials())
			.orElseThrow(() -> new BadCredentialsException("Unknown or revoked API token"));
		UserDetails user = this.accounts.loadUserByUsername(username);
		if (!user.isEnabled()) {
			throw new DisabledException("The account is disabled");
		}
		UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(user, null,
				user.getAuthorities());
		result.setDetails(authentication.getDetails());
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return BearerToken.class.isAssignableFrom(authentication);
	}

}
