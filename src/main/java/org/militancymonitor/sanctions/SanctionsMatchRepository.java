package org.militancymonitor.sanctions;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The links between entries and groups that editors decide.
 */
interface SanctionsMatchRepository extends JpaRepository<SanctionsMatch, Long> {

}
