-- Source: article 000 (000_b243e62bc1dd2bd1.txt), dateline NEW YORK, undated.
-- Denmark, as chair of the ISIL and Al Qaeda Sanctions Committee, warns the Security Council of the TTP threat
-- (6,000 fighters in Afghanistan) and ISIL-K's resurgence; Pakistan echoes; Pakistan–Afghan Taliban talks stall,
-- border crossings stay closed after the October 12 clashes.

insert into source (slug, title, publisher, kind, published_on, published_precision, dateline, url, reliability, document_ref, notes) values
    ('article-000-denmark-warns-unsc-on-ttp',
     '[Denmark warns UN Security Council of TTP threat]',
     null, 'NEWS_ARTICLE', null, 'UNKNOWN', 'NEW YORK', null, 'C',
     '000_b243e62bc1dd2bd1.txt',
     'No headline, publisher or date in the file; the title is descriptive. Dates in the text without a year are left unresolved: "October 12" (border clashes) and "November 7" (final round of talks). The briefing date is not stated.');

insert into claim (ref, source_id, quote, claimant_kind, claimant_actor_id, claimant_person_id, claimant_group_id, claimant_label, position, confidence, note)
select v.ref, (select id from source where slug = 'article-000-denmark-warns-unsc-on-ttp'), v.quote, v.kind,
       (select id from actor where slug = v.actor), (select id from person where slug = v.person), null,
       v.label, v.pos, v.conf, v.note
from (values
    ('a000-01', 'Denmark has warned the United Nations Security Council that the banned Tehreek-i-Taliban Pakistan poses a serious and growing threat across Central and South Asia, citing what it described as logistical and material support provided to the group from within Afghanistan.',
        'STATE', 'denmark', null, 'Denmark', 'ASSERTS', 'HIGH',
        'Denmark speaks of support "from within Afghanistan" without naming the Afghan Taliban.'),
    ('a000-02', 'the banned Tehreek-i-Taliban Pakistan',
        'SOURCE', null, null, null, 'ASSERTS', 'MODERATE', 'The article calls the TTP banned (a ban by Pakistan).'),
    ('a000-03', 'Addressing the council as chair of the ISIL and Al Qaeda Sanctions Committee, Denmark’s Deputy Permanent Representative Sandra Jensen Landi told members that an estimated 6,000 TTP fighters were active in Afghanistan and responsible for major attacks inside Pakistan.',
        'OFFICIAL', 'denmark', 'sandra-jensen-landi', 'Denmark’s Deputy Permanent Representative, chair of the ISIL and Al Qaeda Sanctions Committee', 'ASSERTS', 'HIGH', null),
    ('a000-04', 'She said the group’s operational freedom, combined with its support networks, represented a destabilising force for the wider region.',
        'OFFICIAL', 'denmark', 'sandra-jensen-landi', 'Denmark’s Deputy Permanent Representative, chair of the ISIL and Al Qaeda Sanctions Committee', 'ASSERTS', 'HIGH', null),
    ('a000-05', 'Landi also briefed the council on the evolving security landscape, warning of a resurgence of ISIL-Khorasan, which she said had at least 2,000 fighters targeting Afghan authorities, Shia communities and foreign nationals.',
        'OFFICIAL', 'denmark', 'sandra-jensen-landi', 'Denmark’s Deputy Permanent Representative, chair of the ISIL and Al Qaeda Sanctions Committee', 'ASSERTS', 'HIGH', null),
    ('a000-06', 'She added that Daesh affiliates had expanded their footprint in Africa while continuing to exploit social media and cryptocurrencies to raise funds and recruit.',
        'OFFICIAL', 'denmark', 'sandra-jensen-landi', 'Denmark’s Deputy Permanent Representative, chair of the ISIL and Al Qaeda Sanctions Committee', 'ASSERTS', 'HIGH', null),
    ('a000-07', 'Pakistan’s Deputy Permanent Representative Usman Jadoon echoed Denmark’s concerns, stressing that militant groups including ISIL-K, TTP and its affiliates, the BLA and the Majeed Brigade continued to operate from Afghan territory.',
        'OFFICIAL', 'pakistan', 'usman-jadoon', 'Pakistan’s Deputy Permanent Representative', 'ASSERTS', 'HIGH', null),
    ('a000-08', 'Pakistan, he said, had suffered more than 80,000 casualties in its fight against terrorism and wanted the UN sanctions regime to respond to current realities with objective and transparent listings.',
        'OFFICIAL', 'pakistan', 'usman-jadoon', 'Pakistan’s Deputy Permanent Representative', 'ASSERTS', 'HIGH', null),
    ('a000-09', 'The warning came as Pakistan’s talks with the Afghan Taliban in Istanbul stalled, with Islamabad seeking written guarantees and verifiable steps to dismantle the TTP network.',
        'SOURCE', null, null, null, 'ASSERTS', 'MODERATE', null),
    ('a000-10', 'Turkish officials attempted to mediate but Afghan representatives refused to provide commitments beyond verbal assurances, according to officials familiar with the discussions.',
        'ANONYMOUS_SOURCE', null, null, 'officials familiar with the discussions', 'ASSERTS', 'MODERATE', null),
    ('a000-11', 'A senior Pakistani security source said the proposals Islamabad presented were “clear, specific and non-negotiable”, adding that the Taliban delegation was unwilling to accept the measures required to curb cross border attacks.',
        'ANONYMOUS_SOURCE', 'pakistan', null, 'a senior Pakistani security source', 'ASSERTS', 'MODERATE', null),
    ('a000-12', 'With no progress, Pakistan extended its closure of border crossings with Afghanistan, halting trade for more than a month and leaving thousands of trucks stranded.',
        'SOURCE', null, null, null, 'ASSERTS', 'MODERATE', null),
    ('a000-13', 'Officials said crossings would not reopen until Kabul undertakes “verifiable and irreversible” action against anti-Pakistan militants.',
        'ANONYMOUS_SOURCE', 'pakistan', null, 'Officials (unnamed; Pakistani by context)', 'ASSERTS', 'MODERATE', null),
    ('a000-14', 'The border tensions escalated sharply after deadly clashes on October 12, when Afghan Taliban forces opened fire at several points along the frontier in Khyber Pakhtunkhwa and Balochistan.',
        'SOURCE', null, null, null, 'ASSERTS', 'MODERATE', 'The year of "October 12" is not stated.'),
    ('a000-15', 'Pakistan responded with heavy retaliatory fire, destroying multiple Afghan posts and killing dozens of soldiers and militants, security officials said.',
        'ANONYMOUS_SOURCE', 'pakistan', null, 'security officials', 'ASSERTS', 'MODERATE', 'Pakistani security officials; "dozens" recorded as at least 24 fatalities.'),
    ('a000-16', 'The attacks, they added, were aimed at facilitating the entry of TTP fighters into Pakistani territory.',
        'ANONYMOUS_SOURCE', 'pakistan', null, 'security officials', 'ASSERTS', 'MODERATE', 'Attribution of intent by Pakistani security officials.'),
    ('a000-17', 'Pakistan has long accused the Taliban administration of sheltering TTP militants',
        'STATE', 'pakistan', null, 'Pakistan', 'ASSERTS', 'HIGH', null),
    ('a000-18', 'an allegation Kabul denies',
        'STATE', 'afghanistan-taliban-administration', null, 'Kabul (Taliban administration)', 'DENIES', 'HIGH', 'Denies sheltering TTP militants.'),
    ('a000-19', 'Relations between the two sides have deteriorated further since the TTP ended a ceasefire in 2022 and intensified attacks inside Pakistan.',
        'SOURCE', null, null, null, 'ASSERTS', 'MODERATE', null),
    ('a000-20', 'The deadlock has also affected bilateral engagement, with the Afghan Taliban suspending trade ties after talks collapsed.',
        'SOURCE', null, null, null, 'ASSERTS', 'MODERATE', null),
    ('a000-21', 'Mediators Turkiye and Qatar briefly revived dialogue, but a final round on November 7 again ended without agreement, prompting Pakistan to declare that discussions on countering cross border terrorism had entered an “indefinite phase”.',
        'SOURCE', null, null, null, 'ASSERTS', 'MODERATE', 'The year of "November 7" is not stated.'),
    ('a000-22', 'The unresolved standoff has added another strain to an already volatile region, with the UN now warning that militant networks continue to adapt and expand as state responses falter.',
        'ORGANISATION', 'un-isil-al-qaida-sanctions-committee', null, 'the UN', 'ASSERTS', 'MODERATE',
        'The article attributes this warning to "the UN"; taken as part of the Sanctions Committee chair''s briefing it reports.')
) as v(ref, quote, kind, actor, person, label, pos, conf, note);

-- Aliases used by the article
insert into group_alias (group_id, name, quality, original_script, claim_id)
select (select id from militant_group where slug = v.grp), v.name, 'AKA', null, (select id from claim where ref = v.claim)
from (values
    ('ttp',      'Tehreek-i-Taliban Pakistan', 'a000-02'),
    ('isil-k',   'ISIL-Khorasan',              'a000-05'),
    ('isil',     'Daesh',                      'a000-06'),
    ('al-qaeda', 'Al Qaeda',                   'a000-03')
) as v(grp, name, claim);

update group_alias set claim_id = (select id from claim where ref = 'a000-03')
where name = 'ISIL' and claim_id is null and group_id = (select id from militant_group where slug = 'isil');
update group_alias set claim_id = (select id from claim where ref = 'a000-07')
where name = 'BLA' and claim_id is null and group_id = (select id from militant_group where slug = 'bla');

-- "the banned Tehreek-i-Taliban Pakistan": a national ban by Pakistan (date not stated)
insert into designation (group_id, authority_id, regime, reference_number, listed_on, listed_precision, claim_id) values
    ((select id from militant_group where slug = 'ttp'), (select id from actor where slug = 'pakistan'),
     'Banned under Pakistan’s Anti-Terrorism Act (national ban)', null, null, 'UNKNOWN', (select id from claim where ref = 'a000-02'));

-- Attribute facts
insert into group_claim (group_id, claim_id, attribute, summary)
select (select id from militant_group where slug = v.grp), (select id from claim where ref = v.claim), v.attr, v.summary
from (values
    ('ttp',            'a000-02', 'DESIGNATION',    'Described as banned (national ban in Pakistan).'),
    ('ttp',            'a000-01', 'CAPABILITY',     'Poses a serious and growing threat across Central and South Asia (Denmark).'),
    ('ttp',            'a000-03', 'OPERATING_AREA', 'About 6,000 fighters active in Afghanistan, responsible for major attacks inside Pakistan.'),
    ('ttp',            'a000-04', 'CAPABILITY',     'Its operational freedom and support networks make it a destabilising force for the wider region.'),
    ('isil-k',         'a000-05', 'TARGETS',        'Targets Afghan authorities, Shia communities and foreign nationals.'),
    ('isil-k',         'a000-05', 'CAPABILITY',     'Resurgent, with at least 2,000 fighters.'),
    ('isil',           'a000-06', 'OPERATING_AREA', 'Daesh affiliates have expanded their footprint in Africa.'),
    ('isil',           'a000-06', 'FINANCING',      'Daesh affiliates exploit social media and cryptocurrencies to raise funds.'),
    ('isil',           'a000-06', 'RECRUITMENT',    'Daesh affiliates exploit social media and cryptocurrencies to recruit.'),
    ('isil-k',         'a000-07', 'OPERATING_AREA', 'Operates from Afghan territory (Pakistan).'),
    ('ttp',            'a000-07', 'OPERATING_AREA', 'The TTP and its affiliates operate from Afghan territory (Pakistan).'),
    ('bla',            'a000-07', 'OPERATING_AREA', 'Operates from Afghan territory (Pakistan).'),
    ('majeed-brigade', 'a000-07', 'OPERATING_AREA', 'Operates from Afghan territory (Pakistan).'),
    ('ttp',            'a000-19', 'STATUS',         'Ended a ceasefire with Pakistan in 2022 and intensified attacks inside Pakistan.')
) as v(grp, claim, attr, summary);

-- Relationships
insert into group_relationship (from_group_id, to_group_id, type, description)
select (select id from militant_group where slug = v.f), (select id from militant_group where slug = v.t), v.type, v.descr
from (values
    ('afghan-taliban', 'ttp', 'SUPPORTS', 'The Afghan Taliban support the TTP: financial, logistical and material support, weapons, aid and facilitation of cross-border attacks.'),
    ('afghan-taliban', 'ttp', 'SHELTERS', 'The Afghan Taliban shelter TTP militants in Afghanistan (alleged by Pakistan, denied by Kabul).')
) as v(f, t, type, descr)
on conflict (from_group_id, to_group_id, type) do nothing;

insert into relationship_claim (relationship_id, claim_id)
select r.id, (select id from claim where ref = v.claim)
from (values
    ('afghan-taliban', 'ttp', 'SUPPORTS', 'a000-01'),
    ('afghan-taliban', 'ttp', 'SUPPORTS', 'a000-16'),
    ('afghan-taliban', 'ttp', 'SHELTERS', 'a000-17'),
    ('afghan-taliban', 'ttp', 'SHELTERS', 'a000-18')
) as v(f, t, type, claim)
join group_relationship r on r.from_group_id = (select id from militant_group where slug = v.f)
                         and r.to_group_id = (select id from militant_group where slug = v.t)
                         and r.type = v.type;

-- Estimates
insert into estimate (group_id, actor_id, metric, low, best, high, qualifier, as_of, as_of_precision, period, region_id, claim_id, note) values
    ((select id from militant_group where slug = 'ttp'), null, 'FIGHTERS', null, 6000, null, 'APPROXIMATELY', null, 'UNKNOWN', null,
     (select id from region where slug = 'afghanistan'), (select id from claim where ref = 'a000-03'),
     '"an estimated 6,000 TTP fighters were active in Afghanistan" (chair of the ISIL and Al Qaeda Sanctions Committee); date not stated.'),
    ((select id from militant_group where slug = 'isil-k'), null, 'FIGHTERS', 2000, null, null, 'AT_LEAST', null, 'UNKNOWN', null,
     null, (select id from claim where ref = 'a000-05'),
     '"at least 2,000 fighters"; the article does not say where they are based; date not stated.'),
    (null, (select id from actor where slug = 'pakistan'), 'CASUALTIES_SUFFERED', 80000, null, null, 'MORE_THAN', null, 'UNKNOWN', 'in its fight against terrorism',
     (select id from region where slug = 'pakistan'), (select id from claim where ref = 'a000-08'),
     'Casualties Pakistan says it has suffered in its fight against terrorism (Usman Jadoon).');

-- Report: the Sanctions Committee chair's briefing to the Council
insert into report (slug, title, issuing_body, kind, document_symbol, published_on, published_precision, description) values
    ('committee-chair-briefing-000',
     '[Briefing to the Security Council by the Chair of the ISIL (Da’esh) and Al-Qaida Sanctions Committee]',
     'Chair of the Security Council ISIL (Da’esh) and Al-Qaida Sanctions Committee', 'COMMITTEE_BRIEFING', null, null, 'UNKNOWN',
     'Briefing by Denmark’s Deputy Permanent Representative Sandra Jensen Landi as chair of the ISIL and Al Qaeda Sanctions Committee, as reported in article 000; date and document symbol not stated.');

insert into report_finding (report_id, summary, claim_id, position)
select (select id from report where slug = 'committee-chair-briefing-000'), v.summary, (select id from claim where ref = v.claim), v.pos
from (values
    (1, 'The banned TTP poses a serious and growing threat across Central and South Asia, with logistical and material support provided to it from within Afghanistan.', 'a000-01'),
    (2, 'An estimated 6,000 TTP fighters are active in Afghanistan and responsible for major attacks inside Pakistan.', 'a000-03'),
    (3, 'The TTP’s operational freedom, combined with its support networks, is a destabilising force for the wider region.', 'a000-04'),
    (4, 'ISIL-Khorasan is resurgent, with at least 2,000 fighters targeting Afghan authorities, Shia communities and foreign nationals.', 'a000-05'),
    (5, 'Daesh affiliates have expanded their footprint in Africa and continue to exploit social media and cryptocurrencies to raise funds and recruit.', 'a000-06'),
    (6, 'Militant networks continue to adapt and expand as state responses falter (a warning the article attributes to "the UN").', 'a000-22')
) as v(pos, summary, claim);

insert into finding_group (finding_id, group_id)
select f.id, (select id from militant_group where slug = v.grp)
from (values (1, 'ttp'), (1, 'afghan-taliban'), (2, 'ttp'), (3, 'ttp'), (4, 'isil-k'), (5, 'isil')) as v(pos, grp)
join report_finding f on f.report_id = (select id from report where slug = 'committee-chair-briefing-000') and f.position = v.pos;

-- Statements
insert into statement (speaker_person_id, speaker_label, speaker_role, actor_id, venue_kind, venue, made_on, date_precision, date_as_stated, stance, summary, quote, claim_id)
select (select id from person where slug = v.person), v.label, v.role, (select id from actor where slug = v.actor), v.venue_kind, v.venue,
       null, 'UNKNOWN', v.date_as_stated, v.stance, v.summary, v.quote, (select id from claim where ref = v.claim)
from (values
    ('sandra-jensen-landi', 'Denmark', 'Denmark’s Deputy Permanent Representative; chair of the ISIL and Al Qaeda Sanctions Committee', 'denmark',
        'SECURITY_COUNCIL_BRIEFING', 'UN Security Council', null, 'WARNS',
        'Denmark warned the Security Council that the banned TTP poses a serious and growing threat across Central and South Asia, citing logistical and material support provided to the group from within Afghanistan.',
        null, 'a000-01'),
    ('sandra-jensen-landi', null, 'Denmark’s Deputy Permanent Representative; chair of the ISIL and Al Qaeda Sanctions Committee', 'denmark',
        'SECURITY_COUNCIL_BRIEFING', 'UN Security Council', null, 'ASSESSES',
        'Landi told the Council that an estimated 6,000 TTP fighters were active in Afghanistan and responsible for major attacks inside Pakistan.',
        null, 'a000-03'),
    ('sandra-jensen-landi', null, 'Denmark’s Deputy Permanent Representative; chair of the ISIL and Al Qaeda Sanctions Committee', 'denmark',
        'SECURITY_COUNCIL_BRIEFING', 'UN Security Council', null, 'WARNS',
        'Landi warned of a resurgence of ISIL-Khorasan, with at least 2,000 fighters targeting Afghan authorities, Shia communities and foreign nationals.',
        null, 'a000-05'),
    ('sandra-jensen-landi', null, 'Denmark’s Deputy Permanent Representative; chair of the ISIL and Al Qaeda Sanctions Committee', 'denmark',
        'SECURITY_COUNCIL_BRIEFING', 'UN Security Council', null, 'WARNS',
        'Landi said Daesh affiliates had expanded their footprint in Africa while exploiting social media and cryptocurrencies to raise funds and recruit.',
        null, 'a000-06'),
    ('usman-jadoon', null, 'Pakistan’s Deputy Permanent Representative', 'pakistan',
        'SECURITY_COUNCIL_BRIEFING', 'UN Security Council', null, 'ACCUSES',
        'Jadoon echoed Denmark’s concerns, stressing that ISIL-K, the TTP and its affiliates, the BLA and the Majeed Brigade continued to operate from Afghan territory.',
        null, 'a000-07'),
    ('usman-jadoon', null, 'Pakistan’s Deputy Permanent Representative', 'pakistan',
        'SECURITY_COUNCIL_BRIEFING', 'UN Security Council', null, 'CALLS_FOR',
        'Jadoon said Pakistan had suffered more than 80,000 casualties in its fight against terrorism and called for the UN sanctions regime to respond to current realities with objective and transparent listings.',
        null, 'a000-08'),
    (null, 'Islamabad', null, 'pakistan',
        'NEGOTIATION', 'Pakistan–Afghan Taliban talks in Istanbul', null, 'CALLS_FOR',
        'In the stalled Istanbul talks Pakistan sought written guarantees and verifiable steps from the Afghan Taliban to dismantle the TTP network.',
        null, 'a000-09'),
    (null, 'a senior Pakistani security source', null, 'pakistan',
        'MEDIA_REPORT', null, null, 'ACCUSES',
        'A senior Pakistani security source said Islamabad’s proposals were clear, specific and non-negotiable and that the Taliban delegation was unwilling to accept the measures required to curb cross-border attacks.',
        'clear, specific and non-negotiable', 'a000-11'),
    (null, 'Officials (unnamed; Pakistani by context)', null, 'pakistan',
        'MEDIA_REPORT', null, null, 'CALLS_FOR',
        'Officials said the border crossings would not reopen until Kabul undertakes verifiable and irreversible action against anti-Pakistan militants.',
        'verifiable and irreversible', 'a000-13'),
    (null, 'Pakistan', null, 'pakistan',
        'OTHER', null, 'long-standing (no date stated)', 'ACCUSES',
        'Pakistan has long accused the Taliban administration of sheltering TTP militants.',
        null, 'a000-17'),
    (null, 'Pakistan', null, 'pakistan',
        'OTHER', null, 'after the final round of talks on November 7 (year not stated)', 'ASSESSES',
        'After a final round of talks on November 7 ended without agreement, Pakistan declared that discussions on countering cross-border terrorism had entered an indefinite phase.',
        'indefinite phase', 'a000-21')
) as v(person, label, role, actor, venue_kind, venue, date_as_stated, stance, summary, quote, claim);

-- Kabul's denial answers Pakistan's accusation
insert into statement (speaker_person_id, speaker_label, speaker_role, actor_id, venue_kind, venue, made_on, date_precision, date_as_stated, stance, summary, quote, claim_id, responds_to_statement_id) values
    (null, 'Kabul (Taliban administration)', null, (select id from actor where slug = 'afghanistan-taliban-administration'),
     'OTHER', null, null, 'UNKNOWN', null, 'DENIES',
     'Kabul denies Pakistan’s allegation that it shelters TTP militants.',
     null, (select id from claim where ref = 'a000-18'),
     (select id from statement where claim_id = (select id from claim where ref = 'a000-17')
                                and actor_id = (select id from actor where slug = 'pakistan')));

insert into statement_group (statement_id, group_id)
select st.id, (select id from militant_group where slug = v.grp)
from (values
    ('a000-01', 'ttp'),
    ('a000-03', 'ttp'),
    ('a000-05', 'isil-k'),
    ('a000-06', 'isil'),
    ('a000-07', 'isil-k'), ('a000-07', 'ttp'), ('a000-07', 'bla'), ('a000-07', 'majeed-brigade'),
    ('a000-09', 'ttp'), ('a000-09', 'afghan-taliban'),
    ('a000-11', 'afghan-taliban'),
    ('a000-17', 'ttp'), ('a000-17', 'afghan-taliban'),
    ('a000-18', 'ttp'), ('a000-18', 'afghan-taliban'),
    ('a000-21', 'afghan-taliban')
) as v(claim, grp)
join statement st on st.claim_id = (select id from claim where ref = v.claim);

insert into statement_actor (statement_id, actor_id)
select st.id, (select id from actor where slug = v.actor)
from (values
    ('a000-03', 'pakistan'),
    ('a000-07', 'afghanistan-taliban-administration'), ('a000-07', 'denmark'),
    ('a000-08', 'un-security-council'), ('a000-08', 'un-isil-al-qaida-sanctions-committee'),
    ('a000-09', 'afghanistan-taliban-administration'), ('a000-09', 'turkiye'),
    ('a000-11', 'afghanistan-taliban-administration'),
    ('a000-13', 'afghanistan-taliban-administration'),
    ('a000-17', 'afghanistan-taliban-administration'),
    ('a000-18', 'pakistan'),
    ('a000-21', 'afghanistan-taliban-administration'), ('a000-21', 'turkiye'), ('a000-21', 'qatar')
) as v(claim, actor)
join statement st on st.claim_id = (select id from claim where ref = v.claim);

-- Incidents (ACLED taxonomy; for non-violent developments PERPETRATOR/TARGET stand for ACLED's actor 1/actor 2)

-- October 12: Afghan Taliban forces open fire along the frontier
with i as (
    insert into incident (occurred_on, date_precision, date_as_stated, country_id, admin1_id, admin2_id, place_name, latitude, longitude,
                          location_precision, event_type, sub_event_type, cross_border, fatalities_low, fatalities_best, fatalities_high, injured,
                          summary, status, synthetic)
    values (null, 'UNKNOWN', 'October 12 (year not stated)', (select id from region where slug = 'pakistan'), null, null,
            'Several points along the Pakistan–Afghanistan frontier in Khyber Pakhtunkhwa and Balochistan', null, null,
            'BORDER_AREA', 'BATTLES', 'ARMED_CLASH', true, null, null, null, null,
            'Deadly clashes on October 12 when Afghan Taliban forces opened fire at several points along the frontier in Khyber Pakhtunkhwa and Balochistan. Pakistani security officials said the attacks were aimed at facilitating the entry of TTP fighters into Pakistani territory. No casualty figure is given for this phase.',
            'PUBLISHED', false)
    returning id
), a as (
    insert into incident_actor (incident_id, group_id, actor_id, role, attribution_uncertain, description)
    select i.id, (select id from militant_group where slug = v.grp), (select id from actor where slug = v.actor), v.role, v.uncertain, v.descr
    from i cross join (values
        ('afghan-taliban', null,       'PERPETRATOR', false, 'Afghan Taliban forces opened fire at several points along the frontier.'),
        (null,             'pakistan', 'TARGET',      false, 'Pakistani border positions in Khyber Pakhtunkhwa and Balochistan.'),
        ('ttp',            null,       'SUSPECTED',   true,  'Security officials said the attacks aimed to facilitate the entry of TTP fighters into Pakistan.')
    ) as v(grp, actor, role, uncertain, descr)
)
insert into incident_claim (incident_id, claim_id)
select i.id, c.id from i join claim c on c.ref in ('a000-14', 'a000-16');

-- Pakistan's retaliatory fire
with i as (
    insert into incident (occurred_on, date_precision, date_as_stated, country_id, admin1_id, admin2_id, place_name, latitude, longitude,
                          location_precision, event_type, sub_event_type, cross_border, fatalities_low, fatalities_best, fatalities_high, injured,
                          summary, status, synthetic)
    values (null, 'UNKNOWN', 'October 12 (year not stated)', (select id from region where slug = 'afghanistan'), null, null,
            'Afghan posts along the Pakistan–Afghanistan frontier', null, null,
            'BORDER_AREA', 'BATTLES', 'ARMED_CLASH', true, 24, null, null, null,
            'Pakistan responded to the October 12 firing with heavy retaliatory fire, destroying multiple Afghan posts and killing dozens of soldiers and militants, according to security officials ("dozens" recorded as at least 24).',
            'PUBLISHED', false)
    returning id
), a as (
    insert into incident_actor (incident_id, group_id, actor_id, role, attribution_uncertain, description)
    select i.id, (select id from militant_group where slug = v.grp), (select id from actor where slug = v.actor), v.role, v.uncertain, v.descr
    from i cross join (values
        (null,             'pakistan', 'PERPETRATOR', false, 'Pakistani forces’ heavy retaliatory fire.'),
        ('afghan-taliban', null,       'TARGET',      false, 'Multiple Afghan posts destroyed; dozens of soldiers and militants killed.')
    ) as v(grp, actor, role, uncertain, descr)
)
insert into incident_claim (incident_id, claim_id)
select i.id, c.id from i join claim c on c.ref in ('a000-15');

-- Pakistan–Afghan Taliban talks in Istanbul stall
with i as (
    insert into incident (occurred_on, date_precision, date_as_stated, country_id, admin1_id, admin2_id, place_name, latitude, longitude,
                          location_precision, event_type, sub_event_type, cross_border, summary, status, synthetic)
    values (null, 'UNKNOWN', null, (select id from region where slug = 'turkiye'), null, null, 'Istanbul', 41.01, 28.98,
            'EXACT', 'STRATEGIC_DEVELOPMENTS', 'OTHER', false,
            'Pakistan’s talks with the Afghan Taliban in Istanbul stalled: Islamabad sought written guarantees and verifiable steps to dismantle the TTP network; Turkish officials attempted to mediate but the Afghan representatives refused commitments beyond verbal assurances.',
            'PUBLISHED', false)
    returning id
), a as (
    insert into incident_actor (incident_id, group_id, actor_id, role, attribution_uncertain, description)
    select i.id, (select id from militant_group where slug = v.grp), (select id from actor where slug = v.actor), v.role, false, v.descr
    from i cross join (values
        (null,             'pakistan', 'PERPETRATOR', 'Negotiating party (actor 1): sought written guarantees and verifiable steps against the TTP.'),
        ('afghan-taliban', null,       'TARGET',      'Negotiating party (actor 2): refused commitments beyond verbal assurances.')
    ) as v(grp, actor, role, descr)
)
insert into incident_claim (incident_id, claim_id)
select i.id, c.id from i join claim c on c.ref in ('a000-09', 'a000-10', 'a000-11');

-- Pakistan extends the closure of its border crossings with Afghanistan
with i as (
    insert into incident (occurred_on, date_precision, date_as_stated, country_id, admin1_id, admin2_id, place_name, latitude, longitude,
                          location_precision, event_type, sub_event_type, cross_border, summary, status, synthetic)
    values (null, 'UNKNOWN', null, (select id from region where slug = 'pakistan'), null, null, 'Pakistan–Afghanistan border crossings', null, null,
            'BORDER_AREA', 'STRATEGIC_DEVELOPMENTS', 'OTHER', true,
            'With no progress in the talks, Pakistan extended its closure of border crossings with Afghanistan, halting trade for more than a month and leaving thousands of trucks stranded; officials said the crossings would not reopen until Kabul takes verifiable and irreversible action against anti-Pakistan militants.',
            'PUBLISHED', false)
    returning id
), a as (
    insert into incident_actor (incident_id, group_id, actor_id, role, attribution_uncertain, description)
    select i.id, (select id from militant_group where slug = v.grp), (select id from actor where slug = v.actor), v.role, false, v.descr
    from i cross join (values
        (null,             'pakistan', 'PERPETRATOR', 'Kept the border crossings closed.'),
        ('afghan-taliban', null,       'TARGET',      'Crossings with Taliban-ruled Afghanistan closed until Kabul acts against anti-Pakistan militants.')
    ) as v(grp, actor, role, descr)
)
insert into incident_claim (incident_id, claim_id)
select i.id, c.id from i join claim c on c.ref in ('a000-12', 'a000-13');

-- The TTP ends its ceasefire (2022)
with i as (
    insert into incident (occurred_on, date_precision, date_as_stated, country_id, admin1_id, admin2_id, place_name, latitude, longitude,
                          location_precision, event_type, sub_event_type, cross_border, summary, status, synthetic)
    values (date '2022-01-01', 'YEAR', 'in 2022', (select id from region where slug = 'pakistan'), null, null, null, null, null,
            'COUNTRY', 'STRATEGIC_DEVELOPMENTS', 'CHANGE_TO_GROUP_ACTIVITY', false,
            'The TTP ended a ceasefire in 2022 and intensified attacks inside Pakistan; relations between Pakistan and the Afghan Taliban have deteriorated further since.',
            'PUBLISHED', false)
    returning id
), a as (
    insert into incident_actor (incident_id, group_id, actor_id, role, attribution_uncertain, description)
    select i.id, (select id from militant_group where slug = 'ttp'), null, 'PERPETRATOR', false, 'Ended the ceasefire and intensified attacks inside Pakistan.'
    from i
)
insert into incident_claim (incident_id, claim_id)
select i.id, c.id from i join claim c on c.ref in ('a000-19');

-- The Afghan Taliban suspend trade ties with Pakistan
with i as (
    insert into incident (occurred_on, date_precision, date_as_stated, country_id, admin1_id, admin2_id, place_name, latitude, longitude,
                          location_precision, event_type, sub_event_type, cross_border, summary, status, synthetic)
    values (null, 'UNKNOWN', 'after the talks collapsed (date not stated)', (select id from region where slug = 'afghanistan'), null, null, null, null, null,
            'COUNTRY', 'STRATEGIC_DEVELOPMENTS', 'OTHER', true,
            'The Afghan Taliban suspended trade ties with Pakistan after the talks collapsed.',
            'PUBLISHED', false)
    returning id
), a as (
    insert into incident_actor (incident_id, group_id, actor_id, role, attribution_uncertain, description)
    select i.id, (select id from militant_group where slug = v.grp), (select id from actor where slug = v.actor), v.role, false, v.descr
    from i cross join (values
        ('afghan-taliban', null,       'PERPETRATOR', 'Suspended trade ties.'),
        (null,             'pakistan', 'TARGET',      'Trade ties with Pakistan suspended.')
    ) as v(grp, actor, role, descr)
)
insert into incident_claim (incident_id, claim_id)
select i.id, c.id from i join claim c on c.ref in ('a000-20');

-- November 7: final round of talks ends without agreement
with i as (
    insert into incident (occurred_on, date_precision, date_as_stated, country_id, admin1_id, admin2_id, place_name, latitude, longitude,
                          location_precision, event_type, sub_event_type, cross_border, summary, status, synthetic)
    values (null, 'UNKNOWN', 'November 7 (year not stated)', null, null, null, null, null, null,
            'UNKNOWN', 'STRATEGIC_DEVELOPMENTS', 'OTHER', false,
            'Mediators Turkiye and Qatar briefly revived dialogue between Pakistan and the Afghan Taliban, but a final round on November 7 ended without agreement; Pakistan declared that discussions on countering cross-border terrorism had entered an "indefinite phase". The venue is not stated.',
            'PUBLISHED', false)
    returning id
), a as (
    insert into incident_actor (incident_id, group_id, actor_id, role, attribution_uncertain, description)
    select i.id, (select id from militant_group where slug = v.grp), (select id from actor where slug = v.actor), v.role, false, v.descr
    from i cross join (values
        (null,             'pakistan', 'PERPETRATOR', 'Negotiating party (actor 1); declared the talks had entered an indefinite phase.'),
        ('afghan-taliban', null,       'TARGET',      'Negotiating party (actor 2).')
    ) as v(grp, actor, role, descr)
)
insert into incident_claim (incident_id, claim_id)
select i.id, c.id from i join claim c on c.ref in ('a000-21');
