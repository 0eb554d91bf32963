-- Seed: the militant groups tracked in the Afghanistan-Pakistan theatre, their parent links and acronym aliases.
-- No article facts here: founding dates, sourced aliases and designations come with their sources (V17..V22).
-- Acronym aliases start with claim_id NULL; the first source file that uses one links it to its claim.

insert into militant_group (slug, name, short_name, kind, status, description) values
    ('ttp',            'Tehreek-e-Taliban Pakistan',             'TTP',            'JIHADIST',                   'ACTIVE',
        'Pakistani Islamist militant movement waging an insurgency against the Pakistani state from the Afghanistan–Pakistan border region.'),
    ('isil',           'Islamic State',                          'ISIL',           'TRANSNATIONAL_NETWORK',      'ACTIVE',
        'Transnational jihadist organisation (also known as ISIL, ISIS or Daesh) that operates through regional affiliates.'),
    ('isil-k',         'Islamic State Khorasan Province',        'ISIL-K',         'AFFILIATE',                  'ACTIVE',
        'Regional affiliate of the Islamic State operating mainly in Afghanistan and Pakistan.'),
    ('afghan-taliban', 'Afghan Taliban',                         'Afghan Taliban', 'DE_FACTO_AUTHORITY',         'ACTIVE',
        'Islamist movement that governs Afghanistan as its de facto authority.'),
    ('al-qaeda',       'Al-Qaeda',                               'Al-Qaeda',       'TRANSNATIONAL_NETWORK',      'ACTIVE',
        'Transnational jihadist network that operates through regional affiliates.'),
    ('aqis',           'Al-Qaeda in the Indian Subcontinent',    'AQIS',           'AFFILIATE',                  'ACTIVE',
        'Regional affiliate of Al-Qaeda for South Asia.'),
    ('bla',            'Balochistan Liberation Army',            'BLA',            'ETHNONATIONALIST_SEPARATIST','ACTIVE',
        'Baloch separatist armed group active mainly in Pakistan’s Balochistan province.'),
    ('majeed-brigade', 'Majeed Brigade',                         'Majeed Brigade', 'WING',                       'ACTIVE',
        'Armed wing of the Balochistan Liberation Army.'),
    ('etim',           'East Turkestan Islamic Movement',        'ETIM',           'JIHADIST',                   'ACTIVE',
        'Uyghur Islamist militant group.'),
    ('tjp',            'Tehreek-e-Jihad Pakistan',               'TJP',            'JIHADIST',                   'ACTIVE',
        'Pakistani jihadist militant group.');

-- Parent links: branch, affiliate or wing of
update militant_group set parent_id = (select id from militant_group where slug = 'isil')     where slug = 'isil-k';
update militant_group set parent_id = (select id from militant_group where slug = 'al-qaeda') where slug = 'aqis';
update militant_group set parent_id = (select id from militant_group where slug = 'bla')      where slug = 'majeed-brigade';

-- Acronym and short-form aliases (claims are attached by the sources that use them)
insert into group_alias (group_id, name, quality, original_script, claim_id)
select (select id from militant_group where slug = v.grp), v.name, 'ACRONYM', null, null
from (values
    ('ttp',            'TTP'),
    ('isil-k',         'ISIL-K'),
    ('isil-k',         'IS-K'),
    ('isil-k',         'ISKP'),
    ('isil',           'ISIL'),
    ('isil',           'ISIS'),
    ('afghan-taliban', 'IEA'),
    ('aqis',           'AQIS'),
    ('bla',            'BLA'),
    ('majeed-brigade', 'MB'),
    ('etim',           'ETIM'),
    ('tjp',            'TJP')
) as v(grp, name);

-- The Taliban administration (an actor, V15) is also the tracked group afghan-taliban
update actor set group_id = (select id from militant_group where slug = 'afghan-taliban')
where slug = 'afghanistan-taliban-administration';
