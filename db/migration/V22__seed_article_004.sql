-- Source: article 004 (004_9c3b63b51e2a9183.txt), dateline KABUL, AFGHANISTAN, undated.
-- UN Security Council meeting on counterterrorism ("on Monday") raises alarm over IS-K: Voronkov, Shea, Fu Cong, Nebenzia
-- and Akram speak; the Taliban Ministry of Foreign Affairs dismisses Pakistan's remarks as "baseless".

insert into source (slug, title, publisher, kind, published_on, published_precision, dateline, url, reliability, document_ref, notes) values
    ('article-004-unsc-alarm-over-is-k',
     '[UN Security Council raises alarm over IS-K threat]',
     null, 'NEWS_ARTICLE', null, 'UNKNOWN', 'KABUL, AFGHANISTAN', null, 'C',
     '004_9c3b63b51e2a9183.txt',
     'No headline, publisher or date in the file; the title is descriptive. The Council meeting was "on Monday" (date not stated, left unresolved).');

insert into claim (ref, source_id, quote, claimant_kind, claimant_actor_id, claimant_person_id, claimant_group_id, claimant_label, position, confidence, note)
select v.ref, (select id from source where slug = 'article-004-unsc-alarm-over-is-k'), v.quote, v.kind,
       (select id from actor where slug = v.actor), (select id from person where slug = v.person), null,
       v.label, v.pos, v.conf, v.note
from (values
    ('a004-01', 'The UN Security Council raised alarm on Monday over the increasing threat posed by Islamic State-Khorasan (IS-K), a regional affiliate of the Islamic State group, warning of its potential to destabilize the region and launch attacks beyond Afghanistan’s borders.',
        'ORGANISATION', 'un-security-council', null, 'The UN Security Council', 'ASSERTS', 'HIGH', '"on Monday": date not stated.'),
    ('a004-02', 'Islamic State-Khorasan (IS-K), a regional affiliate of the Islamic State group',
        'SOURCE', null, null, null, 'ASSERTS', 'MODERATE', null),
    ('a004-03', 'During a Security Council meeting on counterterrorism, Vladimir Voronkov, the UN undersecretary-general for counterterrorism, described IS-K as one of the “most dangerous branches” of the transnational terrorist organization.',
        'OFFICIAL', 'un-office-of-counter-terrorism', 'vladimir-voronkov', 'the UN undersecretary-general for counterterrorism', 'ASSERTS', 'HIGH', null),
    ('a004-04', 'He warned that IS-K supporters had plotted attacks in Europe and were actively recruiting from Central Asian countries.',
        'OFFICIAL', 'un-office-of-counter-terrorism', 'vladimir-voronkov', 'the UN undersecretary-general for counterterrorism', 'ASSERTS', 'HIGH', null),
    ('a004-05', '“There were also reports of small numbers of foreign terrorist fighters continuing to travel to Afghanistan,” Voronkov stated, calling for global cooperation to prevent the country from becoming a hub for terrorist activities.',
        'OFFICIAL', 'un-office-of-counter-terrorism', 'vladimir-voronkov', 'the UN undersecretary-general for counterterrorism', 'ASSERTS', 'HIGH', null),
    ('a004-06', 'U.S. Ambassador Dorothy Shea echoed these concerns, stating that Washington remains deeply worried about IS-K’s ability to orchestrate attacks and sustain recruitment campaigns, particularly in Afghanistan and Pakistan.',
        'OFFICIAL', 'united-states', 'dorothy-shea', 'U.S. Ambassador', 'ASSERTS', 'HIGH', null),
    ('a004-07', 'Meanwhile, China’s representative, Fu Cong, claimed that IS-K operatives were working in coordination with Al-Qaida and the East Turkestan Islamic Movement',
        'OFFICIAL', 'china', 'fu-cong', 'China’s representative', 'ASSERTS', 'HIGH', null),
    ('a004-08', 'urging Afghanistan’s Taliban rulers to take decisive action against terrorist groups operating in the country',
        'OFFICIAL', 'china', 'fu-cong', 'China’s representative', 'ASSERTS', 'HIGH', null),
    ('a004-09', 'Russia’s envoy, Vassily Nebenzia, attributed the growing IS-K threat to the hasty withdrawal of U.S.-led NATO forces from Afghanistan in 2021, arguing that the militants had gained access to weapons left behind.',
        'OFFICIAL', 'russia', 'vassily-nebenzia', 'Russia’s envoy', 'ASSERTS', 'HIGH', null),
    ('a004-10', 'Pakistan’s UN representative, Munir Akram, rejected U.S. claims that IS-K was recruiting inside Pakistan',
        'OFFICIAL', 'pakistan', 'munir-akram', 'Pakistan’s UN representative', 'DENIES', 'HIGH', 'Denies that IS-K recruits inside Pakistan.'),
    ('a004-11', 'insisting that Afghanistan remains the group’s primary base of operations',
        'OFFICIAL', 'pakistan', 'munir-akram', 'Pakistan’s UN representative', 'ASSERTS', 'HIGH', null),
    ('a004-12', 'The Taliban’s Ministry of Foreign Affairs dismissed Pakistan’s remarks at the UN Security Council meeting, calling them “baseless.”',
        'STATE', 'afghanistan-taliban-administration', null, 'The Taliban’s Ministry of Foreign Affairs', 'DENIES', 'HIGH',
        'Disputes Pakistan''s remarks at the meeting (that Afghanistan is IS-K''s primary base of operations).'),
    ('a004-13', 'Despite these claims, IS-K has continued to carry out deadly attacks, particularly targeting civilians, including the Shia-Hazara and Sufi communities, as well as Taliban officials.',
        'SOURCE', null, null, null, 'ASSERTS', 'MODERATE', null)
) as v(ref, quote, kind, actor, person, label, pos, conf, note);

-- Aliases used by the article
insert into group_alias (group_id, name, quality, original_script, claim_id)
select (select id from militant_group where slug = v.grp), v.name, 'AKA', null, (select id from claim where ref = v.claim)
from (values
    ('isil-k',   'Islamic State-Khorasan', 'a004-02'),
    ('al-qaeda', 'Al-Qaida',               'a004-07')
) as v(grp, name, claim);

-- Attribute facts (a DENIES claim disputes the fact the summary states)
insert into group_claim (group_id, claim_id, attribute, summary)
select (select id from militant_group where slug = v.grp), (select id from claim where ref = v.claim), v.attr, v.summary
from (values
    ('isil-k', 'a004-01', 'CAPABILITY',     'Increasing threat, with the potential to destabilize the region and launch attacks beyond Afghanistan’s borders (UN Security Council).'),
    ('isil-k', 'a004-03', 'DESCRIPTION',    'One of the “most dangerous branches” of the Islamic State (Voronkov).'),
    ('isil-k', 'a004-04', 'OPERATING_AREA', 'IS-K supporters have plotted attacks in Europe (Voronkov).'),
    ('isil-k', 'a004-04', 'RECRUITMENT',    'Actively recruiting from Central Asian countries (Voronkov).'),
    ('isil-k', 'a004-06', 'RECRUITMENT',    'Able to orchestrate attacks and sustain recruitment campaigns, particularly in Afghanistan and Pakistan (United States).'),
    ('isil-k', 'a004-09', 'CAPABILITY',     'Gained access to weapons left behind after the 2021 withdrawal of U.S.-led NATO forces from Afghanistan (Russia).'),
    ('isil-k', 'a004-10', 'RECRUITMENT',    'Recruits inside Pakistan (a U.S. claim; Pakistan rejects it).'),
    ('isil-k', 'a004-11', 'OPERATING_AREA', 'Afghanistan remains its primary base of operations (Pakistan).'),
    ('isil-k', 'a004-12', 'OPERATING_AREA', 'Afghanistan as its primary base of operations (Pakistan’s remarks; dismissed as baseless by the Taliban Ministry of Foreign Affairs).'),
    ('isil-k', 'a004-13', 'TARGETS',        'Deadly attacks particularly targeting civilians, including the Shia-Hazara and Sufi communities, and Taliban officials.')
) as v(grp, claim, attr, summary);

-- Relationships
insert into group_relationship (from_group_id, to_group_id, type, description)
select (select id from militant_group where slug = v.f), (select id from militant_group where slug = v.t), v.type, v.descr
from (values
    ('isil-k', 'isil',     'AFFILIATE_OF',      'ISIL-K is the Islamic State’s regional affiliate (Khorasan province); its founders swore allegiance to ISIL.'),
    ('isil-k', 'al-qaeda', 'COLLABORATES_WITH', 'IS-K operatives work in coordination with Al-Qaida (China’s claim).'),
    ('isil-k', 'etim',     'COLLABORATES_WITH', 'IS-K operatives work in coordination with the East Turkestan Islamic Movement (China’s claim).')
) as v(f, t, type, descr)
on conflict (from_group_id, to_group_id, type) do nothing;

insert into relationship_claim (relationship_id, claim_id)
select r.id, (select id from claim where ref = v.claim)
from (values
    ('isil-k', 'isil',     'AFFILIATE_OF',      'a004-02'),
    ('isil-k', 'isil',     'AFFILIATE_OF',      'a004-03'),
    ('isil-k', 'al-qaeda', 'COLLABORATES_WITH', 'a004-07'),
    ('isil-k', 'etim',     'COLLABORATES_WITH', 'a004-07')
) as v(f, t, type, claim)
join group_relationship r on r.from_group_id = (select id from militant_group where slug = v.f)
                         and r.to_group_id = (select id from militant_group where slug = v.t)
                         and r.type = v.type
on conflict do nothing;

-- Statements at the Security Council meeting on counterterrorism
insert into statement (speaker_person_id, speaker_label, speaker_role, actor_id, venue_kind, venue, made_on, date_precision, date_as_stated, stance, summary, quote, claim_id)
select (select id from person where slug = v.person), v.label, v.role, (select id from actor where slug = v.actor),
       'SECURITY_COUNCIL_MEETING', 'UN Security Council meeting on counterterrorism', null, 'UNKNOWN', 'Monday (date not stated)',
       v.stance, v.summary, v.quote, (select id from claim where ref = v.claim)
from (values
    (null, 'The UN Security Council', null, 'un-security-council', 'WARNS',
        'The Security Council raised alarm over the increasing threat posed by IS-K, warning of its potential to destabilize the region and launch attacks beyond Afghanistan’s borders.',
        null, 'a004-01'),
    ('vladimir-voronkov', null, 'UN undersecretary-general for counterterrorism', 'un-office-of-counter-terrorism', 'WARNS',
        'Voronkov described IS-K as one of the most dangerous branches of the Islamic State.',
        'most dangerous branches', 'a004-03'),
    ('vladimir-voronkov', null, 'UN undersecretary-general for counterterrorism', 'un-office-of-counter-terrorism', 'WARNS',
        'Voronkov warned that IS-K supporters had plotted attacks in Europe and were actively recruiting from Central Asian countries.',
        null, 'a004-04'),
    ('vladimir-voronkov', null, 'UN undersecretary-general for counterterrorism', 'un-office-of-counter-terrorism', 'CALLS_FOR',
        'Voronkov reported small numbers of foreign terrorist fighters still travelling to Afghanistan and called for global cooperation to prevent the country from becoming a hub for terrorist activities.',
        'There were also reports of small numbers of foreign terrorist fighters continuing to travel to Afghanistan', 'a004-05'),
    ('dorothy-shea', null, 'U.S. Ambassador', 'united-states', 'EXPRESSES_CONCERN',
        'Shea said Washington remains deeply worried about IS-K’s ability to orchestrate attacks and sustain recruitment campaigns, particularly in Afghanistan and Pakistan.',
        null, 'a004-06'),
    ('fu-cong', null, 'China’s representative', 'china', 'ASSESSES',
        'Fu Cong claimed that IS-K operatives were working in coordination with Al-Qaida and the East Turkestan Islamic Movement.',
        null, 'a004-07'),
    ('fu-cong', null, 'China’s representative', 'china', 'CALLS_FOR',
        'Fu Cong urged Afghanistan’s Taliban rulers to take decisive action against terrorist groups operating in the country.',
        null, 'a004-08'),
    ('vassily-nebenzia', null, 'Russia’s envoy', 'russia', 'ACCUSES',
        'Nebenzia attributed the growing IS-K threat to the hasty withdrawal of U.S.-led NATO forces from Afghanistan in 2021, arguing that the militants had gained access to weapons left behind.',
        null, 'a004-09')
) as v(person, label, role, actor, stance, summary, quote, claim);

-- Akram rejects the U.S. claims (Shea's statement)
insert into statement (speaker_person_id, speaker_label, speaker_role, actor_id, venue_kind, venue, made_on, date_precision, date_as_stated, stance, summary, quote, claim_id, responds_to_statement_id) values
    ((select id from person where slug = 'munir-akram'), null, 'Pakistan’s UN representative', (select id from actor where slug = 'pakistan'),
     'SECURITY_COUNCIL_MEETING', 'UN Security Council meeting on counterterrorism', null, 'UNKNOWN', 'Monday (date not stated)', 'REJECTS',
     'Akram rejected U.S. claims that IS-K was recruiting inside Pakistan, insisting that Afghanistan remains the group’s primary base of operations.',
     null, (select id from claim where ref = 'a004-10'),
     (select id from statement where claim_id = (select id from claim where ref = 'a004-06')));

-- The Taliban Ministry of Foreign Affairs dismisses Pakistan's remarks (Akram's statement)
insert into statement (speaker_person_id, speaker_label, speaker_role, actor_id, venue_kind, venue, made_on, date_precision, date_as_stated, stance, summary, quote, claim_id, responds_to_statement_id) values
    (null, 'The Taliban’s Ministry of Foreign Affairs', null, (select id from actor where slug = 'afghanistan-taliban-administration'),
     'OTHER', null, null, 'UNKNOWN', null, 'REJECTS',
     'The Taliban Ministry of Foreign Affairs dismissed Pakistan’s remarks at the Security Council meeting as baseless.',
     'baseless', (select id from claim where ref = 'a004-12'),
     (select id from statement where claim_id = (select id from claim where ref = 'a004-10')));

insert into statement_group (statement_id, group_id)
select st.id, (select id from militant_group where slug = v.grp)
from (values
    ('a004-01', 'isil-k'),
    ('a004-03', 'isil-k'), ('a004-03', 'isil'),
    ('a004-04', 'isil-k'),
    ('a004-06', 'isil-k'),
    ('a004-07', 'isil-k'), ('a004-07', 'al-qaeda'), ('a004-07', 'etim'),
    ('a004-08', 'afghan-taliban'),
    ('a004-09', 'isil-k'),
    ('a004-10', 'isil-k'),
    ('a004-12', 'isil-k')
) as v(claim, grp)
join statement st on st.claim_id = (select id from claim where ref = v.claim);

insert into statement_actor (statement_id, actor_id)
select st.id, (select id from actor where slug = v.actor)
from (values
    ('a004-05', 'afghanistan-taliban-administration'),
    ('a004-06', 'pakistan'), ('a004-06', 'afghanistan-taliban-administration'),
    ('a004-08', 'afghanistan-taliban-administration'),
    ('a004-09', 'united-states'), ('a004-09', 'nato'),
    ('a004-10', 'united-states'), ('a004-10', 'afghanistan-taliban-administration'),
    ('a004-12', 'pakistan')
) as v(claim, actor)
join statement st on st.claim_id = (select id from claim where ref = v.claim);

-- Incident: withdrawal of U.S.-led NATO forces from Afghanistan (2021)
with i as (
    insert into incident (occurred_on, date_precision, date_as_stated, country_id, admin1_id, admin2_id, place_name, latitude, longitude,
                          location_precision, event_type, sub_event_type, cross_border, summary, status, synthetic)
    values (date '2021-01-01', 'YEAR', 'in 2021', (select id from region where slug = 'afghanistan'), null, null, null, null, null,
            'COUNTRY', 'STRATEGIC_DEVELOPMENTS', 'CHANGE_TO_GROUP_ACTIVITY', false,
            'Withdrawal of U.S.-led NATO forces from Afghanistan in 2021, described by Russia’s envoy Vassily Nebenzia as hasty; he argued that IS-K militants gained access to weapons left behind.',
            'PUBLISHED', false)
    returning id
), a as (
    insert into incident_actor (incident_id, group_id, actor_id, role, attribution_uncertain, description)
    select i.id, null, (select id from actor where slug = v.actor), 'PERPETRATOR', false, v.descr
    from i cross join (values
        ('nato',          'NATO forces withdrew from Afghanistan.'),
        ('united-states', 'Led the withdrawing NATO forces.')
    ) as v(actor, descr)
)
insert into incident_claim (incident_id, claim_id)
select i.id, c.id from i join claim c on c.ref in ('a004-09');
