package org.militancymonitor.account;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Creates accounts and changes their roles and whether they are enabled, keeping at least
 * one enabled administrator; ends an account's sessions once a change to it commits, so
 * that a disabled account is signed out at once and new roles apply from the next
 * sign-in.
 */
@Service
class AccountService {

	/** BCrypt reads no more than this many bytes of a password. */
	static final int MAX_PASSWORD_BYTES = 72;

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	private final SessionRegistry sessions;

	AccountService(AccountRepository accounts, PasswordEncoder passwords, SessionRegistry sessions) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.sessions = sessions;
	}

	@Transactional
	Account create(String username, String displayName, String password, Set<Role> roles) {
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
			throw new AccountRefusal("password", "account.password.bytes");
		}
		if (this.accounts.findByUsername(Account.normalize(username)).isPresent()) {
			throw new AccountRefusal("username", "account.username.taken");
		}
		return this.accounts.save(new Account(username, displayName, this.passwords.encode(password), roles));
	}

	/**
	 * Changes an account as an administrator saw it at {@code version}.
	 * @param actor the username of the administrator making the change
	 */
	@Transactional
	Account change(long id, int version, Set<Role> roles, boolean enabled, String actor) {
		// every enabled administrator locked first, so that two administrators demoting
		// each other at once cannot both pass the last-administrator check
		List<Account> admins = this.accounts.lockActiveAdmins();
		Account account = this.accounts.findById(id).orElseThrow();
		if (account.getVersion() != version) {
			throw new AccountRefusal(null, "account.version");
		}
		boolean self = account.getUsername().equals(Account.normalize(actor));
		if (self && !enabled) {
			throw new AccountRefusal("enabled", "account.self.disable");
		}
		if (self && !roles.contains(Role.ADMIN)) {
			throw new AccountRefusal("roles", "account.self.admin");
		}
		boolean staysAdmin = enabled && roles.contains(Role.ADMIN);
		if (account.isActiveAdmin() && !staysAdmin && admins.size() <= 1) {
			throw new AccountRefusal(null, "account.lastAdmin");
		}
		boolean changed = account.isEnabled() != enabled || !account.getRoles().equals(Set.copyOf(roles));
		account.changeRoles(roles);
		if (enabled) {
			account.enable();
		}
		else {
			account.disable();
		}
		if (changed) {
			String username = account.getUsername();
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					endSessions(username);
				}
			});
		}
		return account;
	}

	/** Ends every session of an account: its next request signs in again. */
	void endSessions(String username) {
		for (Object principal : this.sessions.getAllPrincipals()) {
			if (principal instanceof UserDetails user && user.getUsername().equals(username)) {
				this.sessions.getAllSessions(principal, false).forEach(SessionInformation::expireNow);
			}
		}
	}

}
