package org.militancymonitor.account;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an administrator enters to create an account.
 */
public class NewAccountForm {

	@NotNull(message = "{account.username.pattern}")
	@Pattern(regexp = "[a-z0-9][a-z0-9._-]{1,39}", message = "{account.username.pattern}")
	private String username;

	@NotNull(message = "{account.displayName.size}")
	@Pattern(regexp = "(?s)\\s*\\S.{0,99}", message = "{account.displayName.size}")
	private String displayName;

	@NotNull(message = "{account.password.size}")
	@Size(min = 12, max = 72, message = "{account.password.size}")
	private String password;

	@NotEmpty(message = "{account.roles.empty}")
	private Set<Role> roles = EnumSet.of(Role.ANALYST);

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = Account.normalize(username);
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = (displayName != null) ? displayName.strip() : null;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
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

}
