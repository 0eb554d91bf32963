package org.militancymonitor.group;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Estimates as their form and their review change them; the profile reads them through
 * {@link GroupRepository} with the rest of the page.
 */
interface EstimateRepository extends JpaRepository<Estimate, Long> {

	@Query("select e from Estimate e join fetch e.group join fetch e.claim where e.id = :id")
	Optional<Estimate> findWithClaim(long id);

}
