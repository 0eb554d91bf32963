package org.militancymonitor.statement;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StatementRepository extends JpaRepository<Statement, Long> {

	/**
	 * Statements about a group with everything their rows show, in one query.
	 */
	@Query("""
			select distinct s from Statement s
			join s.groups g
			join fetch s.actor
			left join fetch s.speakerPerson
			join fetch s.claim c
			join fetch c.source
			left join fetch c.claimantActor
			left join fetch c.claimantPerson
			left join fetch c.claimantGroup
			where g.id = :groupId
			""")
	List<Statement> findAboutGroup(long groupId);

	/**
	 * Statements that deny or reject a report or another statement, with both sides and
	 * their evidence fetched.
	 */
	@Query("""
			select s from Statement s
			join fetch s.actor
			left join fetch s.speakerPerson
			join fetch s.claim c join fetch c.source
			left join fetch c.claimantActor left join fetch c.claimantPerson left join fetch c.claimantGroup
			left join fetch s.respondsToReport
			left join fetch s.respondsToStatement o
			left join fetch o.actor
			left join fetch o.speakerPerson
			left join fetch o.claim oc left join fetch oc.source
			left join fetch oc.claimantActor left join fetch oc.claimantPerson left join fetch oc.claimantGroup
			where s.stance in (org.militancymonitor.statement.Stance.DENIES, org.militancymonitor.statement.Stance.REJECTS)
			  and (s.respondsToReport is not null or s.respondsToStatement is not null)
			order by s.id
			""")
	List<Statement> findContestingResponses();

	/**
	 * The ids of the statements that concern a group.
	 */
	@Query("select s.id from Statement s join s.groups g where g.id = :groupId")
	List<Long> findIdsAboutGroup(long groupId);

}
