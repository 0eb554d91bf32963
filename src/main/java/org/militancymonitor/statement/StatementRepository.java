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
	 * Statements that respond to a report with everything their rows show, in one query,
	 * oldest first.
	 */
	@Query("""
			select s from Statement s
			join fetch s.actor
			left join fetch s.speakerPerson
			join fetch s.claim c
			join fetch c.source
			left join fetch c.claimantActor
			left join fetch c.claimantPerson
			left join fetch c.claimantGroup
			where s.respondsToReport.id = :reportId
			order by s.made.date nulls last, s.id
			""")
	List<Statement> findRespondingToReport(long reportId);

}
