package org.militancymonitor.group;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.militancymonitor.system.EntityTags;
import org.militancymonitor.system.NotFoundException;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Groups and their designations through the API: the list, a group with its names,
 * designations, latest estimates and relationships (read as its page reads them), and
 * every designation.
 */
@RestController
@Tag(name = "Groups", description = "Militant groups, their names, designations, estimates and relationships")
class GroupV1ApiController {

	static final String GROUPS = "/api/v1/groups";

	private final GroupRepository groups;

	private final GroupQueries queries;

	private final EntityTags tags;

	GroupV1ApiController(GroupRepository groups, GroupQueries queries, EntityTags tags) {
		this.groups = groups;
		this.queries = queries;
		this.tags = tags;
	}

	@Operation(summary = "List groups",
			description = "Every live group by name, with the number of published incidents it took part in and of "
					+ "the claims about it (the home page's counts, recounted a few seconds after the data changes).")
	@GetMapping(path = GROUPS, produces = MediaType.APPLICATION_JSON_VALUE)
	List<GroupV1.GroupV1Summary> list() {
		return this.queries.summaries().groups().stream().map(GroupV1.GroupV1Summary::of).toList();
	}

	@Operation(summary = "A group",
			description = "A group by its slug (e.g. ttp) with its aliases, designations, the latest estimate of each "
					+ "figure and its relationships in and out, each fact with its claims; retracted facts are left "
					+ "out. Sends an ETag and answers a matching If-None-Match with 304.")
	@GetMapping(path = GROUPS + "/{slug}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Transactional(readOnly = true)
	public ResponseEntity<GroupV1> get(@PathVariable String slug) {
		MilitantGroup group = this.groups.findBySlug(slug).orElseThrow(() -> new NotFoundException("group", slug));
		GroupProfile profile = GroupProfile.of(group, this.groups.findAliases(group),
				this.groups.findExternalNames(group), this.groups.findDesignations(group),
				this.groups.findEstimates(group), this.groups.findRelationships(group), List.of(), List.of(), null,
				List.of(), List.of());
		return this.tags.ok(GroupV1.of(profile));
	}

	@Operation(summary = "List designations",
			description = "Every live designation of a live group (UN listings, national bans), by id, with the "
					+ "authority, the regime, the reference number, the listing's date with its precision, the "
					+ "delisting and the claim behind it.")
	@GetMapping(path = "/api/v1/designations", produces = MediaType.APPLICATION_JSON_VALUE)
	@Transactional(readOnly = true)
	public List<GroupV1.GroupV1Designation> designations() {
		return this.groups.findAllDesignations().stream().map(GroupV1.GroupV1Designation::of).toList();
	}

}
