package org.militancymonitor.account;

import java.util.List;

import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads an account for sign-in, whatever the case of the username typed.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	private final RoleHierarchy roles;

	AccountUserDetailsService(AccountRepository accounts, RoleHierarchy roles) {
		this.accounts = accounts;
		this.roles = roles;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		Account account = this.accounts.findByUsername(Account.normalize(username))
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
		// Every role the account's roles reach, so that asking for one
		// (request.isUserInRole,
		// the page cache's key) needs no hierarchy.
		return new SignedInUser(account, List.copyOf(this.roles.getReachableGrantedAuthorities(
				account.getRoles().stream().map((role) -> new SimpleGrantedAuthority(role.authority())).toList())));
	}

}
