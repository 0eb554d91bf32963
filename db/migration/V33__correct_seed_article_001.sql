-- Corrections to the seed of article 001 (001_7bee74c99556a269.txt, V19), from a fact-by-fact re-audit
-- against the article.

-- 1. "The banned Balochistan Liberation Army" and "the banned Tehreek-e-Taliban Pakistan": the article
--    names neither who banned them nor under which law. V19 recorded a ban of the BLA by Pakistan under its
--    Anti-Terrorism Act; both are unknown (V31).
update designation
   set authority_id = null, regime = null
 where claim_id = (select id from claim where ref = 'a001-16')
   and group_id = (select id from militant_group where slug = 'bla');

update group_claim
   set summary = 'Described as banned; the article does not say by whom or under which law.'
 where claim_id in (select id from claim where ref in ('a001-02', 'a001-16')) and attribute = 'DESIGNATION';

update claim
   set note = 'The article calls the TTP banned without naming the authority or the law.'
 where ref = 'a001-02';

-- 2. The training centres: the article names four provinces but gives no number of centres. V19 recorded
--    "at least 4", a figure the article does not state; the one-incident-per-province records and the
--    attribute claim keep the fact without a count.
delete from estimate
 where metric = 'TRAINING_CENTRES'
   and claim_id = (select id from claim where ref = 'a001-05');

-- 3. Claimants: "The TTP has established new training centres ..." (a001-05) and "The Majeed Brigade's
--    collaboration with the East Turkestan Islamic Movement (ETIM) and IS-K suggests ..." (a001-19) are the
--    article's own voice; neither sentence attributes its fact to the UN report, which V19 made their
--    claimant "by context". The source itself asserts them, and they are no findings of the UN report.
update claim
   set claimant_kind = 'SOURCE', claimant_actor_id = null, claimant_label = null,
       note = 'The article''s own statement; it follows a sentence citing the UN report but does not attribute this one to it.'
 where ref = 'a001-05';

update claim
   set claimant_kind = 'SOURCE', claimant_actor_id = null, claimant_label = null,
       note = 'The article''s own statement and interpretation ("suggests an alarming shift"); not attributed to the UN report.'
 where ref = 'a001-19';

update incident
   set summary = replace(summary, 'one of four provinces named in a UN report', 'one of the four provinces the article names')
 where id in (select ic.incident_id from incident_claim ic join claim c on c.id = ic.claim_id where c.ref = 'a001-05');

delete from report_finding
 where report_id = (select id from report where slug = 'unmt-report-001')
   and claim_id in (select id from claim where ref in ('a001-05', 'a001-19'));

-- the remaining findings numbered 1..7 again, in their order
update report_finding f
   set position = n.position
  from (select id, row_number() over (order by position) as position
          from report_finding
         where report_id = (select id from report where slug = 'unmt-report-001')) n
 where f.id = n.id and f.position <> n.position;

-- 4. "The TTP ... initially operated under the influence of Al-Qaeda" says influence, not support: it is
--    no claim of Al-Qaeda's SUPPORTS relationship with the TTP (the ORIGIN attribute keeps it). The
--    relationship keeps article 002's claim that al Qaeda core fighters assisted the TTP.
delete from relationship_claim
 where claim_id = (select id from claim where ref = 'a001-07')
   and relationship_id = (select id from group_relationship
                           where from_group_id = (select id from militant_group where slug = 'al-qaeda')
                             and to_group_id = (select id from militant_group where slug = 'ttp')
                             and type = 'SUPPORTS');

update group_relationship
   set description = 'Al Qaeda core fighters supplied weapons and equipment to the TTP and assisted its cross-border attacks (UN report).'
 where from_group_id = (select id from militant_group where slug = 'al-qaeda')
   and to_group_id = (select id from militant_group where slug = 'ttp')
   and type = 'SUPPORTS';

-- 5. The arrests of Adil Panjshiri, Abu Mundhar and Kaka Yunus: the article says Pakistan made them, not
--    where. V19 placed them in Pakistan; the place is unknown.
update incident
   set country_id = null, location_precision = 'UNKNOWN'
 where id in (select ic.incident_id from incident_claim ic join claim c on c.id = ic.claim_id where c.ref = 'a001-14');

-- 6. "the Taliban's takeover of Afghanistan in August 2021": the article says nothing of how it happened,
--    so not a non-violent transfer of territory either; a strategic development of no more precise kind.
update incident
   set sub_event_type = 'OTHER'
 where sub_event_type = 'NON_VIOLENT_TRANSFER_OF_TERRITORY'
   and id in (select ic.incident_id from incident_claim ic join claim c on c.id = ic.claim_id where c.ref = 'a001-08');
