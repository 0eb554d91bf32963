-- incident_group (V27) under concurrent writers. In READ COMMITTED, a trigger's statements do not
-- see other transactions' uncommitted rows, so two writers of one incident could leave it out of
-- step: one deleting the last committed actor row of a pair while another adds a new one (the pair
-- was dropped although a row holds it), or one changing the incident while another adds an actor
-- (the new pair copied the old columns). Each trigger now first locks the incidents it touches, as
-- an UPDATE of the incident does, so such writers take turns; each later statement of the function
-- sees what the one before committed. TRUNCATE of incident_actor empties incident_group as well.
create or replace function mm_incident_group_added() returns trigger
    language plpgsql as
$$
begin
    perform 1 from incident where id in (select incident_id from added) order by id for no key update;
    insert into incident_group (incident_id, group_id, status, occurred_on, fatalities, country_id, admin1_id, event_type)
    select distinct a.incident_id, a.group_id, i.status, i.occurred_on, i.fatalities, i.country_id, i.admin1_id, i.event_type
      from added a
      join incident i on i.id = a.incident_id
     where a.group_id is not null
    on conflict do nothing;
    return null;
end
$$;

create or replace function mm_incident_group_removed() returns trigger
    language plpgsql as
$$
begin
    perform 1 from incident where id in (select incident_id from removed) order by id for no key update;
    delete from incident_group g
     using (select distinct incident_id, group_id from removed where group_id is not null) r
     where g.incident_id = r.incident_id and g.group_id = r.group_id
       and not exists (select 1 from incident_actor a where a.incident_id = r.incident_id and a.group_id = r.group_id);
    return null;
end
$$;

create function mm_incident_group_truncated() returns trigger
    language plpgsql as
$$
begin
    truncate incident_group;
    return null;
end
$$;

create trigger incident_group_on_truncate after truncate on incident_actor
    for each statement execute function mm_incident_group_truncated();
