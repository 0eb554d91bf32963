-- =====================================================================================================
-- Remove the synthetic incidents                                  src/bench/remove-synthetic-incidents.sql
-- =====================================================================================================
--
-- Undoes src/bench/synthetic-incidents.sql: deletes every incident with synthetic = true (their
-- incident_actor and incident_claim rows go with them; the foreign keys cascade, they are deleted
-- set-based first only to be faster), then the generator's claim (ref 'synthetic-generator') and
-- source (slug 'synthetic-generator') when nothing else cites them, and the generator's record of its runs
-- (schema bench). Real (non-synthetic) rows are never touched. One transaction; ends with VACUUM ANALYZE
-- of the incident tables. Refuses while a bulk load (src/bench/synthetic-incidents-bulk.sh) is unfinished:
-- its dropped indexes would be lost.
--
-- USAGE
--   psql -h 127.0.0.1 -U postgres -d mm_bench -f src/bench/remove-synthetic-incidents.sql
-- =====================================================================================================

\set ON_ERROR_STOP on
set client_min_messages = warning;
set work_mem = '256MB';

do $$
begin
    if to_regclass('bench.saved_index') is not null and exists (select 1 from bench.saved_index) then
        raise exception 'remove-synthetic-incidents: a bulk load is unfinished; run src/bench/synthetic-incidents-bulk.sh --repair first';
    end if;
end $$;

begin;

delete from incident_actor ia using incident i where i.id = ia.incident_id and i.synthetic;
delete from incident_claim ic using incident i where i.id = ic.incident_id and i.synthetic;
delete from incident where synthetic;

delete from claim c
where c.ref = 'synthetic-generator'
  and not exists (select 1 from incident_claim ic where ic.claim_id = c.id);

delete from source s
where s.slug = 'synthetic-generator'
  and not exists (select 1 from claim c where c.source_id = s.id);

do $$
begin
    if to_regclass('bench.run') is not null then
        delete from bench.run;   -- with its cells and chunks
        delete from bench.index_build;
    end if;
end $$;

select (select count(*) from incident where synthetic) as syn_left,
       (select count(*) from claim where ref = 'synthetic-generator') as syn_claim_left,
       (select count(*) from source where slug = 'synthetic-generator') as syn_source_left \gset
commit;

vacuum (analyze) incident;
vacuum (analyze) incident_actor;
vacuum (analyze) incident_group;
vacuum (analyze) incident_claim;

\echo remove-synthetic-incidents: synthetic incidents left: :syn_left, generator claim left: :syn_claim_left, generator source left: :syn_source_left
