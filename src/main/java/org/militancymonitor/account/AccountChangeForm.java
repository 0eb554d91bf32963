package org.militancymonitor.account;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * What an administrator changes on an account: its roles and whether it is enabled, with
 * the version they saw, so that a change made meanwhile by someone else is not
 * overwritten.
 */
public class AccountChangeForm {

	@NotNull
	private Integer version;

	@NotEmpty(message = "{account.roles.empty}")
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	private boolean enabled;

	static AccountChangeForm of(Account account) {
		AccountChangeForm form = new AccountChangeForm();
		form.version = account.getVersion();
		form.roles = EnumSet.copyOf(account.getRoles());
		form.enabled = account.isEnabled();
		return form;
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

	public Set<Role> getRoles() {
		return this.roles;
	}

	/** The roles chosen; an empty value among them (a blank field) is no role. */
	public void setRoles(Set<Role> roles) {
		this.roles = (roles != null) ? roles.stream()
			.filter(Objects::nonNull)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class))) : EnumSet.noneOf(Role.class);
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

}
