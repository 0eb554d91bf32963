package org.militancymonitor.incident;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AcledActorNameRepository extends JpaRepository<AcledActorName, Long> {

	/** The names waiting for an editor, those met most often first. */
	@Query("select n from AcledActorName n where n.status = org.militancymonitor.incident.AcledActorName.Status.PENDING "
			+ "order by n.mentions desc, n.name")
	List<AcledActorName> findPending(Limit limit);

	@Query("select count(n) from AcledActorName n "
			+ "where n.status = org.militancymonitor.incident.AcledActorName.Status.PENDING")
	long countPending();

	/** The latest decisions. */
	@Query("select n from AcledActorName n where n.status <> org.militancymonitor.incident.AcledActorName.Status.PENDING "
			+ "order by n.decidedAt desc, n.id desc")
	List<AcledActorName> findDecided(Limit limit);

}
