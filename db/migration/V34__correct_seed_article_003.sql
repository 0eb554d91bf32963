-- Corrections to the seed of article 003 (003_e1cf30ec1729aa8b.txt, V21), from a fact-by-fact re-audit
-- against the article.

-- 1. The quote of the source's statement (a003-04) is not verbatim: it ends "between the two." where the
--    article has "between the two,” said a source". The quote now stops where the words do.
update statement
   set quote = 'They are working in tandem. Don’t draw a distinction between the two'
 where claim_id = (select id from claim where ref = 'a003-04');

-- 2. "said a source familiar with backdoor efforts ..." and "According to sources, ...": the article does
--    not say whom these unnamed sources belong to; V21 made them Pakistan's. Their statements remain
--    Pakistan's (they convey Pakistan's argument and aims), the claimants' affiliation is unknown.
update claim
   set claimant_actor_id = null
 where ref in ('a003-04', 'a003-06');

-- 3. "the banned Tehreek-e-Taliban Pakistan (TTP)": the article names neither who banned the TTP nor under
--    which law; V21 said a national ban in Pakistan.
update group_claim
   set summary = 'Described as banned; the article does not say by whom or under which law.'
 where claim_id = (select id from claim where ref = 'a003-02') and attribute = 'DESIGNATION';

update claim
   set note = 'The article calls the TTP banned without naming the authority or the law.'
 where ref = 'a003-02';

-- 4. Missing: the article's central premise, the view Pakistan's lobbying is up against.
insert into claim (ref, source_id, quote, claimant_kind, claimant_actor_id, claimant_person_id, claimant_group_id, claimant_label, position, confidence, note)
values ('a003-17', (select id from source where slug = 'article-003-treat-ttp-same-as-daesh'),
        'Many countries in the region and beyond consider Daesh as an immediate threat while they view the TTP as Pakistan’s problem. This view held by certain countries is making it difficult for Pakistan to garner the kind of support it needed against the TTP.',
        'SOURCE', null, null, null, null, 'ASSERTS', 'MODERATE',
        'The premise of the article: the view Pakistan''s case that the TTP and Daesh are the same (a003-01, a003-04, a003-06) argues against. "Daesh" as in the rest of the article''s comparison with the TTP (ISIL-K).');

insert into group_claim (group_id, claim_id, attribute, summary)
select (select id from militant_group where slug = v.grp), (select id from claim where ref = 'a003-17'), 'OTHER', v.summary
from (values
    ('ttp',    'Many countries in the region and beyond view the TTP as Pakistan’s problem, which makes it difficult for Pakistan to garner support against it.'),
    ('isil-k', 'Many countries in the region and beyond consider it (the article says "Daesh") an immediate threat, unlike the TTP.')
) as v(grp, summary);

-- 5. Missing: "Daesh took responsibility for major terrorist attacks not just in Pakistan, but in Iran and
--    now in Russia" gave incidents in Iran and Russia (V21) but none in Pakistan.
with i as (
    insert into incident (occurred_on, date_precision, date_as_stated, country_id, admin1_id, admin2_id, place_name, latitude, longitude,
                          location_precision, event_type, sub_event_type, cross_border, summary, status, synthetic)
    values (null, 'UNKNOWN', null, (select id from region where slug = 'pakistan'), null, null, null, null, null,
            'COUNTRY', 'VIOLENCE_AGAINST_CIVILIANS', 'ATTACK', false,
            'Daesh took responsibility for major terrorist attacks in Pakistan. The article gives no date, place, method or casualties; coded as an attack because the method is not given.',
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

-- 6. The SCO's joint statement concerns terrorist outfits in Afghanistan and the Afghan Taliban government;
--    Kazakhstan hosted the meeting but is not what the statement is about.
delete from statement_actor
 where actor_id = (select id from actor where slug = 'kazakhstan')
   and statement_id in (select st.id from statement st join claim c on c.id = st.claim_id where c.ref in ('a003-15', 'a003-16'));
