-- Source: UN Security Council Consolidated List, generated 2020-03-20 (consolidated-2020-03-20.xml).
-- The ISIL (Da'esh) & Al-Qaida list entries for Tehrik-e Taliban Pakistan (QDe.132) and ISIL-Khorasan (QDe.161):
-- designations, listing dates, UN aliases (with the original-script name) and the attribute facts in their COMMENTS1.
-- Claim quotes are verbatim from the XML (element tags included where they carry the fact; the ISIL-K
-- FIRST_NAME keeps the line break the file has inside it). Alias names are trimmed and kept as printed.

insert into source (slug, title, publisher, kind, published_on, published_precision, dateline, url, reliability, document_ref, notes) values
    ('un-consolidated-list-2020-03-20',
     'United Nations Security Council Consolidated List (generated 2020-03-20)',
     'United Nations Security Council', 'SANCTIONS_LIST', date '2020-03-20', 'DAY', null, null, 'A',
     'consolidated-2020-03-20.xml',
     'dateGenerated="2020-03-20T19:09:21.822-04:00". Entries used: QDe.132 (Tehrik-e Taliban Pakistan, listed 2011-07-29) and QDe.161 (ISIL-Khorasan, listed 2019-05-14). File quirks: a line break inside the QDe.161 FIRST_NAME, LISTED_ON values with a timezone offset elsewhere, empty ENTITY_ALIAS elements, alias names with leading spaces.');

insert into claim (ref, source_id, quote, claimant_kind, claimant_actor_id, claimant_label, position, confidence, note)
select v.ref, (select id from source where slug = 'un-consolidated-list-2020-03-20'), v.quote, 'ORGANISATION',
       (select id from actor where slug = 'un-isil-al-qaida-sanctions-committee'),
       'UN Security Council ISIL (Da’esh) and Al-Qaida sanctions list entry', 'ASSERTS', 'HIGH', v.note
from (values
    ('un-01', '<FIRST_NAME>TEHRIK-E TALIBAN PAKISTAN (TTP)</FIRST_NAME><UN_LIST_TYPE>Al-Qaida</UN_LIST_TYPE><REFERENCE_NUMBER>QDe.132</REFERENCE_NUMBER><LISTED_ON>2011-07-29</LISTED_ON><NAME_ORIGINAL_SCRIPT>تحریک طالبان پاکستان</NAME_ORIGINAL_SCRIPT>',
        'QDe.132 entry: name, list, reference number, listing date and name in original script.'),
    ('un-02', '<QUALITY>a.k.a.</QUALITY><ALIAS_NAME>Tehrik-I-Taliban Pakistan</ALIAS_NAME>', 'QDe.132 alias.'),
    ('un-03', '<QUALITY>a.k.a.</QUALITY><ALIAS_NAME>Tehrik-e-Taliban</ALIAS_NAME>', 'QDe.132 alias.'),
    ('un-04', '<QUALITY>a.k.a.</QUALITY><ALIAS_NAME>Pakistani Taliban</ALIAS_NAME>', 'QDe.132 alias.'),
    ('un-05', '<QUALITY>a.k.a.</QUALITY><ALIAS_NAME>Tehreek-e-Taliban</ALIAS_NAME>', 'QDe.132 alias.'),
    ('un-06', 'Tehrik-e Taliban is based in the tribal areas along the Afghanistan/Pakistan border.', 'QDe.132 COMMENTS1.'),
    ('un-07', 'Formed in 2007, its leader is Maulana Fazlullah (QDi.352).', 'QDe.132 COMMENTS1; leadership as of the list date.'),
    ('un-08', '<FIRST_NAME>ISLAMIC STATE IN IRAQ AND THE LEVANT - KHORASAN (ISIL-
K)</FIRST_NAME><UN_LIST_TYPE>Al-Qaida</UN_LIST_TYPE><REFERENCE_NUMBER>QDe.161</REFERENCE_NUMBER><LISTED_ON>2019-05-14</LISTED_ON>',
        'QDe.161 entry: name (with the line break the file has inside it), list, reference number and listing date.'),
    ('un-09', 'Islamic State of Iraq and the Levant - Khorasan (ISIL - K) was formed on January 10, 2015 by a former Tehrik-e Taliban Pakistan (TTP) (QDe.132) commander and was established by former Taliban faction commanders who swore an oath of allegiance to the Islamic State of Iraq and the Levant (listed as Al-Qaida in Iraq (QDe.115)).',
        'QDe.161 COMMENTS1.'),
    ('un-10', 'ISIL – K has claimed responsibility for numerous attacks in both Afghanistan and Pakistan.', 'QDe.161 COMMENTS1.'),
    ('un-11', '<QUALITY>a.k.a.</QUALITY><ALIAS_NAME>ISIL KHORASAN</ALIAS_NAME>', 'QDe.161 alias.'),
    ('un-12', '<QUALITY>a.k.a.</QUALITY><ALIAS_NAME>ISLAMIC STATE’S KHORASAN PROVINCE</ALIAS_NAME>', 'QDe.161 alias.'),
    ('un-13', '<QUALITY>a.k.a.</QUALITY><ALIAS_NAME>ISIS WILAYAT KHORASAN</ALIAS_NAME>', 'QDe.161 alias.'),
    ('un-14', '<QUALITY>a.k.a.</QUALITY><ALIAS_NAME>ISIL’S SOUTH ASIA BRANCH</ALIAS_NAME>', 'QDe.161 alias.'),
    ('un-15', '<QUALITY>a.k.a.</QUALITY><ALIAS_NAME>SOUTH ASIAN CHAPTER OF ISIL</ALIAS_NAME>', 'QDe.161 alias.')
) as v(ref, quote, note);

-- Designations on the UN list
insert into designation (group_id, authority_id, regime, reference_number, listed_on, listed_precision, claim_id)
select (select id from militant_group where slug = v.grp),
       (select id from actor where slug = 'un-isil-al-qaida-sanctions-committee'),
       'UN Security Council ISIL (Da’esh) and Al-Qaida sanctions list (resolutions 1267/1989/2253)',
       v.refno, v.listed::date, 'DAY', (select id from claim where ref = v.claim)
from (values
    ('ttp',    'QDe.132', '2011-07-29', 'un-01'),
    ('isil-k', 'QDe.161', '2019-05-14', 'un-08')
) as v(grp, refno, listed, claim);

-- Founding dates stated by the list
update militant_group set founded_on = date '2007-01-01', founded_precision = 'YEAR' where slug = 'ttp';
update militant_group set founded_on = date '2015-01-10', founded_precision = 'DAY'  where slug = 'isil-k';

-- UN aliases (names as printed, trimmed; the canonical TTP name carries the original script)
insert into group_alias (group_id, name, quality, original_script, claim_id)
select (select id from militant_group where slug = v.grp), v.name, 'AKA', v.script, (select id from claim where ref = v.claim)
from (values
    ('ttp',    'Tehrik-e Taliban Pakistan',                        'تحریک طالبان پاکستان', 'un-01'),
    ('ttp',    'Tehrik-I-Taliban Pakistan',                        null, 'un-02'),
    ('ttp',    'Tehrik-e-Taliban',                                 null, 'un-03'),
    ('ttp',    'Pakistani Taliban',                                null, 'un-04'),
    ('ttp',    'Tehreek-e-Taliban',                                null, 'un-05'),
    ('isil-k', 'ISLAMIC STATE IN IRAQ AND THE LEVANT - KHORASAN',  null, 'un-08'),
    ('isil-k', 'Islamic State of Iraq and the Levant - Khorasan',  null, 'un-09'),
    ('isil-k', 'ISIL KHORASAN',                                    null, 'un-11'),
    ('isil-k', 'ISLAMIC STATE’S KHORASAN PROVINCE',                null, 'un-12'),
    ('isil-k', 'ISIS WILAYAT KHORASAN',                            null, 'un-13'),
    ('isil-k', 'ISIL’S SOUTH ASIA BRANCH',                         null, 'un-14'),
    ('isil-k', 'SOUTH ASIAN CHAPTER OF ISIL',                      null, 'un-15')
) as v(grp, name, script, claim);

-- The list entries also carry the acronyms TTP and ISIL-K
update group_alias set claim_id = (select id from claim where ref = 'un-01')
where name = 'TTP' and claim_id is null and group_id = (select id from militant_group where slug = 'ttp');
update group_alias set claim_id = (select id from claim where ref = 'un-08')
where name = 'ISIL-K' and claim_id is null and group_id = (select id from militant_group where slug = 'isil-k');

-- Attribute facts from COMMENTS1
insert into group_claim (group_id, claim_id, attribute, summary)
select (select id from militant_group where slug = v.grp), (select id from claim where ref = v.claim), v.attr, v.summary
from (values
    ('ttp',    'un-01', 'DESIGNATION',    'Listed on the UN ISIL (Da’esh) and Al-Qaida sanctions list as QDe.132 on 29 July 2011.'),
    ('ttp',    'un-06', 'OPERATING_AREA', 'Based in the tribal areas along the Afghanistan/Pakistan border.'),
    ('ttp',    'un-07', 'FOUNDED',        'Formed in 2007.'),
    ('ttp',    'un-07', 'LEADERSHIP',     'Leader given as Maulana Fazlullah (QDi.352) in the list of 2020-03-20.'),
    ('isil-k', 'un-08', 'DESIGNATION',    'Listed on the UN ISIL (Da’esh) and Al-Qaida sanctions list as QDe.161 on 14 May 2019.'),
    ('isil-k', 'un-09', 'FOUNDED',        'Formed on 10 January 2015.'),
    ('isil-k', 'un-09', 'ORIGIN',         'Formed by a former TTP commander and established by former Taliban faction commanders who swore allegiance to ISIL.'),
    ('isil-k', 'un-10', 'OPERATING_AREA', 'Has claimed responsibility for numerous attacks in both Afghanistan and Pakistan.')
) as v(grp, claim, attr, summary);

-- ISIL-K's founders swore allegiance to ISIL: affiliate of ISIL
insert into group_relationship (from_group_id, to_group_id, type, description)
values ((select id from militant_group where slug = 'isil-k'), (select id from militant_group where slug = 'isil'), 'AFFILIATE_OF',
        'ISIL-K is the Islamic State’s regional affiliate (Khorasan province); its founders swore allegiance to ISIL.');

insert into relationship_claim (relationship_id, claim_id)
select r.id, (select id from claim where ref = 'un-09')
from group_relationship r
where r.from_group_id = (select id from militant_group where slug = 'isil-k')
  and r.to_group_id = (select id from militant_group where slug = 'isil')
  and r.type = 'AFFILIATE_OF';
