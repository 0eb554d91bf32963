package org.militancymonitor.actor;

import java.util.List;
import java.util.Optional;

import org.militancymonitor.claim.Claim;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ActorRepository extends JpaRepository<Actor, Long> {

	Optional<Actor> findBySlug(String slug);

	/**
	 * The people who speak for an actor.
	 */
	@Query("select p from Person p where p.actor.id = :actorId order by p.name")
	List<Person> findPeopleSpeakingFor(long actorId);

	/**
	 * The claims an actor asserts, in the order of their references.
	 */
	@Query("select c from Claim c where c.claimantActorId = :actorId order by c.ref")
	List<Claim> findClaimsAssertedBy(long actorId);

}
