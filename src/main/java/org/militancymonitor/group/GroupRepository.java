package org.militancymonitor.group;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Groups and the facts that hang off them. Each profile query fetches one section of the
 * page with its evidence (claim, source, claimant) in a single statement, retracted rows
 * included: the profile shows them apart ({@link GroupProfile}).
 */
interface GroupRepository extends JpaRepository<MilitantGroup, Long> {

	@Query("select g from MilitantGroup g left join fetch g.parent where g.slug = :slug")
	Optional<MilitantGroup> findBySlug(String slug);

	@Query("select a from GroupAlias a left join fetch a.claim c where a.group = :group order by a.quality, a.name")
	List<GroupAlias> findAliases(MilitantGroup group);

	@Query("select x from GroupExternalName x join fetch x.claim c where x.group = :group order by x.dataset, x.name")
	List<GroupExternalName> findExternalNames(MilitantGroup group);

	@Query("select d from Designation d left join fetch d.claim c where d.group = :group order by d.listed.date nulls last")
	List<Designation> findDesignations(MilitantGroup group);

	@Query("select e from Estimate e join fetch e.claim c "
			+ "where e.group = :group order by e.metric, e.asOf.date nulls last, e.id")
	List<Estimate> findEstimates(MilitantGroup group);

	@Query("select r from GroupRelationship r join fetch r.fromGroup join fetch r.toGroup "
			+ "left join fetch r.claims c where r.fromGroup = :group or r.toGroup = :group")
	List<GroupRelationship> findRelationships(MilitantGroup group);

	/**
	 * Relationships that some claims assert and others deny, with their claims; neither
	 * they nor their groups retracted. Whether the claims that stand still disagree is
	 * {@link GroupRelationship#isContested()}'s to say.
	 */
	@Query("select r from GroupRelationship r join fetch r.fromGroup f join fetch r.toGroup t "
			+ "join fetch r.claims c where r.retraction.retractedAt is null and f.retraction.retractedAt is null "
			+ "and t.retraction.retractedAt is null and exists (select 1 from GroupRelationship d join d.claims dc where d = r "
			+ "and dc.position = org.militancymonitor.claim.ClaimPosition.DENIES) "
			+ "and exists (select 1 from GroupRelationship a join a.claims ac where a = r "
			+ "and ac.position = org.militancymonitor.claim.ClaimPosition.ASSERTS)")
	List<GroupRelationship> findContestedRelationships();

	/**
	 * Estimates of a figure (a group's metric) that claimants disagree on: more than one
	 * value, or more than one claimant, for the same group and metric; of the estimates
	 * and groups not retracted.
	 */
	@Query("select e from Estimate e join fetch e.group g join fetch e.claim c "
			+ "where e.retraction.retractedAt is null and g.retraction.retractedAt is null "
			+ "and exists (select 1 from Estimate o join o.claim oc "
			+ "where o.group = e.group and o.metric = e.metric and o.id <> e.id and o.retraction.retractedAt is null "
			+ "and (coalesce(o.best, o.low, o.high) <> coalesce(e.best, e.low, e.high) or oc.sourceId <> c.sourceId)) "
			+ "order by g.name, e.metric, e.asOf.date nulls last, e.id")
	List<Estimate> findDisputedEstimates();

	/**
	 * Every relationship for the graph, but those retracted or between retracted groups.
	 */
	@Query("select r from GroupRelationship r join fetch r.fromGroup f join fetch r.toGroup t "
			+ "left join fetch r.claims c where r.retraction.retractedAt is null "
			+ "and f.retraction.retractedAt is null and t.retraction.retractedAt is null order by r.id")
	List<GroupRelationship> findAllRelationships();

	/** Every designation for the graph, but those retracted or of retracted groups. */
	@Query("select d from Designation d join fetch d.group g left join fetch d.claim c "
			+ "where d.retraction.retractedAt is null and g.retraction.retractedAt is null order by d.id")
	List<Designation> findAllDesignations();

	@Query("select gc from GroupClaim gc join fetch gc.claim c where gc.group = :group order by gc.attribute, gc.id")
	List<GroupClaim> findAttributeClaims(MilitantGroup group);

}
