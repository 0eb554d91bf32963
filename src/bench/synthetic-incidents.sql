-- =====================================================================================================
-- Synthetic incidents for load testing                                   src/bench/synthetic-incidents.sql
-- =====================================================================================================
--
-- PURPOSE
--   Loads N made-up incidents into an already migrated and seeded Militancy Monitor database, so that
--   pages and queries can be measured at a realistic scale (src/bench/run-benchmarks.sh uses it).
--   The rows are NOT real events. This script is never part of the seed: it lives outside db/migration,
--   Flyway never runs it, and every row it writes is marked:
--     * incident.synthetic = true,
--     * every incident is linked (incident_claim) to one claim, ref 'synthetic-generator', quoting
--       "Synthetic incident generated for load testing; not a real event.", from one source, slug
--       'synthetic-generator', title '[Synthetic incidents for benchmarking]' (both created if missing),
--     * every summary starts with "Synthetic incident:".
--   It never updates or deletes existing rows. src/bench/remove-synthetic-incidents.sql takes it all out.
--   Its own state (lookup tables, runs, chunks, saved index definitions) lives in the schema "bench".
--
-- USAGE
--   psql -h 127.0.0.1 -U postgres -d mm_bench -v n=100000 -v seed=42 -f src/bench/synthetic-incidents.sql
--     n      number of incidents to add (default 100000); each run ADDS n more
--     seed   seed of the draws (default 42)
--     chunk  incidents per chunk (default: n / 40, at least 10000 and at most 250000); the draws
--            depend on it, so leave it out
--     bulk   1: only install the functions and plan the run (bench.run, bench.cell, bench.chunk) and
--            print its number; src/bench/synthetic-incidents-bulk.sh loads it (for large loads: it
--            drops the secondary indexes, loads the chunks in parallel sessions without triggers and
--            builds the indexes again; see there)
--   Without bulk, the run is loaded here, in one transaction (all or nothing), with the indexes and
--   triggers in place: fine for top-ups of up to a few hundred thousand incidents (20,000 take about 10 s
--   on a busy 2-core machine; most of the time goes to index maintenance and the generated search column).
--   Both ways give the same incidents for the same n, seed and chunk, and the same ids on the same
--   database state (the id blocks come from the sequences).
--   Needs migrations V1..V42 (schema, regions, actors, groups, review columns); works with later ones too (it names
--   the columns it writes; generated columns and indexes added later just cost insert time).
--
-- HOW IT DRAWS
--   The plan (bench.syn_plan) reserves n incident ids and 4n incident_actor ids, draws which component
--   (the base rate or a surge) and which day each incident belongs to, keeps only the counts per day and
--   component (bench.cell), and cuts the days into chunks of about `chunk` incidents. Each chunk
--   (bench.syn_load_chunk) then draws everything else for its incidents with its own seed (from the run's
--   seed and the chunk number), so chunks can be loaded in any order and by several sessions at once with
--   the same result. Incident ids follow the drawn day (within a day, a random order): as if entered
--   chronologically. Each incident owns 4 consecutive incident_actor ids (group, the group again as
--   PERPETRATOR, a second group, a state actor), used or not: the ids are deterministic, with gaps.
--
-- WHAT IT PRODUCES (per incident)
--   * when: 2015-01-01 .. 2025-12-31. A mixture of a base rate (later years heavier: the TTP resurgence
--     after 2021 and the Baloch insurgency of 2024-25; the spring-autumn fighting season heavier) and
--     about 20 month-long surges modelled on real waves (Zarb-e-Azb 2015, the 2021 Taliban offensive and
--     Kabul airport, the Peshawar mosque 2023, TJP in Dera Ismail Khan 2023, BLA's August 2024 attacks,
--     the Jaffar Express 2025, the October 2025 border clashes...); a surge spikes at its start and decays.
--     date_precision: DAY ~90%, MONTH ~7.5% (first of the month), YEAR ~2%, UNKNOWN ~0.2% (no date).
--   * who: a tracked group (militant_group seed slugs), weighted by year: ttp heaviest, then isil-k, bla,
--     majeed-brigade, afghan-taliban, tjp (from 2023), aqis, al-qaeda, etim. The group appears in
--     incident_actor as PERPETRATOR (~55%), CLAIMED_BY (~25%, half of them also as PERPETRATOR) or
--     SUSPECTED (~20%, mostly attribution_uncertain); as TARGET when the state acts (arrests, air/drone
--     strikes, territory regained, weapons seized). Sometimes a second group (bla claims for the Majeed
--     Brigade, isil for isil-k, ttp suspected behind tjp, al-qaeda behind aqis). Often a state actor (seed
--     actor slugs: pakistan, afghanistan-taliban-administration after 15 August 2021, united-states for
--     drone strikes before, iran, russia, china, india) as TARGET, or as PERPETRATOR when the state acts.
--   * where: a region of the seed (region.slug), weighted by group: the Khyber Pakhtunkhwa and Balochistan
--     districts (ADMIN2) heaviest, then Afghan provinces (Nangarhar, Kunar, Kabul, Khost, Paktika...),
--     a few in Punjab, Sindh, Islamabad, Iran's Kerman, Moscow. country_id/admin1_id/admin2_id follow the
--     region hierarchy (region.parent_id); latitude/longitude are the centroid, jittered for EXACT, NEAR and
--     BORDER_AREA; location_precision follows the region level (EXACT/NEAR/ADMIN2 for a district,
--     NEAR/ADMIN1 for a province, COUNTRY), ~0.3% UNKNOWN (country only, no coordinates).
--     cross_border for Afghan Taliban action in Pakistan, TTP/TJP in Afghanistan, the border-clash surge,
--     ISIL-K abroad, and ~5% of incidents in border districts.
--   * what: ACLED event type and subtype weighted by group (armed clashes, IEDs, suicide bombings, attacks
--     on civilians, abductions, arrests...), fatalities_best heavy-tailed by subtype (zero with a
--     subtype-specific probability, else the floor of a Pareto draw, capped: most 0-3, a tail to hundreds),
--     ~2% unknown (NULL); low/high around it for a third; injured correlated with fatalities (lognormal
--     ratio by subtype); status PUBLISHED ~94%, DRAFT ~5%, RETRACTED ~1%;
--     summary 'Synthetic incident: <type> in <place>; <n> killed, <m> injured (<group short name>[, claimed
--     | suspected | targeted]).', e.g. 'Synthetic incident: suicide bombing in Quetta, Balochistan, Pakistan;
--     4 killed, 9 injured (Majeed Brigade, claimed).' (place names and acronyms make them searchable).
--   Ends with VACUUM (ANALYZE) of the tables it wrote to.
-- =====================================================================================================

\set ON_ERROR_STOP on
\if :{?n}
\else
\set n 100000
\endif
\if :{?seed}
\else
\set seed 42
\endif
\if :{?chunk}
\else
-- About 40 chunks: sessions loading in parallel then interleave only neighbouring chunks' pages, so that the
-- table stays in date order (and the sessions finish together).
select greatest(10000, least(250000, ceil(:n / 40.0)))::int as chunk \gset
\endif
\if :{?bulk}
\else
\set bulk 0
\endif

-- More memory for this session only (temp_buffers only takes effect before the first temp table).
do $$ begin perform set_config('temp_buffers', '1GB', false); exception when others then null; end $$;
set work_mem = '256MB';
set maintenance_work_mem = '512MB';
set gin_pending_list_limit = '64MB';   -- fewer, larger merges into GIN (search) indexes; VACUUM at the end flushes
set synchronous_commit = off;
set client_min_messages = warning;

select clock_timestamp() as syn_started_at \gset

-- The generator's state ---------------------------------------------------------------------------------
create schema if not exists bench;
comment on schema bench is 'State of src/bench/synthetic-incidents.sql (load testing only; not part of the application)';

create table if not exists bench.run (
    run_id         serial primary key,
    n              bigint  not null,
    seed           bigint  not null,
    chunk_rows     integer not null,
    mode           text    not null check (mode in ('incremental', 'bulk')),
    first_id       bigint  not null,
    first_actor_id bigint  not null,
    chunks         integer,
    started_at     timestamptz not null default clock_timestamp(),
    planned_at     timestamptz,
    loaded_at      timestamptz,   -- bulk: every chunk loaded
    indexed_at     timestamptz,   -- bulk: the saved indexes built again
    finished_at    timestamptz
);
create table if not exists bench.cell (
    run_id   integer not null references bench.run on delete cascade,
    day      date    not null,
    surge_no integer not null,   -- 0: the base rate
    rows     bigint  not null,
    primary key (run_id, day, surge_no)
);
create table if not exists bench.chunk (
    run_id    integer not null references bench.run on delete cascade,
    chunk_no  integer not null,
    first_day date    not null,
    last_day  date    not null,
    first_id  bigint  not null,
    rows      bigint  not null,
    seed      float8  not null,
    loaded_at timestamptz,
    seconds   numeric,
    cpu_seconds numeric,   -- of the session's server process (Linux), where readable
    primary key (run_id, chunk_no)
);
create table if not exists bench.saved_index (
    index_name text primary key,
    table_name text not null,
    definition text not null,
    run_id     integer,
    saved_at   timestamptz not null default clock_timestamp()
);
create table if not exists bench.index_build (
    run_id      integer,
    index_name  text not null,
    table_name  text not null,
    built_at    timestamptz not null default clock_timestamp(),
    seconds     numeric,
    cpu_seconds numeric
);

do $$
declare
    v_run bench.run;
begin
    select * into v_run from bench.run where mode = 'bulk' and finished_at is null order by run_id limit 1;
    if found then
        raise exception 'synthetic-incidents: bulk run % (n %, seed %) is unfinished; finish it first: src/bench/synthetic-incidents-bulk.sh --repair',
            v_run.run_id, v_run.n, v_run.seed;
    end if;
    if exists (select 1 from bench.saved_index) then
        raise exception 'synthetic-incidents: % saved indexes are not built again (an interrupted bulk load); src/bench/synthetic-incidents-bulk.sh --repair builds them',
            (select count(*) from bench.saved_index);
    end if;
end $$;

-- The lookup tables are built again from the seed data on every run.
do $$
declare t record;
begin
    for t in select tablename from pg_tables where schemaname = 'bench' and tablename like 'syn\_%' loop
        execute format('drop table bench.%I', t.tablename);
    end loop;
end $$;

-- Lookup tables -----------------------------------------------------------------------------------------

-- Every region with its country/admin1/admin2 from the hierarchy and a readable label.
create table bench.syn_place as
select r.id as place_id, r.slug, r.level, r.name, r.latitude, r.longitude,
       case r.level when 'ADMIN2' then p.parent_id when 'ADMIN1' then r.parent_id when 'COUNTRY' then r.id end as country_id,
       case r.level when 'ADMIN2' then r.parent_id when 'ADMIN1' then r.id end as admin1_id,
       case r.level when 'ADMIN2' then r.id end as admin2_id,
       case r.level when 'ADMIN2' then pp.slug when 'ADMIN1' then p.slug when 'COUNTRY' then r.slug end as country_slug,
       case r.level when 'ADMIN2' then pp.name when 'ADMIN1' then p.name when 'COUNTRY' then r.name end as country_name,
       case r.level when 'ADMIN2' then r.name || ', ' || p.name || ', ' || pp.name
                    when 'ADMIN1' then r.name || ', ' || p.name
                    else r.name end as label,
       r.slug in ('pk-khyber-pakhtunkhwa', 'pk-balochistan',
                  'pk-khyber-pakhtunkhwa-north-waziristan', 'pk-khyber-pakhtunkhwa-south-waziristan',
                  'pk-khyber-pakhtunkhwa-kurram', 'pk-khyber-pakhtunkhwa-bajaur', 'pk-khyber-pakhtunkhwa-khyber',
                  'pk-khyber-pakhtunkhwa-mohmand', 'pk-khyber-pakhtunkhwa-chitral',
                  'pk-balochistan-zhob', 'pk-balochistan-chagai', 'pk-balochistan-kech', 'pk-balochistan-panjgur',
                  'pk-balochistan-gwadar', 'pk-balochistan-quetta',
                  'af-kunar', 'af-nangarhar', 'af-khost', 'af-paktika', 'af-paktia', 'af-nuristan', 'af-kandahar',
                  'af-helmand', 'af-zabul', 'af-nimroz', 'af-badakhshan') as border
from region r
left join region p on p.id = r.parent_id
left join region pp on pp.id = p.parent_id
where r.level in ('COUNTRY', 'ADMIN1', 'ADMIN2');

-- Groups: which event-type profile they follow.
create table bench.syn_group_def as
select v.slug, v.profile from (values
    ('ttp', 'insurgent'), ('tjp', 'insurgent'), ('isil-k', 'isk'), ('aqis', 'isk'), ('al-qaeda', 'isk'),
    ('etim', 'isk'), ('bla', 'baloch'), ('majeed-brigade', 'majeed'), ('afghan-taliban', 'taliban'),
    ('isil', 'isk')
) as v(slug, profile);

-- Base rate by year (relative; later years heavier).
create table bench.syn_year as
select 2014 + ord::int as year, w
from unnest(array[1.6, 1.1, 1.0, 0.8, 0.8, 0.8, 1.3, 1.4, 2.0, 2.6, 3.0]) with ordinality as t(w, ord);

-- Group weights by year, 2015..2025 (relative within a year).
create table bench.syn_group_year_weight as
select v.slug, 2014 + t.ord::int as year, t.w
from (values
    ('ttp',            array[30, 20, 16, 12, 11, 12, 16, 24, 32, 38, 42]),
    ('isil-k',         array[12, 18, 20, 22, 20, 18, 24, 20, 16, 14, 12]),
    ('bla',            array[ 8,  8,  8,  8,  9,  9, 10, 12, 13, 16, 18]),
    ('majeed-brigade', array[ 3,  3,  3,  5,  6,  6,  7,  8,  9, 11, 12]),
    ('afghan-taliban', array[ 4,  4,  4,  4,  4,  3,  6,  1,  1,  1,  2]),
    ('tjp',            array[ 0,  0,  0,  0,  0,  0,  0,  0, 10,  8,  4]),
    ('aqis',           array[ 5,  4,  4,  3,  3,  2,  2,  2,  2,  2,  2]),
    ('al-qaeda',       array[ 4,  3,  3,  3,  2,  2,  2,  2,  1,  1,  1]),
    ('etim',           array[ 1,  1,  1,  1,  1,  1,  1,  1,  1,  1,  1])
) as v(slug, ws)
cross join lateral unnest(v.ws) with ordinality as t(w, ord)
where t.w > 0;

-- Where each group acts ('g:<group>') and where each surge happens ('s:<surge_no>'): region slug, weight.
create table bench.syn_place_weight as
select v.dist, v.slug, v.w, row_number() over () as ord from (values
    ('g:ttp', 'pk-khyber-pakhtunkhwa-north-waziristan', 14), ('g:ttp', 'pk-khyber-pakhtunkhwa-south-waziristan', 8),
    ('g:ttp', 'pk-khyber-pakhtunkhwa-bannu', 10), ('g:ttp', 'pk-khyber-pakhtunkhwa-dera-ismail-khan', 10),
    ('g:ttp', 'pk-khyber-pakhtunkhwa-lakki-marwat', 7), ('g:ttp', 'pk-khyber-pakhtunkhwa-tank', 4),
    ('g:ttp', 'pk-khyber-pakhtunkhwa-khyber', 6), ('g:ttp', 'pk-khyber-pakhtunkhwa-peshawar', 8),
    ('g:ttp', 'pk-khyber-pakhtunkhwa-bajaur', 4), ('g:ttp', 'pk-khyber-pakhtunkhwa-mohmand', 3),
    ('g:ttp', 'pk-khyber-pakhtunkhwa-kurram', 4), ('g:ttp', 'pk-khyber-pakhtunkhwa-swat', 3),
    ('g:ttp', 'pk-khyber-pakhtunkhwa-chitral', 1), ('g:ttp', 'pk-khyber-pakhtunkhwa', 6),
    ('g:ttp', 'pk-balochistan-zhob', 2), ('g:ttp', 'pk-balochistan-quetta', 2), ('g:ttp', 'pk-balochistan', 1),
    ('g:ttp', 'pk-punjab', 2), ('g:ttp', 'pk-islamabad', 1), ('g:ttp', 'pk-sindh', 1), ('g:ttp', 'pakistan', 0.5),
    ('g:ttp', 'af-paktika', 1), ('g:ttp', 'af-khost', 1), ('g:ttp', 'af-kunar', 1), ('g:ttp', 'af-nangarhar', 0.5),

    ('g:isil-k', 'af-nangarhar', 14), ('g:isil-k', 'af-kunar', 7), ('g:isil-k', 'af-kabul', 12),
    ('g:isil-k', 'af-balkh', 2), ('g:isil-k', 'af-kunduz', 2), ('g:isil-k', 'af-jowzjan', 1), ('g:isil-k', 'af-herat', 1),
    ('g:isil-k', 'af-laghman', 1), ('g:isil-k', 'af-kandahar', 1), ('g:isil-k', 'af-badakhshan', 1),
    ('g:isil-k', 'afghanistan', 1),
    ('g:isil-k', 'pk-khyber-pakhtunkhwa-bajaur', 5), ('g:isil-k', 'pk-khyber-pakhtunkhwa-peshawar', 3),
    ('g:isil-k', 'pk-khyber-pakhtunkhwa-khyber', 1), ('g:isil-k', 'pk-balochistan-mastung', 2),
    ('g:isil-k', 'pk-balochistan-quetta', 2), ('g:isil-k', 'pk-sindh', 1),
    ('g:isil-k', 'ir-kerman', 0.3), ('g:isil-k', 'ru-moscow', 0.1), ('g:isil-k', 'tajikistan', 0.1),

    ('g:bla', 'pk-balochistan-kech', 10), ('g:bla', 'pk-balochistan-gwadar', 6), ('g:bla', 'pk-balochistan-panjgur', 6),
    ('g:bla', 'pk-balochistan-awaran', 5), ('g:bla', 'pk-balochistan-quetta', 6), ('g:bla', 'pk-balochistan-mastung', 4),
    ('g:bla', 'pk-balochistan-kalat', 4), ('g:bla', 'pk-balochistan-chagai', 2), ('g:bla', 'pk-balochistan', 8),
    ('g:bla', 'pk-sindh', 3), ('g:bla', 'pk-punjab', 0.5),

    ('g:majeed-brigade', 'pk-balochistan-quetta', 4), ('g:majeed-brigade', 'pk-balochistan-gwadar', 4),
    ('g:majeed-brigade', 'pk-balochistan-kech', 3), ('g:majeed-brigade', 'pk-balochistan-panjgur', 2),
    ('g:majeed-brigade', 'pk-balochistan-chagai', 1), ('g:majeed-brigade', 'pk-balochistan', 4),
    ('g:majeed-brigade', 'pk-sindh', 2),

    ('g:afghan-taliban', 'af-helmand', 6), ('g:afghan-taliban', 'af-kandahar', 5), ('g:afghan-taliban', 'af-ghazni', 4),
    ('g:afghan-taliban', 'af-kunduz', 4), ('g:afghan-taliban', 'af-faryab', 3), ('g:afghan-taliban', 'af-badghis', 2),
    ('g:afghan-taliban', 'af-uruzgan', 2), ('g:afghan-taliban', 'af-zabul', 2), ('g:afghan-taliban', 'af-farah', 2),
    ('g:afghan-taliban', 'af-baghlan', 2), ('g:afghan-taliban', 'af-takhar', 2), ('g:afghan-taliban', 'af-paktia', 2),
    ('g:afghan-taliban', 'af-paktika', 2), ('g:afghan-taliban', 'af-khost', 2), ('g:afghan-taliban', 'af-kunar', 1),
    ('g:afghan-taliban', 'af-nangarhar', 2), ('g:afghan-taliban', 'af-logar', 1), ('g:afghan-taliban', 'af-wardak', 2),
    ('g:afghan-taliban', 'af-herat', 2), ('g:afghan-taliban', 'af-balkh', 1), ('g:afghan-taliban', 'af-kabul', 2),
    ('g:afghan-taliban', 'af-panjshir', 1), ('g:afghan-taliban', 'af-badakhshan', 1), ('g:afghan-taliban', 'afghanistan', 1),
    ('g:afghan-taliban', 'pk-khyber-pakhtunkhwa-kurram', 1), ('g:afghan-taliban', 'pk-khyber-pakhtunkhwa-bajaur', 0.7),
    ('g:afghan-taliban', 'pk-khyber-pakhtunkhwa-chitral', 0.5), ('g:afghan-taliban', 'pk-khyber-pakhtunkhwa-north-waziristan', 0.5),
    ('g:afghan-taliban', 'pk-balochistan-chagai', 0.3), ('g:afghan-taliban', 'pk-balochistan-zhob', 0.3),

    ('g:tjp', 'pk-khyber-pakhtunkhwa-dera-ismail-khan', 5), ('g:tjp', 'pk-khyber-pakhtunkhwa-peshawar', 2),
    ('g:tjp', 'pk-khyber-pakhtunkhwa-bannu', 2), ('g:tjp', 'pk-khyber-pakhtunkhwa-lakki-marwat', 2),
    ('g:tjp', 'pk-khyber-pakhtunkhwa', 1), ('g:tjp', 'pk-balochistan-zhob', 3), ('g:tjp', 'pk-balochistan-quetta', 1),
    ('g:tjp', 'pk-islamabad', 1), ('g:tjp', 'pk-punjab', 1),

    ('g:aqis', 'pk-punjab', 3), ('g:aqis', 'pk-sindh', 3), ('g:aqis', 'af-helmand', 2), ('g:aqis', 'af-kandahar', 1),
    ('g:aqis', 'af-ghazni', 1), ('g:aqis', 'af-paktika', 1), ('g:aqis', 'pk-khyber-pakhtunkhwa', 1), ('g:aqis', 'india', 0.5),

    ('g:al-qaeda', 'af-kunar', 2), ('g:al-qaeda', 'af-nuristan', 2), ('g:al-qaeda', 'af-kabul', 1),
    ('g:al-qaeda', 'af-paktika', 1), ('g:al-qaeda', 'af-ghazni', 1), ('g:al-qaeda', 'af-zabul', 1),
    ('g:al-qaeda', 'pk-khyber-pakhtunkhwa-north-waziristan', 1), ('g:al-qaeda', 'afghanistan', 1),

    ('g:etim', 'af-badakhshan', 4), ('g:etim', 'af-takhar', 1), ('g:etim', 'af-kunduz', 1), ('g:etim', 'china', 1),
    ('g:etim', 'tajikistan', 0.5),

    -- surges (numbers as in bench.syn_surge below)
    ('s:1', 'pk-khyber-pakhtunkhwa-north-waziristan', 5), ('s:1', 'pk-khyber-pakhtunkhwa-khyber', 3),
    ('s:2', 'pk-balochistan-quetta', 1),
    ('s:3', 'pk-sindh', 2), ('s:3', 'pk-balochistan', 1),
    ('s:4', 'pk-balochistan-mastung', 2), ('s:4', 'pk-khyber-pakhtunkhwa-peshawar', 1),
    ('s:5', 'af-kunduz', 2), ('s:5', 'af-kabul', 1), ('s:5', 'af-ghazni', 1),
    ('s:6', 'af-kabul', 2), ('s:6', 'af-nangarhar', 1),
    ('s:8', 'af-kabul', 3), ('s:8', 'af-nangarhar', 1),
    ('s:9', 'pk-khyber-pakhtunkhwa-bannu', 2), ('s:9', 'pk-khyber-pakhtunkhwa-lakki-marwat', 2),
    ('s:9', 'pk-khyber-pakhtunkhwa-north-waziristan', 1),
    ('s:10', 'pk-khyber-pakhtunkhwa-peshawar', 3), ('s:10', 'pk-khyber-pakhtunkhwa', 1),
    ('s:11', 'pk-khyber-pakhtunkhwa-bajaur', 3),
    ('s:12', 'pk-khyber-pakhtunkhwa-dera-ismail-khan', 3), ('s:12', 'pk-balochistan-zhob', 1),
    ('s:13', 'ir-kerman', 1),
    ('s:14', 'ru-moscow', 1),
    ('s:15', 'pk-balochistan', 3), ('s:15', 'pk-balochistan-kech', 1), ('s:15', 'pk-balochistan-gwadar', 1),
    ('s:15', 'pk-balochistan-quetta', 1), ('s:15', 'pk-balochistan-mastung', 1),
    ('s:16', 'pk-balochistan-quetta', 3), ('s:16', 'pk-balochistan-kech', 1),
    ('s:17', 'pk-balochistan', 3), ('s:17', 'pk-balochistan-kalat', 1), ('s:17', 'pk-balochistan-quetta', 1),
    ('s:18', 'pk-khyber-pakhtunkhwa-north-waziristan', 3), ('s:18', 'pk-khyber-pakhtunkhwa-south-waziristan', 1),
    ('s:19', 'pk-khyber-pakhtunkhwa-bannu', 2), ('s:19', 'pk-khyber-pakhtunkhwa-north-waziristan', 2),
    ('s:19', 'pk-khyber-pakhtunkhwa-lakki-marwat', 1),
    ('s:20', 'pk-khyber-pakhtunkhwa-kurram', 2), ('s:20', 'pk-khyber-pakhtunkhwa-bajaur', 1),
    ('s:20', 'pk-khyber-pakhtunkhwa-chitral', 1), ('s:20', 'pk-balochistan', 1), ('s:20', 'af-khost', 1),
    ('s:20', 'af-paktika', 1), ('s:20', 'af-kandahar', 1)
) as v(dist, slug, w);

-- Surges: month-long waves. weight is relative to the base rate's 100; group and (optionally) type
-- profile are those of the wave; places in bench.syn_place_weight 's:<no>' (none: the group's own places).
create table bench.syn_surge as
select v.surge_no, v.start_on::date as start_on, v.days, v.w, v.group_slug, v.profile from (values
    ( 1, '2015-01-05',  60, 3.0, 'ttp',            null),          -- Zarb-e-Azb / Khyber-I operations
    ( 2, '2016-08-08',  25, 1.5, 'isil-k',         null),          -- Quetta hospital bombing
    ( 3, '2017-02-13',  30, 2.0, 'isil-k',         null),          -- Sehwan shrine
    ( 4, '2018-07-10',  21, 2.0, 'isil-k',         null),          -- election rallies, Mastung
    ( 5, '2019-08-31',  45, 1.5, 'afghan-taliban', null),          -- Kunduz, presidential election
    ( 6, '2020-05-12',  20, 1.5, 'isil-k',         null),          -- Kabul maternity ward
    ( 7, '2021-05-01', 105, 4.0, 'afghan-taliban', 'offensive'),   -- the Taliban offensive
    ( 8, '2021-08-26',  20, 2.0, 'isil-k',         null),          -- Kabul airport
    ( 9, '2022-11-28',  45, 2.5, 'ttp',            null),          -- TTP ends the ceasefire
    (10, '2023-01-30',  30, 2.5, 'ttp',            null),          -- Peshawar police lines mosque
    (11, '2023-07-30',  25, 1.5, 'isil-k',         null),          -- Bajaur rally
    (12, '2023-11-03',  50, 2.5, 'tjp',            null),          -- TJP, Dera Ismail Khan
    (13, '2024-01-03',  10, 0.5, 'isil-k',         null),          -- Kerman
    (14, '2024-03-22',   7, 0.2, 'isil-k',         null),          -- Crocus City Hall
    (15, '2024-08-25',  30, 4.0, 'bla',            null),          -- BLA's August attacks
    (16, '2024-11-09',  30, 2.5, 'majeed-brigade', null),          -- Quetta railway station
    (17, '2025-03-11',  40, 4.0, 'bla',            null),          -- Jaffar Express
    (18, '2024-09-01',  45, 2.5, 'ttp',            null),          -- Waziristan
    (19, '2025-05-01',  60, 3.0, 'ttp',            null),          -- Bannu, North Waziristan
    (20, '2025-10-09',  25, 2.5, 'afghan-taliban', 'border')       -- Afghanistan-Pakistan border clashes
) as v(surge_no, start_on, days, w, group_slug, profile);

-- Event types by profile.
create table bench.syn_type_weight as
select v.profile, v.event_type, v.sub_event_type, v.w, row_number() over () as ord from (values
    ('insurgent', 'BATTLES', 'ARMED_CLASH', 34), ('insurgent', 'BATTLES', 'GOVERNMENT_REGAINS_TERRITORY', 1.5),
    ('insurgent', 'BATTLES', 'NON_STATE_ACTOR_OVERTAKES_TERRITORY', 0.5),
    ('insurgent', 'EXPLOSIONS_REMOTE_VIOLENCE', 'REMOTE_EXPLOSIVE_LANDMINE_IED', 17),
    ('insurgent', 'EXPLOSIONS_REMOTE_VIOLENCE', 'SUICIDE_BOMB', 4), ('insurgent', 'EXPLOSIONS_REMOTE_VIOLENCE', 'GRENADE', 4),
    ('insurgent', 'EXPLOSIONS_REMOTE_VIOLENCE', 'SHELLING_ARTILLERY_MISSILE_ATTACK', 2),
    ('insurgent', 'EXPLOSIONS_REMOTE_VIOLENCE', 'AIR_DRONE_STRIKE', 2.5),
    ('insurgent', 'VIOLENCE_AGAINST_CIVILIANS', 'ATTACK', 13),
    ('insurgent', 'VIOLENCE_AGAINST_CIVILIANS', 'ABDUCTION_FORCED_DISAPPEARANCE', 4),
    ('insurgent', 'STRATEGIC_DEVELOPMENTS', 'ARRESTS', 10), ('insurgent', 'STRATEGIC_DEVELOPMENTS', 'DISRUPTED_WEAPONS_USE', 3),
    ('insurgent', 'STRATEGIC_DEVELOPMENTS', 'CHANGE_TO_GROUP_ACTIVITY', 1),
    ('insurgent', 'STRATEGIC_DEVELOPMENTS', 'LOOTING_PROPERTY_DESTRUCTION', 1.5),
    ('insurgent', 'STRATEGIC_DEVELOPMENTS', 'AGREEMENT', 0.3), ('insurgent', 'STRATEGIC_DEVELOPMENTS', 'OTHER', 1),

    ('isk', 'BATTLES', 'ARMED_CLASH', 14), ('isk', 'BATTLES', 'NON_STATE_ACTOR_OVERTAKES_TERRITORY', 0.5),
    ('isk', 'BATTLES', 'GOVERNMENT_REGAINS_TERRITORY', 1),
    ('isk', 'EXPLOSIONS_REMOTE_VIOLENCE', 'REMOTE_EXPLOSIVE_LANDMINE_IED', 18),
    ('isk', 'EXPLOSIONS_REMOTE_VIOLENCE', 'SUICIDE_BOMB', 12), ('isk', 'EXPLOSIONS_REMOTE_VIOLENCE', 'GRENADE', 3),
    ('isk', 'EXPLOSIONS_REMOTE_VIOLENCE', 'AIR_DRONE_STRIKE', 3),
    ('isk', 'EXPLOSIONS_REMOTE_VIOLENCE', 'SHELLING_ARTILLERY_MISSILE_ATTACK', 0.5),
    ('isk', 'VIOLENCE_AGAINST_CIVILIANS', 'ATTACK', 24), ('isk', 'VIOLENCE_AGAINST_CIVILIANS', 'ABDUCTION_FORCED_DISAPPEARANCE', 3),
    ('isk', 'VIOLENCE_AGAINST_CIVILIANS', 'SEXUAL_VIOLENCE', 0.3),
    ('isk', 'STRATEGIC_DEVELOPMENTS', 'ARRESTS', 14), ('isk', 'STRATEGIC_DEVELOPMENTS', 'DISRUPTED_WEAPONS_USE', 3),
    ('isk', 'STRATEGIC_DEVELOPMENTS', 'HEADQUARTERS_OR_BASE_ESTABLISHED', 1),
    ('isk', 'STRATEGIC_DEVELOPMENTS', 'CHANGE_TO_GROUP_ACTIVITY', 1.5), ('isk', 'STRATEGIC_DEVELOPMENTS', 'OTHER', 1),

    ('baloch', 'BATTLES', 'ARMED_CLASH', 32), ('baloch', 'BATTLES', 'GOVERNMENT_REGAINS_TERRITORY', 1),
    ('baloch', 'BATTLES', 'NON_STATE_ACTOR_OVERTAKES_TERRITORY', 1),
    ('baloch', 'EXPLOSIONS_REMOTE_VIOLENCE', 'REMOTE_EXPLOSIVE_LANDMINE_IED', 20),
    ('baloch', 'EXPLOSIONS_REMOTE_VIOLENCE', 'SUICIDE_BOMB', 2), ('baloch', 'EXPLOSIONS_REMOTE_VIOLENCE', 'GRENADE', 6),
    ('baloch', 'EXPLOSIONS_REMOTE_VIOLENCE', 'SHELLING_ARTILLERY_MISSILE_ATTACK', 1.5),
    ('baloch', 'EXPLOSIONS_REMOTE_VIOLENCE', 'AIR_DRONE_STRIKE', 0.5),
    ('baloch', 'VIOLENCE_AGAINST_CIVILIANS', 'ATTACK', 15), ('baloch', 'VIOLENCE_AGAINST_CIVILIANS', 'ABDUCTION_FORCED_DISAPPEARANCE', 6),
    ('baloch', 'STRATEGIC_DEVELOPMENTS', 'ARRESTS', 8), ('baloch', 'STRATEGIC_DEVELOPMENTS', 'DISRUPTED_WEAPONS_USE', 2),
    ('baloch', 'STRATEGIC_DEVELOPMENTS', 'LOOTING_PROPERTY_DESTRUCTION', 5), ('baloch', 'STRATEGIC_DEVELOPMENTS', 'OTHER', 1),

    ('majeed', 'BATTLES', 'ARMED_CLASH', 28),
    ('majeed', 'EXPLOSIONS_REMOTE_VIOLENCE', 'SUICIDE_BOMB', 24),
    ('majeed', 'EXPLOSIONS_REMOTE_VIOLENCE', 'REMOTE_EXPLOSIVE_LANDMINE_IED', 12),
    ('majeed', 'EXPLOSIONS_REMOTE_VIOLENCE', 'GRENADE', 3),
    ('majeed', 'VIOLENCE_AGAINST_CIVILIANS', 'ATTACK', 18), ('majeed', 'VIOLENCE_AGAINST_CIVILIANS', 'ABDUCTION_FORCED_DISAPPEARANCE', 2),
    ('majeed', 'STRATEGIC_DEVELOPMENTS', 'ARRESTS', 6), ('majeed', 'STRATEGIC_DEVELOPMENTS', 'DISRUPTED_WEAPONS_USE', 3),
    ('majeed', 'STRATEGIC_DEVELOPMENTS', 'LOOTING_PROPERTY_DESTRUCTION', 2),

    ('taliban', 'BATTLES', 'ARMED_CLASH', 38), ('taliban', 'BATTLES', 'NON_STATE_ACTOR_OVERTAKES_TERRITORY', 7),
    ('taliban', 'BATTLES', 'GOVERNMENT_REGAINS_TERRITORY', 4),
    ('taliban', 'EXPLOSIONS_REMOTE_VIOLENCE', 'REMOTE_EXPLOSIVE_LANDMINE_IED', 10),
    ('taliban', 'EXPLOSIONS_REMOTE_VIOLENCE', 'SHELLING_ARTILLERY_MISSILE_ATTACK', 6),
    ('taliban', 'EXPLOSIONS_REMOTE_VIOLENCE', 'AIR_DRONE_STRIKE', 4), ('taliban', 'EXPLOSIONS_REMOTE_VIOLENCE', 'SUICIDE_BOMB', 2),
    ('taliban', 'EXPLOSIONS_REMOTE_VIOLENCE', 'GRENADE', 1),
    ('taliban', 'VIOLENCE_AGAINST_CIVILIANS', 'ATTACK', 9), ('taliban', 'VIOLENCE_AGAINST_CIVILIANS', 'ABDUCTION_FORCED_DISAPPEARANCE', 4),
    ('taliban', 'VIOLENCE_AGAINST_CIVILIANS', 'SEXUAL_VIOLENCE', 0.3),
    ('taliban', 'STRATEGIC_DEVELOPMENTS', 'ARRESTS', 5), ('taliban', 'STRATEGIC_DEVELOPMENTS', 'AGREEMENT', 1),
    ('taliban', 'STRATEGIC_DEVELOPMENTS', 'NON_VIOLENT_TRANSFER_OF_TERRITORY', 2),
    ('taliban', 'STRATEGIC_DEVELOPMENTS', 'CHANGE_TO_GROUP_ACTIVITY', 2),
    ('taliban', 'STRATEGIC_DEVELOPMENTS', 'HEADQUARTERS_OR_BASE_ESTABLISHED', 1),
    ('taliban', 'STRATEGIC_DEVELOPMENTS', 'LOOTING_PROPERTY_DESTRUCTION', 1), ('taliban', 'STRATEGIC_DEVELOPMENTS', 'OTHER', 1),
    ('taliban', 'PROTESTS', 'PROTEST_WITH_INTERVENTION', 1),

    ('offensive', 'BATTLES', 'ARMED_CLASH', 45), ('offensive', 'BATTLES', 'NON_STATE_ACTOR_OVERTAKES_TERRITORY', 28),
    ('offensive', 'BATTLES', 'GOVERNMENT_REGAINS_TERRITORY', 10),
    ('offensive', 'EXPLOSIONS_REMOTE_VIOLENCE', 'AIR_DRONE_STRIKE', 6),
    ('offensive', 'EXPLOSIONS_REMOTE_VIOLENCE', 'REMOTE_EXPLOSIVE_LANDMINE_IED', 5),
    ('offensive', 'STRATEGIC_DEVELOPMENTS', 'NON_VIOLENT_TRANSFER_OF_TERRITORY', 6),

    ('border', 'BATTLES', 'ARMED_CLASH', 50),
    ('border', 'EXPLOSIONS_REMOTE_VIOLENCE', 'SHELLING_ARTILLERY_MISSILE_ATTACK', 35),
    ('border', 'EXPLOSIONS_REMOTE_VIOLENCE', 'AIR_DRONE_STRIKE', 10), ('border', 'STRATEGIC_DEVELOPMENTS', 'OTHER', 5)
) as v(profile, event_type, sub_event_type, w);

-- Per subtype: label, fatalities (probability of zero, Pareto scale and shape, cap), injured per fatality,
-- probability of a state TARGET actor, and whether the state is the one acting (group becomes TARGET).
create table bench.syn_subtype as
select * from (values
    ('ARMED_CLASH',                         'armed clash',                        0.30, 1.5, 1.40, 300, 0.8, 0.85, false),
    ('GOVERNMENT_REGAINS_TERRITORY',        'government forces regain territory', 0.40, 2.0, 1.40, 200, 0.6, 0.00, true),
    ('NON_STATE_ACTOR_OVERTAKES_TERRITORY', 'militants overtake territory',       0.45, 2.0, 1.40, 200, 0.6, 0.90, false),
    ('AIR_DRONE_STRIKE',                    'air/drone strike',                   0.25, 2.0, 1.40, 150, 0.8, 0.00, true),
    ('SUICIDE_BOMB',                        'suicide bombing',                    0.08, 3.0, 1.15, 400, 2.5, 0.60, false),
    ('SHELLING_ARTILLERY_MISSILE_ATTACK',   'shelling',                           0.50, 1.2, 1.60,  80, 1.5, 0.60, false),
    ('REMOTE_EXPLOSIVE_LANDMINE_IED',       'IED explosion',                      0.40, 1.2, 1.50, 150, 2.0, 0.60, false),
    ('GRENADE',                             'grenade attack',                     0.55, 1.0, 1.80,  40, 3.0, 0.50, false),
    ('SEXUAL_VIOLENCE',                     'sexual violence',                    0.95, 0.5, 2.00,   3, 0.5, 0.00, false),
    ('ATTACK',                              'attack on civilians',                0.15, 1.0, 1.60, 180, 0.8, 0.15, false),
    ('ABDUCTION_FORCED_DISAPPEARANCE',      'abduction',                          0.85, 0.8, 2.00,  20, 0.3, 0.10, false),
    ('PROTEST_WITH_INTERVENTION',           'protest dispersed',                  0.90, 1.0, 2.00,  10, 2.0, 0.00, false),
    ('ARRESTS',                             'arrests',                            0.97, 0.7, 2.00,  15, 0.2, 0.00, true),
    ('DISRUPTED_WEAPONS_USE',               'explosives defused',                 0.97, 0.5, 2.00,  10, 0.5, 0.00, true),
    ('CHANGE_TO_GROUP_ACTIVITY',            'change to group activity',           0.99, 0.5, 2.00,   5, 0.2, 0.00, false),
    ('HEADQUARTERS_OR_BASE_ESTABLISHED',    'base established',                   0.99, 0.5, 2.00,   5, 0.2, 0.00, false),
    ('LOOTING_PROPERTY_DESTRUCTION',        'property destruction',               0.95, 0.5, 2.00,  10, 0.3, 0.05, false),
    ('NON_VIOLENT_TRANSFER_OF_TERRITORY',   'non-violent transfer of territory',  1.00, 0.5, 2.00,   0, 0.0, 0.30, false),
    ('AGREEMENT',                           'agreement',                          1.00, 0.5, 2.00,   0, 0.0, 0.00, false),
    ('OTHER',                               'strategic development',              0.97, 0.5, 2.00,   5, 0.3, 0.05, false)
) as v(sub_event_type, label, p_zero, scale, alpha, cap, inj_ratio, p_target, state_acts);

-- A second group on the same incident: role and how often.
create table bench.syn_group_pair as
select * from (values
    ('majeed-brigade', 'bla',      'CLAIMED_BY', false, 0.60),
    ('isil-k',         'isil',     'CLAIMED_BY', false, 0.15),
    ('tjp',            'ttp',      'SUSPECTED',  true,  0.30),
    ('aqis',           'al-qaeda', 'SUSPECTED',  true,  0.20)
) as v(group_slug, other_slug, role, uncertain, p);

-- Fail early, with a clear message, when the seed does not have what the tables above name.
do $$
declare missing text;
begin
    select string_agg(distinct x.slug, ', ') into missing from (
        select slug from bench.syn_place_weight
        except select slug from bench.syn_place
    ) x;
    if missing is not null then
        raise exception 'synthetic-incidents: regions missing from the seed (run migrations V1..V16 first): %', missing;
    end if;
    select string_agg(distinct x.slug, ', ') into missing from (
        select slug from bench.syn_group_def union select other_slug from bench.syn_group_pair
        except select slug from militant_group
    ) x;
    if missing is not null then
        raise exception 'synthetic-incidents: groups missing from the seed: %', missing;
    end if;
    if (select count(*) from actor where slug in ('pakistan', 'afghanistan-taliban-administration', 'united-states')) <> 3 then
        raise exception 'synthetic-incidents: actors pakistan, afghanistan-taliban-administration, united-states missing from the seed';
    end if;
end $$;

-- Slot tables: option k with integer weight w occupies w consecutive slots, so a uniform draw u picks
-- slot 1 + floor(u * total) with one equality (hash) join.
create table bench.syn_comp_slot as
select row_number() over (order by x.surge_no, k) as slot, x.surge_no
from (select 0 as surge_no, 100.0 as w union all select surge_no, w from bench.syn_surge) x
cross join lateral generate_series(1, round(x.w * 10)::int) k;

create table bench.syn_day_slot as
select row_number() over (order by x.day, k) as slot, x.day
from (
    select d::date as day,
           round(y.w * case when extract(month from d) between 4 and 10 then 1.3 else 0.85 end * 4)::int as w
    from generate_series(date '2015-01-01', date '2025-12-31', interval '1 day') d
    join bench.syn_year y on y.year = extract(year from d)::int
) x
cross join lateral generate_series(1, greatest(x.w, 1)) k;

create table bench.syn_group_year_slot as
select x.year, row_number() over (partition by x.year order by x.slug, k) as slot, x.group_id, 0::bigint as k
from (select w.year, w.slug, g.id as group_id, w.w from bench.syn_group_year_weight w join militant_group g on g.slug = w.slug) x
cross join lateral generate_series(1, round(x.w * 10)::int) k;
update bench.syn_group_year_slot set k = year * 100000 + slot;
create table bench.syn_group_year_total as
select year, count(*) as w from bench.syn_group_year_slot group by year;

create table bench.syn_place_slot as
select y.dist || '#' || y.slot as k, y.* from (
    select x.dist, row_number() over (partition by x.dist order by x.ord, i) as slot, x.place_id
    from (select w.dist, w.ord, p.place_id, w.w from bench.syn_place_weight w join bench.syn_place p on p.slug = w.slug) x
    cross join lateral generate_series(1, round(x.w * 10)::int) i
) y;
create table bench.syn_place_total as
select dist, count(*) as w from bench.syn_place_slot group by dist;

create table bench.syn_type_slot as
select y.profile || '#' || y.slot as k, y.* from (
    select x.profile, row_number() over (partition by x.profile order by x.ord, i) as slot, x.event_type, x.sub_event_type
    from bench.syn_type_weight x
    cross join lateral generate_series(1, round(x.w * 10)::int) i
) y;
create table bench.syn_type_total as
select profile, count(*) as w from bench.syn_type_slot group by profile;

create table bench.syn_group as
select g.id as group_id, g.slug, coalesce(g.short_name, g.name) as short_name, d.profile,
       p.other_id, p.role as other_role, p.uncertain as other_uncertain, coalesce(p.p, 0) as other_p
from militant_group g
join bench.syn_group_def d on d.slug = g.slug
left join (select sp.*, og.id as other_id from bench.syn_group_pair sp join militant_group og on og.slug = sp.other_slug) p
       on p.group_slug = g.slug;

create table bench.syn_surge_ref as
select s.surge_no, s.start_on, s.days, s.profile, g.id as group_id, g.slug as group_slug,
       exists (select 1 from bench.syn_place_weight w where w.dist = 's:' || s.surge_no) as has_places
from bench.syn_surge s join militant_group g on g.slug = s.group_slug;

-- The state that acts or is targeted, by country.
create table bench.syn_country_actor as
select r.id as country_id, a.id as actor_id from region r join actor a on a.slug = r.slug where r.level = 'COUNTRY';

-- The same, flattened for the draws: every lookup one equality join on an integer.
-- Distributions of places ('g:<group>', 's:<surge>') and event-type profiles by number, with their totals.
create table bench.syn_dist as
select dist, row_number() over (order by dist)::int as dist_no, w from bench.syn_place_total;
create table bench.syn_profile as
select profile, row_number() over (order by profile)::int as profile_no, w from bench.syn_type_total;

-- A place slot (key dist_no * 100000 + slot) with all the incident takes from the place, and its country's state actor.
create table bench.syn_place_pick as
select d.dist_no * 100000 + ps.slot as k, p.place_id, p.level, p.name, p.label, p.latitude, p.longitude, p.country_id,
       p.admin1_id, p.admin2_id, p.country_slug, p.country_name, p.border, ca.actor_id as country_actor_id
from bench.syn_place_slot ps
join bench.syn_dist d on d.dist = ps.dist
join bench.syn_place p on p.place_id = ps.place_id
left join bench.syn_country_actor ca on ca.country_id = p.country_id;

-- An event-type slot (key profile_no * 100000 + slot) with its subtype's parameters.
create table bench.syn_type_pick as
select pr.profile_no * 100000 + ts.slot as k, pr.profile, ts.event_type, ts.sub_event_type, st.label, st.p_zero::float8 as p_zero,
       st.scale::float8 as scale, st.alpha::float8 as alpha, st.cap, st.inj_ratio::float8 as inj_ratio, st.p_target::float8 as p_target,
       st.state_acts
from bench.syn_type_slot ts
join bench.syn_profile pr on pr.profile = ts.profile
join bench.syn_subtype st on st.sub_event_type = ts.sub_event_type;

-- Groups and surges with the numbers and totals of their place and type distributions.
create table bench.syn_group_pick as
select g.group_id, g.slug, g.short_name, g.profile, g.other_id, g.other_role, g.other_uncertain, g.other_p::float8 as other_p,
       d.dist_no, d.w as dist_w, pr.profile_no, pr.w as profile_w
from bench.syn_group g
left join bench.syn_dist d on d.dist = 'g:' || g.slug
left join bench.syn_profile pr on pr.profile = g.profile;
create table bench.syn_surge_pick as
select s.surge_no, s.group_id, d.dist_no, d.w as dist_w, pr.profile_no, pr.w as profile_w
from bench.syn_surge_ref s
left join bench.syn_dist d on d.dist = 's:' || s.surge_no
left join bench.syn_profile pr on pr.profile = s.profile;

analyze bench.syn_place, bench.syn_comp_slot, bench.syn_day_slot, bench.syn_group_year_slot, bench.syn_group_year_total, bench.syn_place_slot,
        bench.syn_place_total, bench.syn_type_slot, bench.syn_type_total, bench.syn_group, bench.syn_surge_ref, bench.syn_subtype,
        bench.syn_country_actor, bench.syn_dist, bench.syn_profile, bench.syn_place_pick, bench.syn_type_pick, bench.syn_group_pick,
        bench.syn_surge_pick;

-- Functions ---------------------------------------------------------------------------------------------

-- CPU seconds (user + system) this session's server process has used, from /proc (Linux; needs the right to
-- read server files): how much of a step's time was work and how much waiting for a busy machine. Null elsewhere.
create or replace function bench.backend_cpu() returns numeric
    language plpgsql
as $$
declare
    v_stat text[];
begin
    v_stat := string_to_array(split_part(pg_read_file('/proc/self/stat'), ') ', 2), ' ');
    return (v_stat[12]::numeric + v_stat[13]::numeric) / 100;   -- utime, stime in clock ticks (USER_HZ = 100)
exception when others then
    return null;
end
$$;

-- A seed for setseed() from the run's seed and a part number (0: the plan, k: chunk k), well mixed.
create or replace function bench.syn_seed(p_seed bigint, p_part int) returns float8
    language sql immutable
    as $$ select (('x' || substr(md5(p_seed || ':' || p_part), 1, 8))::bit(32)::int)::float8 / 2147483648 $$;

-- Plans a run of p_n incidents: reserves their ids (and 4 incident_actor ids per incident), draws when
-- each happens (the mixture of the base rate and the surges), counts them per day and component
-- (bench.cell) and cuts the days into chunks of about p_chunk_rows incidents (bench.chunk). The draws
-- of everything else happen chunk by chunk (bench.syn_load_chunk), each with its own seed, so chunks
-- can be loaded in any order, by any number of sessions, with the same result.
-- Every lookup here and in bench.syn_load_chunk is an equality join on a slot number: hash joins, whatever
-- the row estimates (enable_nestloop and enable_mergejoin off), and no JIT, which the disabled nested loops'
-- costs would otherwise set off, to compile for seconds per chunk.
create or replace function bench.syn_plan(p_n bigint, p_seed bigint, p_chunk_rows int, p_mode text) returns int
    language plpgsql
    set enable_nestloop = off set enable_mergejoin = off set jit = off
as $$
declare
    v_run int;
    v_first bigint;
    v_first_actor bigint;
    v_w_comp int := (select count(*) from bench.syn_comp_slot);
    v_w_day int := (select count(*) from bench.syn_day_slot);
    v_comp int[] := array(select surge_no from bench.syn_comp_slot order by slot);
    v_days int[] := array(select coalesce(s.days, 0) from generate_series(1, (select max(surge_no) from bench.syn_surge)) i
                          left join bench.syn_surge s on s.surge_no = i order by i);
begin
    if p_n < 1 or p_chunk_rows < 1 then
        raise exception 'synthetic-incidents: n and chunk must be positive (n %, chunk %)', p_n, p_chunk_rows;
    end if;

    -- The generator's source and claim, the evidence every synthetic incident cites.
    insert into source (slug, title, kind, published_on, published_precision, notes)
    values ('synthetic-generator', '[Synthetic incidents for benchmarking]', 'OTHER', null, 'UNKNOWN',
            'Made-up incidents for load testing, written by src/bench/synthetic-incidents.sql and removed by src/bench/remove-synthetic-incidents.sql. Not a real document.')
    on conflict (slug) do nothing;
    insert into claim (ref, source_id, quote, claimant_kind, confidence, note)
    select 'synthetic-generator', s.id, 'Synthetic incident generated for load testing; not a real event.', 'SOURCE', 'LOW',
           'Every incident with synthetic = true cites this claim.'
    from source s where s.slug = 'synthetic-generator'
    on conflict (ref) do nothing;

    -- Ids: a block of p_n incident ids, and 4 incident_actor ids per incident (the most an incident has),
    -- so that every chunk knows its ids without waiting for the others.
    v_first := nextval(pg_get_serial_sequence('incident', 'id'));
    perform setval(pg_get_serial_sequence('incident', 'id'), v_first + p_n - 1);
    v_first_actor := nextval(pg_get_serial_sequence('incident_actor', 'id'));
    perform setval(pg_get_serial_sequence('incident_actor', 'id'), v_first_actor + 4 * p_n - 1);

    insert into bench.run (n, seed, chunk_rows, mode, first_id, first_actor_id)
    values (p_n, p_seed, p_chunk_rows, p_mode, v_first, v_first_actor)
    returning run_id into v_run;

    perform setseed(bench.syn_seed(p_seed, 0));

    -- Each incident's component (the base rate or a surge: a slot of syn_comp_slot) and day (a day slot of
    -- the base rate, or an offset from the surge's start that decays), two draws each, keeping only the
    -- counts. The lookups are array subscripts (v_comp, v_days), so that 10 million draws take seconds.
    -- The subquery's random() calls are evaluated once per row, in order (a volatile subquery is not flattened).
    insert into bench.cell (run_id, day, surge_no, rows)
    select v_run, coalesce(ds.day, least(date '2025-12-31', s.start_on + x.k)), x.surge_no, sum(x.cnt)
    from (
        select d.surge_no,
               case when d.surge_no = 0 then 1 + floor(d.u_day * v_w_day)::int
                    else floor(v_days[d.surge_no] * power(d.u_day, 1.8))::int end as k,
               count(*) as cnt
        from (select v_comp[1 + floor(random() * v_w_comp)::int] as surge_no, random() as u_day
              from generate_series(1, p_n)) d
        group by 1, 2
    ) x
    left join bench.syn_day_slot ds on x.surge_no = 0 and ds.slot = x.k
    left join bench.syn_surge s on s.surge_no = x.surge_no
    group by 2, 3;

    -- Chunks of whole days, in date order: incident ids follow the date.
    insert into bench.chunk (run_id, chunk_no, first_day, last_day, first_id, rows, seed)
    select v_run, dense_rank() over (order by c.k), c.first_day, c.last_day, v_first + c.before, c.rows,
           bench.syn_seed(p_seed, (dense_rank() over (order by c.k))::int)
    from (
        select d.before / p_chunk_rows as k, min(d.day) as first_day, max(d.day) as last_day, min(d.before) as before,
               sum(d.rows)::bigint as rows
        from (select day, sum(rows) as rows,
                     coalesce(sum(sum(rows)) over (order by day rows between unbounded preceding and 1 preceding), 0)::bigint as before
              from bench.cell where run_id = v_run group by day) d
        group by d.before / p_chunk_rows
    ) c;

    update bench.run set chunks = (select count(*) from bench.chunk where run_id = v_run), planned_at = clock_timestamp()
    where run_id = v_run;
    return v_run;
end
$$;

-- Draws and inserts one chunk: its incidents, their incident_actor and incident_claim rows, and, with
-- p_derive_groups (the bulk mode, whose sessions do not fire triggers), the incident_group rows that the
-- trigger mm_incident_group_added (V27, V29) would add: each distinct (incident, group) pair of the
-- chunk's incident_actor rows with a group, with the incident's status, occurred_on, fatalities
-- (coalesce(best, low, high), the generated column), country_id, admin1_id and event_type; and the rows
-- V48's insert triggers would add to region_incident_summary.
create or replace function bench.syn_load_chunk(p_run int, p_chunk int, p_derive_groups boolean) returns bigint
    language plpgsql
    set enable_nestloop = off set enable_mergejoin = off set jit = off set client_min_messages = warning
as $$
declare
    ch bench.chunk;
    r bench.run;
    v_rows bigint;
    v_started timestamptz := clock_timestamp();
    v_cpu numeric := bench.backend_cpu();
    v_claim bigint := (select id from claim where ref = 'synthetic-generator');
    v_actor_iea bigint := (select id from actor where slug = 'afghanistan-taliban-administration');
    v_actor_us bigint := (select id from actor where slug = 'united-states');
    v_actor_pk bigint := (select id from actor where slug = 'pakistan');
    v_group_taliban bigint := (select id from militant_group where slug = 'afghan-taliban');
begin
    select * into strict r from bench.run where run_id = p_run;
    select * into strict ch from bench.chunk where run_id = p_run and chunk_no = p_chunk;
    if ch.loaded_at is not null then
        return 0;
    end if;
    perform setseed(ch.seed);

    drop table if exists pg_temp.syn_rows;
    create temp table syn_rows as
    with cells as materialized (
        select c.day, nullif(c.surge_no, 0) as surge_no, c.rows from bench.cell c
        where c.run_id = p_run and c.day between ch.first_day and ch.last_day
        order by c.day, c.surge_no
    ),
    -- All random numbers are drawn in o and d, in one fixed order, so the same seed gives the same incidents:
    -- first a rank for every incident, which orders a day's incidents at random (ids follow the day, then the
    -- rank), then the rest, incident by incident in id order.
    o as materialized (
        select cells.day, cells.surge_no, random() as u_ord
        from cells cross join lateral generate_series(1, cells.rows) i
    ),
    n as materialized (
        select ch.first_id - 1 + row_number() over (order by o.day, o.u_ord) as id, o.day, o.surge_no
        from o order by 1
    ),
    d as materialized (
        select n.id, n.day, n.surge_no,
               random() as u_grp, random() as u_ovr, random() as u_place,
               random() as u_ovr_t, random() as u_type, random() as u_f0, random() as u_f, random() as u_unc,
               random() as u_lo, random() as u_hi, random() as u_inj1, random() as u_inj2, random() as u_injn,
               random() as u_lprec, random() as u_j1, random() as u_j2, random() as u_dprec, random() as u_status,
               random() as u_role, random() as u_attr, random() as u_pair, random() as u_tgt, random() as u_cross,
               random() as u_desc
        from n
    ),
    -- who: the surge's group (85%) or one weighted by year
    gr as (
        select d.*, (s.surge_no is not null and d.u_ovr < 0.85) as in_surge,
               case when s.surge_no is not null and d.u_ovr < 0.85 then s.group_id else gys.group_id end as group_id,
               s.dist_no as surge_dist_no, s.dist_w as surge_dist_w, s.profile_no as surge_profile_no, s.profile_w as surge_profile_w
        from d
        left join bench.syn_surge_pick s on s.surge_no = d.surge_no
        join bench.syn_group_year_total gyt on gyt.year = extract(year from d.day)::int
        join bench.syn_group_year_slot gys on gys.k = gyt.year * 100000 + 1 + floor(d.u_grp * gyt.w)::int
    ),
    -- where: the surge's places (85% of its group's incidents) or the group's; what: the surge's type
    -- profile (80%) or the group's
    gx as (
        select gr.*, g.slug as group_slug, g.short_name, g.other_id, g.other_role, g.other_uncertain, g.other_p,
               case when gr.in_surge and gr.surge_dist_no is not null and gr.u_ovr < 0.85 * 0.85
                    then gr.surge_dist_no * 100000 + 1 + floor(gr.u_place * gr.surge_dist_w)::int
                    else g.dist_no * 100000 + 1 + floor(gr.u_place * g.dist_w)::int end as place_k,
               case when gr.in_surge and gr.surge_profile_no is not null and gr.u_ovr_t < 0.8
                    then gr.surge_profile_no * 100000 + 1 + floor(gr.u_type * gr.surge_profile_w)::int
                    else g.profile_no * 100000 + 1 + floor(gr.u_type * g.profile_w)::int end as type_k
        from gr join bench.syn_group_pick g on g.group_id = gr.group_id
    ),
    ty as (
        select gx.*, p.place_id, p.level, p.name as place_name, p.label as place_label, p.latitude as lat0,
               p.longitude as lon0, p.country_id, p.admin1_id, p.admin2_id, p.country_slug, p.country_name, p.border,
               p.country_actor_id, t.profile, t.event_type, t.sub_event_type, t.label as type_label, t.p_zero, t.scale,
               t.alpha, t.cap, t.inj_ratio, t.p_target, t.state_acts
        from gx
        join bench.syn_place_pick p on p.k = gx.place_k
        join bench.syn_type_pick t on t.k = gx.type_k
    ),
    x as (
        select ty.*,
               -- fatalities: zero, or the floor of a capped Pareto draw; 2% unknown
               case when ty.u_unc < 0.02 then null
                    when ty.u_f0 < ty.p_zero then 0
                    else least(ty.cap, floor(ty.scale * power(1.0 - ty.u_f, -1.0 / ty.alpha)))::int end as best,
               sqrt(-2 * ln(1.0 - ty.u_inj1)) * cos(2 * pi() * ty.u_inj2) as z_inj,
               sqrt(-2 * ln(1.0 - ty.u_j1)) * cos(2 * pi() * ty.u_j2) as z_lat,
               sqrt(-2 * ln(1.0 - ty.u_j1)) * sin(2 * pi() * ty.u_j2) as z_lon,
               ((ty.group_slug = 'afghan-taliban' and ty.country_slug = 'pakistan')
                 or (ty.group_slug in ('ttp', 'tjp') and ty.country_slug = 'afghanistan')
                 or ty.profile = 'border'
                 or (ty.group_slug = 'isil-k' and ty.country_slug in ('iran', 'russia', 'tajikistan'))
                 or (ty.border and ty.u_cross < 0.05)) as cross_border,
               case when ty.country_slug = 'afghanistan' and ty.day >= date '2021-08-15' then
                        case when ty.group_id <> v_group_taliban then v_actor_iea end
                    when ty.country_slug = 'afghanistan' then
                        case when ty.sub_event_type = 'AIR_DRONE_STRIKE' then v_actor_us end
                    else ty.country_actor_id end as state_actor_id
        from ty
    ),
    y as (
        select x.*,
               case when x.u_lprec < 0.003 then 'UNKNOWN'
                    when x.cross_border and x.border and x.u_lprec < 0.5 then 'BORDER_AREA'
                    when x.level = 'ADMIN2' then case when x.u_lprec < 0.30 then 'EXACT' when x.u_lprec < 0.65 then 'NEAR' else 'ADMIN2' end
                    when x.level = 'ADMIN1' then case when x.u_lprec < 0.25 then 'NEAR' else 'ADMIN1' end
                    else 'COUNTRY' end as location_precision,
               case when x.u_dprec < 0.90 then 'DAY' when x.u_dprec < 0.975 then 'MONTH'
                    when x.u_dprec < 0.998 then 'YEAR' else 'UNKNOWN' end as date_precision,
               case when x.best is not null and x.u_unc < 0.35 then floor(x.best * (0.5 + 0.5 * x.u_lo))::int end as low,
               case when x.best is not null and x.u_unc < 0.35
                    then ceil(x.best * (1.0 + x.u_hi))::int + case when x.best = 0 and x.u_hi < 0.3 then 1 else 0 end end as high,
               case when x.best is null or x.u_injn < 0.12 then null
                    else least(1500, floor((x.best + 0.5) * x.inj_ratio * exp(0.7 * x.z_inj)))::int end as injured
        from x
    ),
    z as (
        select y.*,
               case y.location_precision when 'EXACT' then 0.08::float8 when 'NEAR' then case when y.level = 'ADMIN2' then 0.18::float8 else 0.45::float8 end
                                         when 'BORDER_AREA' then 0.12::float8 else 0::float8 end as sd,
               case when y.state_acts then 'TARGET'
                    when y.u_role < 0.55 then 'PERPETRATOR' when y.u_role < 0.80 then 'CLAIMED_BY' else 'SUSPECTED' end as group_role
        from y
    )
    select z.id,
           z.day as drawn_on,
           case z.date_precision when 'DAY' then z.day
                                 when 'MONTH' then date_trunc('month', z.day)::date
                                 when 'YEAR' then date_trunc('year', z.day)::date end as occurred_on,
           z.date_precision,
           case z.date_precision when 'MONTH' then to_char(z.day, 'FMMonth YYYY') when 'YEAR' then to_char(z.day, 'YYYY')
                                 when 'UNKNOWN' then 'undated' end as date_as_stated,
           z.country_id,
           case when z.location_precision <> 'UNKNOWN' then z.admin1_id end as admin1_id,
           case when z.location_precision <> 'UNKNOWN' then z.admin2_id end as admin2_id,
           case when z.location_precision <> 'UNKNOWN' then z.place_name end as place_name,
           case when z.location_precision <> 'UNKNOWN' then least(90, greatest(-90, round((z.lat0 + z.sd * z.z_lat) * 10000) / 10000)) end as latitude,
           case when z.location_precision <> 'UNKNOWN' then least(180, greatest(-180, round((z.lon0 + z.sd * z.z_lon) * 10000) / 10000)) end as longitude,
           z.location_precision, z.event_type, z.sub_event_type, z.cross_border,
           z.low as fatalities_low, z.best as fatalities_best, z.high as fatalities_high, z.injured,
           'Synthetic incident: ' || z.type_label || ' in '
               || case z.location_precision when 'UNKNOWN' then 'an unspecified place in ' || z.country_name
                                            when 'NEAR' then 'the area of ' || z.place_label
                                            when 'BORDER_AREA' then 'the border area of ' || z.place_label
                                            else z.place_label end
               || case when z.event_type = 'STRATEGIC_DEVELOPMENTS' and coalesce(z.best, 0) = 0 and coalesce(z.injured, 0) = 0 then ''
                       else coalesce('; ' || z.best || ' killed', '; fatalities unknown') || coalesce(', ' || z.injured || ' injured', '') end
               || ' (' || z.short_name || case z.group_role when 'SUSPECTED' then ', suspected' when 'CLAIMED_BY' then ', claimed'
                                                         when 'TARGET' then ', targeted' else '' end || ').' as summary,
           case when z.u_status < 0.94 then 'PUBLISHED' when z.u_status < 0.99 then 'DRAFT' else 'RETRACTED' end as status,
           -- incident_actor rows
           z.group_id, z.group_role,
           case z.group_role when 'SUSPECTED' then z.u_attr < 0.70 when 'PERPETRATOR' then z.u_attr < 0.08
                             when 'CLAIMED_BY' then z.u_attr < 0.03 else false end as group_uncertain,
           (z.group_role = 'CLAIMED_BY' and z.u_attr >= 0.5) as also_perpetrator,
           case when z.u_pair < z.other_p then z.other_id end as other_group_id, z.other_role, z.other_uncertain,
           case when z.state_actor_id is null then null
                when z.state_acts then 'PERPETRATOR'
                when z.u_tgt < z.p_target then 'TARGET' end as state_role,
           z.state_actor_id,
           case when z.state_actor_id = v_actor_pk
                then (array['Security forces', 'Police', 'Frontier Corps', 'Army', 'Counter Terrorism Department', 'Levies'])[1 + floor(z.u_desc * 6)::int]
                else 'Security forces' end as state_description
    from z;

    get diagnostics v_rows = row_count;
    if v_rows <> ch.rows then
        raise exception 'synthetic-incidents: chunk % of run % drew % incidents, planned %', p_chunk, p_run, v_rows, ch.rows;
    end if;

    insert into incident (id, occurred_on, date_precision, date_as_stated, country_id, admin1_id, admin2_id, place_name,
                          latitude, longitude, location_precision, event_type, sub_event_type, cross_border,
                          fatalities_low, fatalities_best, fatalities_high, injured, summary, status, synthetic,
                          created_by, last_edited_by, retraction_reason)
    select id, occurred_on, date_precision, date_as_stated, country_id, admin1_id, admin2_id, place_name,
           latitude, longitude, location_precision, event_type, sub_event_type, cross_border,
           fatalities_low, fatalities_best, fatalities_high, injured, summary, status, true,
           'synthetic', 'synthetic',
           case when status = 'RETRACTED' then 'Synthetic incident retracted by the generator' end
    from syn_rows order by id;

    -- incident_actor ids: the incident's block of 4 (see bench.syn_plan), one per kind of row.
    insert into incident_actor (id, incident_id, group_id, actor_id, role, attribution_uncertain, description)
    select r.first_actor_id + (a.incident_id - r.first_id) * 4 + a.k - 1,
           a.incident_id, a.group_id, a.actor_id, a.role, a.uncertain, a.description
    from (
        select id as incident_id, 1 as k, group_id, null::bigint as actor_id, group_role as role, group_uncertain as uncertain,
               null::text as description
        from syn_rows
        union all
        select id, 2, group_id, null, 'PERPETRATOR', group_uncertain, null from syn_rows where also_perpetrator
        union all
        select id, 3, other_group_id, null, other_role, other_uncertain, null from syn_rows where other_group_id is not null
        union all
        select id, 4, null, state_actor_id, state_role, false, state_description from syn_rows where state_role is not null
    ) a
    order by a.incident_id, a.k;

    insert into incident_claim (incident_id, claim_id)
    select id, v_claim from syn_rows order by id;

    -- In the chunk's group order: every index of incident_group begins with group_id, and building them
    -- from runs of rows already in group order costs 10-30% less CPU. The incident list reads
    -- incident_group through its covering indexes, so the order of its rows is otherwise of no consequence.
    if p_derive_groups then
        insert into incident_group (incident_id, group_id, status, occurred_on, fatalities, country_id, admin1_id, event_type)
        select g.* from (
            select distinct a.incident_id, a.group_id, a.status, a.occurred_on, a.fatalities, a.country_id, a.admin1_id, a.event_type
            from (select id as incident_id, group_id, status, occurred_on, coalesce(fatalities_best, fatalities_low, fatalities_high) as fatalities,
                         country_id, admin1_id, event_type
                  from syn_rows
                  union all
                  select id, other_group_id, status, occurred_on, coalesce(fatalities_best, fatalities_low, fatalities_high),
                         country_id, admin1_id, event_type
                  from syn_rows where other_group_id is not null) a
        ) g
        order by g.group_id, g.incident_id;
        -- The regional summaries' rows (V48) that its insert triggers on incident and incident_group
        -- would add: the chunk's published incidents, once for all and once for each of their groups.
        -- Sessions loading neighbouring chunks upsert some of the same rows (a month, a year) in key
        -- order, so one waits for the other's commit, and never deadlocks.
        -- Statistics first: without them the summing is planned as a sort of every row, which costs three
        -- times as much (src/bench/README.md).
        if to_regproc('mm_region_summary_upsert') is not null then
            analyze syn_rows;
            execute mm_region_summary_upsert($q$
                select r.country_id, r.admin1_id, r.admin2_id, r.event_type, r.date_precision, r.occurred_on,
                       r.fatalities_best, r.fatalities_low, r.fatalities_high, g.group_id, 1 as sign
                  from syn_rows r
                 cross join lateral (select 0::bigint union all select r.group_id where r.group_id is not null
                                     union select r.other_group_id where r.other_group_id is not null) g(group_id)
                 where r.status = 'PUBLISHED'$q$);
        end if;
    end if;

    drop table syn_rows;
    update bench.chunk set loaded_at = clock_timestamp(),
                           seconds = round(extract(epoch from clock_timestamp() - v_started)::numeric, 1),
                           cpu_seconds = round(bench.backend_cpu() - v_cpu, 1)
    where run_id = p_run and chunk_no = p_chunk;
    return v_rows;
end
$$;

-- A bulk-mode worker: loads the run's chunks that no one has loaded or is loading, one transaction each,
-- in date order, until none is left. Several sessions can run it at once.
create or replace procedure bench.syn_work(p_run int, p_derive_groups boolean)
    language plpgsql
as $$
declare
    v_chunk int;
    v_rows bigint;
    v_left int;
begin
    loop
        select chunk_no into v_chunk from bench.chunk
        where run_id = p_run and loaded_at is null
        order by chunk_no limit 1 for update skip locked;
        exit when not found;
        v_rows := bench.syn_load_chunk(p_run, v_chunk, p_derive_groups);
        commit;
        select count(*) into v_left from bench.chunk where run_id = p_run and loaded_at is null;
        raise notice 'synthetic-incidents: chunk % loaded (% incidents, % s, % s CPU); % chunks left', v_chunk, v_rows,
            (select seconds from bench.chunk where run_id = p_run and chunk_no = v_chunk),
            (select cpu_seconds from bench.chunk where run_id = p_run and chunk_no = v_chunk), v_left;
    end loop;
end
$$;

-- Saves the definitions of the secondary indexes of p_tables (those that back no constraint) in
-- bench.saved_index and drops them, in the caller's transaction. bench.restore_indexes builds them again.
create or replace function bench.drop_secondary_indexes(p_tables regclass[], p_run int) returns int
    language plpgsql
as $$
declare
    ix record;
    v_count int := 0;
begin
    for ix in
        select i.indexrelid::regclass as index_name, i.indrelid::regclass as table_name, pg_get_indexdef(i.indexrelid) as definition
        from pg_index i
        where i.indrelid = any (p_tables)
          and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
        order by i.indexrelid
    loop
        insert into bench.saved_index (index_name, table_name, definition, run_id)
        values (ix.index_name::text, ix.table_name::text, ix.definition, p_run);
        execute format('drop index %s', ix.index_name);
        v_count := v_count + 1;
    end loop;
    return v_count;
end
$$;

-- Builds the saved indexes that do not exist, one transaction each, the costliest first (rows times
-- columns; the search index counts as 4 columns), so that sessions running it at once finish together,
-- and forgets each once built.
create or replace procedure bench.restore_indexes()
    language plpgsql
as $$
declare
    ix bench.saved_index;
    v_started timestamptz;
    v_cpu numeric;
begin
    loop
        select s.* into ix from bench.saved_index s join pg_class c on c.oid = s.table_name::regclass
        order by greatest(c.reltuples, 1) * case when s.definition ~* ' using gin ' then 4 else array_length(string_to_array(
                     substring(s.definition from '\((.*)\)'), ','), 1) end desc, s.index_name
        limit 1 for update of s skip locked;
        exit when not found;
        v_started := clock_timestamp();
        v_cpu := bench.backend_cpu();
        if to_regclass(ix.index_name) is null then
            execute ix.definition;
        end if;
        delete from bench.saved_index where index_name = ix.index_name;
        insert into bench.index_build (run_id, index_name, table_name, seconds, cpu_seconds)
        values (ix.run_id, ix.index_name, ix.table_name, round(extract(epoch from clock_timestamp() - v_started)::numeric, 1),
                round(bench.backend_cpu() - v_cpu, 1));
        commit;
        raise notice 'synthetic-incidents: index % built (% s, % s CPU)', ix.index_name,
            round(extract(epoch from clock_timestamp() - v_started)::numeric, 1), round(bench.backend_cpu() - v_cpu, 1);
    end loop;
end
$$;

-- The run -------------------------------------------------------------------------------------------------
\if :bulk
select bench.syn_plan(:n, :seed, :chunk, 'bulk') as syn_run \gset
select chunks as syn_chunks, first_id as syn_first_id from bench.run where run_id = :syn_run \gset
\echo synthetic-incidents: planned bulk run :syn_run: :n incidents (seed :seed) in :syn_chunks chunks, ids from :syn_first_id
\else
\echo synthetic-incidents: adding :n incidents (seed :seed)
begin;
select bench.syn_plan(:n, :seed, :chunk, 'incremental') as syn_run \gset
select sum(l) as syn_inserted from (
    select bench.syn_load_chunk(:syn_run, c.chunk_no, false) as l
    from (select chunk_no from bench.chunk where run_id = :syn_run order by chunk_no) c
) x \gset
update bench.run set loaded_at = clock_timestamp(), finished_at = clock_timestamp() where run_id = :syn_run;
select first_id as syn_min_id, first_id + n - 1 as syn_max_id from bench.run where run_id = :syn_run \gset
commit;

-- VACUUM (ANALYZE) rather than a bare ANALYZE for the big four: it also sets the visibility map (for
-- the incident list's index-only scans) and flushes the search index's pending list, so that
-- benchmarks start from a steady state. incident_group (V27) is filled by triggers on incident_actor.
vacuum (analyze) incident;
vacuum (analyze) incident_actor;
vacuum (analyze) incident_group;
vacuum (analyze) incident_claim;
analyze source;
analyze claim;

select round(extract(epoch from clock_timestamp() - :'syn_started_at'::timestamptz)::numeric, 1) as syn_seconds,
       (select count(*) from incident where synthetic) as syn_total \gset
\echo synthetic-incidents: added :syn_inserted incidents (ids :syn_min_id..:syn_max_id) in :syn_seconds s; synthetic incidents now: :syn_total
\endif
