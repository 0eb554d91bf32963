package org.militancymonitor.report;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the report feature offers other features, and the report page's figures, which
 * belong to the group feature and are read in SQL.
 */
@Service
@Transactional(readOnly = true)
public class ReportQueries {

	private final ReportRepository reports;

	private final JdbcClient jdbc;

	ReportQueries(ReportRepository reports, JdbcClient jdbc) {
		this.reports = reports;
		this.jdbc = jdbc;
	}

	/**
	 * The findings about a group with their reports and evidence, in one query.
	 */
	public List<FindingView> about(long groupId) {
		return this.reports.findAbout(groupId)
			.stream()
			.map((f) -> new FindingView(f.getReport().getSlug(), f.getReport().getTitle(),
					f.getReport().getIssuingBody(), f.getReport().getPublished(), f.getSummary(),
					f.getClaim().getEvidence()))
			.toList();
	}

	/**
	 * The live figures (estimates) carried by the claims of a report's findings.
	 */
	List<FindingFigure> figures(long reportId) {
		return this.jdbc.sql("""
				select f.id, coalesce(g.name, a.name) as subject, g.slug, e.metric, e.low, e.best, e.high,
				       e.qualifier, e.period
				  from report_finding f
				  join estimate e on e.claim_id = f.claim_id
				  left join militant_group g on g.id = e.group_id
				  left join actor a on a.id = e.actor_id
				 where f.report_id = :report and e.retracted_at is null
				 order by f.position, f.id, e.metric, e.id
				""")
			.param("report", reportId)
			.query((rs, n) -> new FindingFigure(rs.getLong("id"), rs.getString("subject"), rs.getString("slug"),
					rs.getString("metric"), rs.getObject("low", Long.class), rs.getObject("best", Long.class),
					rs.getObject("high", Long.class), rs.getString("qualifier"), rs.getString("period")))
			.list();
	}

}
