package org.militancymonitor.source;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.militancymonitor.common.PartialDate;
import org.militancymonitor.incident.SubEventType;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The incidents of a source's claims in SQL: a claim may report a million (the
 * benchmark's synthetic source), so each claim's list is cut with a LIMIT on the
 * (claim_id, incident_id) index and its count stops at a cap.
 */
class SourceRepositoryImpl implements SourceRepositoryCustom {

	private static final String INCIDENT_LINKS = """
			select c.id as claim_id, n.total, i.id, i.occurred_on, i.date_precision, i.date_as_stated,
			       i.sub_event_type, i.place_name, left(i.summary, 300) as summary, i.synthetic
			  from claim c
			  cross join lateral (select count(*) as total
			                        from (select 1 from incident_claim x where x.claim_id = c.id limit :counted) capped) n
			  join lateral (select ic.incident_id from incident_claim ic where ic.claim_id = c.id
			                 order by ic.incident_id limit :shown) shown on true
			  join incident i on i.id = shown.incident_id
			 where c.source_id = :source
			 order by c.id, i.id
			""";

	private final JdbcClient jdbc;

	SourceRepositoryImpl(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<Long, IncidentLinks> findIncidentLinks(long sourceId) {
		Map<Long, List<IncidentFact>> shown = new LinkedHashMap<>();
		Map<Long, Long> totals = new LinkedHashMap<>();
		this.jdbc.sql(INCIDENT_LINKS)
			.param("source", sourceId)
			.param("shown", INCIDENTS_SHOWN)
			.param("counted", INCIDENTS_COUNTED + 1)
			.query((ResultSet rs) -> {
				IncidentFact fact = incident(rs);
				shown.computeIfAbsent(fact.claimId(), (id) -> new ArrayList<>()).add(fact);
				totals.put(fact.claimId(), rs.getLong("total"));
			});
		Map<Long, IncidentLinks> links = new LinkedHashMap<>();
		shown.forEach((claimId, incidents) -> {
			long total = totals.get(claimId);
			links.put(claimId, new IncidentLinks(List.copyOf(incidents), Math.min(total, INCIDENTS_COUNTED),
					total > INCIDENTS_COUNTED));
		});
		return links;
	}

	private static IncidentFact incident(ResultSet rs) throws SQLException {
		PartialDate occurred = PartialDate.fromSql(rs, "occurred_on", "date_precision");
		return new IncidentFact(rs.getLong("claim_id"), rs.getLong("id"), occurred, rs.getString("date_as_stated"),
				SubEventType.valueOf(rs.getString("sub_event_type")), rs.getString("place_name"),
				rs.getString("summary"), rs.getBoolean("synthetic"));
	}

}
