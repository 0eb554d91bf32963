package org.militancymonitor.group;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * The claims about a group's own attributes, as its form replaces them.
 */
interface GroupClaimRepository extends JpaRepository<GroupClaim, Long> {

	@Query("select gc from GroupClaim gc join fetch gc.claim where gc.group.id = :groupId order by gc.attribute, gc.id")
	List<GroupClaim> findByGroup(long groupId);

}
