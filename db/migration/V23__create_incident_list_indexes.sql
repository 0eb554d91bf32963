-- The incident list filters by status always, sorts by date or fatalities, and narrows by
-- country or province. Unknown dates and fatalities sort as the lowest.
alter table incident
    add column fatalities integer generated always as (coalesce(fatalities_best, fatalities_low, fatalities_high)) stored;

comment on column incident.fatalities is 'The figure lists sort and filter by: best, else low, else high';

drop index incident_occurred_idx;
drop index incident_country_idx;
drop index incident_admin1_idx;

create index incident_list_date_idx on incident (status, occurred_on desc nulls last, id desc);
create index incident_list_fatalities_idx on incident (status, fatalities desc nulls last, id desc);
create index incident_list_country_idx on incident (country_id, status, occurred_on desc nulls last, id desc);
create index incident_list_province_idx on incident (admin1_id, status, occurred_on desc nulls last, id desc);
create index incident_list_type_idx on incident (event_type, status, occurred_on desc nulls last, id desc);
drop index incident_type_idx;
