package org.militancymonitor.account;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The principal of a signed-in session: the account's username and roles, and the name
 * the pages show. Equal by username (as {@link User} is), so that the session registry
 * finds every session of an account.
 */
public class SignedInUser extends User {

	private final String displayName;

	SignedInUser(Account account, Collection<? extends GrantedAuthority> authorities) {
		super(account.getUsername(), account.getPasswordHash(), account.isEnabled(), true, true, true, authorities);
		this.displayName = account.getDisplayName();
	}

	public String getDisplayName() {
		return this.displayName;
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

}
