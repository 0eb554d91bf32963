package org.militancymonitor.group;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Relationships as their form and their review change them; the profile and the graph
 * read them through {@link GroupRepository}.
 */
interface RelationshipRepository extends JpaRepository<GroupRelationship, Long> {

	@Query("select distinct r from GroupRelationship r join fetch r.fromGroup join fetch r.toGroup "
			+ "left join fetch r.claims where r.id = :id")
	Optional<GroupRelationship> findWithClaims(long id);

	/**
	 * The live relationship of this type from one group to another, which is at most one:
	 * a retracted one leaves its place free.
	 */
	@Query("select r from GroupRelationship r where r.fromGroup.id = :from and r.toGroup.id = :to and r.type = :type "
			+ "and r.retraction.retractedAt is null")
	Optional<GroupRelationship> findByEnds(long from, long to, RelationshipType type);

}
