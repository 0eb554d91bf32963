package org.militancymonitor.claim;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Claims by their reference, for the forms that link records to existing claims and the
 * form that edits a claim, and the API's list of claims, in the order they were taken.
 */
interface ClaimRepository extends Repository<Claim, Long> {

	Optional<Claim> findByRef(String ref);

	Optional<Claim> findById(Long id);

	void flush();

	/** Claims after the one of that id, oldest first (keyset paging by id). */
	@Query("select c from Claim c where c.id > :afterId order by c.id")
	List<Claim> findAfter(long afterId, Limit limit);

	/** A source's claims after the one of that id, oldest first. */
	@Query("select c from Claim c where c.sourceId = :sourceId and c.id > :afterId order by c.id")
	List<Claim> findOfSourceAfter(long sourceId, long afterId, Limit limit);

	@Query(value = "select id from source where slug = :slug", nativeQuery = true)
	Optional<Long> findSourceId(String slug);

	@Query("select c.id from Claim c where c.ref = :ref")
	Optional<Long> findIdByRef(String ref);

}
