package org.militancymonitor.statement;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StatementRepository extends JpaRepository<Statement, Long> {

	/**
	 * The statements a state or organisation made, with everything their rows show, in
	 * one query.
	 */
	@Query("""
			select distinct s from Statement s
			left join fetch s.groups
			join fetch s.claim c
			where s.actorId = :actorId and s.retraction.retractedAt is null
			""")
	List<Statement> findByActor(long actorId);

	/**
	 * A statement with its speaker, actor, evidence and what it responds to.
	 */
	@Query("""
			select s from Statement s
			join fetch s.claim c
			left join fetch s.respondsToStatement r
			where s.id = :id
			""")
	Optional<Statement> findWithEvidenceById(long id);

	@Query("""
			select new org.militancymonitor.statement.GroupLink(g.slug, g.name, g.shortName)
			from Statement s join s.groups g where s.id = :id order by g.name
			""")
	List<GroupLink> findGroupLinks(long id);

	@Query("""
			select new org.militancymonitor.statement.ActorLink(a.slug, a.name)
			from Statement s join s.concernedActors a where s.id = :id order by a.name
			""")
	List<ActorLink> findConcernedActorLinks(long id);

	@Query("""
			select r from Statement r
			where r.respondsToStatement.id = :id and r.retraction.retractedAt is null
			order by r.id
			""")
	List<Statement> findResponsesTo(long id);

	/**
	 * The statement page's content, in four statements.
	 */
	default Optional<StatementDetails> findDetails(long id) {
		return findWithEvidenceById(id).map((statement) -> StatementDetails.of(statement, findGroupLinks(id),
				findConcernedActorLinks(id), findResponsesTo(id).stream().map(StatementRef::of).toList()));
	}

	/**
	 * Statements that respond to a report with everything their rows show, in one query,
	 * oldest first.
	 */
	@Query("""
			select distinct s from Statement s
			left join fetch s.groups
			join fetch s.claim c
			where s.respondsToReportId = :reportId and s.retraction.retractedAt is null
			order by s.made.date nulls last, s.id
			""")
	List<Statement> findRespondingToReport(long reportId);

	/**
	 * Statements that take a stance against the groups they concern (warn, accuse,
	 * express concern, call for action), with groups, actor and evidence.
	 */
	@Query("""
			select distinct s from Statement s
			join fetch s.groups
			join fetch s.claim c
			where s.stance in (org.militancymonitor.statement.Stance.WARNS, org.militancymonitor.statement.Stance.ACCUSES,
			                   org.militancymonitor.statement.Stance.EXPRESSES_CONCERN,
			                   org.militancymonitor.statement.Stance.CALLS_FOR)
			  and s.retraction.retractedAt is null
			order by s.id
			""")
	List<Statement> findOpposingGroups();

	@Query("select s.claim.id from Statement s where s.claim.id in :claimIds")
	List<Long> findClaimIdsAmong(Collection<Long> claimIds);

	@Query("select g from ConcernedGroup g where g.id in :ids")
	List<ConcernedGroup> findGroupsByIdIn(Collection<Long> ids);

	@Query("select a from ConcernedActor a where a.id in :ids")
	List<ConcernedActor> findActorsByIdIn(Collection<Long> ids);

}
