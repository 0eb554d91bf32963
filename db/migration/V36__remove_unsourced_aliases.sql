-- The acronym aliases V16 seeded without a claim, for a source to link when it uses them (V17..V22 linked
-- the others). "ISIS" (for the Islamic State) and "ISKP" (for ISIL-K) stand in none of the five articles
-- nor in the UN list's entries (article 001's "ISIS Khorasan" is an alias of ISIL-K of its own): no source
-- gives them, so they are no fact of the seed.
delete from group_alias
 where claim_id is null
   and quality = 'ACRONYM'
   and (group_id, name) in (select (select id from militant_group where slug = 'isil'), 'ISIS'
                            union all
                            select (select id from militant_group where slug = 'isil-k'), 'ISKP');
