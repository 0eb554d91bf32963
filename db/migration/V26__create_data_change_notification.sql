-- Every committed change to the data sends one notification on the channel 'mm_data_changed'.
-- The application LISTENs and, on each, drops what it has cached from the data (rendered pages,
-- the home page's counts). pg_notify is transactional: the notification is delivered when the
-- transaction commits and never when it rolls back, and a transaction's notifications on one
-- channel with one payload are delivered once. Statement-level triggers keep a bulk insert at one
-- call. A table created by a later migration must call mm_track_changes for itself;
-- DataChangeTriggerTests fails for any table that does not.
create function mm_notify_data_changed() returns trigger
    language plpgsql as
$$
begin
    perform pg_notify('mm_data_changed', '');
    return null;
end
$$;

create function mm_track_changes(target regclass) returns void
    language plpgsql as
$$
begin
    execute format('create trigger mm_data_changed after insert or update or delete or truncate on %s'
                   ' for each statement execute function mm_notify_data_changed()', target);
end
$$;

select mm_track_changes(c.oid)
  from pg_class c
  join pg_namespace n on n.oid = c.relnamespace
 where n.nspname = current_schema()
   and c.relkind in ('r', 'p')
   and c.relname <> 'flyway_schema_history';
