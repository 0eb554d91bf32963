package org.militancymonitor.account;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused without checking the password: too many failed attempts for the
 * account or from the address ({@link SignInThrottle}).
 */
class SignInThrottledException extends AuthenticationException {

	SignInThrottledException() {
		super("Too many failed sign-ins; try again later");
	}

}
