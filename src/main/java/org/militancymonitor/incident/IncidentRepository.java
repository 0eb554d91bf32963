package org.militancymonitor.incident;

import java.util.List;
import java.util.Optional;

import org.militancymonitor.claim.Claim;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IncidentRepository extends JpaRepository<Incident, Long> {

	/**
	 * The incident page's content, in three statements.
	 */
	default Optional<IncidentDetails> findDetails(long id) {
		return findById(id).map((incident) -> new IncidentDetails(incident, findActors(id),
				findClaims(id).stream().map(Claim::getEvidence).toList()));
	}

	@Query("select ia from IncidentActor ia where ia.incident.id = :id order by ia.role, ia.id")
	List<IncidentActor> findActors(long id);

	@Query("select c from Incident i join i.claims c where i.id = :id order by c.ref")
	List<Claim> findClaims(long id);

}
