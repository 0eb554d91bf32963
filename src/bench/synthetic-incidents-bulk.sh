#!/usr/bin/env bash
# =====================================================================================================
# Synthetic incidents, bulk load                                    src/bench/synthetic-incidents-bulk.sh
# =====================================================================================================
#
# Adds N synthetic incidents, the same as psql -f src/bench/synthetic-incidents.sql would for the same N,
# seed and chunk size (and the same ids on the same database), but fast enough for millions: it loads
# without the secondary indexes and triggers, in parallel sessions, and builds the indexes afterwards.
# 10 million took 24 minutes on 2 shared cores with a load average of 6 to 12 from other work (about
# 1,300 CPU-seconds, so some 11 minutes on 2 idle cores); see src/bench/README.md.
#
#   src/bench/synthetic-incidents-bulk.sh -n 10000000 [-s 42] [-j 2] [-d mm_bench]
#   src/bench/synthetic-incidents-bulk.sh --repair      finish an interrupted load, add nothing new
#   src/bench/synthetic-incidents-bulk.sh --help
#
# Options
#   -n N          incidents to add                                            default 1000000
#   -s SEED       seed of the draws                                           default 42
#   -j JOBS       parallel sessions for loading, vacuums and index builds     default: the cores (nproc)
#   -d DB         database (else PGDATABASE, else mm_bench); PGHOST, PGPORT, PGUSER as for psql
#                 (defaults 127.0.0.1, 5432, postgres). The user must be a superuser (see Settings).
#   --chunk ROWS  incidents per chunk (the draws depend on it: leave it out)   default n / 40,
#                 at least 10000, at most 250000 (as the psql script)
#   --maintenance-work-mem SIZE   per index-building session              default 64MB
#   --repair      only finish what an interrupted run left (chunks, vacuum, indexes), then stop;
#                 quiet and quick when there is nothing to do
#
# What it does
#   0. Repair: finishes a bulk run that did not finish (an interrupted load resumes where it stopped: the
#      chunks not loaded yet, the vacuum, the indexes), or builds again the indexes that an interrupted
#      run saved and dropped. Every step can be interrupted (Ctrl-C cancels the sessions it started) and
#      repeated.
#   1. Plans the run (psql -v bulk=1 -f synthetic-incidents.sql): the ids, the days, the chunks.
#   2. Saves the definitions of the secondary indexes of incident, incident_actor, incident_claim and
#      incident_group (all but those behind a constraint: the primary keys stay) in bench.saved_index
#      and drops them; turns autovacuum off for these four tables (it would vacuum them while they are
#      loaded and indexed, on the same cores), and back on at the end (bench.saved_table).
#   3. JOBS sessions load the chunks, one transaction each, in date order, with
#      session_replication_role = replica, so that no trigger fires: not the foreign-key checks (every id
#      comes from a join with the table it references), not the incident_group triggers of V27/V29 (each
#      chunk inserts the rows the trigger function would have added: every distinct (incident, group) of
#      its incident_actor rows, with the incident's columns), not the regional summaries' (V48: each chunk
#      adds its published incidents to region_incident_summary too), not the data-change notifications (one is
#      sent at the end). It refuses to start when one of the four tables has an insert trigger it does
#      not know: skipping that one would leave what it maintains out of step. Each chunk's incidents go in
#      in id order; the sessions interleave the pages of neighbouring chunks, so the table is in date
#      order to within a few chunks (the correlation of id and occurred_on with the physical order is
#      printed at the end: 1.000 and 0.999 at 10 million).
#   4. VACUUM (ANALYZE) of the four tables, two sessions (visibility map for index-only scans, hint bits,
#      statistics), and ANALYZE of source and claim: before the indexes, which it then need not visit.
#   5. JOBS sessions build the saved indexes again, the costliest first, one transaction each, with
#      maintenance_work_mem as set and max_parallel_maintenance_workers = 0 (the sessions are the
#      parallelism). 64MB sorts in runs that fit the CPU caches better: a third less CPU than 1GB here.
#   6. Autovacuum back on, one notification on mm_data_changed, a report: times (and CPU-seconds, read
#      from /proc, so that a run on a busy machine can be told from a slow one), sizes, physical order.
#
# Settings
#   Set per session: synchronous_commit = off, work_mem = 256MB, temp_buffers = 512MB, jit = off,
#   wal_compression = off (index builds write every page to the WAL as a full-page image; compressing
#   them costs CPU), session_replication_role = replica (loading), maintenance_work_mem and
#   max_parallel_maintenance_workers (index builds). session_replication_role and wal_compression need a
#   superuser. Memory: JOBS x (maintenance_work_mem + temp_buffers + work_mem) at most.
#   Assumed of the server, and printed at the start: wal_level replica (the default; minimal would skip
#   the index builds' WAL), fsync on, max_wal_size 1GB and checkpoint_timeout 5min or more (the defaults;
#   smaller ones mean more checkpoints), autovacuum whatever it is (switched off for the four tables
#   here). shared_buffers does not matter much: each page is written once and index builds bypass the
#   buffers; the figures were taken with the default 128MB. Disk: about 30 GB for 10 million
#   incidents, as much again written to the WAL, and up to 2 GB of temporary files at a time.
# =====================================================================================================

set -Eeuo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

usage() {
	awk 'NR > 1 && /^# =====/ { if (++c == 3) exit; next } NR > 1 && /^#/ { sub(/^# ?/, ""); print }' "${BASH_SOURCE[0]}"
}

N=1000000
SEED=42
JOBS=$(nproc 2>/dev/null || echo 2)
CHUNK=
MAINT_MEM=64MB
REPAIR_ONLY=0
while (($#)); do
	case $1 in
	-n) N=$2; shift 2 ;;
	-s) SEED=$2; shift 2 ;;
	-j) JOBS=$2; shift 2 ;;
	-d) export PGDATABASE=$2; shift 2 ;;
	--chunk) CHUNK=$2; shift 2 ;;
	--maintenance-work-mem) MAINT_MEM=$2; shift 2 ;;
	--repair) REPAIR_ONLY=1; shift ;;
	-h | --help) usage; exit 0 ;;
	*) echo "synthetic-incidents-bulk.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
	esac
done
for v in N SEED JOBS ${CHUNK:+CHUNK}; do
	[[ ${!v} =~ ^[0-9]+$ ]] && { [[ $v == SEED ]] || ((${!v} >= 1)); } ||
		{ echo "synthetic-incidents-bulk.sh: $v must be a whole number (N, JOBS and CHUNK at least 1), not '${!v}'" >&2; exit 2; }
done
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres} PGDATABASE=${PGDATABASE:-mm_bench}
export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"
TABLES="incident incident_actor incident_claim incident_group"
TABLES_ARRAY="array['incident', 'incident_actor', 'incident_claim', 'incident_group']::regclass[]"
# Workers are told apart from other sessions by their application_name, so that Ctrl-C cancels exactly them.
APP_NAME="synthetic-incidents-bulk-$$"
T0=$SECONDS

log() { printf '%s synthetic-incidents-bulk: %s\n' "$(date '+%H:%M:%S')" "$*" >&2; }
q() { psql -X -q -At -v ON_ERROR_STOP=1 "$@"; }
qw() { PGAPPNAME=$APP_NAME psql -X -q -At -v ON_ERROR_STOP=1 -v VERBOSITY=terse "$@"; }   # a session to cancel on Ctrl-C
load_average() { cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime; }

SESSION="set synchronous_commit = off; set work_mem = '256MB'; set temp_buffers = '512MB'; set jit = off;
set wal_compression = off; set client_min_messages = notice; set client_connection_check_interval = '10s';"
LOAD_SESSION="$SESSION set session_replication_role = replica;"
INDEX_SESSION="$SESSION set maintenance_work_mem = '$MAINT_MEM'; set max_parallel_maintenance_workers = 0;"

cancel_workers() {
	q -c "select pg_cancel_backend(pid) from pg_stat_activity where application_name = '$APP_NAME'" >/dev/null 2>&1 || true
}
trap 'log "interrupted: cancelling the sessions it started; run it again (or with --repair) to finish"; cancel_workers; exit 130' INT TERM

# Runs "$@" (psql arguments) in JOBS sessions at once; fails if any fails.
parallel_sessions() {
	local pids=() pid failed=0
	for ((j = 1; j <= JOBS; j++)); do
		qw "$@" &
		pids+=($!)
	done
	for pid in "${pids[@]}"; do wait "$pid" || failed=1; done
	((failed == 0)) || { log "a session failed (see above)"; cancel_workers; exit 1; }
}

print_settings() {
	log "database $PGDATABASE on $PGHOST:${PGPORT:-5432} as $PGUSER; load average $(load_average); $(nproc) cores"
	q -c "select 'server: ' || string_agg(name || '=' || current_setting(name), ', ' order by name) from pg_settings
		where name in ('server_version', 'shared_buffers', 'max_wal_size', 'checkpoint_timeout', 'wal_level', 'wal_compression',
		               'full_page_writes', 'fsync', 'synchronous_commit', 'autovacuum', 'max_worker_processes',
		               'maintenance_work_mem', 'data_checksums')" >&2
	log "per session: synchronous_commit=off work_mem=256MB temp_buffers=512MB jit=off wal_compression=off;" \
		"loading: session_replication_role=replica; index builds: maintenance_work_mem=$MAINT_MEM max_parallel_maintenance_workers=0; $JOBS sessions"
}

check_superuser() {
	[[ $(q -c "select rolsuper from pg_roles where rolname = current_user") == t ]] || {
		echo "synthetic-incidents-bulk.sh: $PGUSER is not a superuser; session_replication_role needs one (or use psql -f src/bench/synthetic-incidents.sql, slower)" >&2
		exit 1
	}
}

# Loading without triggers skips what they derive: only the triggers whose work a chunk does itself
# (incident_group, V27/V29; the regional summaries' inserts, V48) or that the end replaces (the
# notification, V26) are known here.
check_triggers() {
	local unknown
	unknown=$(q -c "select string_agg(tgrelid::regclass || '.' || tgname, ', ') from pg_trigger
		where not tgisinternal and tgrelid = any ($TABLES_ARRAY) and (tgtype & 4) <> 0
		  and tgname not in ('mm_data_changed', 'incident_group_on_insert', 'region_summary_on_insert',
		                     'region_summary_on_group_insert')")
	[[ -z $unknown ]] || {
		echo "synthetic-incidents-bulk.sh: insert triggers it does not know: $unknown. Loading without triggers would skip" \
			"what they do; teach bench.syn_load_chunk (src/bench/synthetic-incidents.sql) to do it, or use the psql script." >&2
		exit 1
	}
}

bench_exists() { [[ $(q -c "select to_regclass('bench.run') is not null") == t ]]; }

# Step 2's autovacuum switch: the tables' reloptions are kept in bench.saved_table until step 5.
autovacuum_off() {
	q -c "create table if not exists bench.saved_table (table_name text primary key, reloptions text[])" \
		-c "insert into bench.saved_table select c.oid::regclass::text, c.reloptions from pg_class c
			where c.oid = any ($TABLES_ARRAY) on conflict do nothing" \
		-c "alter table incident set (autovacuum_enabled = false)" -c "alter table incident_actor set (autovacuum_enabled = false)" \
		-c "alter table incident_claim set (autovacuum_enabled = false)" -c "alter table incident_group set (autovacuum_enabled = false)"
}
autovacuum_restore() {
	q -c "create table if not exists bench.saved_table (table_name text primary key, reloptions text[])" \
		-c "do \$\$ declare t record; begin
			for t in select * from bench.saved_table loop
				execute format('alter table %s reset (autovacuum_enabled)', t.table_name);
				if exists (select 1 from unnest(t.reloptions) o where o like 'autovacuum_enabled=%') then
					execute format('alter table %s set (%s)', t.table_name,
						(select o from unnest(t.reloptions) o where o like 'autovacuum_enabled=%'));
				end if;
				delete from bench.saved_table where table_name = t.table_name;
			end loop; end \$\$"
}

load_chunks() {
	local run=$1 t=$SECONDS left
	left=$(q -c "select count(*) from bench.chunk where run_id = $run and loaded_at is null")
	if ((left > 0)); then
		log "run $run: loading $left chunks in $JOBS sessions"
		parallel_sessions -c "$LOAD_SESSION" -c "call bench.syn_work($run, true)"
		left=$(q -c "select count(*) from bench.chunk where run_id = $run and loaded_at is null")
		((left == 0)) || { log "run $run: $left chunks not loaded"; exit 1; }
		log "run $run: chunks loaded in $((SECONDS - t)) s (load average $(load_average))"
	fi
	q -c "update bench.run set loaded_at = coalesce(loaded_at, clock_timestamp()) where run_id = $run"
}

restore_indexes() {
	local t=$SECONDS left
	bench_exists || return 0
	left=$(q -c "select count(*) from bench.saved_index")
	((left > 0)) || return 0
	log "building $left indexes in $JOBS sessions"
	parallel_sessions -c "$INDEX_SESSION" -c "call bench.restore_indexes()"
	left=$(q -c "select count(*) from bench.saved_index")
	((left == 0)) || { log "$left indexes not built"; exit 1; }
	log "indexes built in $((SECONDS - t)) s (load average $(load_average))"
}

vacuum_tables() {
	local t=$SECONDS pids=() pid table failed=0
	log "VACUUM (ANALYZE) of $TABLES"
	# incident alone in one session, the three others in turn in the next (about equal halves).
	qw -c "$SESSION" -c "vacuum (analyze) incident" & pids+=($!)
	qw -c "$SESSION" -c "vacuum (analyze) incident_actor" -c "vacuum (analyze) incident_group" \
		-c "vacuum (analyze) incident_claim" -c "analyze source" -c "analyze claim" & pids+=($!)
	for pid in "${pids[@]}"; do wait "$pid" || failed=1; done
	((failed == 0)) || { log "a vacuum failed"; exit 1; }
	log "vacuumed in $((SECONDS - t)) s"
}

finish_run() {
	local run=$1
	vacuum_tables
	restore_indexes
	q -c "update bench.run set indexed_at = clock_timestamp() where run_id = $run"
	autovacuum_restore
	q -c "update bench.run set finished_at = clock_timestamp() where run_id = $run" -c "select pg_notify('mm_data_changed', '')" >/dev/null
}

# Whether an earlier run left work: a bulk run not finished, saved indexes not built, autovacuum off.
needs_repair() {
	bench_exists || return 1
	[[ $(q -c "select exists (select 1 from bench.run where mode = 'bulk' and finished_at is null)
		or exists (select 1 from bench.saved_index)
		or (to_regclass('bench.saved_table') is not null and exists (select 1 from bench.saved_table))") == t ]]
}

repair() {
	needs_repair || return 0
	local run
	run=$(q -c "select run_id from bench.run where mode = 'bulk' and finished_at is null order by run_id limit 1")
	if [[ -n $run ]]; then
		log "run $run ($(q -c "select format('n %s, seed %s, planned %s', n, seed, planned_at::timestamp(0)) from bench.run where run_id = $run")) did not finish: finishing it"
		check_triggers
		load_chunks "$run"
		finish_run "$run"
	elif [[ $(q -c "select count(*) from bench.saved_index") != 0 ]]; then
		log "indexes saved by an interrupted run are missing: building them"
		restore_indexes
		vacuum_tables
	fi
	autovacuum_restore
}

report() {
	local run=$1
	q -F ' ' -c "select format('run %s: %s incidents (ids %s..%s, seed %s) in %s chunks: planned %s s, loaded %s s (%s s CPU), vacuumed and indexed %s s (indexes %s s CPU), total %s s',
			r.run_id, r.n, r.first_id, r.first_id + r.n - 1, r.seed, r.chunks,
			round(extract(epoch from r.planned_at - r.started_at)), round(extract(epoch from r.loaded_at - r.planned_at)),
			(select round(sum(cpu_seconds)) from bench.chunk c where c.run_id = r.run_id),
			round(extract(epoch from r.indexed_at - r.loaded_at)),
			(select round(sum(cpu_seconds)) from bench.index_build b where b.run_id = r.run_id),
			round(extract(epoch from r.finished_at - r.started_at)))
		from bench.run r where r.run_id = $run" >&2
	q -c "select format('%-16s %10s rows  table %8s  indexes %8s  total %8s', c.relname, c.reltuples::bigint,
			pg_size_pretty(pg_table_size(c.oid)), pg_size_pretty(pg_indexes_size(c.oid)), pg_size_pretty(pg_total_relation_size(c.oid)))
		from pg_class c where c.oid = any ($TABLES_ARRAY) order by c.relname" >&2
	q -c "select format('physical order: correlation of incident.%s %s', attname, round(correlation::numeric, 3))
		from pg_stats where schemaname = current_schema() and tablename = 'incident' and attname in ('id', 'occurred_on')" >&2
	q -c "select 'database ' || pg_size_pretty(pg_database_size(current_database())) || ', synthetic incidents: ' ||
		(select count(*) from incident where synthetic)" >&2
}

if ((REPAIR_ONLY)); then
	needs_repair || exit 0
	check_superuser
	print_settings
	repair
	log "repair done in $((SECONDS - T0)) s"
	exit 0
fi
check_superuser
print_settings
repair

check_triggers
log "planning $N incidents (seed $SEED)"
q -v n="$N" -v seed="$SEED" ${CHUNK:+-v chunk="$CHUNK"} -v bulk=1 -f "$BENCH_DIR/synthetic-incidents.sql" >&2
RUN=$(q -c "select max(run_id) from bench.run where mode = 'bulk' and finished_at is null")
[[ -n $RUN ]] || { log "no planned run"; exit 1; }
autovacuum_off
DROPPED=$(q -c "select bench.drop_secondary_indexes($TABLES_ARRAY, $RUN)")
log "run $RUN: saved and dropped $DROPPED secondary indexes (bench.saved_index)"
load_chunks "$RUN"
finish_run "$RUN"
report "$RUN"
log "done in $((SECONDS - T0)) s (load average $(load_average))"
