-- Incidents of 2031 with known places, precisions and states for the region map (the tests roll them back).
-- Pakistan, 2031: Khyber Pakhtunkhwa 2 (5 fatalities, both located in one cell near Peshawar), Balochistan 2
-- (10 fatalities, known to the province and to a district only, with coordinates that must not be drawn),
-- Sindh 1 on the period's last day; 1 known only to the country; a draft, a submitted and a retracted one,
-- and one of 2030. Afghanistan: 1 located in Kabul.
insert into incident (occurred_on, date_precision, country_id, admin1_id, admin2_id, place_name, latitude, longitude,
                      location_precision, event_type, sub_event_type, fatalities_best, summary, status, retraction_reason)
select v.occurred_on::date, 'DAY', (select id from region where slug = v.country),
       (select id from region where slug = v.province), (select id from region where slug = v.district),
       v.place, v.lat, v.lon, v.precision, 'BATTLES', 'ARMED_CLASH', v.fatalities, v.summary, v.status,
       case when v.status = 'RETRACTED' then 'Fixture retraction' end
from (values
    ('2031-03-05', 'pakistan', 'pk-khyber-pakhtunkhwa', null, 'Peshawar', 34.01, 71.58, 'EXACT', 3, 'Map fixture A', 'PUBLISHED'),
    ('2031-03-06', 'pakistan', 'pk-khyber-pakhtunkhwa', null, 'Near Peshawar', 34.02, 71.56, 'NEAR', 2, 'Map fixture B', 'PUBLISHED'),
    ('2031-03-07', 'pakistan', 'pk-balochistan', null, 'Balochistan', 28.5, 65.5, 'ADMIN1', 10, 'Map fixture C', 'PUBLISHED'),
    ('2031-03-08', 'pakistan', 'pk-balochistan', 'pk-balochistan-quetta', 'Quetta district', 30.2, 67.0, 'ADMIN2', null, 'Map fixture D', 'PUBLISHED'),
    ('2031-03-09', 'pakistan', null, null, 'Pakistan', 30.4, 69.3, 'COUNTRY', 4, 'Map fixture E', 'PUBLISHED'),
    ('2031-03-10', 'pakistan', 'pk-khyber-pakhtunkhwa', null, 'Bannu', 33.0, 70.6, 'EXACT', 50, 'Map fixture F', 'DRAFT'),
    ('2031-03-11', 'pakistan', 'pk-punjab', null, 'Lahore', 31.5, 74.3, 'EXACT', 60, 'Map fixture G', 'SUBMITTED'),
    ('2031-03-12', 'pakistan', 'pk-balochistan', null, 'Quetta', 30.2, 67.0, 'EXACT', 70, 'Map fixture H', 'RETRACTED'),
    ('2030-12-31', 'pakistan', 'pk-khyber-pakhtunkhwa', null, 'Peshawar', 34.01, 71.58, 'EXACT', 80, 'Map fixture I', 'PUBLISHED'),
    ('2031-12-31', 'pakistan', 'pk-sindh', null, 'Sindh', null, null, 'ADMIN1', 1, 'Map fixture J', 'PUBLISHED'),
    ('2031-03-05', 'afghanistan', 'af-kabul', null, 'Kabul', 34.53, 69.17, 'EXACT', 6, 'Map fixture K', 'PUBLISHED')
) as v(occurred_on, country, province, district, place, lat, lon, precision, fatalities, summary, status);

-- The TTP carried out A, C and the draft F
insert into incident_actor (incident_id, group_id, role)
select i.id, (select id from militant_group where slug = 'ttp'), 'PERPETRATOR'
  from incident i where i.summary in ('Map fixture A', 'Map fixture C', 'Map fixture F');
