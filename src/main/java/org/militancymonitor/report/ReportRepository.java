package org.militancymonitor.report;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Reports and their findings. Each query reads one part of a page in one statement.
 */
interface ReportRepository extends JpaRepository<Report, Long> {

	/**
	 * Every live report with its number of live findings, newest first.
	 */
	@Query("""
			select new org.militancymonitor.report.ReportSummary(r.slug, r.title, r.issuingBody, r.kind,
			  r.documentSymbol, r.published,
			  (select count(f) from ReportFinding f where f.report = r and f.retraction.retractedAt is null))
			from Report r
			where r.retraction.retractedAt is null
			order by r.published.date desc nulls last, r.title
			""")
	List<ReportSummary> findSummaries();

	Optional<Report> findBySlug(String slug);

	/**
	 * A report's findings in order, with the groups they concern and their evidence; the
	 * retracted ones too, which its page shows apart.
	 */
	@Query("""
			select f from ReportFinding f
			left join fetch f.groups g
			join fetch f.claim c
			where f.report = :report
			order by f.position, f.id, g.name
			""")
	List<ReportFinding> findFindings(Report report);

}
