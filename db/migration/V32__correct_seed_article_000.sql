-- Corrections to the seed of article 000 (000_b243e62bc1dd2bd1.txt, V18), from a fact-by-fact re-audit
-- against the article.

-- 1. Denmark's "logistical and material support provided to the group from within Afghanistan" names no
--    supporter, yet it was a claim of the Afghan Taliban's SUPPORTS relationship with the TTP, and the
--    briefing's first finding was tagged with the Afghan Taliban. It is a fact about the TTP: support it
--    receives from within Afghanistan, from whom Denmark does not say.
delete from relationship_claim
 where claim_id = (select id from claim where ref = 'a000-01')
   and relationship_id = (select id from group_relationship
                           where from_group_id = (select id from militant_group where slug = 'afghan-taliban')
                             and to_group_id = (select id from militant_group where slug = 'ttp')
                             and type = 'SUPPORTS');

-- "material" came only from Denmark's words; what the relationship's remaining claims say
update group_relationship
   set description = 'The Afghan Taliban support the TTP: financial and logistical support, weapons, aid and facilitation of cross-border attacks.'
 where from_group_id = (select id from militant_group where slug = 'afghan-taliban')
   and to_group_id = (select id from militant_group where slug = 'ttp')
   and type = 'SUPPORTS';

delete from finding_group
 where group_id = (select id from militant_group where slug = 'afghan-taliban')
   and finding_id = (select f.id from report_finding f join report r on r.id = f.report_id
                      where r.slug = 'committee-chair-briefing-000' and f.position = 1);

insert into group_claim (group_id, claim_id, attribute, summary) values
    ((select id from militant_group where slug = 'ttp'), (select id from claim where ref = 'a000-01'), 'OTHER',
     'Receives logistical and material support from within Afghanistan (Denmark does not say from whom).');

update claim
   set note = 'Denmark speaks of support "from within Afghanistan" without naming who provides it; recorded on the TTP, not on a relationship of the Afghan Taliban.'
 where ref = 'a000-01';

-- 2. "the banned Tehreek-i-Taliban Pakistan": the article names neither who banned the TTP nor under which
--    law. V18 recorded a ban by Pakistan under its Anti-Terrorism Act; both are unknown (V31).
update designation
   set authority_id = null, regime = null
 where claim_id = (select id from claim where ref = 'a000-02')
   and group_id = (select id from militant_group where slug = 'ttp');

update group_claim
   set summary = 'Described as banned; the article does not say by whom or under which law.'
 where claim_id = (select id from claim where ref = 'a000-02') and attribute = 'DESIGNATION';

update claim
   set note = 'The article calls the TTP banned without naming the authority or the law.'
 where ref = 'a000-02';

-- 3. "killing dozens of soldiers and militants": V18 recorded at least 24 fatalities, a figure the article
--    does not give. The count stays unknown; the summary keeps the article's word.
update incident
   set fatalities_low = null,
       summary = 'Pakistan responded to the October 12 firing with heavy retaliatory fire, destroying multiple Afghan posts and killing dozens of soldiers and militants, according to security officials (no figure given).'
 where id = (select ic.incident_id from incident_claim ic join claim c on c.id = ic.claim_id where c.ref = 'a000-15');

update claim
   set note = 'Pakistani security officials; "dozens" is not a figure and none is recorded.'
 where ref = 'a000-15';

-- 4. The October 12 clashes: the officials say the Afghan Taliban forces' fire was "aimed at facilitating
--    the entry of TTP fighters"; they name the Afghan Taliban as the perpetrator and suspect the TTP of
--    nothing. The TTP is not an actor of the clash (the claim a000-16 stays with the incident and on the
--    Afghan Taliban's SUPPORTS relationship). incident_group follows through its triggers (V27, V29).
delete from incident_actor
 where group_id = (select id from militant_group where slug = 'ttp')
   and role = 'SUSPECTED'
   and incident_id = (select ic.incident_id from incident_claim ic join claim c on c.id = ic.claim_id where c.ref = 'a000-14');

-- 5. Missing: Landi's assessment of the TTP's operational freedom (a000-04) is a statement to the Council
--    like her others (a000-03, a000-05, a000-06).
insert into statement (speaker_person_id, speaker_label, speaker_role, actor_id, venue_kind, venue, made_on, date_precision, date_as_stated, stance, summary, quote, claim_id)
values ((select id from person where slug = 'sandra-jensen-landi'), null,
        'Denmark’s Deputy Permanent Representative; chair of the ISIL and Al Qaeda Sanctions Committee',
        (select id from actor where slug = 'denmark'), 'SECURITY_COUNCIL_BRIEFING', 'UN Security Council', null, 'UNKNOWN', null, 'WARNS',
        'Landi said the TTP’s operational freedom, combined with its support networks, represented a destabilising force for the wider region.',
        null, (select id from claim where ref = 'a000-04'));

insert into statement_group (statement_id, group_id)
select st.id, (select id from militant_group where slug = 'ttp')
  from statement st where st.claim_id = (select id from claim where ref = 'a000-04');
