-- Regional summaries (region.RegionSummaryQueries): published incidents counted by region, group, event
-- type, date precision, month and week, so that a summary reads a few thousand rows rather than every
-- incident of a country (on 1,000,000 synthetic incidents, Pakistan's last twelve months are about
-- 120,000 incidents, its last ten years 700,000).
--
-- Each row counts the PUBLISHED incidents (drafts, submitted and retracted ones never) of one bucket:
--   region_id       each level the incident lies in: its country, province (admin1), district (admin2)
--                   and the country's world region;
--   group_id        one of the incident's groups, or 0 for every incident once, whatever its groups;
--   date_precision  DAY, MONTH, YEAR or UNKNOWN, as the incident states it;
--   month           the first day of its month (DAY, MONTH), of its year (YEAR), '-infinity' (UNKNOWN);
--   week            the Monday of its week (DAY only); equal to month otherwise, as no week is known.
-- An incident known only to its month is counted in that month and in no week, never on a day.
-- fatalities is the best figure (else low, else high); fatalities_low and _high the range, an incident
-- without one counting its best figure on both sides; fatalities_unknown counts incidents with no figure.
--
-- Derived data, kept equal to the incidents by the triggers below, in the transaction that changes them:
-- a summary read after a commit includes it. Nothing else writes it.
create table region_incident_summary (
    region_id          bigint  not null,
    group_id           bigint  not null,
    month              date    not null,
    week               date    not null,
    event_type         text    not null,
    date_precision     text    not null,
    incidents          integer not null,
    fatalities         bigint  not null,
    fatalities_low     bigint  not null,
    fatalities_high    bigint  not null,
    fatalities_unknown integer not null,
    primary key (region_id, group_id, month, week, event_type, date_precision)
);

comment on table region_incident_summary is 'Derived (triggers on incident and incident_group): published incidents by region, group (0: all), month, week, event type and date precision';

-- The statement that adds incidents to the counts: source is a query of the incidents' country_id,
-- admin1_id, admin2_id, event_type, date_precision, occurred_on, fatalities_best, _low and _high, the
-- group_id they count for and their sign (1 to add, -1 to subtract). The trigger functions run it with
-- EXECUTE, which sees their transition tables. The incidents are first summed by place and bucket, then
-- spread over the regions (so that a bulk insert spreads thousands of sums, not millions of incidents).
-- Rows are written in key order, so that concurrent writers lock them in one order; rows that fall to
-- zero stay, counting nothing.
create function mm_region_summary_upsert(source text) returns text
    language sql immutable as
$f$
select format($$
insert into region_incident_summary as s (region_id, group_id, month, week, event_type, date_precision,
                                          incidents, fatalities, fatalities_low, fatalities_high, fatalities_unknown)
select r.region_id, p.group_id, p.month, p.week, p.event_type, p.date_precision,
       sum(p.incidents), sum(p.fatalities), sum(p.fatalities_low), sum(p.fatalities_high), sum(p.fatalities_unknown)
  from (select c.country_id, c.admin1_id, c.admin2_id, c.group_id, c.event_type, c.date_precision, b.month, b.week,
               sum(c.sign) as incidents,
               sum(c.sign * coalesce(c.fatalities_best, c.fatalities_low, c.fatalities_high, 0)) as fatalities,
               sum(c.sign * coalesce(c.fatalities_low, c.fatalities_best, c.fatalities_high, 0)) as fatalities_low,
               sum(c.sign * coalesce(c.fatalities_high, c.fatalities_best, c.fatalities_low, 0)) as fatalities_high,
               sum(c.sign * (coalesce(c.fatalities_best, c.fatalities_low, c.fatalities_high) is null)::integer)
                   as fatalities_unknown
          from (%s) c
          cross join lateral (select case c.date_precision
                                       when 'DAY' then date_trunc('month', c.occurred_on)::date
                                       when 'MONTH' then date_trunc('month', c.occurred_on)::date
                                       when 'YEAR' then date_trunc('year', c.occurred_on)::date
                                       else '-infinity'::date end as month) m
          cross join lateral (select m.month,
                                     case when c.date_precision = 'DAY' then date_trunc('week', c.occurred_on)::date
                                          else m.month end as week) b
         group by 1, 2, 3, 4, 5, 6, 7, 8) p
  left join region w on w.id = p.country_id
  cross join lateral (values (p.country_id), (p.admin1_id), (p.admin2_id), (w.parent_id)) r(region_id)
 where r.region_id is not null
 group by r.region_id, p.group_id, p.month, p.week, p.event_type, p.date_precision
having sum(p.incidents) <> 0 or sum(p.fatalities) <> 0 or sum(p.fatalities_low) <> 0
    or sum(p.fatalities_high) <> 0 or sum(p.fatalities_unknown) <> 0
 order by r.region_id, p.group_id, p.month, p.week, p.event_type, p.date_precision
    on conflict (region_id, group_id, month, week, event_type, date_precision) do update
   set incidents = s.incidents + excluded.incidents,
       fatalities = s.fatalities + excluded.fatalities,
       fatalities_low = s.fatalities_low + excluded.fatalities_low,
       fatalities_high = s.fatalities_high + excluded.fatalities_high,
       fatalities_unknown = s.fatalities_unknown + excluded.fatalities_unknown
$$, source)
$f$;

create function mm_region_summary_incident_added() returns trigger
    language plpgsql as
$$
begin
    execute mm_region_summary_upsert($q$
        select a.country_id, a.admin1_id, a.admin2_id, a.event_type, a.date_precision, a.occurred_on,
               a.fatalities_best, a.fatalities_low, a.fatalities_high, 0::bigint as group_id, 1 as sign
          from added a where a.status = 'PUBLISHED'$q$);
    return null;
end
$$;

-- An update moves what the old rows counted (for every incident and for each of its groups) to what the
-- new rows count, for the rows whose counted columns changed. An incident's groups do not change in an
-- update of the incident (incident_group follows incident_actor).
create function mm_region_summary_incident_changed() returns trigger
    language plpgsql as
$$
begin
    execute mm_region_summary_upsert($q$
        with moved as (
            select o.id, o.status as old_status, n.status as new_status,
                   o.country_id as old_country_id, o.admin1_id as old_admin1_id, o.admin2_id as old_admin2_id,
                   o.event_type as old_event_type, o.date_precision as old_date_precision,
                   o.occurred_on as old_occurred_on, o.fatalities_best as old_best, o.fatalities_low as old_low,
                   o.fatalities_high as old_high,
                   n.country_id, n.admin1_id, n.admin2_id, n.event_type, n.date_precision, n.occurred_on,
                   n.fatalities_best, n.fatalities_low, n.fatalities_high
              from before_update o
              join after_update n on n.id = o.id
             where (o.status = 'PUBLISHED' or n.status = 'PUBLISHED')
               and (o.status, o.occurred_on, o.date_precision, o.country_id, o.admin1_id, o.admin2_id, o.event_type,
                    o.fatalities_best, o.fatalities_low, o.fatalities_high)
                   is distinct from
                   (n.status, n.occurred_on, n.date_precision, n.country_id, n.admin1_id, n.admin2_id, n.event_type,
                    n.fatalities_best, n.fatalities_low, n.fatalities_high)),
        counted as (
            select m.*, 0::bigint as group_id from moved m
            union all
            select m.*, g.group_id from moved m join incident_group g on g.incident_id = m.id)
        select old_country_id as country_id, old_admin1_id as admin1_id, old_admin2_id as admin2_id,
               old_event_type as event_type, old_date_precision as date_precision, old_occurred_on as occurred_on,
               old_best as fatalities_best, old_low as fatalities_low, old_high as fatalities_high, group_id, -1 as sign
          from counted where old_status = 'PUBLISHED'
        union all
        select country_id, admin1_id, admin2_id, event_type, date_precision, occurred_on,
               fatalities_best, fatalities_low, fatalities_high, group_id, 1 as sign
          from counted where new_status = 'PUBLISHED'$q$);
    return null;
end
$$;

-- A deleted incident: for every incident, from the deleted rows; for its groups, row by row before the
-- delete, while its incident_group rows (deleted with it by cascade) are still there. A bulk delete that
-- removes the actors first (src/bench/remove-synthetic-incidents.sql) finds no groups left here.
create function mm_region_summary_incident_deleted() returns trigger
    language plpgsql as
$$
begin
    execute mm_region_summary_upsert($q$
        select r.country_id, r.admin1_id, r.admin2_id, r.event_type, r.date_precision, r.occurred_on,
               r.fatalities_best, r.fatalities_low, r.fatalities_high, 0::bigint as group_id, -1 as sign
          from removed r where r.status = 'PUBLISHED'$q$);
    return null;
end
$$;

create function mm_region_summary_incident_groups_deleted() returns trigger
    language plpgsql as
$$
begin
    if old.status = 'PUBLISHED' and exists (select 1 from incident_group where incident_id = old.id) then
        execute mm_region_summary_upsert($q$
            select ($1).country_id, ($1).admin1_id, ($1).admin2_id, ($1).event_type, ($1).date_precision,
                   ($1).occurred_on, ($1).fatalities_best, ($1).fatalities_low, ($1).fatalities_high,
                   g.group_id, -1 as sign
              from incident_group g where g.incident_id = ($1).id$q$) using old;
    end if;
    return old;
end
$$;

-- A group added to or removed from an incident (an actor row of a group it had not, or the last one of a
-- group): the incident as it stands counts for the group, or no longer. A pair removed because its
-- incident is deleted finds no incident here: the delete trigger has subtracted it.
create function mm_region_summary_group_added() returns trigger
    language plpgsql as
$$
begin
    execute mm_region_summary_upsert($q$
        select i.country_id, i.admin1_id, i.admin2_id, i.event_type, i.date_precision, i.occurred_on,
               i.fatalities_best, i.fatalities_low, i.fatalities_high, a.group_id, 1 as sign
          from added a join incident i on i.id = a.incident_id
         where i.status = 'PUBLISHED'$q$);
    return null;
end
$$;

create function mm_region_summary_group_removed() returns trigger
    language plpgsql as
$$
begin
    execute mm_region_summary_upsert($q$
        select i.country_id, i.admin1_id, i.admin2_id, i.event_type, i.date_precision, i.occurred_on,
               i.fatalities_best, i.fatalities_low, i.fatalities_high, r.group_id, -1 as sign
          from removed r join incident i on i.id = r.incident_id
         where i.status = 'PUBLISHED'$q$);
    return null;
end
$$;

create function mm_region_summary_truncated() returns trigger
    language plpgsql as
$$
begin
    if tg_table_name = 'incident' then
        truncate region_incident_summary;
    else
        delete from region_incident_summary where group_id <> 0;
    end if;
    return null;
end
$$;

create trigger region_summary_on_insert after insert on incident
    referencing new table as added
    for each statement execute function mm_region_summary_incident_added();

create trigger region_summary_on_update after update on incident
    referencing old table as before_update new table as after_update
    for each statement execute function mm_region_summary_incident_changed();

create trigger region_summary_on_delete after delete on incident
    referencing old table as removed
    for each statement execute function mm_region_summary_incident_deleted();

create trigger region_summary_on_delete_groups before delete on incident
    for each row execute function mm_region_summary_incident_groups_deleted();

create trigger region_summary_on_truncate after truncate on incident
    for each statement execute function mm_region_summary_truncated();

create trigger region_summary_on_group_insert after insert on incident_group
    referencing new table as added
    for each statement execute function mm_region_summary_group_added();

create trigger region_summary_on_group_delete after delete on incident_group
    referencing old table as removed
    for each statement execute function mm_region_summary_group_removed();

create trigger region_summary_on_group_truncate after truncate on incident_group
    for each statement execute function mm_region_summary_truncated();

select mm_track_changes('region_incident_summary');

-- The incidents there are now.
do
$$
begin
    execute mm_region_summary_upsert($q$
        select i.country_id, i.admin1_id, i.admin2_id, i.event_type, i.date_precision, i.occurred_on,
               i.fatalities_best, i.fatalities_low, i.fatalities_high, 0::bigint as group_id, 1 as sign
          from incident i where i.status = 'PUBLISHED'
        union all
        select i.country_id, i.admin1_id, i.admin2_id, i.event_type, i.date_precision, i.occurred_on,
               i.fatalities_best, i.fatalities_low, i.fatalities_high, g.group_id, 1 as sign
          from incident_group g join incident i on i.id = g.incident_id
         where i.status = 'PUBLISHED'$q$);
end
$$;

analyze region_incident_summary;
