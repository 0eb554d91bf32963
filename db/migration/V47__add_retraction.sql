-- Retraction of every editable kind but incidents (whose review state holds theirs, V42): an editor withdraws a
-- published record with a reason. The record stays, marked with who retracted it, when and why; its page still
-- answers, and the lists, counts and searches leave it out. A record is live while retracted_at is null.
do
$$
declare
    retractable text;
begin
    foreach retractable in array array['source', 'claim', 'report', 'report_finding', 'statement', 'militant_group',
                                         'group_alias', 'designation', 'estimate', 'group_relationship']
    loop
        execute format('alter table %I'
                       ' add column retracted_at timestamptz,'
                       ' add column retracted_by text,'
                       ' add column retraction_reason text check (length(btrim(retraction_reason)) between 1 and 1000),'
                       ' add constraint %I check ((retracted_at is null) = (retracted_by is null)'
                       ' and (retracted_at is null) = (retraction_reason is null))',
                       retractable, retractable || '_retraction_ck');
        -- Envers audits the retraction with the record, so the history shows it.
        execute format('alter table %I'
                       ' add column retracted_at timestamptz,'
                       ' add column retracted_by text,'
                       ' add column retraction_reason text',
                       retractable || '_aud');
    end loop;
end
$$;

-- A retracted alias, designation or relationship no longer holds its place: the corrected one may be entered
-- beside it. Only live rows are unique. The profile reads a group's facts retracted or not (it shows the
-- retracted ones apart), which a partial index does not serve: the designations and the outgoing relationships,
-- which the unique constraints indexed by group, get an index of their own.
alter table group_alias drop constraint group_alias_unique;
create unique index group_alias_unique on group_alias (group_id, name) where retracted_at is null;

alter table designation drop constraint designation_unique;
create unique index designation_unique on designation (group_id, authority_id, regime) nulls not distinct
    where retracted_at is null;
create index designation_group_idx on designation (group_id);

alter table group_relationship drop constraint group_relationship_unique;
create unique index group_relationship_unique on group_relationship (from_group_id, to_group_id, type)
    where retracted_at is null;
create index group_relationship_from_idx on group_relationship (from_group_id);

-- No other index changes: a retracted row is rare, and every list that leaves it out reaches rows through the
-- indexes it used before (by group, by claim, the search's GIN indexes) and drops it there.

-- What a page shows behind a fact also says whether the claim's source was retracted: its claims are then no
-- evidence either. The view gains the column at its end (create or replace keeps the others as they are).
create or replace view claim_evidence as
select c.id as claim_id,
       s.slug as source_slug,
       s.title as source_title,
       case c.claimant_kind
           when 'OFFICIAL' then p.name || coalesce(' (' || a.name || ')', '')
           when 'STATE' then a.name
           when 'ORGANISATION' then a.name
           when 'GROUP' then g.name
           when 'ANONYMOUS_SOURCE' then c.claimant_label
       end as claimant_name,
       s.retraction_reason as source_retraction_reason
  from claim c
  join source s on s.id = c.source_id
  left join actor a on a.id = c.claimant_actor_id
  left join person p on p.id = c.claimant_person_id
  left join militant_group g on g.id = c.claimant_group_id;

comment on column claim_evidence.source_retraction_reason is 'Why the claim''s source was retracted; null while it is live';
