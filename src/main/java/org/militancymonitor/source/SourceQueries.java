package org.militancymonitor.source;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.militancymonitor.common.PartialDate;
import org.militancymonitor.group.AliasQuality;
import org.militancymonitor.group.ExternalDataset;
import org.militancymonitor.group.EstimateMetric;
import org.militancymonitor.group.EstimateQualifier;
import org.militancymonitor.group.GroupAttribute;
import org.militancymonitor.group.RelationshipType;
import org.militancymonitor.incident.SubEventType;
import org.militancymonitor.statement.Stance;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What was extracted from a source, fact by fact, for the source page: read in SQL, since
 * the facts belong to every other feature and the source feature owns none of their
 * entities. Each kind of fact is one statement for the whole source, never one per claim.
 * Retracted facts are left out (their own pages show them).
 */
@Component
class SourceQueries {

	/** The incidents shown per claim, by id. */
	static final int INCIDENTS_SHOWN = 50;

	/**
	 * How far the incidents of a claim are counted: a claim may report a million (the
	 * benchmark's synthetic source).
	 */
	static final int INCIDENTS_COUNTED = 10_000;

	private static final String INCIDENT_LINKS = """
			select c.id as claim_id, n.total, i.id, i.occurred_on, i.date_precision, i.date_as_stated,
			       i.sub_event_type, i.place_name, left(i.summary, 300) as summary, i.synthetic
			  from claim c
			  cross join lateral (select count(*) as total
			                        from (select 1 from incident_claim x where x.claim_id = c.id limit :counted) capped) n
			  join lateral (select ic.incident_id from incident_claim ic where ic.claim_id = c.id
			                 order by ic.incident_id limit :shown) shown on true
			  join incident i on i.id = shown.incident_id
			 where c.source_id = :source and c.id <= :upTo
			 order by c.id, i.id
			""";

	private final JdbcClient jdbc;

	SourceQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<AliasFact> aliases(long sourceId, long upTo) {
		return this.jdbc.sql("""
				select a.claim_id, g.slug, g.name as group_name, a.name, a.quality, a.original_script
				  from group_alias a join claim c on c.id = a.claim_id join militant_group g on g.id = a.group_id
				 where c.source_id = :source and c.id <= :upTo and a.retracted_at is null
				 order by g.name, a.name
				""")
			.param("source", sourceId)
			.param("upTo", upTo)
			.query((rs, n) -> new AliasFact(rs.getLong("claim_id"), rs.getString("slug"), rs.getString("group_name"),
					rs.getString("name"), AliasQuality.valueOf(rs.getString("quality")),
					rs.getString("original_script")))
			.list();
	}

	List<ExternalNameFact> externalNames(long sourceId, long upTo) {
		return this.jdbc.sql("""
				select x.claim_id, g.slug, g.name as group_name, x.dataset, x.name, x.external_id
				  from group_external_name x join claim c on c.id = x.claim_id
				  join militant_group g on g.id = x.group_id
				 where c.source_id = :source and c.id <= :upTo and x.retracted_at is null
				 order by g.name, x.dataset, x.name
				""")
			.param("source", sourceId)
			.param("upTo", upTo)
			.query((rs, n) -> new ExternalNameFact(rs.getLong("claim_id"), rs.getString("slug"),
					rs.getString("group_name"), ExternalDataset.valueOf(rs.getString("dataset")), rs.getString("name"),
					rs.getString("external_id")))
			.list();
	}

	List<AttributeFact> attributes(long sourceId, long upTo) {
		return this.jdbc.sql("""
				select gc.claim_id, g.slug, g.name, gc.attribute, gc.summary
				  from group_claim gc join claim c on c.id = gc.claim_id join militant_group g on g.id = gc.group_id
				 where c.source_id = :source and c.id <= :upTo
				 order by g.name, gc.attribute, gc.id
				""")
			.param("source", sourceId)
			.param("upTo", upTo)
			.query((rs, n) -> new AttributeFact(rs.getLong("claim_id"), rs.getString("slug"), rs.getString("name"),
					GroupAttribute.valueOf(rs.getString("attribute")), rs.getString("summary")))
			.list();
	}

	List<DesignationFact> designations(long sourceId, long upTo) {
		return this.jdbc.sql("""
				select d.claim_id, g.slug, g.name, au.name as authority, d.regime, d.reference_number,
				       d.listed_on, d.listed_precision
				  from designation d join claim c on c.id = d.claim_id join militant_group g on g.id = d.group_id
				  left join actor au on au.id = d.authority_id
				 where c.source_id = :source and c.id <= :upTo and d.retracted_at is null
				 order by g.name, d.id
				""")
			.param("source", sourceId)
			.param("upTo", upTo)
			.query((rs, n) -> new DesignationFact(rs.getLong("claim_id"), rs.getString("slug"), rs.getString("name"),
					rs.getString("authority"), rs.getString("regime"), rs.getString("reference_number"),
					PartialDate.fromSql(rs, "listed_on", "listed_precision")))
			.list();
	}

	List<RelationshipFact> relationships(long sourceId, long upTo) {
		return this.jdbc.sql("""
				select rc.claim_id, fg.slug as from_slug, fg.name as from_name, r.type, tg.slug as to_slug,
				       tg.name as to_name
				  from group_relationship r join relationship_claim rc on rc.relationship_id = r.id
				  join claim c on c.id = rc.claim_id
				  join militant_group fg on fg.id = r.from_group_id join militant_group tg on tg.id = r.to_group_id
				 where c.source_id = :source and c.id <= :upTo and r.retracted_at is null
				 order by fg.name, r.type, tg.name
				""")
			.param("source", sourceId)
			.param("upTo", upTo)
			.query((rs, n) -> new RelationshipFact(rs.getLong("claim_id"), rs.getString("from_slug"),
					rs.getString("from_name"), RelationshipType.valueOf(rs.getString("type")), rs.getString("to_slug"),
					rs.getString("to_name")))
			.list();
	}

	List<EstimateFact> estimates(long sourceId, long upTo) {
		return this.jdbc.sql("""
				select e.claim_id, g.slug, coalesce(g.name, a.name) as subject, e.metric, e.low, e.best, e.high,
				       e.qualifier, e.period, e.as_of, e.as_of_precision
				  from estimate e join claim c on c.id = e.claim_id
				  left join militant_group g on g.id = e.group_id left join actor a on a.id = e.actor_id
				 where c.source_id = :source and c.id <= :upTo and e.retracted_at is null
				 order by e.metric, e.id
				""")
			.param("source", sourceId)
			.param("upTo", upTo)
			.query((rs, n) -> new EstimateFact(rs.getLong("claim_id"), rs.getString("slug"), rs.getString("subject"),
					EstimateMetric.valueOf(rs.getString("metric")), rs.getObject("low", Long.class),
					rs.getObject("best", Long.class), rs.getObject("high", Long.class),
					(rs.getString("qualifier") != null) ? EstimateQualifier.valueOf(rs.getString("qualifier")) : null,
					rs.getString("period"), PartialDate.fromSql(rs, "as_of", "as_of_precision")))
			.list();
	}

	List<FindingFact> findings(long sourceId, long upTo) {
		return this.jdbc.sql("""
				select f.claim_id, r.slug, r.title, f.position, f.summary
				  from report_finding f join claim c on c.id = f.claim_id join report r on r.id = f.report_id
				 where c.source_id = :source and c.id <= :upTo and f.retracted_at is null and r.retracted_at is null
				 order by r.title, f.position, f.id
				""")
			.param("source", sourceId)
			.param("upTo", upTo)
			.query((rs, n) -> new FindingFact(rs.getLong("claim_id"), rs.getString("slug"), rs.getString("title"),
					rs.getInt("position"), rs.getString("summary")))
			.list();
	}

	List<StatementFact> statements(long sourceId, long upTo) {
		return this.jdbc.sql("""
				select s.claim_id, coalesce(p.name, s.speaker_label) as speaker, a.name as actor_name, s.stance,
				       s.summary
				  from statement s join claim c on c.id = s.claim_id join actor a on a.id = s.actor_id
				  left join person p on p.id = s.speaker_person_id
				 where c.source_id = :source and c.id <= :upTo and s.retracted_at is null
				 order by s.id
				""")
			.param("source", sourceId)
			.param("upTo", upTo)
			.query((rs, n) -> new StatementFact(rs.getLong("claim_id"), rs.getString("speaker"),
					rs.getString("actor_name"), Stance.valueOf(rs.getString("stance")), rs.getString("summary")))
			.list();
	}

	/**
	 * The incidents of each of a source's claims: the first {@link #INCIDENTS_SHOWN} by
	 * id, and how many there are, counted up to {@link #INCIDENTS_COUNTED}; each claim's
	 * list is cut with a LIMIT on the (claim_id, incident_id) index. Claims without
	 * incidents are left out, and those after {@code upTo}, which the page does not show.
	 */
	Map<Long, IncidentLinks> incidentLinks(long sourceId, long upTo) {
		Map<Long, List<IncidentFact>> shown = new LinkedHashMap<>();
		Map<Long, Long> totals = new LinkedHashMap<>();
		this.jdbc.sql(INCIDENT_LINKS)
			.param("source", sourceId)
			.param("upTo", upTo)
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
