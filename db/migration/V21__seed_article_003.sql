-- Source: article 003 (003_e1cf30ec1729aa8b.txt), The Express Tribune, "Treat TTP threat same as Daesh, Pakistan tells world",
-- 7 April 2024.
-- Pakistan lobbies international interlocutors to treat the TTP like Daesh (they "are working in tandem"); Daesh-claimed
-- attacks in Iran and Russia (Moscow); US warning of a Daesh attack; SCO National Security Advisers' meeting in Kazakhstan.

insert into source (slug, title, publisher, kind, published_on, published_precision, dateline, url, reliability, document_ref, notes) values
    ('article-003-treat-ttp-same-as-daesh',
     'Treat TTP threat same as Daesh, Pakistan tells world',
     'The Express Tribune', 'NEWS_ARTICLE', date '2024-04-07', 'DAY', null, null, 'C',
     '003_e1cf30ec1729aa8b.txt',
     'Section "In Local"; no dateline. Publisher inferred from "confirmed to The Express Tribune". "Also read" links and the comment footer are not recorded. "Daesh" is used loosely: for the Islamic State generally and for its Afghan chapter (ISIL-K). Relative dates ("recent meeting", "now in Russia") left unresolved.');

insert into claim (ref, source_id, quote, claimant_kind, claimant_actor_id, claimant_person_id, claimant_group_id, claimant_label, position, confidence, note)
select v.ref, (select id from source where slug = 'article-003-treat-ttp-same-as-daesh'), v.quote, v.kind,
       (select id from actor where slug = v.actor), null, null, v.label, 'ASSERTS', v.conf, v.note
from (values
    ('a003-01', 'Pakistan has been telling the international interlocutors that there is no distinction between the banned Tehreek-e-Taliban Pakistan (TTP) and Daesh in an effort to galvanise support for exerting pressure on the Afghan Taliban government.',
        'STATE', 'pakistan', 'Pakistan', 'HIGH', null),
    ('a003-02', 'the banned Tehreek-e-Taliban Pakistan (TTP)',
        'SOURCE', null, null, 'MODERATE', 'The article calls the TTP banned (a ban by Pakistan).'),
    ('a003-03', 'Against the backdrop of ongoing surge in terrorist attacks in Pakistan, authorities are briefing key Afghan stakeholders about the TTP posing a threat to their interests.',
        'STATE', 'pakistan', 'Pakistani authorities', 'MODERATE', null),
    ('a003-04', '“They are working in tandem. Don’t draw a distinction between the two,” said a source familiar with backdoor efforts to garner support against the Taliban regime.',
        'ANONYMOUS_SOURCE', 'pakistan', 'a source familiar with backdoor efforts to garner support against the Taliban regime', 'MODERATE',
        'Conveys Pakistan''s argument that the TTP and Daesh are the same.'),
    ('a003-05', 'A diplomatic source also confirmed to The Express Tribune that they were recently briefed by Pakistani officials about the likely nexus between TTP and Daesh.',
        'ANONYMOUS_SOURCE', null, 'a diplomatic source', 'LOW', 'Hedged: a "likely nexus", as briefed by Pakistani officials.'),
    ('a003-06', 'According to sources, Pakistan wants the international players to treat the TTP threat the same way as they are in the case of Daesh.',
        'ANONYMOUS_SOURCE', 'pakistan', 'sources', 'MODERATE', null),
    ('a003-07', 'Daesh took responsibility for major terrorist attacks not just in Pakistan, but in Iran and now in Russia.',
        'SOURCE', null, null, 'MODERATE', 'No dates, places or casualty figures given.'),
    ('a003-08', 'There are fears that Daesh could replicate Moscow style attacks in other countries.',
        'SOURCE', null, null, 'LOW', 'Speculative ("fears").'),
    ('a003-09', 'The US intelligence agencies, according to American media reports, warned of a potential Daesh attack in the US.',
        'STATE', 'united-states', 'The US intelligence agencies (according to American media reports)', 'MODERATE', null),
    ('a003-10', 'Many countries were briefed by Pakistan about the close working relationship between the TTP and Daesh.',
        'STATE', 'pakistan', 'Pakistan', 'HIGH', null),
    ('a003-11', 'The terrorist outfit first emerged on the scene in Afghanistan in 2015. Daesh’s Afghan chapter was set up mostly by terrorists who were previously part of the TTP and its affiliates.',
        'SOURCE', null, null, 'MODERATE', '"Daesh" here is its Afghan chapter (ISIL-K).'),
    ('a003-12', 'With these latest diplomatic maneuvers, Pakistan is trying to remind the international community that Afghanistan is once again becoming a “hub of terrorists”.',
        'STATE', 'pakistan', 'Pakistan', 'HIGH', null),
    ('a003-13', 'Pakistan’s efforts met some success at the recent meeting of National Security Advisers from Shanghai Cooperation Organisation (SCO) member countries. The meeting was hosted by Kazakhstan, which currently holds the rotating presidency of the 9-member security bloc.',
        'SOURCE', null, null, 'MODERATE', 'Date of the meeting not stated ("recent").'),
    ('a003-14', 'China, Russia, Pakistan, Iran, India and certain Central Asian states are part of the regional grouping.',
        'SOURCE', null, null, 'MODERATE', null),
    ('a003-15', 'The SCO in its joint statement expressed concerns over the presence of international terrorist outfits and their leaders in Afghanistan.',
        'ORGANISATION', 'sco', 'The SCO (joint statement)', 'MODERATE', null),
    ('a003-16', 'It asked the Afghan Taliban government to fulfill the promises made with the international community.',
        'ORGANISATION', 'sco', 'The SCO (joint statement)', 'MODERATE', null)
) as v(ref, quote, kind, actor, label, conf, note);

-- Alias: the article loosely uses "Daesh" for ISIL-K (its Afghan chapter)
insert into group_alias (group_id, name, quality, original_script, claim_id) values
    ((select id from militant_group where slug = 'isil-k'), 'Daesh', 'WEAK', null, (select id from claim where ref = 'a003-11'));

-- Attribute facts
insert into group_claim (group_id, claim_id, attribute, summary)
select (select id from militant_group where slug = v.grp), (select id from claim where ref = v.claim), v.attr, v.summary
from (values
    ('ttp',    'a003-02', 'DESIGNATION',    'Described as banned (national ban in Pakistan).'),
    ('isil-k', 'a003-11', 'FOUNDED',        'Emerged in Afghanistan in 2015.'),
    ('isil-k', 'a003-11', 'ORIGIN',         'Set up mostly by terrorists who were previously part of the TTP and its affiliates.'),
    ('isil',   'a003-07', 'OPERATING_AREA', 'Took responsibility for major terrorist attacks in Pakistan, Iran and Russia.'),
    ('isil',   'a003-08', 'CAPABILITY',     'Fears that it could replicate Moscow-style attacks in other countries.')
) as v(grp, claim, attr, summary);

-- Relationship: Pakistan says the TTP and Daesh (ISIL-K) work in tandem
insert into group_relationship (from_group_id, to_group_id, type, description) values
    ((select id from militant_group where slug = 'ttp'), (select id from militant_group where slug = 'isil-k'), 'COLLABORATES_WITH',
     'Pakistan describes a close working relationship between the TTP and Daesh/ISIL-K ("working in tandem").')
on conflict (from_group_id, to_group_id, type) do nothing;

insert into relationship_claim (relationship_id, claim_id)
select r.id, (select id from claim where ref = v.claim)
from (values ('a003-04'), ('a003-05'), ('a003-10')) as v(claim)
join group_relationship r on r.from_group_id = (select id from militant_group where slug = 'ttp')
                         and r.to_group_id = (select id from militant_group where slug = 'isil-k')
                         and r.type = 'COLLABORATES_WITH';

-- Statements
insert into statement (speaker_person_id, speaker_label, speaker_role, actor_id, venue_kind, venue, made_on, date_precision, date_as_stated, stance, summary, quote, claim_id)
select null, v.label, null, (select id from actor where slug = v.actor), v.venue_kind, v.venue,
       null, 'UNKNOWN', v.date_as_stated, v.stance, v.summary, v.quote, (select id from claim where ref = v.claim)
from (values
    ('Pakistan', 'pakistan', 'DIPLOMATIC_MEETING', 'Briefings to international interlocutors', null, 'WARNS',
        'Pakistan has been telling international interlocutors that there is no distinction between the TTP and Daesh, to galvanise support for pressure on the Afghan Taliban government.',
        null, 'a003-01'),
    ('Pakistani authorities', 'pakistan', 'DIPLOMATIC_MEETING', 'Briefings to key Afghan stakeholders', null, 'WARNS',
        'Against a surge in terrorist attacks in Pakistan, Pakistani authorities are briefing key Afghan stakeholders that the TTP poses a threat to their interests.',
        null, 'a003-03'),
    ('a source familiar with backdoor efforts to garner support against the Taliban regime', 'pakistan', 'DIPLOMATIC_MEETING', 'Backdoor efforts to garner support against the Taliban regime', null, 'CALLS_FOR',
        'Pakistan argues that the TTP and Daesh are the same and work in tandem, and asks countries not to distinguish between them.',
        'They are working in tandem. Don’t draw a distinction between the two.', 'a003-04'),
    ('sources', 'pakistan', 'OTHER', null, null, 'CALLS_FOR',
        'Pakistan wants international players to treat the TTP threat the same way as Daesh.',
        null, 'a003-06'),
    ('Pakistan', 'pakistan', 'DIPLOMATIC_MEETING', 'Briefings to many countries', null, 'WARNS',
        'Pakistan briefed many countries about the close working relationship between the TTP and Daesh.',
        null, 'a003-10'),
    ('Pakistan', 'pakistan', 'OTHER', 'Diplomatic outreach to the international community', null, 'WARNS',
        'Pakistan is reminding the international community that Afghanistan is once again becoming a "hub of terrorists".',
        'hub of terrorists', 'a003-12'),
    ('The US intelligence agencies', 'united-states', 'MEDIA_REPORT', 'American media reports', null, 'WARNS',
        'US intelligence agencies, according to American media reports, warned of a potential Daesh attack in the United States.',
        null, 'a003-09'),
    ('The SCO (joint statement)', 'sco', 'JOINT_COMMUNIQUE', 'Meeting of SCO National Security Advisers, hosted by Kazakhstan', 'recent (date not stated)', 'EXPRESSES_CONCERN',
        'The SCO joint statement expressed concern over the presence of international terrorist outfits and their leaders in Afghanistan.',
        null, 'a003-15'),
    ('The SCO (joint statement)', 'sco', 'JOINT_COMMUNIQUE', 'Meeting of SCO National Security Advisers, hosted by Kazakhstan', 'recent (date not stated)', 'CALLS_FOR',
        'The SCO joint statement asked the Afghan Taliban government to fulfil the promises it made to the international community.',
        null, 'a003-16')
) as v(label, actor, venue_kind, venue, date_as_stated, stance, summary, quote, claim);

insert into statement_group (statement_id, group_id)
select st.id, (select id from militant_group where slug = v.grp)
from (values
    ('a003-01', 'ttp'), ('a003-01', 'isil-k'), ('a003-01', 'afghan-taliban'),
    ('a003-03', 'ttp'),
    ('a003-04', 'ttp'), ('a003-04', 'isil-k'),
    ('a003-06', 'ttp'), ('a003-06', 'isil-k'),
    ('a003-10', 'ttp'), ('a003-10', 'isil-k'),
    ('a003-09', 'isil'),
    ('a003-16', 'afghan-taliban')
) as v(claim, grp)
join statement st on st.claim_id = (select id from claim where ref = v.claim);

insert into statement_actor (statement_id, actor_id)
select st.id, (select id from actor where slug = v.actor)
from (values
    ('a003-01', 'afghanistan-taliban-administration'),
    ('a003-12', 'afghanistan-taliban-administration'),
    ('a003-15', 'afghanistan-taliban-administration'), ('a003-15', 'kazakhstan'),
    ('a003-16', 'afghanistan-taliban-administration'), ('a003-16', 'kazakhstan')
) as v(claim, actor)
join statement st on st.claim_id = (select id from claim where ref = v.claim);

-- Incidents

-- Daesh-claimed attack(s) in Iran (not merged with the Kerman attack of article 001: the text does not make it certain)
with i as (
    insert into incident (occurred_on, date_precision, date_as_stated, country_id, admin1_id, admin2_id, place_name, latitude, longitude,
                          location_precision, event_type, sub_event_type, cross_border, summary, status, synthetic)
    values (null, 'UNKNOWN', null, (select id from region where slug = 'iran'), null, null, null, null, null,
            'COUNTRY', 'VIOLENCE_AGAINST_CIVILIANS', 'ATTACK', false,
            'Daesh took responsibility for a major terrorist attack in Iran. The article gives no date, place, method or casualties; coded as an attack because the method is not given.',
            'PUBLISHED', false)
    returning id
), a as (
    insert into incident_actor (incident_id, group_id, actor_id, role, attribution_uncertain, description)
    select i.id, (select id from militant_group where slug = 'isil'), null, 'CLAIMED_BY', false,
           'Daesh took responsibility (the article says "Daesh"; it does not name the branch).'
    from i
)
insert into incident_claim (incident_id, claim_id)
select i.id, c.id from i join claim c on c.ref in ('a003-07');

-- Daesh-claimed attack in Russia (Moscow)
with i as (
    insert into incident (occurred_on, date_precision, date_as_stated, country_id, admin1_id, admin2_id, place_name, latitude, longitude,
                          location_precision, event_type, sub_event_type, cross_border, summary, status, synthetic)
    values (null, 'UNKNOWN', 'recent ("now in Russia"; date not stated)', (select id from region where slug = 'russia'),
            (select id from region where slug = 'ru-moscow'), null, 'Moscow', null, null,
            'ADMIN1', 'VIOLENCE_AGAINST_CIVILIANS', 'ATTACK', false,
            'Daesh took responsibility for a major terrorist attack in Russia; the article refers to it as the "Moscow style" attack and reports fears that Daesh could replicate it in other countries. No date, method or casualties given; coded as an attack because the method is not given.',
            'PUBLISHED', false)
    returning id
), a as (
    insert into incident_actor (incident_id, group_id, actor_id, role, attribution_uncertain, description)
    select i.id, (select id from militant_group where slug = 'isil'), null, 'CLAIMED_BY', false,
           'Daesh took responsibility (the article says "Daesh"; it does not name the branch).'
    from i
)
insert into incident_claim (incident_id, claim_id)
select i.id, c.id from i join claim c on c.ref in ('a003-07', 'a003-08');

-- Meeting of SCO National Security Advisers hosted by Kazakhstan
with i as (
    insert into incident (occurred_on, date_precision, date_as_stated, country_id, admin1_id, admin2_id, place_name, latitude, longitude,
                          location_precision, event_type, sub_event_type, cross_border, summary, status, synthetic)
    values (null, 'UNKNOWN', 'recent (date not stated)', (select id from region where slug = 'kazakhstan'), null, null, null, null, null,
            'COUNTRY', 'STRATEGIC_DEVELOPMENTS', 'OTHER', false,
            'Meeting of National Security Advisers of Shanghai Cooperation Organisation member countries (among them China, Russia, Pakistan, Iran, India and certain Central Asian states), hosted by Kazakhstan as holder of the bloc''s rotating presidency. Its joint statement expressed concern over international terrorist outfits and their leaders in Afghanistan and asked the Afghan Taliban government to fulfil its promises to the international community. City not stated.',
            'PUBLISHED', false)
    returning id
), a as (
    insert into incident_actor (incident_id, group_id, actor_id, role, attribution_uncertain, description)
    select i.id, (select id from militant_group where slug = v.grp), (select id from actor where slug = v.actor), v.role, false, v.descr
    from i cross join (values
        (null,             'sco',        'PERPETRATOR', 'SCO National Security Advisers; issued the joint statement (actor 1).'),
        (null,             'kazakhstan', 'PERPETRATOR', 'Host; holds the SCO rotating presidency (actor 1).'),
        ('afghan-taliban', null,         'TARGET',      'Addressed by the joint statement (actor 2).')
    ) as v(grp, actor, role, descr)
)
insert into incident_claim (incident_id, claim_id)
select i.id, c.id from i join claim c on c.ref in ('a003-13', 'a003-14', 'a003-15', 'a003-16');
