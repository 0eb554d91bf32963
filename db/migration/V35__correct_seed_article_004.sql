-- Corrections to the seed of article 004 (004_9c3b63b51e2a9183.txt, V22), from a fact-by-fact re-audit
-- against the article. A group's attribute is one subject per group, attribute and summary; a denial
-- belongs on the subject the claim it denies asserts, so that the dispute is one subject with both claims.

-- 1. The Taliban Ministry of Foreign Affairs dismissed Pakistan's remarks (a004-12) that Afghanistan remains
--    IS-K's primary base of operations (a004-11); V22 put the denial on a row of its own, beside the
--    assertion's. Both now state the same subject.
update group_claim
   set summary = 'Afghanistan remains its primary base of operations.'
 where group_id = (select id from militant_group where slug = 'isil-k')
   and attribute = 'OPERATING_AREA'
   and claim_id in (select id from claim where ref in ('a004-11', 'a004-12'));

-- 2. Munir Akram rejected "U.S. claims that IS-K was recruiting inside Pakistan" (a004-10), the claims of
--    Dorothy Shea (a004-06: recruitment campaigns "particularly in Afghanistan and Pakistan"). The denial
--    sat on a row no claim asserted. Shea's recruitment claim now states the subject Akram denies, and her
--    whole assessment stays as the capability it describes.
update group_claim
   set summary = 'Recruits inside Pakistan.'
 where group_id = (select id from militant_group where slug = 'isil-k')
   and attribute = 'RECRUITMENT'
   and claim_id in (select id from claim where ref in ('a004-06', 'a004-10'));

insert into group_claim (group_id, claim_id, attribute, summary) values
    ((select id from militant_group where slug = 'isil-k'), (select id from claim where ref = 'a004-06'), 'CAPABILITY',
     'Able to orchestrate attacks and sustain recruitment campaigns, particularly in Afghanistan and Pakistan (United States).');
