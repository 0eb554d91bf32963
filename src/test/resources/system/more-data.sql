-- More of everything a page lists, to show that a page's SQL statement count does not grow with the data.
insert into source (slug, title, kind) values ('more-data-source', 'More data', 'OTHER');
insert into claim (ref, source_id, quote, claimant_kind, claimant_actor_id, position, confidence)
select 'more-data-' || n, (select id from source where slug = 'more-data-source'), 'More data quote number ' || n || '.',
       'STATE', (select id from actor where slug = case when n % 2 = 0 then 'pakistan' else 'united-states' end),
       case when n % 3 = 0 then 'DENIES' else 'ASSERTS' end, 'MODERATE'
  from generate_series(1, 40) n;

insert into incident (occurred_on, date_precision, country_id, admin1_id, place_name, location_precision, event_type,
                      sub_event_type, fatalities_best, summary, status)
select date '2030-01-01' + n, 'DAY', (select id from region where slug = 'pakistan'),
       (select id from region where slug = 'pk-khyber-pakhtunkhwa'), 'More place ' || n, 'EXACT', 'BATTLES', 'ARMED_CLASH', n,
       'More data clash ' || n, 'PUBLISHED'
  from generate_series(1, 30) n;
insert into incident_actor (incident_id, group_id, role)
select i.id, g.id, 'PERPETRATOR' from incident i, militant_group g
 where i.summary like 'More data clash %' and g.slug in ('ttp', 'tjp');
insert into incident_actor (incident_id, actor_id, role)
select i.id, (select id from actor where slug = 'pakistan'), 'TARGET' from incident i where i.summary like 'More data clash %';
insert into incident (occurred_on, date_precision, country_id, admin1_id, place_name, location_precision, event_type,
                      sub_event_type, fatalities_best, summary, status)
select date '2030-03-01' + n, 'DAY', (select id from region where slug = 'afghanistan'),
       (select id from region where slug = 'af-kunar'), 'More Kunar place ' || n, 'EXACT', 'BATTLES', 'ARMED_CLASH', n,
       'More data Kunar clash ' || n, 'PUBLISHED'
  from generate_series(1, 10) n;
insert into incident_actor (incident_id, group_id, role)
select i.id, g.id, 'PERPETRATOR' from incident i, militant_group g
 where i.summary like 'More data Kunar clash %' and g.slug in ('ttp', 'afghan-taliban');
insert into incident_claim (incident_id, claim_id)
select i.id, c.id from incident i, claim c where i.summary like 'More data clash %' and c.ref in ('more-data-1', 'more-data-2');

insert into group_relationship (from_group_id, to_group_id, type)
select (select id from militant_group where slug = 'ttp'), g.id, 'RIVAL_OF' from militant_group g
 where g.slug in ('etim', 'bla', 'majeed-brigade', 'al-qaeda');
insert into relationship_claim (relationship_id, claim_id)
select r.id, c.id from group_relationship r, claim c
 where r.type = 'RIVAL_OF' and c.ref in ('more-data-3', 'more-data-4', 'more-data-5', 'more-data-6');

insert into estimate (group_id, metric, best, as_of, as_of_precision, claim_id)
select (select id from militant_group where slug = 'ttp'), 'FIGHTERS', 5000 + n * 100, make_date(2010 + n, 1, 1), 'YEAR',
       (select id from claim where ref = 'more-data-' || (10 + n))
  from generate_series(1, 8) n;

insert into statement (speaker_label, actor_id, venue_kind, stance, summary, claim_id)
select 'More speaker ' || n, (select id from actor where slug = 'pakistan'), 'PRESS_STATEMENT', 'WARNS',
       'More data statement ' || n, (select id from claim where ref = 'more-data-' || (20 + n))
  from generate_series(1, 10) n;
insert into statement_group (statement_id, group_id)
select s.id, (select id from militant_group where slug = 'ttp') from statement s where s.summary like 'More data statement %';

insert into group_external_name (group_id, dataset, name, external_id, claim_id)
select (select id from militant_group where slug = 'ttp'), 'UCDP', 'More data name ' || n, 'MD-' || n,
       (select id from claim where ref = 'more-data-' || (30 + n))
  from generate_series(1, 5) n;
