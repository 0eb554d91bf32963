package org.militancymonitor.report;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Report findings and the groups they concern, for the finding form and its review.
 */
interface ReportFindingRepository extends JpaRepository<ReportFinding, Long> {

	/** A finding with its report, claim and groups, in one statement. */
	@Query("""
			select f from ReportFinding f
			join fetch f.report
			join fetch f.claim
			left join fetch f.groups
			where f.id = :id
			""")
	Optional<ReportFinding> findWithParts(long id);

	/** The next position after a report's last finding. */
	@Query("select coalesce(max(f.position), 0) + 1 from ReportFinding f where f.report.id = :reportId")
	int nextPosition(long reportId);

}
