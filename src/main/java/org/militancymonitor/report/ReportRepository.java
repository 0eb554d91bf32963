package org.militancymonitor.report;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Reports and their findings. Each query reads one part of a page in one statement.
 */
public interface ReportRepository extends JpaRepository<Report, Long> {

	/**
	 * Every report with its number of findings, newest first.
	 */
	@Query("""
			select new org.militancymonitor.report.ReportSummary(r.slug, r.title, r.issuingBody, r.kind,
			  r.documentSymbol, r.published, (select count(f) from ReportFinding f where f.report = r))
			from Report r
			order by r.published.date desc nulls last, r.title
			""")
	List<ReportSummary> findSummaries();

	Optional<Report> findBySlug(String slug);

	/**
	 * A report's findings in order, with the groups they concern and their evidence.
	 */
	@Query("""
			select f from ReportFinding f
			left join fetch f.groups g
			join fetch f.claim c
			where f.report = :report
			order by f.position, f.id, g.name
			""")
	List<ReportFinding> findFindings(Report report);

	/**
	 * The figures (estimates) carried by the claims of a report's findings.
	 */
	@Query("""
			select new org.militancymonitor.report.FindingFigure(f.id, coalesce(g.name, a.name), g.slug, e.metric,
			  e.low, e.best, e.high, e.qualifier, e.period)
			from ReportFinding f
			join Estimate e on e.claim = f.claim
			left join e.group g
			left join e.actor a
			where f.report = :report
			order by f.position, f.id, e.metric, e.id
			""")
	List<FindingFigure> findFigures(Report report);

}
