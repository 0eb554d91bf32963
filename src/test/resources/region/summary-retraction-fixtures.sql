-- Records about the groups active in Sindh (RegionSummaryRetractionTests, rolled back), of 2031 so that they come
-- first among the latest and inside the trend of a summary ending 2031-03-20: for each kind a record the test
-- retracts (or whose claim, source or group it retracts) beside a sibling that stays live. Three groups, each in
-- the one published incident in Sindh: "live" stays, "gone" is retracted, "other" is the far end of relationships.
insert into source (slug, title, kind) values
    ('sr-source', 'Summary retraction source', 'OTHER'),
    ('sr-doomed-source', 'Summary retraction doomed source', 'OTHER');
insert into claim (ref, source_id, quote, claimant_kind, position, confidence)
select v.ref, s.id, 'Summary retraction quote ' || v.ref || '.', 'SOURCE', v.position, 'LOW'
  from (values
    ('sr-main', 'sr-source', 'ASSERTS'),
    ('sr-live-asserts', 'sr-source', 'ASSERTS'),
    ('sr-live-denies', 'sr-source', 'DENIES'),
    ('sr-claim-asserts', 'sr-source', 'ASSERTS'),
    ('sr-claim-denies', 'sr-source', 'DENIES'),
    ('sr-source-asserts', 'sr-source', 'ASSERTS'),
    ('sr-source-denies', 'sr-doomed-source', 'DENIES'),
    ('sr-self-asserts', 'sr-source', 'ASSERTS'),
    ('sr-self-denies', 'sr-source', 'DENIES'),
    ('sr-group-asserts', 'sr-source', 'ASSERTS'),
    ('sr-group-denies', 'sr-source', 'DENIES')
  ) as v(ref, source, position)
  join source s on s.slug = v.source;

insert into militant_group (slug, name, kind, status) values
    ('sr-live', 'Aaretract Live Front', 'INSURGENT', 'ACTIVE'),
    ('sr-gone', 'Aaretract Gone Front', 'INSURGENT', 'ACTIVE'),
    ('sr-other', 'Aaretract Other Front', 'INSURGENT', 'ACTIVE');

insert into incident (occurred_on, date_precision, country_id, admin1_id, location_precision, event_type,
                      sub_event_type, fatalities_best, summary, status)
values ('2031-03-02', 'DAY', (select id from region where slug = 'pakistan'), (select id from region where slug = 'pk-sindh'),
        'ADMIN1', 'BATTLES', 'ARMED_CLASH', 1, 'Summary retraction fixture incident', 'PUBLISHED');
insert into incident_actor (incident_id, group_id, role)
select i.id, g.id, 'PERPETRATOR'
  from incident i, militant_group g
 where i.summary = 'Summary retraction fixture incident' and g.slug in ('sr-live', 'sr-gone', 'sr-other');
insert into incident_claim (incident_id, claim_id)
select i.id, (select id from claim where ref = 'sr-main') from incident i where i.summary = 'Summary retraction fixture incident';

-- UN listings: in the trend, and one before it (in force at its start)
insert into designation (group_id, authority_id, regime, reference_number, listed_on, listed_precision)
select g.id, (select id from actor where slug = 'un-security-council'), v.regime, v.ref, v.listed::date, 'DAY'
  from (values
    ('sr-live', 'SR live regime', 'SRL.1', '2031-01-10'),
    ('sr-live', 'SR retracted regime', 'SRR.1', '2031-01-12'),
    ('sr-gone', 'SR gone group regime', 'SRG.1', '2031-01-14'),
    ('sr-live', 'SR old live regime', 'SRO.1', '2020-01-01'),
    ('sr-live', 'SR old retracted regime', 'SRO.2', '2020-01-02')
  ) as v(grp, regime, ref, listed)
  join militant_group g on g.slug = v.grp;

-- Statements by Pakistan about the groups, and denials
insert into statement (actor_id, speaker_label, venue_kind, made_on, date_precision, stance, summary, claim_id)
select (select id from actor where slug = 'pakistan'), 'A spokesperson', 'PRESS_STATEMENT', v.made::date, 'DAY', v.stance,
       v.summary, (select id from claim where ref = 'sr-main')
  from (values
    ('2031-02-01', 'WARNS', 'SR live statement'),
    ('2031-02-02', 'WARNS', 'SR retracted statement'),
    ('2031-02-03', 'WARNS', 'SR gone group statement'),
    ('2031-02-10', 'DENIES', 'SR live denial'),
    ('2031-02-11', 'DENIES', 'SR denial of a retracted statement'),
    ('2031-02-12', 'DENIES', 'SR retracted denial'),
    ('2031-02-13', 'DENIES', 'SR denial of a retracted report')
  ) as v(made, stance, summary);
insert into statement_group (statement_id, group_id)
select s.id, g.id
  from statement s
  join militant_group g on g.slug = case when s.summary = 'SR gone group statement' then 'sr-gone' else 'sr-live' end
 where s.summary like 'SR %';
update statement set responds_to_statement_id = (select id from statement where summary = 'SR live statement')
 where summary in ('SR live denial', 'SR retracted denial');
update statement set responds_to_statement_id = (select id from statement where summary = 'SR retracted statement')
 where summary = 'SR denial of a retracted statement';

-- Reports with findings about the groups
insert into report (slug, title, issuing_body, kind, published_on, published_precision) values
    ('sr-live-report', 'SR live report', 'SR Team', 'OTHER', '2031-03-01', 'DAY'),
    ('sr-retracted-report', 'SR retracted report', 'SR Team', 'OTHER', '2031-03-02', 'DAY'),
    ('sr-finding-report', 'SR report of a retracted finding', 'SR Team', 'OTHER', '2031-03-03', 'DAY'),
    ('sr-gone-report', 'SR report about a gone group', 'SR Team', 'OTHER', '2031-03-04', 'DAY');
insert into report_finding (report_id, summary, claim_id, position)
select r.id, 'Finding of ' || r.title, (select id from claim where ref = 'sr-main'), 1
  from report r where r.slug like 'sr-%';
insert into finding_group (finding_id, group_id)
select f.id, g.id
  from report_finding f
  join report r on r.id = f.report_id
  join militant_group g on g.slug = case when r.slug = 'sr-gone-report' then 'sr-gone' else 'sr-live' end
 where r.slug like 'sr-%';
update statement set responds_to_report_id = (select id from report where slug = 'sr-retracted-report')
 where summary = 'SR denial of a retracted report';

-- Relationships that claims assert and deny: live; with the denial retracted; with the denial's source retracted;
-- retracted itself; of the retracted group
insert into group_relationship (from_group_id, to_group_id, type)
select (select id from militant_group where slug = v.grp), (select id from militant_group where slug = 'sr-other'), v.type
  from (values ('sr-live', 'RIVAL_OF'), ('sr-live', 'ALLIED_WITH'), ('sr-live', 'SUPPORTS'), ('sr-live', 'FUNDS'),
               ('sr-gone', 'SHELTERS')) as v(grp, type);
insert into relationship_claim (relationship_id, claim_id)
select r.id, c.id
  from group_relationship r
  join militant_group f on f.id = r.from_group_id
  join (values ('RIVAL_OF', 'sr-live'), ('ALLIED_WITH', 'sr-claim'), ('SUPPORTS', 'sr-source'), ('FUNDS', 'sr-self'),
               ('SHELTERS', 'sr-group')) as v(type, prefix) on v.type = r.type
  join claim c on c.ref in (v.prefix || '-asserts', v.prefix || '-denies')
 where f.slug in ('sr-live', 'sr-gone');
