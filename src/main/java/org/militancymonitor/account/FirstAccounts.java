package org.militancymonitor.account;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The accounts that exist before anyone can create one. There is no default account: on a
 * start with no account at all, the administrator named by
 * {@code MILITANCY_ADMIN_USERNAME} and {@code MILITANCY_ADMIN_PASSWORD} is created if
 * both are set, and otherwise a warning says how to create one. The {@code dev} profile
 * instead creates a demo account for each role ({@link DemoAccounts}).
 */
@Component
@Profile("!dev")
class FirstAccounts implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(FirstAccounts.class);

	private final AccountRepository accounts;

	private final AccountService service;

	private final String username;

	private final String password;

	FirstAccounts(AccountRepository accounts, AccountService service,
			@Value("${militancy.admin.username:}") String username,
			@Value("${militancy.admin.password:}") String password) {
		this.accounts = accounts;
		this.service = service;
		this.username = username;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.accounts.count() > 0) {
			return;
		}
		if (!StringUtils.hasText(this.username) || !StringUtils.hasText(this.password)) {
			logger.warn("No account exists, so nobody can sign in. Set MILITANCY_ADMIN_USERNAME and "
					+ "MILITANCY_ADMIN_PASSWORD (at least 12 characters) and restart to create the first "
					+ "administrator, who can then create the other accounts at /admin/users.");
			return;
		}
		if (this.password.length() < 12) {
			logger.warn("MILITANCY_ADMIN_PASSWORD is shorter than 12 characters: no administrator created.");
			return;
		}
		this.service.create(this.username, this.username, this.password, EnumSet.of(Role.ADMIN));
		logger.info("Created the first administrator, '{}', from MILITANCY_ADMIN_USERNAME and "
				+ "MILITANCY_ADMIN_PASSWORD.", Account.normalize(this.username));
	}

	/**
	 * One account for each role in the {@code dev} profile, created when absent, with the
	 * passwords the README lists: {@code reviewer} is a second editor, for four-eyes
	 * publishing.
	 */
	@Component
	@Profile("dev")
	static class DemoAccounts implements ApplicationRunner {

		static final List<Demo> DEMOS = List.of(new Demo("analyst", "Demo Analyst", Role.ANALYST),
				new Demo("editor", "Demo Editor", Role.EDITOR), new Demo("reviewer", "Demo Reviewer", Role.EDITOR),
				new Demo("manager", "Demo Manager", Role.MANAGER), new Demo("admin", "Demo Admin", Role.ADMIN));

		private final AccountRepository accounts;

		private final AccountService service;

		DemoAccounts(AccountRepository accounts, AccountService service) {
			this.accounts = accounts;
			this.service = service;
		}

		@Override
		public void run(ApplicationArguments args) {
			for (Demo demo : DEMOS) {
				if (this.accounts.findByUsername(demo.username()).isEmpty()) {
					this.service.create(demo.username(), demo.displayName(), demo.username() + "-demo",
							Set.of(demo.role()));
					logger.info("Created the demo account '{}' ({}), password in the README", demo.username(),
							demo.role());
				}
			}
		}

		record Demo(String username, String displayName, Role role) {
		}

	}

}
