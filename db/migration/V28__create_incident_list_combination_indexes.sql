-- The incident list's equality filters are a place (province, or country), a type and a group; it sorts
-- by date or by fatalities. V23 (incident) and V27 (incident_group) index each place and type alone by
-- date. These complete the combinations, so that every filter is one ordered walk of one index rather
-- than a walk that drops most of the rows it reads: a rare pairing (Battles in Nangarhar since March,
-- by fatalities) read tens of thousands of rows for a page and its count. Each index carries the other
-- sort column, so that a range on it (a period while sorting by fatalities, a minimum of fatalities
-- while sorting by date) is checked in the index without reading the table; V23's indexes are made
-- again with that column.
drop index incident_list_date_idx;
drop index incident_list_fatalities_idx;
drop index incident_list_country_idx;
drop index incident_list_province_idx;
drop index incident_list_type_idx;
create index incident_list_date_idx on incident (status, occurred_on desc nulls last, id desc) include (fatalities);
create index incident_list_fatalities_idx on incident (status, fatalities desc nulls last, id desc) include (occurred_on);
create index incident_list_country_date_idx on incident (country_id, status, occurred_on desc nulls last, id desc) include (fatalities);
create index incident_list_province_date_idx on incident (admin1_id, status, occurred_on desc nulls last, id desc) include (fatalities);
create index incident_list_type_date_idx on incident (event_type, status, occurred_on desc nulls last, id desc) include (fatalities);

create index incident_list_country_fatalities_idx on incident (country_id, status, fatalities desc nulls last, id desc) include (occurred_on);
create index incident_list_province_fatalities_idx on incident (admin1_id, status, fatalities desc nulls last, id desc) include (occurred_on);
create index incident_list_type_fatalities_idx on incident (event_type, status, fatalities desc nulls last, id desc) include (occurred_on);
create index incident_list_country_type_date_idx on incident (country_id, event_type, status, occurred_on desc nulls last, id desc) include (fatalities);
create index incident_list_province_type_date_idx on incident (admin1_id, event_type, status, occurred_on desc nulls last, id desc) include (fatalities);
create index incident_list_country_type_fatalities_idx on incident (country_id, event_type, status, fatalities desc nulls last, id desc) include (occurred_on);
create index incident_list_province_type_fatalities_idx on incident (admin1_id, event_type, status, fatalities desc nulls last, id desc) include (occurred_on);

create index incident_group_country_fatalities_idx on incident_group (group_id, country_id, status, fatalities desc nulls last, incident_id desc) include (occurred_on);
create index incident_group_province_fatalities_idx on incident_group (group_id, admin1_id, status, fatalities desc nulls last, incident_id desc) include (occurred_on);
create index incident_group_type_fatalities_idx on incident_group (group_id, event_type, status, fatalities desc nulls last, incident_id desc) include (occurred_on);
create index incident_group_country_type_date_idx on incident_group (group_id, country_id, event_type, status, occurred_on desc nulls last, incident_id desc) include (fatalities);
create index incident_group_province_type_date_idx on incident_group (group_id, admin1_id, event_type, status, occurred_on desc nulls last, incident_id desc) include (fatalities);
create index incident_group_country_type_fatalities_idx on incident_group (group_id, country_id, event_type, status, fatalities desc nulls last, incident_id desc) include (occurred_on);
create index incident_group_province_type_fatalities_idx on incident_group (group_id, admin1_id, event_type, status, fatalities desc nulls last, incident_id desc) include (occurred_on);
