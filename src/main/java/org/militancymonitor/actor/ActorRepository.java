package org.militancymonitor.actor;

import java.util.List;
import java.util.Optional;

import org.militancymonitor.claim.Claim;
import org.militancymonitor.claim.Evidence;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ActorRepository extends JpaRepository<Actor, Long> {

	Optional<Actor> findBySlug(String slug);

	/**
	 * An actor with its country, for the actor page.
	 */
	@Query("select a from Actor a left join fetch a.country where a.slug = :slug")
	Optional<Actor> findPageBySlug(String slug);

	/**
	 * The people who speak for an actor.
	 */
	@Query("select p from Person p where p.actor.id = :actorId order by p.name")
	List<Person> findPeopleSpeakingFor(long actorId);

	/**
	 * The claims an actor asserts that are not statements, with their sources and
	 * claimants.
	 */
	@Query("""
			select c from Claim c
			where c.claimantActorId = :actorId
			  and not exists (select 1 from Statement s where s.claim = c)
			order by c.ref
			""")
	List<Claim> findClaimsNotStatements(long actorId);

	/**
	 * The evidence of the claims an actor asserts that are not statements, in one query.
	 */
	default List<Evidence> findOtherEvidence(long actorId) {
		return findClaimsNotStatements(actorId).stream().map(Claim::getEvidence).toList();
	}

}
