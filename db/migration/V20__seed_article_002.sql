-- Source: article 002 (002_8309131677489114.txt), "The Region Worried About Taliban’s Terrorist Ties, But Quietly",
-- dateline ISLAMABAD, PAKISTAN, undated.
-- Pakistan, Russia, China and Iran raise terrorism concerns with the Taliban in Kabul; the Taliban answer with a regional
-- conference (Monday, January 29); a UN sanctions monitoring team report details Taliban support for the TTP and
-- ties with al Qaeda; Taliban spokesman Mujahid calls the report propaganda.

insert into source (slug, title, publisher, kind, published_on, published_precision, dateline, url, reliability, document_ref, notes) values
    ('article-002-region-worried-about-taliban-terror-ties',
     'The Region Worried About Taliban’s Terrorist Ties, But Quietly',
     null, 'NEWS_ARTICLE', null, 'UNKNOWN', 'ISLAMABAD, PAKISTAN', null, 'C',
     '002_8309131677489114.txt',
     'Undated; publisher not stated (it cites The Express Tribune). Photo credit line: "Photo: Hafiz Zia Ahmad via X". Relative dates left unresolved: "Last week" (regional representation in Kabul), "Monday, January 29" (year not stated), "in recent months".');

insert into claim (ref, source_id, quote, claimant_kind, claimant_actor_id, claimant_person_id, claimant_group_id, claimant_label, position, confidence, note)
select v.ref, (select id from source where slug = 'article-002-region-worried-about-taliban-terror-ties'), v.quote, v.kind,
       (select id from actor where slug = v.actor), (select id from person where slug = v.person), null,
       v.label, v.pos, v.conf, v.note
from (values
    ('a002-01', 'Countries around Afghanistan who appeared more willing to work with the Taliban regime are growing concerns about terrorism threats emanating from the country. Last week, regional representatives who were in Kabul raised these concerns to the group.',
        'SOURCE', null, null, null, 'ASSERTS', 'MODERATE', '"Last week" relative to the undated article.'),
    ('a002-02', 'The complaint focused on the perceived inability of the Kabul regime to effectively control the activities of different terrorist groups in Afghanistan.',
        'SOURCE', null, null, null, 'ASSERTS', 'MODERATE', null),
    ('a002-03', '“The initiative for a joint protest originated from Pakistan, believing that a united front by key neighbors could influence the Afghan Taliban to address the issue,” according to Pakistani media, The Express Tribune.',
        'ORGANISATION', 'the-express-tribune', null, 'Pakistani media, The Express Tribune', 'ASSERTS', 'MODERATE', null),
    ('a002-04', 'The media stated that Russia, China, and Iran were the other regional countries who shared the concerns.',
        'ORGANISATION', 'the-express-tribune', null, 'The media (The Express Tribune)', 'ASSERTS', 'MODERATE', null),
    ('a002-05', 'The meeting in Kabul happened around the same time that a UN Security Council report showed that threats of terrorism are exponentially increasing in Afghanistan.',
        'ORGANISATION', 'un-monitoring-team', null, 'a UN Security Council report', 'ASSERTS', 'MODERATE', null),
    ('a002-06', 'According to the UN sanctions monitoring team, the Taliban have deepened their ties to international and regional terror groups, embedding them in their files and ranks.',
        'ORGANISATION', 'un-monitoring-team', null, 'the UN sanctions monitoring team', 'ASSERTS', 'MODERATE', null),
    ('a002-07', 'However, according to the media, the Taliban cleverly convened a regional conference, inviting other countries to counteract the move.',
        'ORGANISATION', 'the-express-tribune', null, 'the media', 'ASSERTS', 'MODERATE',
        '"the media": the article''s only named media source in this passage is The Express Tribune.'),
    ('a002-08', 'Representatives from India, Turkey, Indonesia, and certain Central Asian countries attended the conference.',
        'SOURCE', null, null, null, 'ASSERTS', 'MODERATE', null),
    ('a002-09', 'On Monday, January 29, the Taliban Ministry of Foreign Affairs hosted the first regional conference titled “Afghanistan’s Regional Cooperation Initiative”, bringing together envoys and representatives from 11 regional countries to Kabul.',
        'SOURCE', null, null, null, 'ASSERTS', 'MODERATE', 'Year of "Monday, January 29" not stated.'),
    ('a002-10', 'Although Islamabad was the key architect of the initiative, its special envoy, Asif Durani, was missing in the conference.',
        'SOURCE', null, null, null, 'ASSERTS', 'MODERATE', null),
    ('a002-11', 'However, as reported by The Express Tribune, his absence was due to illness.',
        'ORGANISATION', 'the-express-tribune', null, 'The Express Tribune', 'ASSERTS', 'MODERATE', null),
    ('a002-12', 'In his place, Pakistan’s charge d’affaires in Kabul participated in the meeting to express his country’s concerns about the use of Afghanistan soil by terrorist groups.',
        'SOURCE', null, null, null, 'ASSERTS', 'MODERATE', null),
    ('a002-13', 'The country believes that the regime in Kabul is harboring and supporting terrorist groups, such as the Tehreek-e-Taliban Pakistan (TTP), also known as Pakistani Taliban.',
        'STATE', 'pakistan', null, 'Pakistan', 'ASSERTS', 'HIGH', null),
    ('a002-14', 'These groups engage in cross-border attacks, targeting Pakistani security forces and civilians.',
        'SOURCE', null, null, null, 'ASSERTS', 'MODERATE', null),
    ('a002-15', 'while the Afghan Taliban generally held a “sympathetic” view of the TTP, some members joined the anti-Pakistan terrorist outfit out of religious duty.',
        'ORGANISATION', 'un-monitoring-team', null, 'the recent UN report', 'ASSERTS', 'MODERATE', null),
    ('a002-16', '“Besides supplying weapons and equipment, Taliban rank and file, al Qaeda core and AQIS fighters assisted the TTP forces in cross-border attacks,” the report noted.',
        'ORGANISATION', 'un-monitoring-team', null, 'the report', 'ASSERTS', 'HIGH', 'Direct quotation of the report.'),
    ('a002-17', 'The report further revealed that some Taliban members also joined the TTP, perceiving a religious obligation to provide support.',
        'ORGANISATION', 'un-monitoring-team', null, 'the report', 'ASSERTS', 'MODERATE', null),
    ('a002-18', 'Interlocutors the UN team spoke with, according to the report, reported that the TTP members and their families receive regular aid packages from the Taliban.',
        'ORGANISATION', 'un-monitoring-team', null, 'the report (citing interlocutors of the UN team)', 'ASSERTS', 'MODERATE', null),
    ('a002-19', 'The report also noted that the relationship between the Taliban and al Qaeda remained close, and the latter maintained a holding pattern in Afghanistan under the Taliban patronage.',
        'ORGANISATION', 'un-monitoring-team', null, 'the report', 'ASSERTS', 'MODERATE', null),
    ('a002-20', 'Regional states assess that the presence of al Qaeda’s senior figures in the country has not changed and that the group continues to pose a threat in the region, and potentially beyond.',
        'ORGANISATION', 'un-monitoring-team', null, 'the report (citing regional states)', 'ASSERTS', 'HIGH', 'Direct quotation of the report.'),
    ('a002-21', 'In response to the UN report, the Taliban spokesman Zabihullah Mujahid called it a propaganda.',
        'OFFICIAL', 'afghanistan-taliban-administration', 'zabihullah-mujahid', 'Taliban spokesman', 'DENIES', 'HIGH',
        'A general rejection of the UN report; linked as a denial to the Taliban relationships the report describes.'),
    ('a002-22', 'Mujahid said, “a regular program of accusing the IEA [Taliban] has been started from the address of the UN, which is always spreading propaganda.”',
        'OFFICIAL', 'afghanistan-taliban-administration', 'zabihullah-mujahid', 'Taliban spokesman', 'ASSERTS', 'HIGH', null)
) as v(ref, quote, kind, actor, person, label, pos, conf, note);

-- Aliases: "IEA" (Islamic Emirate of Afghanistan) as Mujahid uses it
update group_alias set claim_id = (select id from claim where ref = 'a002-22')
where name = 'IEA' and claim_id is null and group_id = (select id from militant_group where slug = 'afghan-taliban');

-- Attribute facts
insert into group_claim (group_id, claim_id, attribute, summary)
select (select id from militant_group where slug = v.grp), (select id from claim where ref = v.claim), v.attr, v.summary
from (values
    ('afghan-taliban', 'a002-06', 'OTHER',          'Has deepened its ties to international and regional terror groups, embedding them in its files and ranks (UN sanctions monitoring team).'),
    ('ttp',            'a002-14', 'TARGETS',        'Cross-border attacks targeting Pakistani security forces and civilians.'),
    ('ttp',            'a002-17', 'MEMBERSHIP',     'Some Afghan Taliban members joined the TTP, perceiving a religious obligation to support it (UN report).'),
    ('al-qaeda',       'a002-19', 'OPERATING_AREA', 'Maintains a holding pattern in Afghanistan under Taliban patronage (UN report).'),
    ('al-qaeda',       'a002-20', 'LEADERSHIP',     'The presence of its senior figures in Afghanistan has not changed; it remains a threat in the region and potentially beyond (regional states, UN report).')
) as v(grp, claim, attr, summary);

-- Relationships (existing ones get this article's claims)
insert into group_relationship (from_group_id, to_group_id, type, description)
select (select id from militant_group where slug = v.f), (select id from militant_group where slug = v.t), v.type, v.descr
from (values
    ('aqis',           'ttp',      'SUPPORTS',    'AQIS fighters supplied weapons and equipment to the TTP and assisted its cross-border attacks (UN report).'),
    ('afghan-taliban', 'al-qaeda', 'ALLIED_WITH', 'The relationship between the Taliban and al Qaeda remains close (UN report).'),
    ('afghan-taliban', 'al-qaeda', 'SHELTERS',    'Al Qaeda maintains a holding pattern in Afghanistan under Taliban patronage (UN report).')
) as v(f, t, type, descr)
on conflict (from_group_id, to_group_id, type) do nothing;

insert into relationship_claim (relationship_id, claim_id)
select r.id, (select id from claim where ref = v.claim)
from (values
    ('afghan-taliban', 'ttp',      'SUPPORTS',    'a002-13'),
    ('afghan-taliban', 'ttp',      'SUPPORTS',    'a002-16'),
    ('afghan-taliban', 'ttp',      'SUPPORTS',    'a002-18'),
    ('afghan-taliban', 'ttp',      'SUPPORTS',    'a002-21'),
    ('afghan-taliban', 'ttp',      'SHELTERS',    'a002-13'),
    ('al-qaeda',       'ttp',      'SUPPORTS',    'a002-16'),
    ('aqis',           'ttp',      'SUPPORTS',    'a002-16'),
    ('afghan-taliban', 'al-qaeda', 'ALLIED_WITH', 'a002-19'),
    ('afghan-taliban', 'al-qaeda', 'ALLIED_WITH', 'a002-21'),
    ('afghan-taliban', 'al-qaeda', 'SHELTERS',    'a002-19'),
    ('afghan-taliban', 'al-qaeda', 'SHELTERS',    'a002-21')
) as v(f, t, type, claim)
join group_relationship r on r.from_group_id = (select id from militant_group where slug = v.f)
                         and r.to_group_id = (select id from militant_group where slug = v.t)
                         and r.type = v.type
on conflict do nothing;

-- Report: the UN sanctions monitoring team's report the article describes
insert into report (slug, title, issuing_body, kind, document_symbol, published_on, published_precision, description) values
    ('unmt-report-002',
     '[UN sanctions monitoring team report to the Security Council on terrorism threats in Afghanistan]',
     'UN Analytical Support and Sanctions Monitoring Team', 'MONITORING_TEAM_REPORT', null, null, 'UNKNOWN',
     'Report to the UN Security Council by the UN sanctions monitoring team, as reported in article 002 ("a UN Security Council report", "the UN sanctions monitoring team"). Date and document symbol not stated. Not merged with unmt-report-001: the texts do not make it certain they are the same report.');

insert into report_finding (report_id, summary, claim_id, position)
select (select id from report where slug = 'unmt-report-002'), v.summary, (select id from claim where ref = v.claim), v.pos
from (values
    (1,  'Threats of terrorism are exponentially increasing in Afghanistan.', 'a002-05'),
    (2,  'The Taliban have deepened their ties to international and regional terror groups, embedding them in their files and ranks.', 'a002-06'),
    (3,  'The Afghan Taliban generally hold a "sympathetic" view of the TTP.', 'a002-15'),
    (4,  'Taliban rank and file, al Qaeda core and AQIS fighters supplied weapons and equipment to the TTP.', 'a002-16'),
    (5,  'Taliban rank and file, al Qaeda core and AQIS fighters assisted TTP forces in cross-border attacks.', 'a002-16'),
    (6,  'Some Taliban members joined the TTP, perceiving a religious obligation to provide support.', 'a002-17'),
    (7,  'TTP members and their families receive regular aid packages from the Taliban, according to interlocutors of the UN team.', 'a002-18'),
    (8,  'The relationship between the Taliban and al Qaeda remained close.', 'a002-19'),
    (9,  'Al Qaeda maintained a holding pattern in Afghanistan under Taliban patronage.', 'a002-19'),
    (10, 'Regional states assess that the presence of al Qaeda’s senior figures in Afghanistan has not changed and that the group continues to pose a threat in the region, and potentially beyond.', 'a002-20')
) as v(pos, summary, claim);

insert into finding_group (finding_id, group_id)
select f.id, (select id from militant_group where slug = v.grp)
from (values
    (2, 'afghan-taliban'),
    (3, 'afghan-taliban'), (3, 'ttp'),
    (4, 'afghan-taliban'), (4, 'al-qaeda'), (4, 'aqis'), (4, 'ttp'),
    (5, 'afghan-taliban'), (5, 'al-qaeda'), (5, 'aqis'), (5, 'ttp'),
    (6, 'afghan-taliban'), (6, 'ttp'),
    (7, 'afghan-taliban'), (7, 'ttp'),
    (8, 'afghan-taliban'), (8, 'al-qaeda'),
    (9, 'afghan-taliban'), (9, 'al-qaeda'),
    (10, 'al-qaeda')
) as v(pos, grp)
join report_finding f on f.report_id = (select id from report where slug = 'unmt-report-002') and f.position = v.pos;

-- Statements
insert into statement (speaker_person_id, speaker_label, speaker_role, actor_id, venue_kind, venue, made_on, date_precision, date_as_stated, stance, summary, quote, claim_id, responds_to_report_id)
select (select id from person where slug = v.person), v.label, v.role, (select id from actor where slug = v.actor), v.venue_kind, v.venue,
       null, 'UNKNOWN', v.date_as_stated, v.stance, v.summary, v.quote, (select id from claim where ref = v.claim),
       (select id from report where slug = v.report)
from (values
    (null, 'Pakistan (regional representatives in Kabul)', null, 'pakistan',
        'DIPLOMATIC_MEETING', 'Joint regional representation to the Taliban in Kabul', 'last week (relative to the undated article)', 'EXPRESSES_CONCERN',
        'Pakistan initiated a joint protest by key neighbours in Kabul over the Taliban’s perceived inability to control terrorist groups in Afghanistan, hoping a united front would influence the Afghan Taliban.',
        null, 'a002-03', null),
    (null, 'Russia (regional representatives in Kabul)', null, 'russia',
        'DIPLOMATIC_MEETING', 'Joint regional representation to the Taliban in Kabul', 'last week (relative to the undated article)', 'EXPRESSES_CONCERN',
        'Russia shared the regional concerns raised with the Taliban in Kabul about terrorism threats emanating from Afghanistan.',
        null, 'a002-04', null),
    (null, 'China (regional representatives in Kabul)', null, 'china',
        'DIPLOMATIC_MEETING', 'Joint regional representation to the Taliban in Kabul', 'last week (relative to the undated article)', 'EXPRESSES_CONCERN',
        'China shared the regional concerns raised with the Taliban in Kabul about terrorism threats emanating from Afghanistan.',
        null, 'a002-04', null),
    (null, 'Iran (regional representatives in Kabul)', null, 'iran',
        'DIPLOMATIC_MEETING', 'Joint regional representation to the Taliban in Kabul', 'last week (relative to the undated article)', 'EXPRESSES_CONCERN',
        'Iran shared the regional concerns raised with the Taliban in Kabul about terrorism threats emanating from Afghanistan.',
        null, 'a002-04', null),
    (null, 'Pakistan’s charge d’affaires in Kabul', 'charge d’affaires in Kabul', 'pakistan',
        'DIPLOMATIC_MEETING', 'Regional conference "Afghanistan’s Regional Cooperation Initiative", Kabul', 'Monday, January 29 (year not stated)', 'EXPRESSES_CONCERN',
        'Standing in for special envoy Asif Durani, Pakistan’s charge d’affaires in Kabul attended the Taliban’s regional conference to express Pakistan’s concerns about the use of Afghan soil by terrorist groups.',
        null, 'a002-12', null),
    (null, 'Pakistan', null, 'pakistan',
        'OTHER', null, 'in recent months', 'ACCUSES',
        'Pakistan believes the regime in Kabul is harbouring and supporting terrorist groups such as the TTP.',
        null, 'a002-13', null),
    ('zabihullah-mujahid', null, 'Taliban spokesman', 'afghanistan-taliban-administration',
        'OTHER', null, null, 'REJECTS',
        'Taliban spokesman Zabihullah Mujahid called the UN report propaganda, part of a regular programme of accusing the Islamic Emirate from the address of the UN.',
        'a regular program of accusing the IEA [Taliban] has been started from the address of the UN, which is always spreading propaganda.', 'a002-22', 'unmt-report-002')
) as v(person, label, role, actor, venue_kind, venue, date_as_stated, stance, summary, quote, claim, report);

insert into statement_group (statement_id, group_id)
select st.id, (select id from militant_group where slug = v.grp)
from (values
    ('a002-03', 'pakistan', 'afghan-taliban'),
    ('a002-04', 'russia',   'afghan-taliban'),
    ('a002-04', 'china',    'afghan-taliban'),
    ('a002-04', 'iran',     'afghan-taliban'),
    ('a002-12', 'pakistan', 'afghan-taliban'),
    ('a002-13', 'pakistan', 'afghan-taliban'), ('a002-13', 'pakistan', 'ttp'),
    ('a002-22', 'afghanistan-taliban-administration', 'afghan-taliban')
) as v(claim, actor, grp)
join statement st on st.claim_id = (select id from claim where ref = v.claim)
                 and st.actor_id = (select id from actor where slug = v.actor);

insert into statement_actor (statement_id, actor_id)
select st.id, (select id from actor where slug = v.about)
from (values
    ('a002-03', 'pakistan', 'afghanistan-taliban-administration'), ('a002-03', 'pakistan', 'russia'), ('a002-03', 'pakistan', 'china'), ('a002-03', 'pakistan', 'iran'),
    ('a002-04', 'russia',   'afghanistan-taliban-administration'), ('a002-04', 'russia', 'pakistan'),
    ('a002-04', 'china',    'afghanistan-taliban-administration'), ('a002-04', 'china',  'pakistan'),
    ('a002-04', 'iran',     'afghanistan-taliban-administration'), ('a002-04', 'iran',   'pakistan'),
    ('a002-12', 'pakistan', 'afghanistan-taliban-administration'),
    ('a002-13', 'pakistan', 'afghanistan-taliban-administration'),
    ('a002-22', 'afghanistan-taliban-administration', 'un-monitoring-team'), ('a002-22', 'afghanistan-taliban-administration', 'un-security-council')
) as v(claim, actor, about)
join statement st on st.claim_id = (select id from claim where ref = v.claim)
                 and st.actor_id = (select id from actor where slug = v.actor);

-- Incidents (ACLED taxonomy; for non-violent developments PERPETRATOR/TARGET stand for ACLED's actor 1/actor 2)

-- Joint regional representation to the Taliban in Kabul ("last week")
with i as (
    insert into incident (occurred_on, date_precision, date_as_stated, country_id, admin1_id, admin2_id, place_name, latitude, longitude,
                          location_precision, event_type, sub_event_type, cross_border, summary, status, synthetic)
    values (null, 'UNKNOWN', 'last week (relative to the undated article)', (select id from region where slug = 'afghanistan'),
            (select id from region where slug = 'af-kabul'), null, 'Kabul', 34.53, 69.17,
            'EXACT', 'STRATEGIC_DEVELOPMENTS', 'OTHER', false,
            'Regional representatives in Kabul (Pakistan, which initiated the joint protest, with Russia, China and Iran) raised concerns with the Taliban about terrorism threats emanating from Afghanistan and the Kabul regime''s perceived inability to control terrorist groups.',
            'PUBLISHED', false)
    returning id
), a as (
    insert into incident_actor (incident_id, group_id, actor_id, role, attribution_uncertain, description)
    select i.id, (select id from militant_group where slug = v.grp), (select id from actor where slug = v.actor), v.role, false, v.descr
    from i cross join (values
        (null,             'pakistan', 'PERPETRATOR', 'Initiated the joint protest (actor 1).'),
        (null,             'russia',   'PERPETRATOR', 'Shared the concerns (actor 1).'),
        (null,             'china',    'PERPETRATOR', 'Shared the concerns (actor 1).'),
        (null,             'iran',     'PERPETRATOR', 'Shared the concerns (actor 1).'),
        ('afghan-taliban', null,       'TARGET',      'The Taliban, to whom the concerns were raised (actor 2).')
    ) as v(grp, actor, role, descr)
)
insert into incident_claim (incident_id, claim_id)
select i.id, c.id from i join claim c on c.ref in ('a002-01', 'a002-02', 'a002-03', 'a002-04');

-- The Taliban's regional conference in Kabul (Monday, January 29)
with i as (
    insert into incident (occurred_on, date_precision, date_as_stated, country_id, admin1_id, admin2_id, place_name, latitude, longitude,
                          location_precision, event_type, sub_event_type, cross_border, summary, status, synthetic)
    values (null, 'UNKNOWN', 'Monday, January 29 (year not stated)', (select id from region where slug = 'afghanistan'),
            (select id from region where slug = 'af-kabul'), null, 'Kabul', 34.53, 69.17,
            'EXACT', 'STRATEGIC_DEVELOPMENTS', 'OTHER', false,
            'The Taliban Ministry of Foreign Affairs hosted the first regional conference, "Afghanistan’s Regional Cooperation Initiative", bringing envoys and representatives from 11 regional countries to Kabul (among them India, Turkey, Indonesia and certain Central Asian countries), reportedly to counteract the joint regional protest. Pakistan’s special envoy Asif Durani was absent (due to illness, per The Express Tribune); Pakistan’s charge d’affaires in Kabul attended in his place.',
            'PUBLISHED', false)
    returning id
), a as (
    insert into incident_actor (incident_id, group_id, actor_id, role, attribution_uncertain, description)
    select i.id, (select id from militant_group where slug = 'afghan-taliban'), null, 'PERPETRATOR', false,
           'Host: the Taliban Ministry of Foreign Affairs (actor 1).'
    from i
)
insert into incident_claim (incident_id, claim_id)
select i.id, c.id from i join claim c on c.ref in ('a002-07', 'a002-08', 'a002-09', 'a002-10', 'a002-11', 'a002-12');
