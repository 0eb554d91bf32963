-- A claim as pages show it: its source and the name of who asserts it, read in one join.
-- The claim entity maps it as a secondary table it never writes, so that a claim is fetched
-- with its evidence by every feature alike, without joining the claimant's own tables.
create view claim_evidence as
select c.id as claim_id,
       s.slug as source_slug,
       s.title as source_title,
       case c.claimant_kind
           when 'OFFICIAL' then p.name || coalesce(' (' || a.name || ')', '')
           when 'STATE' then a.name
           when 'ORGANISATION' then a.name
           when 'GROUP' then g.name
           when 'ANONYMOUS_SOURCE' then c.claimant_label
       end as claimant_name
  from claim c
  join source s on s.id = c.source_id
  left join actor a on a.id = c.claimant_actor_id
  left join person p on p.id = c.claimant_person_id
  left join militant_group g on g.id = c.claimant_group_id;

comment on view claim_evidence is 'Read by the Claim entity as a secondary table; claimant_name is null when the source asserts the claim itself';
