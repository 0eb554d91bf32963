package org.militancymonitor.report;

import java.util.List;

import org.militancymonitor.claim.Evidence;
import org.militancymonitor.common.PartialDate;

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

	private final JdbcClient jdbc;

	ReportQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The live findings of live reports about a group, with their reports and evidence,
	 * newest report first, in one query.
	 */
	public List<FindingView> about(long groupId) {
		return this.jdbc.sql("""
				select r.slug, r.title, r.issuing_body, r.published_on, r.published_precision, f.summary,
				""" + Evidence.SQL_COLUMNS + """
				  from report_finding f
				  join finding_group fg on fg.finding_id = f.id
				  join report r on r.id = f.report_id
				  join claim c on c.id = f.claim_id
				  join claim_evidence ce on ce.claim_id = c.id
				 where fg.group_id = :groupId and f.retracted_at is null and r.retracted_at is null
				 order by r.published_on desc nulls last, r.id, f.position, f.id
				""")
			.param("groupId", groupId)
			.query((rs, n) -> new FindingView(rs.getString("slug"), rs.getString("title"), rs.getString("issuing_body"),
					PartialDate.fromSql(rs, "published_on", "published_precision"), rs.getString("summary"),
					Evidence.fromSql(rs)))
			.list();
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
