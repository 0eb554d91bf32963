package org.militancymonitor.account;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a username and password through another provider unless the
 * {@link SignInThrottle} refuses the attempt, and tells the throttle how it went.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider delegate;

	private final SignInThrottle throttle;

	ThrottledAuthenticationProvider(AuthenticationProvider delegate, SignInThrottle throttle) {
		this.delegate = delegate;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		String address = (authentication.getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : null;
		if (this.throttle.isRefused(username, address)) {
			throw new SignInThrottledException();
		}
		try {
			Authentication result = this.delegate.authenticate(authentication);
			if (result != null) {
				this.throttle.recordSuccess(username);
			}
			return result;
		}
		catch (BadCredentialsException ex) {
			this.throttle.recordFailure(username, address);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
