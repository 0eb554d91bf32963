package org.militancymonitor.account;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The role hierarchy, worked out once per authority rather than on every request: the
 * authorization asks it on each request, and {@code RoleHierarchyImpl} then formats a
 * debug message whether or not debug logging is on. An authority keeps its own object (a
 * sign-in's factor authority keeps its time), and gains the roles it implies.
 */
final class ReachableRoles implements RoleHierarchy {

	private final RoleHierarchy hierarchy;

	private final Map<String, List<GrantedAuthority>> implied = new ConcurrentHashMap<>();

	ReachableRoles(RoleHierarchy hierarchy) {
		this.hierarchy = hierarchy;
	}

	@Override
	public Collection<? extends GrantedAuthority> getReachableGrantedAuthorities(
			Collection<? extends GrantedAuthority> authorities) {
		if (authorities == null || authorities.isEmpty()) {
			return AuthorityUtils.NO_AUTHORITIES;
		}
		List<GrantedAuthority> reachable = new ArrayList<>(authorities);
		Set<String> names = new HashSet<>();
		for (GrantedAuthority authority : authorities) {
			names.add(authority.getAuthority());
		}
		for (GrantedAuthority authority : authorities) {
			String name = authority.getAuthority();
			if (name == null) {
				continue;
			}
			for (GrantedAuthority more : this.implied.computeIfAbsent(name, this::impliedBy)) {
				if (names.add(more.getAuthority())) {
					reachable.add(more);
				}
			}
		}
		return reachable;
	}

	private List<GrantedAuthority> impliedBy(String name) {
		List<GrantedAuthority> more = new ArrayList<>();
		for (GrantedAuthority authority : this.hierarchy
			.getReachableGrantedAuthorities(List.of(new SimpleGrantedAuthority(name)))) {
			if (!name.equals(authority.getAuthority())) {
				more.add(authority);
			}
		}
		return List.copyOf(more);
	}

}
