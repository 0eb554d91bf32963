package org.militancymonitor.group;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Aliases as editors change them, each with its group (whose slug its pages need).
 */
interface GroupAliasRepository extends JpaRepository<GroupAlias, Long> {

	@Query("select a from GroupAlias a join fetch a.group left join fetch a.claim where a.id = :id")
	Optional<GroupAlias> findWithGroup(long id);

	/** The group's live alias of this name: a retracted one leaves its name free. */
	@Query("select a from GroupAlias a where a.group.id = :groupId and a.name = :name "
			+ "and a.retraction.retractedAt is null")
	Optional<GroupAlias> findByGroupAndName(long groupId, String name);

}
