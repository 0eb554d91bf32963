package org.militancymonitor.claim;

import java.util.Optional;

import org.springframework.data.repository.Repository;

/**
 * Claims by their reference, for the forms that link records to existing claims and the
 * form that edits a claim.
 */
interface ClaimRepository extends Repository<Claim, Long> {

	Optional<Claim> findByRef(String ref);

	Optional<Claim> findById(Long id);

	void flush();

}
