package org.militancymonitor.source;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Sources and everything extracted from them. The source page reads each kind of fact for
 * the whole source in one statement, never one per claim.
 */
public interface SourceRepository extends JpaRepository<Source, Long>, SourceRepositoryCustom {

	/** The source the benchmark script links its synthetic incidents to. */
	String SYNTHETIC_SOURCE = "synthetic-generator";

	Optional<Source> findBySlug(String slug);

	/**
	 * Every source but the synthetic one, with its number of claims, newest first.
	 */
	default List<SourceSummary> findSummaries() {
		return findSummariesExcept(SYNTHETIC_SOURCE);
	}

	@Query("""
			select new org.militancymonitor.source.SourceSummary(s.slug, s.title, s.publisher, s.kind, s.published,
			  s.dateline, s.reliability, (select count(c) from Claim c where c.source = s))
			from Source s
			where s.slug <> :excluded
			order by s.published.date desc nulls last, s.title
			""")
	List<SourceSummary> findSummariesExcept(String excluded);

	/**
	 * The source page's content: its claims in the order they were extracted, each with
	 * the facts it supports, in ten statements with the source itself.
	 */
	default SourceDetails findDetails(Source source) {
		return SourceDetails.of(source, findClaims(source), findAliases(source), findAttributes(source),
				findDesignations(source), findRelationships(source), findEstimates(source),
				findIncidentLinks(source.getId()), findFindings(source), findStatements(source));
	}

	@Query("""
			select c from Claim c
			join fetch c.source
			left join fetch c.claimantActor
			left join fetch c.claimantPerson
			left join fetch c.claimantGroup
			where c.source = :source
			order by c.id
			""")
	List<Claim> findClaims(Source source);

	@Query("""
			select new org.militancymonitor.source.AliasFact(c.id, g.slug, g.name, a.name, a.quality, a.originalScript)
			from GroupAlias a join a.claim c join a.group g
			where c.source = :source
			order by g.name, a.name
			""")
	List<AliasFact> findAliases(Source source);

	@Query("""
			select new org.militancymonitor.source.AttributeFact(c.id, g.slug, g.name, gc.attribute, gc.summary)
			from GroupClaim gc join gc.claim c join gc.group g
			where c.source = :source
			order by g.name, gc.attribute, gc.id
			""")
	List<AttributeFact> findAttributes(Source source);

	@Query("""
			select new org.militancymonitor.source.DesignationFact(c.id, g.slug, g.name, au.name, d.regime,
			  d.referenceNumber, d.listed)
			from Designation d join d.claim c join d.group g left join d.authority au
			where c.source = :source
			order by g.name, d.id
			""")
	List<DesignationFact> findDesignations(Source source);

	@Query("""
			select new org.militancymonitor.source.RelationshipFact(c.id, fg.slug, fg.name, r.type, tg.slug, tg.name)
			from GroupRelationship r join r.claims c join r.fromGroup fg join r.toGroup tg
			where c.source = :source
			order by fg.name, r.type, tg.name
			""")
	List<RelationshipFact> findRelationships(Source source);

	@Query("""
			select new org.militancymonitor.source.EstimateFact(c.id, g.slug, coalesce(g.name, a.name), e.metric,
			  e.low, e.best, e.high, e.qualifier, e.period, e.asOf)
			from Estimate e join e.claim c left join e.group g left join e.actor a
			where c.source = :source
			order by e.metric, e.id
			""")
	List<EstimateFact> findEstimates(Source source);

	@Query("""
			select new org.militancymonitor.source.FindingFact(c.id, r.slug, r.title, f.position, f.summary)
			from ReportFinding f join f.claim c join f.report r
			where c.source = :source
			order by r.title, f.position, f.id
			""")
	List<FindingFact> findFindings(Source source);

	@Query("""
			select new org.militancymonitor.source.StatementFact(c.id, coalesce(p.name, s.speakerLabel), a.name,
			  s.stance, s.summary)
			from Statement s join s.claim c join s.actor a left join s.speakerPerson p
			where c.source = :source
			order by s.id
			""")
	List<StatementFact> findStatements(Source source);

}
