-- The incident list filtered by a group. An incident's groups are rows of incident_actor, so a filter
-- on a group combined with a place, a type or a period PostgreSQL can only answer by walking one
-- index and probing the other side for every row: for a group that rarely meets the place (the
-- Majeed Brigade in Khyber Pakhtunkhwa) that read hundreds of thousands of rows for a page.
-- incident_group holds each (incident, group) pair once, with the incident's columns the list
-- filters and sorts by, so that each combination is one ordered walk of one index. It is derived
-- data: triggers keep it equal to incident_actor joined with incident, and nothing else writes it.
create table incident_group (
    incident_id bigint  not null references incident (id) on delete cascade,
    group_id    bigint  not null references militant_group (id),
    status      text    not null,
    occurred_on date,
    fatalities  integer,
    country_id  bigint,
    admin1_id   bigint,
    event_type  text    not null,
    primary key (incident_id, group_id)
);

comment on table incident_group is 'Derived (triggers on incident_actor and incident): each incident''s groups with the columns the incident list filters and sorts by';

insert into incident_group (incident_id, group_id, status, occurred_on, fatalities, country_id, admin1_id, event_type)
select distinct on (ia.incident_id, ia.group_id)
       ia.incident_id, ia.group_id, i.status, i.occurred_on, i.fatalities, i.country_id, i.admin1_id, i.event_type
  from incident_actor ia
  join incident i on i.id = ia.incident_id
 where ia.group_id is not null
 order by ia.incident_id, ia.group_id;

create function mm_incident_group_added() returns trigger
    language plpgsql as
$$
begin
    insert into incident_group (incident_id, group_id, status, occurred_on, fatalities, country_id, admin1_id, event_type)
    select distinct a.incident_id, a.group_id, i.status, i.occurred_on, i.fatalities, i.country_id, i.admin1_id, i.event_type
      from added a
      join incident i on i.id = a.incident_id
     where a.group_id is not null
    on conflict do nothing;
    return null;
end
$$;

create function mm_incident_group_removed() returns trigger
    language plpgsql as
$$
begin
    delete from incident_group g
     using (select distinct incident_id, group_id from removed where group_id is not null) r
     where g.incident_id = r.incident_id and g.group_id = r.group_id
       and not exists (select 1 from incident_actor a where a.incident_id = r.incident_id and a.group_id = r.group_id);
    return null;
end
$$;

create function mm_incident_group_incident_changed() returns trigger
    language plpgsql as
$$
begin
    update incident_group g
       set status = i.status, occurred_on = i.occurred_on, fatalities = i.fatalities,
           country_id = i.country_id, admin1_id = i.admin1_id, event_type = i.event_type
      from changed i
     where g.incident_id = i.id
       and (g.status, g.occurred_on, g.fatalities, g.country_id, g.admin1_id, g.event_type)
           is distinct from (i.status, i.occurred_on, i.fatalities, i.country_id, i.admin1_id, i.event_type);
    return null;
end
$$;

create trigger incident_group_on_insert after insert on incident_actor
    referencing new table as added
    for each statement execute function mm_incident_group_added();

create trigger incident_group_on_delete after delete on incident_actor
    referencing old table as removed
    for each statement execute function mm_incident_group_removed();

-- An update that moves a row to another group or incident removes the old pair (unless another row
-- still holds it) and adds the new one.
create trigger incident_group_on_update_removed after update on incident_actor
    referencing old table as removed
    for each statement execute function mm_incident_group_removed();

create trigger incident_group_on_update_added after update on incident_actor
    referencing new table as added
    for each statement execute function mm_incident_group_added();

create trigger incident_group_on_incident_update after update on incident
    referencing new table as changed
    for each statement execute function mm_incident_group_incident_changed();

select mm_track_changes('incident_group');

-- An ordered walk for the group alone and with a place or a type, by date and by fatalities (V28 adds
-- the other combinations). Each index carries the other sort column, so that a range on it is
-- checked in the index without reading the table.
create index incident_group_date_idx on incident_group (group_id, status, occurred_on desc nulls last, incident_id desc) include (fatalities);
create index incident_group_fatalities_idx on incident_group (group_id, status, fatalities desc nulls last, incident_id desc) include (occurred_on);
create index incident_group_country_date_idx on incident_group (group_id, country_id, status, occurred_on desc nulls last, incident_id desc) include (fatalities);
create index incident_group_province_date_idx on incident_group (group_id, admin1_id, status, occurred_on desc nulls last, incident_id desc) include (fatalities);
create index incident_group_type_date_idx on incident_group (group_id, event_type, status, occurred_on desc nulls last, incident_id desc) include (fatalities);

analyze incident_group;
