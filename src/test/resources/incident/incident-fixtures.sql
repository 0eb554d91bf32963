-- Five incidents with known values for the incident list queries (the test rolls them back).
insert into source (slug, title, kind) values ('fixture-source', 'Fixture source', 'OTHER');
insert into claim (ref, source_id, quote, claimant_kind, confidence)
values ('fixture-claim', (select id from source where slug = 'fixture-source'), 'Fixture quote.', 'SOURCE', 'LOW');

insert into incident (occurred_on, date_precision, country_id, admin1_id, place_name, location_precision, event_type,
                      sub_event_type, fatalities_best, summary, status)
values ('2031-01-05', 'DAY', (select id from region where slug = 'pakistan'), (select id from region where slug = 'pk-khyber-pakhtunkhwa'),
        'Fixture Alpha', 'EXACT', 'BATTLES', 'ARMED_CLASH', 3, 'Fixture alpha clash', 'PUBLISHED'),
       ('2031-02-10', 'DAY', (select id from region where slug = 'pakistan'), (select id from region where slug = 'pk-balochistan'),
        'Fixture Bravo', 'EXACT', 'EXPLOSIONS_REMOTE_VIOLENCE', 'SUICIDE_BOMB', 40, 'Fixture bravo bombing', 'PUBLISHED'),
       ('2031-03-01', 'MONTH', (select id from region where slug = 'afghanistan'), (select id from region where slug = 'af-nangarhar'),
        'Fixture Charlie', 'ADMIN1', 'VIOLENCE_AGAINST_CIVILIANS', 'ATTACK', null, 'Fixture charlie attack', 'PUBLISHED'),
       ('2031-04-20', 'DAY', (select id from region where slug = 'pakistan'), (select id from region where slug = 'pk-khyber-pakhtunkhwa'),
        'Fixture Delta', 'EXACT', 'BATTLES', 'ARMED_CLASH', 12, 'Fixture delta clash', 'DRAFT'),
       ('2031-05-15', 'DAY', (select id from region where slug = 'pakistan'), (select id from region where slug = 'pk-khyber-pakhtunkhwa'),
        'Fixture Echo', 'EXACT', 'BATTLES', 'ARMED_CLASH', 7, 'Fixture echo clash', 'PUBLISHED');

insert into incident_actor (incident_id, group_id, role)
select i.id, (select id from militant_group where slug = 'ttp'), 'PERPETRATOR'
  from incident i where i.summary in ('Fixture alpha clash', 'Fixture echo clash', 'Fixture delta clash');
insert into incident_actor (incident_id, group_id, role)
select i.id, (select id from militant_group where slug = 'bla'), 'PERPETRATOR'
  from incident i where i.summary = 'Fixture bravo bombing';
insert into incident_claim (incident_id, claim_id)
select i.id, (select id from claim where ref = 'fixture-claim') from incident i where i.summary like 'Fixture %';
