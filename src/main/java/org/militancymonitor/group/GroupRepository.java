package org.militancymonitor.group;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Groups and the facts that hang off them. Each profile query fetches one section of the
 * page with its evidence (claim, source, claimant) in a single statement.
 */
public interface GroupRepository extends JpaRepository<MilitantGroup, Long> {

	String CLAIM_FETCH = """
			join fetch c.source
			left join fetch c.claimantActor
			left join fetch c.claimantPerson
			left join fetch c.claimantGroup
			""";

	@Query("select new org.militancymonitor.group.GroupOption(g.id, g.slug, g.name) from MilitantGroup g order by g.name")
	List<GroupOption> findOptions();

	@Query("select g from MilitantGroup g left join fetch g.parent where g.slug = :slug")
	Optional<MilitantGroup> findBySlug(String slug);

	/**
	 * Every group with the number of published incidents it took part in and the number
	 * of distinct claims about it, for the home page. It reads every incident (about 3 s
	 * for a million): {@link GroupDirectory} keeps its result and refreshes it in the
	 * background.
	 */
	@Query(nativeQuery = true,
			value = """
					with group_claims as (
					    select group_id, claim_id from group_alias where claim_id is not null
					    union select group_id, claim_id from group_claim
					    union select group_id, claim_id from designation where claim_id is not null
					    union select group_id, claim_id from estimate where group_id is not null
					    union select r.from_group_id, rc.claim_id from relationship_claim rc join group_relationship r on r.id = rc.relationship_id
					    union select r.to_group_id, rc.claim_id from relationship_claim rc join group_relationship r on r.id = rc.relationship_id
					    union select fg.group_id, f.claim_id from report_finding f join finding_group fg on fg.finding_id = f.id
					    union select sg.group_id, s.claim_id from statement s join statement_group sg on sg.statement_id = s.id
					    union select ia.group_id, ic.claim_id from incident_actor ia join incident_claim ic on ic.incident_id = ia.incident_id
					     where ia.group_id is not null),
					claims as (select group_id, count(*) as n from group_claims group by group_id),
					incidents as (select ia.group_id, count(distinct ia.incident_id) as n
					                from incident_actor ia join incident i on i.id = ia.incident_id
					               where i.status = 'PUBLISHED' and ia.group_id is not null group by ia.group_id)
					select g.slug as slug, g.name as name, g.short_name as shortName, g.kind as kind, g.status as status,
					       coalesce(incidents.n, 0) as incidentCount, coalesce(claims.n, 0) as claimCount
					  from militant_group g
					  left join incidents on incidents.group_id = g.id
					  left join claims on claims.group_id = g.id
					 order by g.name
					""")
	List<GroupSummary> findSummaries();

	@Query("select a from GroupAlias a left join fetch a.claim c left join fetch c.source "
			+ "left join fetch c.claimantActor left join fetch c.claimantPerson left join fetch c.claimantGroup "
			+ "where a.group = :group order by a.quality, a.name")
	List<GroupAlias> findAliases(MilitantGroup group);

	@Query("select d from Designation d left join fetch d.authority left join fetch d.claim c left join fetch c.source "
			+ "left join fetch c.claimantActor left join fetch c.claimantPerson left join fetch c.claimantGroup "
			+ "where d.group = :group order by d.listed.date nulls last")
	List<Designation> findDesignations(MilitantGroup group);

	@Query("select e from Estimate e join fetch e.claim c " + CLAIM_FETCH + "left join fetch e.region "
			+ "where e.group = :group order by e.metric, e.asOf.date nulls last, e.id")
	List<Estimate> findEstimates(MilitantGroup group);

	@Query("select distinct r from GroupRelationship r join fetch r.fromGroup join fetch r.toGroup "
			+ "left join fetch r.claims c left join fetch c.source left join fetch c.claimantActor "
			+ "left join fetch c.claimantPerson left join fetch c.claimantGroup "
			+ "where r.fromGroup = :group or r.toGroup = :group")
	List<GroupRelationship> findRelationships(MilitantGroup group);

	/**
	 * Relationships that some claims assert and others deny, with their claims.
	 */
	@Query("select distinct r from GroupRelationship r join fetch r.fromGroup join fetch r.toGroup "
			+ "join fetch r.claims c join fetch c.source left join fetch c.claimantActor "
			+ "left join fetch c.claimantPerson left join fetch c.claimantGroup "
			+ "where exists (select 1 from GroupRelationship d join d.claims dc where d = r "
			+ "and dc.position = org.militancymonitor.source.ClaimPosition.DENIES) "
			+ "and exists (select 1 from GroupRelationship a join a.claims ac where a = r "
			+ "and ac.position = org.militancymonitor.source.ClaimPosition.ASSERTS)")
	List<GroupRelationship> findContestedRelationships();

	/**
	 * Estimates of a figure (a group's metric) that claimants disagree on: more than one
	 * value, or more than one claimant, for the same group and metric.
	 */
	@Query("select e from Estimate e join fetch e.group g join fetch e.claim c " + CLAIM_FETCH
			+ "left join fetch e.region where exists (select 1 from Estimate o join o.claim oc "
			+ "where o.group = e.group and o.metric = e.metric and o.id <> e.id "
			+ "and (coalesce(o.best, o.low, o.high) <> coalesce(e.best, e.low, e.high) or oc.source <> c.source)) "
			+ "order by g.name, e.metric, e.asOf.date nulls last, e.id")
	List<Estimate> findDisputedEstimates();

	@Query("select distinct r from GroupRelationship r join fetch r.fromGroup join fetch r.toGroup "
			+ "left join fetch r.claims c left join fetch c.source left join fetch c.claimantActor "
			+ "left join fetch c.claimantPerson left join fetch c.claimantGroup")
	List<GroupRelationship> findAllRelationships();

	@Query("select d from Designation d join fetch d.group left join fetch d.authority left join fetch d.claim c "
			+ "left join fetch c.source left join fetch c.claimantActor left join fetch c.claimantPerson "
			+ "left join fetch c.claimantGroup")
	List<Designation> findAllDesignations();

	@Query("select gc from GroupClaim gc join fetch gc.claim c " + CLAIM_FETCH
			+ "where gc.group = :group order by gc.attribute, gc.id")
	List<GroupClaim> findAttributeClaims(MilitantGroup group);

}
