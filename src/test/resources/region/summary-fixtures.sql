-- Incidents with hand-computed summaries (RegionSummaryQueriesTests), in 2030-2031 so that the seed stays out of the
-- way. With today 2031-03-20 (a Thursday) and twelve months: the last 4 weeks are Mon 17 Feb - Sun 16 Mar 2031, the
-- 4 before 20 Jan - 16 Feb 2031, the same weeks a year earlier 18 Feb - 17 Mar 2030; the trend Apr 2030 - Mar 2031.
-- Place names say what each incident tests.
insert into source (slug, title, kind) values ('summary-fixture-source', 'Summary fixture source', 'OTHER');
insert into claim (ref, source_id, quote, claimant_kind, confidence)
values ('summary-fixture-claim', (select id from source where slug = 'summary-fixture-source'), 'Fixture quote.', 'SOURCE', 'LOW');

insert into incident (occurred_on, date_precision, country_id, admin1_id, admin2_id, place_name, location_precision,
                      event_type, sub_event_type, fatalities_best, fatalities_low, fatalities_high, summary, status,
                      retraction_reason)
select v.occurred_on::date, v.precision, c.id, a1.id, a2.id, v.place, 'EXACT', v.type, v.subtype, v.best, v.low, v.high,
       'Summary fixture ' || v.place, v.status, case when v.status = 'RETRACTED' then 'Fixture retraction' end
  from (values
    ('2031-02-17', 'DAY',   'pakistan',    'pk-khyber-pakhtunkhwa', 'pk-khyber-pakhtunkhwa-peshawar', 'A first day of the window',  'BATTLES', 'ARMED_CLASH', 3, 2, 5, 'PUBLISHED'),
    ('2031-03-16', 'DAY',   'pakistan',    'pk-khyber-pakhtunkhwa', 'pk-khyber-pakhtunkhwa-bannu',    'B last day of the window',   'EXPLOSIONS_REMOTE_VIOLENCE', 'SUICIDE_BOMB', 10, null, null, 'PUBLISHED'),
    ('2031-03-17', 'DAY',   'pakistan',    'pk-khyber-pakhtunkhwa', null,                             'C day after the window',     'BATTLES', 'ARMED_CLASH', 7, null, null, 'PUBLISHED'),
    ('2031-03-01', 'MONTH', 'pakistan',    'pk-khyber-pakhtunkhwa', null,                             'D month only',               'VIOLENCE_AGAINST_CIVILIANS', 'ATTACK', null, 1, 4, 'PUBLISHED'),
    ('2031-02-20', 'DAY',   'pakistan',    'pk-khyber-pakhtunkhwa', null,                             'E draft',                    'BATTLES', 'ARMED_CLASH', 50, null, null, 'DRAFT'),
    ('2031-02-21', 'DAY',   'pakistan',    'pk-khyber-pakhtunkhwa', null,                             'F retracted',                'BATTLES', 'ARMED_CLASH', 40, null, null, 'RETRACTED'),
    ('2031-02-22', 'DAY',   'pakistan',    'pk-khyber-pakhtunkhwa', null,                             'G submitted',                'BATTLES', 'ARMED_CLASH', 30, null, null, 'SUBMITTED'),
    ('2031-02-16', 'DAY',   'pakistan',    'pk-khyber-pakhtunkhwa', null,                             'H last day before',          'BATTLES', 'ARMED_CLASH', 2, null, null, 'PUBLISHED'),
    ('2031-01-20', 'DAY',   'pakistan',    'pk-khyber-pakhtunkhwa', null,                             'I first day before',         'BATTLES', 'ARMED_CLASH', null, null, null, 'PUBLISHED'),
    ('2031-01-19', 'DAY',   'pakistan',    'pk-khyber-pakhtunkhwa', null,                             'J day before the 4 before',  'BATTLES', 'ARMED_CLASH', 1, null, null, 'PUBLISHED'),
    ('2030-03-01', 'DAY',   'pakistan',    'pk-khyber-pakhtunkhwa', null,                             'K a year earlier',           'BATTLES', 'ARMED_CLASH', 4, null, null, 'PUBLISHED'),
    ('2030-03-18', 'DAY',   'pakistan',    'pk-khyber-pakhtunkhwa', null,                             'L day after the year window','BATTLES', 'ARMED_CLASH', 1, null, null, 'PUBLISHED'),
    ('2031-01-01', 'YEAR',  'pakistan',    'pk-khyber-pakhtunkhwa', null,                             'M year only',                'BATTLES', 'ARMED_CLASH', 5, null, null, 'PUBLISHED'),
    ('2031-03-02', 'DAY',   'pakistan',    'pk-balochistan',        null,                             'N in Balochistan',           'BATTLES', 'ARMED_CLASH', 6, null, null, 'PUBLISHED'),
    ('2031-03-03', 'DAY',   'afghanistan', 'af-kunar',              null,                             'O in Kunar',                 'BATTLES', 'ARMED_CLASH', 9, null, null, 'PUBLISHED')
  ) as v(occurred_on, precision, country, admin1, admin2, place, type, subtype, best, low, high, status)
  join region c on c.slug = v.country
  join region a1 on a1.slug = v.admin1
  left join region a2 on a2.slug = v.admin2;

insert into incident_actor (incident_id, group_id, role)
select i.id, g.id, 'PERPETRATOR'
  from incident i
  join militant_group g on g.slug = case
       when i.place_name = 'N in Balochistan' then 'bla'
       when i.place_name = 'O in Kunar' then 'isil-k'
       else 'ttp' end
 where i.summary like 'Summary fixture %';
-- B is claimed by the TTP and by the TJP, whose first incident in Khyber Pakhtunkhwa it is
insert into incident_actor (incident_id, group_id, role)
select i.id, (select id from militant_group where slug = 'tjp'), 'CLAIMED_BY'
  from incident i where i.place_name = 'B last day of the window';
insert into incident_claim (incident_id, claim_id)
select i.id, (select id from claim where ref = 'summary-fixture-claim') from incident i where i.summary like 'Summary fixture %';
