-- Seed: actors (states, de facto authorities, UN bodies, organisations, media) and the persons who speak for them,
-- as named in the five seed articles and the UN consolidated list.
-- The Taliban administration's link to the afghan-taliban group is set at the end of V16 (groups come after actors).

insert into actor (slug, name, kind, country_id)
select v.slug, v.name, v.kind, (select id from region where slug = v.country)
from (values
    ('pakistan',                            'Pakistan',                                                   'STATE',                           'pakistan'),
    ('afghanistan-taliban-administration',  'Islamic Emirate of Afghanistan (Taliban administration)',    'DE_FACTO_AUTHORITY',              'afghanistan'),
    ('denmark',                             'Denmark',                                                    'STATE',                           'denmark'),
    ('united-states',                       'United States',                                              'STATE',                           'united-states'),
    ('china',                               'China',                                                      'STATE',                           'china'),
    ('russia',                              'Russia',                                                     'STATE',                           'russia'),
    ('iran',                                'Iran',                                                       'STATE',                           'iran'),
    ('turkiye',                             'Türkiye',                                                    'STATE',                           'turkiye'),
    ('qatar',                               'Qatar',                                                      'STATE',                           'qatar'),
    ('kazakhstan',                          'Kazakhstan',                                                 'STATE',                           'kazakhstan'),
    ('india',                               'India',                                                      'STATE',                           'india'),
    ('indonesia',                           'Indonesia',                                                  'STATE',                           'indonesia'),
    ('sco',                                 'Shanghai Cooperation Organisation',                          'INTERGOVERNMENTAL_ORGANISATION',  null),
    ('nato',                                'NATO',                                                       'INTERGOVERNMENTAL_ORGANISATION',  null),
    ('un-security-council',                 'United Nations Security Council',                            'UN_BODY',                         null),
    ('un-monitoring-team',                  'UN Analytical Support and Sanctions Monitoring Team',        'UN_BODY',                         null),
    ('un-isil-al-qaida-sanctions-committee','UN Security Council ISIL (Da’esh) and Al-Qaida Sanctions Committee', 'UN_BODY',                   null),
    ('un-office-of-counter-terrorism',      'UN Office of Counter-Terrorism',                             'UN_BODY',                         null),
    ('the-express-tribune',                 'The Express Tribune',                                        'MEDIA',                           'pakistan')
) as v(slug, name, kind, country);

insert into person (slug, name, role, actor_id)
select v.slug, v.name, v.role, (select id from actor where slug = v.actor)
from (values
    ('sandra-jensen-landi', 'Sandra Jensen Landi', 'Denmark’s Deputy Permanent Representative; chair of the ISIL and Al Qaeda Sanctions Committee', 'denmark'),
    ('usman-jadoon',        'Usman Jadoon',        'Pakistan’s Deputy Permanent Representative',                            'pakistan'),
    ('asif-durani',         'Asif Durani',         'Pakistan’s special envoy',                                                 'pakistan'),
    ('munir-akram',         'Munir Akram',         'Pakistan’s UN representative',                                              'pakistan'),
    ('zabihullah-mujahid',  'Zabihullah Mujahid',  'Taliban spokesman',                                                         'afghanistan-taliban-administration'),
    ('vladimir-voronkov',   'Vladimir Voronkov',   'UN undersecretary-general for counterterrorism',                           'un-office-of-counter-terrorism'),
    ('dorothy-shea',        'Dorothy Shea',        'U.S. Ambassador',                                                          'united-states'),
    ('fu-cong',             'Fu Cong',             'China’s representative',                                                   'china'),
    ('vassily-nebenzia',    'Vassily Nebenzia',    'Russia’s envoy',                                                           'russia'),
    ('adil-panjshiri',      'Adil Panjshiri',      'IS-K militant (Afghan), arrested',                                          null),
    ('abu-mundhar',         'Abu Mundhar',         'IS-K militant (Tajik), arrested',                                           null),
    ('kaka-yunus',          'Kaka Yunus',          'IS-K militant (Uzbek), arrested',                                           null),
    ('tariq-tajiki',        'Tariq Tajiki',        'Mastermind of the Kerman attack, at large in Afghanistan',                  null),
    ('maulana-fazlullah',   'Maulana Fazlullah',   'Leader of Tehrik-e Taliban Pakistan as given by the UN list (individual entry QDi.352)', null)
) as v(slug, name, role, actor);
