package org.militancymonitor.group;

import java.util.List;
import java.util.Optional;

import org.militancymonitor.claim.Claim;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Designations as editors change them, each with its group (whose slug its pages need).
 */
interface DesignationRepository extends JpaRepository<Designation, Long> {

	@Query("select d from Designation d join fetch d.group left join fetch d.claim where d.id = :id")
	Optional<Designation> findWithGroup(long id);

	/**
	 * The group's designations by the authority under the regime, an unknown one (null)
	 * equal to another unknown one, as the table's uniqueness counts them: of the live
	 * ones, since a retracted one leaves its place free.
	 */
	@Query("select d from Designation d where d.group.id = :groupId "
			+ "and ((:authorityId is null and d.authorityId is null) or d.authorityId = :authorityId) "
			+ "and ((:regime is null and d.regime is null) or d.regime = :regime) and d.retraction.retractedAt is null")
	List<Designation> findSame(long groupId, Long authorityId, String regime);

	/** The group's live designations under the reference number. */
	@Query("select d from Designation d where d.group.id = :groupId and d.referenceNumber = :referenceNumber "
			+ "and d.retraction.retractedAt is null")
	List<Designation> findLiveByReference(long groupId, String referenceNumber);

	/** A claim by its reference, to cite it again rather than make it twice. */
	@Query("select c from Claim c where c.ref = :ref")
	Optional<Claim> findClaim(String ref);

}
