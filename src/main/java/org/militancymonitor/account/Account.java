package org.militancymonitor.account;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Someone who may sign in: a username (kept in lower case, unique whatever the case), the
 * name pages show, a password hash, whether the account is enabled, and its roles.
 */
@Entity
@Table(name = "app_user")
public class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	private String displayName;

	private String passwordHash;

	private boolean enabled = true;

	@Column(insertable = false, updatable = false)
	private Instant createdAt;

	@Version
	private Integer version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	protected Account() {
	}

	Account(String username, String displayName, String passwordHash, Set<Role> roles) {
		this.username = normalize(username);
		this.displayName = displayName.strip();
		this.passwordHash = passwordHash;
		changeRoles(roles);
	}

	/** A username as it is stored and looked up: trimmed, in lower case. */
	static String normalize(String username) {
		return (username != null) ? username.strip().toLowerCase(Locale.ROOT) : null;
	}

	void changeRoles(Set<Role> roles) {
		if (roles == null || roles.isEmpty()) {
			throw new IllegalArgumentException("An account needs at least one role");
		}
		this.roles = EnumSet.copyOf(roles);
	}

	void enable() {
		this.enabled = true;
	}

	void disable() {
		this.enabled = false;
	}

	/** Whether the account signs in as an administrator. */
	boolean isActiveAdmin() {
		return this.enabled && this.roles.contains(Role.ADMIN);
	}

	public Long getId() {
		return this.id;
	}

	public String getUsername() {
		return this.username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	/** The day the account was created, in UTC. */
	public LocalDate getCreatedOn() {
		return (this.createdAt != null) ? LocalDate.ofInstant(this.createdAt, ZoneOffset.UTC) : null;
	}

	public Integer getVersion() {
		return this.version;
	}

	public Set<Role> getRoles() {
		return Set.copyOf(this.roles);
	}

}
