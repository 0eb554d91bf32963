-- Two incidents without a place name (the test rolls them back): one with a province, one with a country only.
insert into incident (occurred_on, date_precision, country_id, admin1_id, location_precision, event_type,
                      sub_event_type, summary, status)
values ('2031-06-01', 'DAY', (select id from region where slug = 'pakistan'), (select id from region where slug = 'pk-balochistan'),
        'ADMIN1', 'BATTLES', 'ARMED_CLASH', 'Zyxwvut province fixture', 'PUBLISHED'),
       ('2031-06-02', 'DAY', (select id from region where slug = 'afghanistan'), null,
        'COUNTRY', 'BATTLES', 'ARMED_CLASH', 'Zyxwvut country fixture', 'PUBLISHED');
