package org.militancymonitor.account;

/**
 * What an account may do. The {@link SecurityConfiguration#roleHierarchy() hierarchy}
 * gives ADMIN every EDITOR's and MANAGER's rights, and both of them every ANALYST's, so
 * that a rule asks for the least role it needs ({@code hasRole('EDITOR')}).
 */
public enum Role {

	/** Reads everything published. */
	ANALYST,

	/** Also enters and edits drafts and submits them for review. */
	EDITOR,

	/** Reads everything, drafts too, without changing anything. */
	MANAGER,

	/** Does what an editor does and manages the accounts. */
	ADMIN;

	/** The authority Spring Security checks, {@code ROLE_ADMIN} for ADMIN. */
	public String authority() {
		return "ROLE_" + name();
	}

}
