package org.militancymonitor.group;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Groups as other features offer them in filters and forms.
 */
@Service
@Transactional(readOnly = true)
public class GroupDirectory {

	private final GroupRepository groups;

	public GroupDirectory(GroupRepository groups) {
		this.groups = groups;
	}

	public List<GroupOption> options() {
		return this.groups.findOptions();
	}

	public Optional<GroupOption> find(String slug) {
		return this.groups.findOptionBySlug(slug);
	}

}
