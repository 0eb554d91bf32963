package org.militancymonitor.source;

import java.util.List;
import java.util.Optional;

import org.militancymonitor.claim.Claim;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Sources and everything extracted from them. The source page reads each kind of fact for
 * the whole source in one statement, never one per claim.
 */
interface SourceRepository extends JpaRepository<Source, Long> {

	/** The source the benchmark script links its synthetic incidents to. */
	String SYNTHETIC_SOURCE = "synthetic-generator";

	Optional<Source> findBySlug(String slug);

	/**
	 * Every live source but the synthetic one, with its number of claims that stand,
	 * newest first.
	 */
	default List<SourceSummary> findSummaries() {
		return findSummariesExcept(SYNTHETIC_SOURCE);
	}

	@Query("""
			select new org.militancymonitor.source.SourceSummary(s.slug, s.title, s.publisher, s.kind, s.published,
			  s.dateline, s.reliability,
			  (select count(c) from Claim c where c.sourceId = s.id and c.retraction.retractedAt is null))
			from Source s
			where s.slug <> :excluded and s.retraction.retractedAt is null
			order by s.published.date desc nulls last, s.title
			""")
	List<SourceSummary> findSummariesExcept(String excluded);

	/**
	 * A source's first claims in the order they were extracted, the retracted ones too:
	 * the source page is theirs.
	 */
	@Query("""
			select c from Claim c
			where c.sourceId = :sourceId
			order by c.id
			""")
	List<Claim> findClaims(long sourceId, Limit limit);

	@Query("select count(c) from Claim c where c.sourceId = :sourceId")
	long countClaims(long sourceId);

}
