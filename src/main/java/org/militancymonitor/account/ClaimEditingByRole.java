package org.militancymonitor.account;

import org.militancymonitor.claim.ClaimEditing;

import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.stereotype.Component;

/**
 * Editors, and the roles that imply editor, may edit claims: the rule of the claim forms'
 * paths.
 */
@Component
class ClaimEditingByRole implements ClaimEditing {

	private final RoleHierarchy roles;

	ClaimEditingByRole(RoleHierarchy roles) {
		this.roles = roles;
	}

	@Override
	public boolean currentReaderMayEdit() {
		return Navigation.reaches(this.roles, Role.EDITOR);
	}

}
