-- Source: article 001 (001_7bee74c99556a269.txt), no headline, dateline or date.
-- A UN report to the Security Council finds the Afghan Taliban fund (~$43,000/month) and support the TTP (600+ attacks
-- in 2024, new training centres in four Afghan provinces); TTP ties to AQIS/TJP, BLA/Majeed Brigade ties to TTP, IS-K, ETIM;
-- Pakistan's arrests of IS-K militants. The closing policy recommendations (opinion) are not recorded as facts.

insert into source (slug, title, publisher, kind, published_on, published_precision, dateline, url, reliability, document_ref, notes) values
    ('article-001-un-report-taliban-support-for-ttp',
     '[UN report finds Afghan Taliban fund and support the TTP]',
     null, 'NEWS_ARTICLE', null, 'UNKNOWN', null, null, 'C',
     '001_7bee74c99556a269.txt',
     'No headline, dateline, publisher or date in the file; the title is descriptive. It reports figures "in 2024 alone", so it was written in 2024 or later (not resolved). The UN report is not identified beyond "a recent report submitted to the United Nations Security Council". The bullet list of policy recommendations is opinion and is not recorded.');

insert into claim (ref, source_id, quote, claimant_kind, claimant_actor_id, claimant_person_id, claimant_group_id, claimant_label, position, confidence, note)
select v.ref, (select id from source where slug = 'article-001-un-report-taliban-support-for-ttp'), v.quote, v.kind,
       (select id from actor where slug = v.actor), null, null, v.label, 'ASSERTS', v.conf, v.note
from (values
    ('a001-01', 'A recent report submitted to the United Nations Security Council has unveiled a troubling revelation: the Afghan Taliban continue to provide financial and logistical support to the banned Tehreek-e-Taliban Pakistan (TTP).',
        'ORGANISATION', 'un-monitoring-team', 'A recent report submitted to the United Nations Security Council', 'MODERATE',
        'UN report as reported by the article; the issuing body is not named (Monitoring Team assumed).'),
    ('a001-02', 'the banned Tehreek-e-Taliban Pakistan (TTP)',
        'SOURCE', null, null, 'MODERATE', 'The article calls the TTP banned (a ban by Pakistan).'),
    ('a001-03', 'The report states that in 2024 alone, the TTP carried out over 600 attacks in Pakistan, underscoring the persistent threat posed by the militant group and its ties with the Afghan Taliban.',
        'ORGANISATION', 'un-monitoring-team', 'the UN report', 'MODERATE', null),
    ('a001-04', 'According to the UN report, the Afghan Taliban provide approximately $43,000 per month to the TTP, facilitating its operations and expansion.',
        'ORGANISATION', 'un-monitoring-team', 'the UN report', 'MODERATE', null),
    ('a001-05', 'The TTP has established new training centres in Afghanistan’s Kunar, Nangarhar, Khost, and Paktika provinces, further cementing its operational stronghold.',
        'ORGANISATION', 'un-monitoring-team', 'the UN report', 'MODERATE',
        'Part of the article''s account of the UN report (follows "According to the UN report").'),
    ('a001-06', 'Historically, the Afghan Taliban and TTP have maintained ideological and operational synergies. Both groups follow a radical interpretation of Islamic law and have collaborated in armed struggles.',
        'SOURCE', null, null, 'MODERATE', null),
    ('a001-07', 'The TTP, formed in 2007, initially operated under the influence of Al-Qaeda and later developed close ties with the Afghan Taliban.',
        'SOURCE', null, null, 'MODERATE', null),
    ('a001-08', 'Since the Taliban’s takeover of Afghanistan in August 2021, the TTP has leveraged this relationship to regroup and expand its influence, taking advantage of Afghanistan’s porous borders and governance gaps.',
        'SOURCE', null, null, 'MODERATE', null),
    ('a001-09', 'The group has targeted security forces, law enforcement agencies, and civilians, posing a significant challenge to Pakistan’s counterterrorism efforts.',
        'SOURCE', null, null, 'MODERATE', null),
    ('a001-10', 'With access to safe havens in Afghanistan, the TTP has been able to regroup after military operations against it within Pakistan.',
        'SOURCE', null, null, 'MODERATE', null),
    ('a001-11', 'The UN report also highlights the TTP’s collaboration with other militant groups such as Al-Qaeda in the Indian Subcontinent (AQIS) and Tehreek-e-Jihad Pakistan (TJP), further complicating the security landscape.',
        'ORGANISATION', 'un-monitoring-team', 'the UN report', 'MODERATE', null),
    ('a001-12', 'The UN’s warning about the convergence of various militant factions under the TJP banner suggests that Afghanistan is at risk of becoming a sanctuary for extremists with global ambitions.',
        'ORGANISATION', 'un-monitoring-team', 'the UN', 'MODERATE', 'The UN warning is reported by the article; the inference about a sanctuary is the article''s.'),
    ('a001-13', 'The country has made notable progress in dismantling the ISIS Khorasan (IS-K) network, a rival terrorist group that has carried out high-profile attacks in the region.',
        'SOURCE', null, null, 'MODERATE', '"rival": the article does not say rival to whom.'),
    ('a001-14', 'The arrests of key militants such as Adil Panjshiri (Afghan), Abu Mundhar (Tajik), and Kaka Yunus (Uzbek) mark a significant achievement in weakening IS-K’s capabilities.',
        'SOURCE', null, null, 'MODERATE', 'Dates and places of the arrests are not stated.'),
    ('a001-15', 'However, the mastermind behind the Kerman attack, Tariq Tajiki, remains at large in Afghanistan, highlighting the limitations of Pakistan’s counterterrorism efforts due to external safe havens.',
        'SOURCE', null, null, 'MODERATE', 'Date and method of the Kerman attack are not stated; the IS-K link is implied by context.'),
    ('a001-16', 'The banned Balochistan Liberation Army (BLA), particularly its Majeed Brigade (MB), has escalated its attacks in southern Pakistan.',
        'SOURCE', null, null, 'MODERATE', null),
    ('a001-17', 'The UN report identifies the BLA’s operational expansion in areas like Awaran, Panjgur, and Dalbandin, further exacerbating Pakistan’s security challenges.',
        'ORGANISATION', 'un-monitoring-team', 'the UN report', 'MODERATE', null),
    ('a001-18', 'More concerning is the BLA’s reported ties with both the TTP and IS-K, indicating a broader convergence of terrorist groups with diverse but intersecting agendas.',
        'ORGANISATION', 'un-monitoring-team', 'the UN report (by context: "reported ties")', 'MODERATE',
        'In the article''s paragraph on the UN report''s BLA findings; the reporter of the ties is not named explicitly.'),
    ('a001-19', 'The Majeed Brigade’s collaboration with the East Turkestan Islamic Movement (ETIM) and IS-K suggests an alarming shift towards a more interconnected extremist network in the region.',
        'ORGANISATION', 'un-monitoring-team', 'the UN report (by context)', 'MODERATE',
        'Follows the article''s account of the UN report''s BLA findings; the interpretation ("alarming shift") is the article''s.'),
    ('a001-20', 'The UN report has reaffirmed what many security analysts have long suspected: the Afghan Taliban’s support for the TTP remains a major destabilizing factor in South Asia.',
        'SOURCE', null, null, 'MODERATE', 'The article''s own assessment.')
) as v(ref, quote, kind, actor, label, conf, note);

-- Aliases used by the article
insert into group_alias (group_id, name, quality, original_script, claim_id)
select (select id from militant_group where slug = v.grp), v.name, 'AKA', null, (select id from claim where ref = v.claim)
from (values
    ('ttp',            'Tehreek-e-Taliban Pakistan', 'a001-02'),
    ('isil-k',         'ISIS Khorasan',              'a001-13'),
    ('afghan-taliban', 'Taliban',                    'a001-08')
) as v(grp, name, claim);

update group_alias ga set claim_id = (select id from claim where ref = v.claim)
from (values
    ('isil-k',         'IS-K', 'a001-13'),
    ('aqis',           'AQIS', 'a001-11'),
    ('tjp',            'TJP',  'a001-11'),
    ('majeed-brigade', 'MB',   'a001-16'),
    ('etim',           'ETIM', 'a001-19')
) as v(grp, name, claim)
where ga.name = v.name and ga.claim_id is null and ga.group_id = (select id from militant_group where slug = v.grp);

-- "The banned Balochistan Liberation Army": a national ban by Pakistan (date not stated)
insert into designation (group_id, authority_id, regime, reference_number, listed_on, listed_precision, claim_id) values
    ((select id from militant_group where slug = 'bla'), (select id from actor where slug = 'pakistan'),
     'Banned under Pakistan’s Anti-Terrorism Act (national ban)', null, null, 'UNKNOWN', (select id from claim where ref = 'a001-16'));

-- Attribute facts
insert into group_claim (group_id, claim_id, attribute, summary)
select (select id from militant_group where slug = v.grp), (select id from claim where ref = v.claim), v.attr, v.summary
from (values
    ('ttp',            'a001-02', 'DESIGNATION',    'Described as banned (national ban in Pakistan).'),
    ('ttp',            'a001-05', 'OPERATING_AREA', 'New training centres in Afghanistan’s Kunar, Nangarhar, Khost and Paktika provinces.'),
    ('ttp',            'a001-06', 'DESCRIPTION',    'Follows a radical interpretation of Islamic law; ideological and operational synergies with the Afghan Taliban.'),
    ('ttp',            'a001-07', 'FOUNDED',        'Formed in 2007.'),
    ('ttp',            'a001-07', 'ORIGIN',         'Initially operated under the influence of Al-Qaeda, later developed close ties with the Afghan Taliban.'),
    ('ttp',            'a001-08', 'CAPABILITY',     'Since the Taliban takeover of Afghanistan in August 2021 it has regrouped and expanded its influence, using porous borders and governance gaps.'),
    ('ttp',            'a001-09', 'TARGETS',        'Targets security forces, law enforcement agencies and civilians in Pakistan.'),
    ('ttp',            'a001-10', 'OPERATING_AREA', 'Has safe havens in Afghanistan, where it regroups after military operations against it in Pakistan.'),
    ('tjp',            'a001-12', 'OTHER',          'The UN warns of the convergence of various militant factions under the TJP banner.'),
    ('isil-k',         'a001-13', 'DESCRIPTION',    'Described as a rival terrorist group (rival to whom is not stated) that has carried out high-profile attacks in the region; Pakistan reports progress in dismantling its network.'),
    ('isil-k',         'a001-14', 'MEMBERSHIP',     'Key militants arrested in Pakistan’s operations include Adil Panjshiri (Afghan), Abu Mundhar (Tajik) and Kaka Yunus (Uzbek).'),
    ('bla',            'a001-16', 'DESIGNATION',    'Described as banned (national ban in Pakistan).'),
    ('bla',            'a001-16', 'OPERATING_AREA', 'Has escalated its attacks in southern Pakistan, particularly through its Majeed Brigade.'),
    ('majeed-brigade', 'a001-16', 'OPERATING_AREA', 'Has escalated attacks in southern Pakistan.'),
    ('bla',            'a001-17', 'OPERATING_AREA', 'Operational expansion in areas like Awaran, Panjgur and Dalbandin (Balochistan).')
) as v(grp, claim, attr, summary);

-- Relationships (afghan-taliban SUPPORTS ttp exists from article 000; this file adds its claims)
insert into group_relationship (from_group_id, to_group_id, type, description)
select (select id from militant_group where slug = v.f), (select id from militant_group where slug = v.t), v.type, v.descr
from (values
    ('afghan-taliban', 'ttp',            'SUPPORTS',          'The Afghan Taliban support the TTP: financial, logistical and material support, weapons, aid and facilitation of cross-border attacks.'),
    ('afghan-taliban', 'ttp',            'FUNDS',             'The Afghan Taliban fund the TTP (approximately $43,000 per month according to a UN report).'),
    ('ttp',            'afghan-taliban', 'ALLIED_WITH',       'The TTP developed close ties with the Afghan Taliban and has leveraged them since the August 2021 takeover.'),
    ('ttp',            'afghan-taliban', 'COLLABORATES_WITH', 'The TTP and the Afghan Taliban share ideological and operational synergies and have collaborated in armed struggles.'),
    ('al-qaeda',       'ttp',            'SUPPORTS',          'Al-Qaeda influenced and assisted the TTP (the TTP initially operated under its influence; al Qaeda core fighters assisted TTP cross-border attacks).'),
    ('ttp',            'aqis',           'COLLABORATES_WITH', 'The TTP collaborates with AQIS.'),
    ('ttp',            'tjp',            'COLLABORATES_WITH', 'The TTP collaborates with TJP; militant factions converge under the TJP banner.'),
    ('bla',            'ttp',            'COLLABORATES_WITH', 'Reported ties between the BLA and the TTP.'),
    ('bla',            'isil-k',         'COLLABORATES_WITH', 'Reported ties between the BLA and IS-K.'),
    ('majeed-brigade', 'etim',           'COLLABORATES_WITH', 'The BLA''s Majeed Brigade collaborates with ETIM.'),
    ('majeed-brigade', 'isil-k',         'COLLABORATES_WITH', 'The BLA''s Majeed Brigade collaborates with IS-K.')
) as v(f, t, type, descr)
on conflict (from_group_id, to_group_id, type) do nothing;

insert into relationship_claim (relationship_id, claim_id)
select r.id, (select id from claim where ref = v.claim)
from (values
    ('afghan-taliban', 'ttp',            'SUPPORTS',          'a001-01'),
    ('afghan-taliban', 'ttp',            'SUPPORTS',          'a001-20'),
    ('afghan-taliban', 'ttp',            'FUNDS',             'a001-01'),
    ('afghan-taliban', 'ttp',            'FUNDS',             'a001-04'),
    ('ttp',            'afghan-taliban', 'ALLIED_WITH',       'a001-07'),
    ('ttp',            'afghan-taliban', 'ALLIED_WITH',       'a001-08'),
    ('ttp',            'afghan-taliban', 'COLLABORATES_WITH', 'a001-06'),
    ('al-qaeda',       'ttp',            'SUPPORTS',          'a001-07'),
    ('ttp',            'aqis',           'COLLABORATES_WITH', 'a001-11'),
    ('ttp',            'tjp',            'COLLABORATES_WITH', 'a001-11'),
    ('bla',            'ttp',            'COLLABORATES_WITH', 'a001-18'),
    ('bla',            'isil-k',         'COLLABORATES_WITH', 'a001-18'),
    ('majeed-brigade', 'etim',           'COLLABORATES_WITH', 'a001-19'),
    ('majeed-brigade', 'isil-k',         'COLLABORATES_WITH', 'a001-19')
) as v(f, t, type, claim)
join group_relationship r on r.from_group_id = (select id from militant_group where slug = v.f)
                         and r.to_group_id = (select id from militant_group where slug = v.t)
                         and r.type = v.type
on conflict do nothing;

-- Estimates
insert into estimate (group_id, actor_id, metric, low, best, high, qualifier, as_of, as_of_precision, period, region_id, claim_id, note) values
    ((select id from militant_group where slug = 'ttp'), null, 'ATTACKS', 600, null, null, 'MORE_THAN', date '2024-01-01', 'YEAR', 'in 2024 alone',
     (select id from region where slug = 'pakistan'), (select id from claim where ref = 'a001-03'),
     '"over 600 attacks in Pakistan" in 2024 (UN report).'),
    ((select id from militant_group where slug = 'ttp'), null, 'FUNDING_USD_PER_MONTH', null, 43000, null, 'APPROXIMATELY', null, 'UNKNOWN', 'per month',
     null, (select id from claim where ref = 'a001-04'),
     'Provided by the Afghan Taliban to the TTP (UN report); the date the figure refers to is not stated.'),
    ((select id from militant_group where slug = 'ttp'), null, 'TRAINING_CENTRES', 4, null, null, 'AT_LEAST', null, 'UNKNOWN', null,
     (select id from region where slug = 'afghanistan'), (select id from claim where ref = 'a001-05'),
     'New training centres in Kunar, Nangarhar, Khost and Paktika provinces; the number of centres is not stated, so at least one per province (4).');

-- Report: the UN report the article describes
insert into report (slug, title, issuing_body, kind, document_symbol, published_on, published_precision, description) values
    ('unmt-report-001',
     '[Recent UN report to the Security Council on the Afghan Taliban’s support for the TTP]',
     'UN Analytical Support and Sanctions Monitoring Team', 'MONITORING_TEAM_REPORT', null, null, 'UNKNOWN',
     'A recent report submitted to the United Nations Security Council, as reported in article 001. The article calls it only "the UN report"; the issuing body (the Monitoring Team) is an assumption. Date and document symbol not stated. Not merged with the report in article 002: the texts do not make it certain they are the same.');

insert into report_finding (report_id, summary, claim_id, position)
select (select id from report where slug = 'unmt-report-001'), v.summary, (select id from claim where ref = v.claim), v.pos
from (values
    (1, 'The Afghan Taliban continue to provide financial and logistical support to the TTP.', 'a001-01'),
    (2, 'In 2024 alone, the TTP carried out over 600 attacks in Pakistan.', 'a001-03'),
    (3, 'The Afghan Taliban provide approximately $43,000 per month to the TTP.', 'a001-04'),
    (4, 'The TTP has established new training centres in Afghanistan’s Kunar, Nangarhar, Khost and Paktika provinces.', 'a001-05'),
    (5, 'The TTP collaborates with other militant groups such as AQIS and TJP.', 'a001-11'),
    (6, 'Various militant factions are converging under the TJP banner.', 'a001-12'),
    (7, 'The BLA has expanded its operations in areas like Awaran, Panjgur and Dalbandin.', 'a001-17'),
    (8, 'The BLA has reported ties with both the TTP and IS-K.', 'a001-18'),
    (9, 'The BLA’s Majeed Brigade collaborates with ETIM and IS-K.', 'a001-19')
) as v(pos, summary, claim);

insert into finding_group (finding_id, group_id)
select f.id, (select id from militant_group where slug = v.grp)
from (values
    (1, 'afghan-taliban'), (1, 'ttp'),
    (2, 'ttp'),
    (3, 'afghan-taliban'), (3, 'ttp'),
    (4, 'ttp'),
    (5, 'ttp'), (5, 'aqis'), (5, 'tjp'),
    (6, 'tjp'),
    (7, 'bla'),
    (8, 'bla'), (8, 'ttp'), (8, 'isil-k'),
    (9, 'majeed-brigade'), (9, 'etim'), (9, 'isil-k')
) as v(pos, grp)
join report_finding f on f.report_id = (select id from report where slug = 'unmt-report-001') and f.position = v.pos;

-- Incidents

-- The Taliban take over Afghanistan (August 2021). Coded as a non-violent transfer of territory: the article
-- states only the takeover, not fighting.
with i as (
    insert into incident (occurred_on, date_precision, date_as_stated, country_id, admin1_id, admin2_id, place_name, latitude, longitude,
                          location_precision, event_type, sub_event_type, cross_border, summary, status, synthetic)
    values (date '2021-08-01', 'MONTH', 'August 2021', (select id from region where slug = 'afghanistan'), null, null, null, null, null,
            'COUNTRY', 'STRATEGIC_DEVELOPMENTS', 'NON_VIOLENT_TRANSFER_OF_TERRITORY', false,
            'The Taliban took over Afghanistan in August 2021; since then the TTP has leveraged its ties with them to regroup and expand its influence.',
            'PUBLISHED', false)
    returning id
), a as (
    insert into incident_actor (incident_id, group_id, actor_id, role, attribution_uncertain, description)
    select i.id, (select id from militant_group where slug = 'afghan-taliban'), null, 'PERPETRATOR', false, 'Took over Afghanistan.'
    from i
)
insert into incident_claim (incident_id, claim_id)
select i.id, c.id from i join claim c on c.ref in ('a001-08');

-- New TTP training centres, one incident per province
with i as (
    insert into incident (occurred_on, date_precision, date_as_stated, country_id, admin1_id, admin2_id, place_name, latitude, longitude,
                          location_precision, event_type, sub_event_type, cross_border, summary, status, synthetic)
    select null, 'UNKNOWN', null, (select id from region where slug = 'afghanistan'), (select id from region where slug = v.admin1), null,
           v.place || ' Province', null, null,
           'ADMIN1', 'STRATEGIC_DEVELOPMENTS', 'HEADQUARTERS_OR_BASE_ESTABLISHED', false,
           'The TTP has established new training centres in Afghanistan’s ' || v.place || ' Province (one of four provinces named in a UN report: Kunar, Nangarhar, Khost and Paktika). Number of centres and date not stated.',
           'PUBLISHED', false
    from (values ('af-kunar', 'Kunar'), ('af-nangarhar', 'Nangarhar'), ('af-khost', 'Khost'), ('af-paktika', 'Paktika')) as v(admin1, place)
    returning id
), a as (
    insert into incident_actor (incident_id, group_id, actor_id, role, attribution_uncertain, description)
    select i.id, (select id from militant_group where slug = 'ttp'), null, 'PERPETRATOR', false, 'Established new training centres.'
    from i
)
insert into incident_claim (incident_id, claim_id)
select i.id, c.id from i join claim c on c.ref in ('a001-05');

-- Pakistan arrests IS-K militants, one incident per person named
with i as (
    insert into incident (occurred_on, date_precision, date_as_stated, country_id, admin1_id, admin2_id, place_name, latitude, longitude,
                          location_precision, event_type, sub_event_type, cross_border, summary, status, synthetic)
    select null, 'UNKNOWN', null, (select id from region where slug = 'pakistan'), null, null, null, null, null,
           'COUNTRY', 'STRATEGIC_DEVELOPMENTS', 'ARRESTS', false,
           'Arrest of ' || v.person || ' (' || v.nationality || '), a key IS-K militant, in Pakistan’s counterterrorism operations against the IS-K network. Date and place of arrest not stated.',
           'PUBLISHED', false
    from (values ('Adil Panjshiri', 'Afghan'), ('Abu Mundhar', 'Tajik'), ('Kaka Yunus', 'Uzbek')) as v(person, nationality)
    returning id
), a as (
    insert into incident_actor (incident_id, group_id, actor_id, role, attribution_uncertain, description)
    select i.id, (select id from militant_group where slug = v.grp), (select id from actor where slug = v.actor), v.role, false, v.descr
    from i cross join (values
        (null,     'pakistan', 'PERPETRATOR', 'Pakistan’s security forces (arrest).'),
        ('isil-k', null,       'TARGET',      'IS-K militant arrested.')
    ) as v(grp, actor, role, descr)
)
insert into incident_claim (incident_id, claim_id)
select i.id, c.id from i join claim c on c.ref in ('a001-14');

-- The Kerman attack (Iran): method and date not stated
with i as (
    insert into incident (occurred_on, date_precision, date_as_stated, country_id, admin1_id, admin2_id, place_name, latitude, longitude,
                          location_precision, event_type, sub_event_type, cross_border, summary, status, synthetic)
    values (null, 'UNKNOWN', null, (select id from region where slug = 'iran'), (select id from region where slug = 'ir-kerman'), null, 'Kerman', null, null,
            'ADMIN1', 'VIOLENCE_AGAINST_CIVILIANS', 'ATTACK', false,
            'The Kerman attack in Iran. Its mastermind, Tariq Tajiki, remains at large in Afghanistan (named in the article''s account of IS-K). Date, method and casualties are not stated; coded as an attack because the method is not given.',
            'PUBLISHED', false)
    returning id
), a as (
    insert into incident_actor (incident_id, group_id, actor_id, role, attribution_uncertain, description)
    select i.id, (select id from militant_group where slug = 'isil-k'), null, 'SUSPECTED', true,
           'The mastermind, Tariq Tajiki, is named in the article''s account of IS-K; the article does not attribute the attack explicitly.'
    from i
)
insert into incident_claim (incident_id, claim_id)
select i.id, c.id from i join claim c on c.ref in ('a001-15');

-- BLA operational expansion, one incident per area named
with i as (
    insert into incident (occurred_on, date_precision, date_as_stated, country_id, admin1_id, admin2_id, place_name, latitude, longitude,
                          location_precision, event_type, sub_event_type, cross_border, summary, status, synthetic)
    select null, 'UNKNOWN', null, (select id from region where slug = 'pakistan'), (select id from region where slug = 'pk-balochistan'),
           (select id from region where slug = v.admin2), v.place, null, null,
           'ADMIN2', 'STRATEGIC_DEVELOPMENTS', 'CHANGE_TO_GROUP_ACTIVITY', false,
           'A UN report identifies the BLA’s operational expansion in ' || v.place || ' (one of the areas named: Awaran, Panjgur and Dalbandin). Date not stated.',
           'PUBLISHED', false
    from (values ('pk-balochistan-awaran', 'Awaran'), ('pk-balochistan-panjgur', 'Panjgur'), ('pk-balochistan-chagai', 'Dalbandin')) as v(admin2, place)
    returning id
), a as (
    insert into incident_actor (incident_id, group_id, actor_id, role, attribution_uncertain, description)
    select i.id, (select id from militant_group where slug = 'bla'), null, 'PERPETRATOR', false, 'Expanded its operations.'
    from i
)
insert into incident_claim (incident_id, claim_id)
select i.id, c.id from i join claim c on c.ref in ('a001-17');
