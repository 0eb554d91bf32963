-- The seed's first revisions: the audit of every seeded row, so that each record's history starts
-- with where its data came from. One revision for the reference data (groups, actors and persons,
-- V15-V16), then one per source in the order they were seeded (the UN consolidated list, V17, then
-- the articles, V18-V22), each "seeded from <the source's title>", by the user 'seed'. Every row gets
-- an ADD (revtype 0) in the revision of the source it came from, traced through claims:
--   - sources: their own; claims: their source's;
--   - aliases, group claims, designations, estimates, findings, statements: their claim's;
--   - incidents (and their actors and claim links): their earliest claim's, all of one source;
--   - relationships: their earliest claim's, and each claim link its claim's (see below);
--   - reports: their earliest finding's; a finding's groups and a statement's groups and actors:
--     the finding's or statement's;
--   - what no claim reaches (groups, actors, persons): the reference data's.
-- The rows are recorded as they stand after the corrections of V31-V36, which the audit does not
-- replay. Every revision's time is when this migration ran, not the article's date: most articles
-- are undated (SeedIntegrityTests), and the time says when the row entered the database.

create temporary table seed_revision (
    source_id bigint unique,
    rev bigint not null
) on commit drop;

with reference as (
    insert into revision (changed_at, username, reason)
    values (now(), 'seed', 'seeded from the reference data')
    returning id)
insert into seed_revision (source_id, rev)
select null, id from reference;

do
$$
declare
    seeded record;
    created bigint;
begin
    for seeded in select id, title from source order by id
    loop
        insert into revision (changed_at, username, reason)
        values (now(), 'seed', 'seeded from ' || seeded.title)
        returning id into created;
        insert into seed_revision (source_id, rev) values (seeded.id, created);
    end loop;
end
$$;

-- "or replace" and the drops at the end: these functions live as long as the connection, which a
-- pool may hand to a second migration (SchemaTests migrates another schema on the same database)
create or replace function pg_temp.reference_rev() returns bigint
    language sql stable as
$$ select rev from seed_revision where source_id is null $$;

create or replace function pg_temp.seed_rev(source bigint) returns bigint
    language sql stable as
$$ select coalesce((select rev from seed_revision where source_id = source), pg_temp.reference_rev()) $$;

create or replace function pg_temp.claim_rev(claim bigint) returns bigint
    language sql stable as
$$ select pg_temp.seed_rev((select c.source_id from claim c where c.id = claim)) $$;

create or replace function pg_temp.incident_rev(incident bigint) returns bigint
    language sql stable as
$$ select coalesce((select min(pg_temp.claim_rev(ic.claim_id)) from incident_claim ic where ic.incident_id = incident),
                   pg_temp.reference_rev()) $$;

create or replace function pg_temp.relationship_rev(relationship bigint) returns bigint
    language sql stable as
$$ select coalesce((select min(pg_temp.claim_rev(rc.claim_id)) from relationship_claim rc
                     where rc.relationship_id = relationship), pg_temp.reference_rev()) $$;

create or replace function pg_temp.report_rev(report bigint) returns bigint
    language sql stable as
$$ select coalesce((select min(pg_temp.claim_rev(f.claim_id)) from report_finding f where f.report_id = report),
                   pg_temp.reference_rev()) $$;

insert into militant_group_aud (rev, revtype, id, slug, name, short_name, kind, status, founded_on, founded_precision, parent_id, description)
select pg_temp.reference_rev(), 0, t.id, t.slug, t.name, t.short_name, t.kind, t.status, t.founded_on, t.founded_precision, t.parent_id, t.description
  from militant_group t;

insert into actor_aud (rev, revtype, id, slug, name, kind, country_id, group_id)
select pg_temp.reference_rev(), 0, t.id, t.slug, t.name, t.kind, t.country_id, t.group_id
  from actor t;

insert into person_aud (rev, revtype, id, slug, name, role, actor_id)
select pg_temp.reference_rev(), 0, t.id, t.slug, t.name, t.role, t.actor_id
  from person t;

insert into source_aud (rev, revtype, id, slug, title, publisher, kind, published_on, published_precision, dateline, url, reliability, document_ref, notes)
select pg_temp.seed_rev(t.id), 0, t.id, t.slug, t.title, t.publisher, t.kind, t.published_on, t.published_precision, t.dateline, t.url, t.reliability, t.document_ref, t.notes
  from source t;

insert into claim_aud (rev, revtype, id, ref, source_id, quote, claimant_kind, claimant_actor_id, claimant_person_id, claimant_group_id, claimant_label, position, confidence, note)
select pg_temp.seed_rev(t.source_id), 0, t.id, t.ref, t.source_id, t.quote, t.claimant_kind, t.claimant_actor_id, t.claimant_person_id, t.claimant_group_id, t.claimant_label, t.position, t.confidence, t.note
  from claim t;

insert into group_alias_aud (rev, revtype, id, group_id, name, quality, original_script, claim_id)
select pg_temp.claim_rev(t.claim_id), 0, t.id, t.group_id, t.name, t.quality, t.original_script, t.claim_id
  from group_alias t;

insert into group_claim_aud (rev, revtype, id, group_id, claim_id, attribute, summary)
select pg_temp.claim_rev(t.claim_id), 0, t.id, t.group_id, t.claim_id, t.attribute, t.summary
  from group_claim t;

insert into designation_aud (rev, revtype, id, group_id, authority_id, regime, reference_number, listed_on, listed_precision, delisted_on, claim_id)
select pg_temp.claim_rev(t.claim_id), 0, t.id, t.group_id, t.authority_id, t.regime, t.reference_number, t.listed_on, t.listed_precision, t.delisted_on, t.claim_id
  from designation t;

insert into group_relationship_aud (rev, revtype, id, from_group_id, to_group_id, type, valid_from, from_precision, valid_to, to_precision, description)
select pg_temp.relationship_rev(t.id), 0, t.id, t.from_group_id, t.to_group_id, t.type, t.valid_from, t.from_precision, t.valid_to, t.to_precision, t.description
  from group_relationship t;

-- A relationship whose claims come from several sources gains a claim with each later one: like Envers
-- on a change to a collection, each of those revisions records the relationship as changed (revtype 1).
insert into group_relationship_aud (rev, revtype, id, from_group_id, to_group_id, type, valid_from, from_precision, valid_to, to_precision, description)
select distinct pg_temp.claim_rev(rc.claim_id), 1, t.id, t.from_group_id, t.to_group_id, t.type, t.valid_from, t.from_precision, t.valid_to, t.to_precision, t.description
  from group_relationship t
  join relationship_claim rc on rc.relationship_id = t.id
 where pg_temp.claim_rev(rc.claim_id) > pg_temp.relationship_rev(t.id);

insert into relationship_claim_aud (rev, revtype, relationship_id, claim_id)
select pg_temp.claim_rev(t.claim_id), 0, t.relationship_id, t.claim_id
  from relationship_claim t;

insert into estimate_aud (rev, revtype, id, group_id, actor_id, metric, low, best, high, qualifier, as_of, as_of_precision, period, region_id, claim_id, note)
select pg_temp.claim_rev(t.claim_id), 0, t.id, t.group_id, t.actor_id, t.metric, t.low, t.best, t.high, t.qualifier, t.as_of, t.as_of_precision, t.period, t.region_id, t.claim_id, t.note
  from estimate t;

insert into incident_aud (rev, revtype, id, occurred_on, date_precision, date_as_stated, country_id, admin1_id, admin2_id, place_name, latitude, longitude, location_precision, event_type, sub_event_type, cross_border, fatalities_low, fatalities_best, fatalities_high, injured, summary, status, synthetic)
select pg_temp.incident_rev(t.id), 0, t.id, t.occurred_on, t.date_precision, t.date_as_stated, t.country_id, t.admin1_id, t.admin2_id, t.place_name, t.latitude, t.longitude, t.location_precision, t.event_type, t.sub_event_type, t.cross_border, t.fatalities_low, t.fatalities_best, t.fatalities_high, t.injured, t.summary, t.status, t.synthetic
  from incident t;

insert into incident_actor_aud (rev, revtype, id, incident_id, group_id, actor_id, role, attribution_uncertain, description)
select pg_temp.incident_rev(t.incident_id), 0, t.id, t.incident_id, t.group_id, t.actor_id, t.role, t.attribution_uncertain, t.description
  from incident_actor t;

insert into incident_claim_aud (rev, revtype, incident_id, claim_id)
select pg_temp.incident_rev(t.incident_id), 0, t.incident_id, t.claim_id
  from incident_claim t;

insert into report_aud (rev, revtype, id, slug, title, issuing_body, kind, document_symbol, published_on, published_precision, description)
select pg_temp.report_rev(t.id), 0, t.id, t.slug, t.title, t.issuing_body, t.kind, t.document_symbol, t.published_on, t.published_precision, t.description
  from report t;

insert into report_finding_aud (rev, revtype, id, report_id, summary, claim_id, position)
select pg_temp.claim_rev(t.claim_id), 0, t.id, t.report_id, t.summary, t.claim_id, t.position
  from report_finding t;

insert into finding_group_aud (rev, revtype, finding_id, group_id)
select pg_temp.claim_rev((select f.claim_id from report_finding f where f.id = t.finding_id)), 0, t.finding_id, t.group_id
  from finding_group t;

insert into statement_aud (rev, revtype, id, speaker_person_id, speaker_label, speaker_role, actor_id, venue_kind, venue, made_on, date_precision, date_as_stated, stance, summary, quote, claim_id, responds_to_report_id, responds_to_statement_id)
select pg_temp.claim_rev(t.claim_id), 0, t.id, t.speaker_person_id, t.speaker_label, t.speaker_role, t.actor_id, t.venue_kind, t.venue, t.made_on, t.date_precision, t.date_as_stated, t.stance, t.summary, t.quote, t.claim_id, t.responds_to_report_id, t.responds_to_statement_id
  from statement t;

insert into statement_group_aud (rev, revtype, statement_id, group_id)
select pg_temp.claim_rev((select s.claim_id from statement s where s.id = t.statement_id)), 0, t.statement_id, t.group_id
  from statement_group t;

insert into statement_actor_aud (rev, revtype, statement_id, actor_id)
select pg_temp.claim_rev((select s.claim_id from statement s where s.id = t.statement_id)), 0, t.statement_id, t.actor_id
  from statement_actor t;

drop function pg_temp.report_rev(bigint);
drop function pg_temp.relationship_rev(bigint);
drop function pg_temp.incident_rev(bigint);
drop function pg_temp.claim_rev(bigint);
drop function pg_temp.seed_rev(bigint);
drop function pg_temp.reference_rev();
