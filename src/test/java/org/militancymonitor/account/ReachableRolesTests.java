package org.militancymonitor.account;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import static org.assertj.core.api.Assertions.assertThat;

class ReachableRolesTests {

	private final RoleHierarchy roles = SecurityConfiguration.roleHierarchy();

	@Test
	void shouldReachEveryRoleTheHierarchyImplies() {
		assertThat(names(List.of(new SimpleGrantedAuthority("ROLE_ADMIN")))).containsExactlyInAnyOrder("ROLE_ADMIN",
				"ROLE_EDITOR", "ROLE_MANAGER", "ROLE_ANALYST");
		assertThat(names(List.of(new SimpleGrantedAuthority("ROLE_EDITOR")))).containsExactlyInAnyOrder("ROLE_EDITOR",
				"ROLE_ANALYST");
		assertThat(names(List.of(new SimpleGrantedAuthority("ROLE_ANALYST")))).containsExactly("ROLE_ANALYST");
	}

	@Test
	void shouldKeepTheAuthoritiesGivenAndNameEachRoleOnce() {
		FactorGrantedAuthority factor = FactorGrantedAuthority.withAuthority("FACTOR_PASSWORD")
			.issuedAt(Instant.parse("2026-12-01T00:00:00Z"))
			.build();
		List<GrantedAuthority> given = List.of(new SimpleGrantedAuthority("ROLE_EDITOR"),
				new SimpleGrantedAuthority("ROLE_ANALYST"), factor);
		List<GrantedAuthority> reachable = List.copyOf(this.roles.getReachableGrantedAuthorities(given));
		assertThat(reachable).containsExactlyElementsOf(given);
	}

	@Test
	void shouldReachNothingFromNothing() {
		assertThat(this.roles.getReachableGrantedAuthorities(List.of())).isEmpty();
		assertThat(this.roles.getReachableGrantedAuthorities(null)).isEmpty();
	}

	private List<String> names(List<GrantedAuthority> authorities) {
		return this.roles.getReachableGrantedAuthorities(authorities)
			.stream()
			.map(GrantedAuthority::getAuthority)
			.toList();
	}

}
