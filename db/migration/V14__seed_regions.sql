-- Seed: regions (world regions > countries > admin1 > admin2) used by the seed articles and the UN list.
-- Centroids are approximate (about +-0.5 degrees), for maps only.

-- World regions
insert into region (slug, name, level, parent_id, iso_code, latitude, longitude) values
    ('south-asia',    'South Asia',    'WORLD_REGION', null, null, 25.0,  77.0),
    ('central-asia',  'Central Asia',  'WORLD_REGION', null, null, 43.0,  65.0),
    ('middle-east',   'Middle East',   'WORLD_REGION', null, null, 29.0,  45.0),
    ('europe',        'Europe',        'WORLD_REGION', null, null, 50.0,  15.0),
    ('east-asia',     'East Asia',     'WORLD_REGION', null, null, 35.0, 115.0),
    ('north-america', 'North America', 'WORLD_REGION', null, null, 45.0, -100.0);

-- Countries
insert into region (slug, name, level, parent_id, iso_code, latitude, longitude)
select v.slug, v.name, 'COUNTRY', p.id, v.iso, v.lat, v.lon
from (values
    ('afghanistan',   'Afghanistan',   'south-asia',    'AF', 33.9,   67.7),
    ('pakistan',      'Pakistan',      'south-asia',    'PK', 30.4,   69.3),
    ('india',         'India',         'south-asia',    'IN', 22.0,   79.0),
    ('iran',          'Iran',          'middle-east',   'IR', 32.4,   53.7),
    ('turkiye',       'Türkiye',       'middle-east',   'TR', 39.0,   35.2),
    ('qatar',         'Qatar',         'middle-east',   'QA', 25.3,   51.2),
    ('russia',        'Russia',        'europe',        'RU', 61.5,  105.3),
    ('denmark',       'Denmark',       'europe',        'DK', 56.0,    9.5),
    ('china',         'China',         'east-asia',     'CN', 35.9,  104.2),
    ('indonesia',     'Indonesia',     'east-asia',     'ID', -0.8,  113.9),
    ('kazakhstan',    'Kazakhstan',    'central-asia',  'KZ', 48.0,   66.9),
    ('tajikistan',    'Tajikistan',    'central-asia',  'TJ', 38.9,   71.3),
    ('uzbekistan',    'Uzbekistan',    'central-asia',  'UZ', 41.4,   64.6),
    ('turkmenistan',  'Turkmenistan',  'central-asia',  'TM', 39.0,   59.6),
    ('kyrgyzstan',    'Kyrgyzstan',    'central-asia',  'KG', 41.2,   74.8),
    ('united-states', 'United States', 'north-america', 'US', 39.8,  -98.6)
) as v(slug, name, parent, iso, lat, lon)
join region p on p.slug = v.parent;

-- Afghanistan: the 34 provinces
insert into region (slug, name, level, parent_id, iso_code, latitude, longitude)
select v.slug, v.name, 'ADMIN1', (select id from region where slug = 'afghanistan'), v.iso, v.lat, v.lon
from (values
    ('af-badakhshan', 'Badakhshan', 'AF-BDS', 36.8, 71.3),
    ('af-badghis',    'Badghis',    'AF-BDG', 35.2, 63.7),
    ('af-baghlan',    'Baghlan',    'AF-BGL', 35.8, 68.8),
    ('af-balkh',      'Balkh',      'AF-BAL', 36.6, 67.0),
    ('af-bamyan',     'Bamyan',     'AF-BAM', 34.8, 67.4),
    ('af-daykundi',   'Daykundi',   'AF-DAY', 33.7, 66.0),
    ('af-farah',      'Farah',      'AF-FRA', 32.4, 62.2),
    ('af-faryab',     'Faryab',     'AF-FYB', 35.9, 64.8),
    ('af-ghazni',     'Ghazni',     'AF-GHA', 33.3, 67.9),
    ('af-ghor',       'Ghor',       'AF-GHO', 34.1, 64.9),
    ('af-helmand',    'Helmand',    'AF-HEL', 31.0, 64.2),
    ('af-herat',      'Herat',      'AF-HER', 34.3, 62.2),
    ('af-jowzjan',    'Jowzjan',    'AF-JOW', 36.7, 65.8),
    ('af-kabul',      'Kabul',      'AF-KAB', 34.5, 69.2),
    ('af-kandahar',   'Kandahar',   'AF-KAN', 31.0, 65.7),
    ('af-kapisa',     'Kapisa',     'AF-KAP', 34.9, 69.6),
    ('af-khost',      'Khost',      'AF-KHO', 33.3, 69.9),
    ('af-kunar',      'Kunar',      'AF-KNR', 34.9, 71.1),
    ('af-kunduz',     'Kunduz',     'AF-KDZ', 36.7, 68.9),
    ('af-laghman',    'Laghman',    'AF-LAG', 34.7, 70.2),
    ('af-logar',      'Logar',      'AF-LOG', 34.0, 69.2),
    ('af-nangarhar',  'Nangarhar',  'AF-NAN', 34.2, 70.6),
    ('af-nimroz',     'Nimroz',     'AF-NIM', 30.9, 62.3),
    ('af-nuristan',   'Nuristan',   'AF-NUR', 35.3, 70.9),
    ('af-paktia',     'Paktia',     'AF-PIA', 33.6, 69.4),
    ('af-paktika',    'Paktika',    'AF-PKA', 32.5, 68.8),
    ('af-panjshir',   'Panjshir',   'AF-PAN', 35.4, 69.9),
    ('af-parwan',     'Parwan',     'AF-PAR', 35.0, 69.0),
    ('af-samangan',   'Samangan',   'AF-SAM', 36.0, 67.8),
    ('af-sar-e-pol',  'Sar-e Pol',  'AF-SAR', 35.9, 66.1),
    ('af-takhar',     'Takhar',     'AF-TAK', 36.6, 69.8),
    ('af-uruzgan',    'Uruzgan',    'AF-URU', 32.9, 66.2),
    ('af-wardak',     'Wardak',     'AF-WAR', 34.3, 68.3),
    ('af-zabul',      'Zabul',      'AF-ZAB', 32.2, 67.2)
) as v(slug, name, iso, lat, lon);

-- Pakistan: provinces and territories
insert into region (slug, name, level, parent_id, iso_code, latitude, longitude)
select v.slug, v.name, 'ADMIN1', (select id from region where slug = 'pakistan'), v.iso, v.lat, v.lon
from (values
    ('pk-khyber-pakhtunkhwa', 'Khyber Pakhtunkhwa',         'PK-KP', 34.0, 71.8),
    ('pk-balochistan',        'Balochistan',                'PK-BA', 28.5, 65.5),
    ('pk-punjab',             'Punjab',                     'PK-PB', 31.0, 72.5),
    ('pk-sindh',              'Sindh',                      'PK-SD', 26.0, 68.6),
    ('pk-islamabad',          'Islamabad Capital Territory','PK-IS', 33.7, 73.1),
    ('pk-gilgit-baltistan',   'Gilgit-Baltistan',           'PK-GB', 35.8, 74.5),
    ('pk-azad-kashmir',       'Azad Jammu and Kashmir',     'PK-JK', 33.9, 73.8)
) as v(slug, name, iso, lat, lon);

-- Iran and Russia: the admin1 units the articles name
insert into region (slug, name, level, parent_id, iso_code, latitude, longitude) values
    ('ir-kerman', 'Kerman Province', 'ADMIN1', (select id from region where slug = 'iran'),   null,     29.6, 57.4),
    ('ru-moscow', 'Moscow',          'ADMIN1', (select id from region where slug = 'russia'), 'RU-MOW', 55.75, 37.6);

-- Balochistan districts (Dalbandin is the headquarters town of Chagai district)
insert into region (slug, name, level, parent_id, iso_code, latitude, longitude)
select v.slug, v.name, 'ADMIN2', (select id from region where slug = 'pk-balochistan'), null, v.lat, v.lon
from (values
    ('pk-balochistan-awaran',  'Awaran',  26.4, 65.2),
    ('pk-balochistan-panjgur', 'Panjgur', 26.9, 64.1),
    ('pk-balochistan-chagai',  'Chagai',  29.0, 63.6),
    ('pk-balochistan-quetta',  'Quetta',  30.2, 67.0),
    ('pk-balochistan-kech',    'Kech',    26.0, 63.0),
    ('pk-balochistan-gwadar',  'Gwadar',  25.4, 62.6),
    ('pk-balochistan-mastung', 'Mastung', 29.8, 66.8),
    ('pk-balochistan-kalat',   'Kalat',   29.0, 66.6),
    ('pk-balochistan-zhob',    'Zhob',    31.3, 69.4)
) as v(slug, name, lat, lon);

-- Khyber Pakhtunkhwa districts
insert into region (slug, name, level, parent_id, iso_code, latitude, longitude)
select v.slug, v.name, 'ADMIN2', (select id from region where slug = 'pk-khyber-pakhtunkhwa'), null, v.lat, v.lon
from (values
    ('pk-khyber-pakhtunkhwa-peshawar',          'Peshawar',          34.0, 71.6),
    ('pk-khyber-pakhtunkhwa-bannu',             'Bannu',             33.0, 70.6),
    ('pk-khyber-pakhtunkhwa-dera-ismail-khan',  'Dera Ismail Khan',  31.8, 70.8),
    ('pk-khyber-pakhtunkhwa-north-waziristan',  'North Waziristan',  32.9, 70.0),
    ('pk-khyber-pakhtunkhwa-south-waziristan',  'South Waziristan',  32.3, 69.7),
    ('pk-khyber-pakhtunkhwa-khyber',            'Khyber',            34.0, 71.2),
    ('pk-khyber-pakhtunkhwa-bajaur',            'Bajaur',            34.8, 71.5),
    ('pk-khyber-pakhtunkhwa-lakki-marwat',      'Lakki Marwat',      32.6, 70.9),
    ('pk-khyber-pakhtunkhwa-kurram',            'Kurram',            33.7, 70.2),
    ('pk-khyber-pakhtunkhwa-tank',              'Tank',              32.2, 70.4),
    ('pk-khyber-pakhtunkhwa-mohmand',           'Mohmand',           34.5, 71.3),
    ('pk-khyber-pakhtunkhwa-swat',              'Swat',              35.2, 72.4),
    ('pk-khyber-pakhtunkhwa-chitral',           'Chitral',           36.0, 71.8)
) as v(slug, name, lat, lon);
