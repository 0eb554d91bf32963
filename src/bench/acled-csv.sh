#!/usr/bin/env bash
# =====================================================================================================
# The incident CSV export and the ACLED CSV import against PostgreSQL's COPY       src/bench/acled-csv.sh
# =====================================================================================================
#
# On a database of a million published incidents or so (a migrated one topped up by
# synthetic-incidents-bulk.sh), with the packaged jar, signed in as an editor:
#
#   export   GET /incidents.csv?status=PUBLISHED (every published incident, the dashboard's CSV), with curl
#            to a file, BENCH_ROUNDS times, the first a warm-up of the JVM; the heap of the JVM recorded meanwhile
#            with JFR (jdk.GCHeapSummary: the heap used before and after every collection) and sampled with
#            jcmd GC.heap_info every half second
#   copy-to  COPY (the export's own statement) TO STDOUT WITH (FORMAT csv), through psql to /dev/null, as often,
#            alternating with the exports: the same rows as PostgreSQL alone sends them
#   import   the ACLED CSV of the same incidents (GET /incidents/acled.csv?status=PUBLISHED, a million rows),
#            uploaded to /incidents/import (as drafts) and timed from the upload to the import's end; then the
#            same file again, which must change nothing (its time too)
#   copy-from COPY ... FROM the same file into a table of ACLED's 31 columns as text, and COPY ... FROM the same
#            incidents' rows (as incident's own columns) into a copy of incident with all its indexes, its
#            generated columns and its constraints: the same rows as PostgreSQL alone takes them in
#
#   src/bench/acled-csv.sh -d mm_exports
#   src/bench/acled-csv.sh --help
#
# The import ADDS a million draft incidents, their claims and their audit to the database (the audit cannot be
# deleted, by design): run it on a database of its own (createdb, then start the jar once on it to migrate, then
# synthetic-incidents-bulk.sh), never on one whose data matters, and drop it afterwards. It refuses mm_bench.
#
# The report (stdout and BENCH_OUT) gives each run's seconds, rows, rows a second and bytes, the peak heap, and
# each of the application's times as a fraction of COPY's (COPY's seconds / the application's: 1.0 is as fast
# as COPY, 0.5 half as fast), with the load average before each run.
#
# Settings (environment)
#   BENCH_ROUNDS   export and COPY TO runs each (the first export warms the JVM up)       3
#   BENCH_PORT     the application's port                                                18093
#   BENCH_OUT      the report                                                            docs/benchmarks-acled-latest.md
#   BENCH_JAR      the jar (default target/militancy-monitor-*.jar, built if missing)
#   BENCH_JVM_OPTS more JVM options (the heap is -Xmx1g)
# =====================================================================================================

set -Eeuo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BENCH_DIR=$ROOT/src/bench
cd "$ROOT"

# shellcheck source=src/bench/lib.sh
source "$BENCH_DIR/lib.sh"

DB=
while (($#)); do
	case $1 in
	-d) DB=$2; shift 2 ;;
	-h | --help) mm_usage "$0" 2; exit 0 ;;
	*) echo "acled-csv.sh: unknown argument '$1' (try --help)" >&2; exit 2 ;;
	esac
done
[[ -n $DB ]] || { echo "acled-csv.sh: name the database with -d (a database of its own: see --help)" >&2; exit 2; }
[[ $DB != mm_bench ]] || { echo "acled-csv.sh: not on mm_bench: the import adds a million incidents and their audit" >&2; exit 2; }

ROUNDS=${BENCH_ROUNDS:-3}
PORT=${BENCH_PORT:-18093}
OUT=${BENCH_OUT:-docs/benchmarks-acled-latest.md}
LOG_TAG=acled
WORK=$(mktemp -d /tmp/acled-bench.XXXXXX)
EDITOR_USER=bench-editor
mm_pg_env

APP_PID=
SAMPLER_PID=
cleanup() {
	[[ -n $SAMPLER_PID ]] && kill "$SAMPLER_PID" 2>/dev/null || true
	[[ -n $APP_PID ]] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
	psql -d "$DB" -q -c "drop table if exists bench_acled_rows, bench_incident_copy" 2>/dev/null || true
	rm -rf "$WORK"
}
trap cleanup EXIT

q() { psql -d "$DB" -X -q -At -v ON_ERROR_STOP=1 "$@"; }
now() { date +%s.%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
ratio() { awk -v copy="$1" -v app="$2" 'BEGIN { printf "%.2f", copy / app }'; }
per_second() { awk -v n="$1" -v s="$2" 'BEGIN { printf "%d", n / s }'; }

PUBLISHED=$(q -c "select count(*) from incident where status = 'PUBLISHED'")
((PUBLISHED >= 100000)) || { echo "acled-csv.sh: $DB has $PUBLISHED published incidents; load a million first (synthetic-incidents-bulk.sh)" >&2; exit 1; }
log "database $DB: $PUBLISHED published incidents; $(nproc) cores, load average $(loadavg)"

cp "$(mm_jar)" "$WORK/app.jar"
APP_PID=$(MILITANCY_WARM_UP_DURATION=0 mm_start_app "$PORT")
mm_await_healthy "$PORT" "$APP_PID"
ensure_accounts "$EDITOR_USER"
SESSION=$(sign_in "$PORT" "$EDITOR_USER")
[[ -n $SESSION ]] || { echo "acled-csv.sh: could not sign in as $EDITOR_USER" >&2; exit 1; }
COOKIE="JSESSIONID=$SESSION"
BASE=http://127.0.0.1:$PORT
log "application on port $PORT (pid $APP_PID), signed in as $EDITOR_USER"

# The export's statement for the unfiltered list of published incidents, newest first, as IncidentExports builds
# it for the dashboard's CSV (the incident's columns, its parties and its sources' titles).
EXPORT_SQL="select i.id, i.occurred_on, i.date_precision, i.date_as_stated, i.event_type, i.sub_event_type,
 i.cross_border, i.country_id, i.admin1_id, i.admin2_id, i.place_name, i.latitude, i.longitude,
 i.location_precision, i.fatalities_low, i.fatalities_best, i.fatalities_high, i.fatalities,
 i.injured, i.status, i.summary, i.synthetic, i.event_id_cnty, i.created_at, p.parties,
 s.sources, null as source_scale, null as changed_at from incident i
 left join lateral (
   select string_agg(ia.role || ',' || coalesce(ia.group_id, -ia.actor_id)
                     || case when ia.attribution_uncertain then ',u' else '' end, ';' order by ia.id) as parties
     from incident_actor ia where ia.incident_id = i.id) p on true
 left join lateral (
   select string_agg(distinct s.title, '; ') as sources
     from incident_claim ic join claim c on c.id = ic.claim_id join source s on s.id = c.source_id
    where ic.incident_id = i.id and c.retracted_at is null and s.retracted_at is null) s on true
 where i.status = 'PUBLISHED' order by i.occurred_on desc nulls last, i.id desc"

# Heap: JFR's record of every collection, and jcmd's view every half second.
heap_sampler() { # heap_sampler <file>: appends the heap used (KB) every 0.5 s until killed
	while true; do
		jcmd "$APP_PID" GC.heap_info 2>/dev/null | awk '/used/ { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K,?$/, "", v); print v; exit } }' >>"$1"
		sleep 0.5
	done
}
jfr_start() { jcmd "$APP_PID" JFR.start name="$1" settings=default >/dev/null; }
jfr_heap() { # jfr_heap <name>: stops the recording; prints "max-before-gc-MB max-after-gc-MB collections"
	local file=$WORK/$1.jfr
	jcmd "$APP_PID" JFR.stop name="$1" filename="$file" >/dev/null
	jfr print --events jdk.GCHeapSummary "$file" | awk '
		/when = "Before GC"/ { w = "b" } /when = "After GC"/ { w = "a" }
		/heapUsed = / { v = $3; u = $4; if (u ~ /kB/) v /= 1024; else if (u ~ /GB/) v *= 1024; else if (u ~ /bytes/) v /= 1048576
		                if (w == "b") { n++; if (v > b) b = v } else if (v > a) a = v }
		END { printf "%.0f %.0f %d\n", b, a, n }'
}

REPORT=$WORK/report.md
{
	echo "## ACLED CSV import and incident CSV export against COPY ($(date -u +%Y-%m-%d), $PUBLISHED published incidents)"
	echo
	echo "\`src/bench/acled-csv.sh -d $DB\`, $(date -u +%H:%M) UTC, $(nproc) cores shared, PostgreSQL $(q -c 'show server_version')"
	echo "(shared_buffers $(q -c 'show shared_buffers')), the packaged jar with -Xmx1g on the same machine, curl and psql on loopback."
	echo
	echo "### Export: GET /incidents.csv?status=PUBLISHED against COPY (the export's statement) TO STDOUT"
	echo
	echo "| run | what | load avg | seconds | rows | rows/s | MB | heap peak (jcmd sample) MB | heap before GC max MB | after GC max MB | GCs |"
	echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
} >"$REPORT"

declare -a EXPORT_TIMES COPY_TIMES
for ((r = 1; r <= ROUNDS; r++)); do
	load=$(loadavg)
	: >"$WORK/heap-$r"
	heap_sampler "$WORK/heap-$r" &
	SAMPLER_PID=$!
	jfr_start "export-$r"
	t0=$(now)
	curl -sf -b "$COOKIE" -o "$WORK/export.csv" "$BASE/incidents.csv?status=PUBLISHED"
	t1=$(now)
	kill "$SAMPLER_PID" 2>/dev/null || true
	wait "$SAMPLER_PID" 2>/dev/null || true
	SAMPLER_PID=
	read -r before after gcs <<<"$(jfr_heap "export-$r")"
	peak=$(sort -n "$WORK/heap-$r" | tail -1)
	rows=$(($(q -c "select count(*) from incident where status = 'PUBLISHED'")))
	lines=$(($(wc -l <"$WORK/export.csv") - 1))
	mb=$(awk -v b="$(stat -c %s "$WORK/export.csv")" 'BEGIN { printf "%.0f", b / 1048576 }')
	s=$(seconds "$t0" "$t1")
	EXPORT_TIMES[r]=$s
	note=$([[ $r == 1 ]] && echo " (JVM warm-up)" || true)
	echo "| $r | export$note | $load | $s | $rows (file: $lines lines) | $(per_second "$rows" "$s") | $mb | $((${peak:-0} / 1024)) | $before | $after | $gcs |" >>"$REPORT"
	log "export $r: $s s, $lines lines, heap peak $((${peak:-0} / 1024)) MB"
	load=$(loadavg)
	t0=$(now)
	psql -d "$DB" -X -q -v ON_ERROR_STOP=1 -c "copy ($EXPORT_SQL) to stdout with (format csv)" >/dev/null
	t1=$(now)
	s=$(seconds "$t0" "$t1")
	COPY_TIMES[r]=$s
	echo "| $r | COPY TO | $load | $s | $rows | $(per_second "$rows" "$s") | | | | | |" >>"$REPORT"
	log "copy to $r: $s s"
done
{
	echo
	for ((r = 2; r <= ROUNDS; r++)); do
		echo "- Round $r: export ${EXPORT_TIMES[r]} s, COPY ${COPY_TIMES[r]} s: **$(ratio "${COPY_TIMES[r]}" "${EXPORT_TIMES[r]}") of COPY's speed**."
	done
	echo
} >>"$REPORT"

# The ACLED file of the same incidents, as the import will read it.
log "writing the ACLED CSV of the published incidents"
t0=$(now)
curl -sf -b "$COOKIE" -o "$WORK/acled.csv" "$BASE/incidents/acled.csv?status=PUBLISHED"
t1=$(now)
ACLED_ROWS=$(($(q -c "select count(*) from incident where status = 'PUBLISHED'")))
ACLED_MB=$(awk -v b="$(stat -c %s "$WORK/acled.csv")" 'BEGIN { printf "%.0f", b / 1048576 }')
ACLED_EXPORT=$(seconds "$t0" "$t1")
log "ACLED CSV: $ACLED_ROWS rows, $ACLED_MB MB, $ACLED_EXPORT s"

upload() { # upload <file>: uploads it to the import and waits for its end; prints "import-id upload-s total-s"
	local page csrf token location id t0 t1 t2 status
	page=$(curl -sf -b "$COOKIE" "$BASE/incidents/import")
	csrf=$(sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' <<<"$page" | head -1)
	token=$(sed -n 's/.*name="formToken" value="\([^"]*\)".*/\1/p' <<<"$page" | head -1)
	t0=$(now)
	location=$(curl -s -b "$COOKIE" -o /dev/null -w '%{redirect_url}' -F "_csrf=$csrf" -F "formToken=$token" \
		-F "file=@$1;type=text/csv" "$BASE/incidents/import")
	t1=$(now)
	id=${location##*/}
	[[ $id =~ ^[0-9]+$ ]] || { echo "acled-csv.sh: the upload was not accepted (went to '$location')" >&2; exit 1; }
	while true; do
		status=$(q -c "select status from acled_import where id = $id")
		[[ $status == QUEUED || $status == RUNNING ]] || break
		sleep 0.2
	done
	t2=$(now)
	[[ $status == DONE ]] || { echo "acled-csv.sh: import $id ended $status" >&2; exit 1; }
	echo "$id $(seconds "$t0" "$t1") $(seconds "$t0" "$t2")"
}

{
	echo "### Import: the ACLED CSV of the same incidents uploaded to /incidents/import, against COPY ... FROM"
	echo
	echo "The file: GET /incidents/acled.csv?status=PUBLISHED, $ACLED_ROWS rows, $ACLED_MB MB, written in $ACLED_EXPORT s."
	echo
	echo "| what | load avg | seconds (upload) | seconds (all) | import's own seconds | rows imported | already there | left out | rows/s | heap before GC max MB | after GC max MB | GCs |"
	echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
} >>"$REPORT"
for what in import re-import; do
	load=$(loadavg)
	jfr_start "$what"
	read -r id up total <<<"$(upload "$WORK/acled.csv")"
	read -r before after gcs <<<"$(jfr_heap "$what")"
	read -r own imported present rejected <<<"$(q -F' ' -c "select round(extract(epoch from finished_at - created_at)::numeric, 2),
		rows_imported, rows_present, rows_rejected from acled_import where id = $id")"
	[[ $what == import ]] && IMPORT_TOTAL=$total
	echo "| $what (import $id) | $load | $up | $total | $own | $imported | $present | $rejected | $(per_second "$ACLED_ROWS" "$total") | $before | $after | $gcs |" >>"$REPORT"
	log "$what $id: $total s (upload $up s), imported $imported, present $present, rejected $rejected"
done

# COPY of the same rows: the ACLED file into a table of its columns as text; the incidents' own rows into a copy
# of incident with its indexes, generated columns and constraints.
COLUMNS=$(head -1 "$WORK/acled.csv" | tr -d '\r' | sed 's/,/ text, /g; s/$/ text/')
q -c "create table bench_acled_rows ($COLUMNS)"
load=$(loadavg)
t0=$(now)
psql -d "$DB" -X -q -v ON_ERROR_STOP=1 -c "copy bench_acled_rows from stdin with (format csv, header)" <"$WORK/acled.csv"
t1=$(now)
COPY_RAW=$(seconds "$t0" "$t1")
log "copy from (ACLED rows as text): $COPY_RAW s"
INCIDENT_COLUMNS=$(q -c "select string_agg(attname, ', ' order by attnum) from pg_attribute
	where attrelid = 'incident'::regclass and attnum > 0 and not attisdropped and attgenerated = ''")
psql -d "$DB" -X -q -v ON_ERROR_STOP=1 -c "copy (select $INCIDENT_COLUMNS from incident where status = 'PUBLISHED'
	order by occurred_on desc nulls last, id desc) to stdout with (format csv)" >"$WORK/incidents.csv"
q -c "create table bench_incident_copy (like incident including all)"
load2=$(loadavg)
t0=$(now)
psql -d "$DB" -X -q -v ON_ERROR_STOP=1 -c "copy bench_incident_copy ($INCIDENT_COLUMNS) from stdin with (format csv)" \
	<"$WORK/incidents.csv"
t1=$(now)
COPY_LIKE=$(seconds "$t0" "$t1")
log "copy from (incident rows into a copy of incident): $COPY_LIKE s"
{
	echo "| COPY FROM the file into 31 text columns, no index | $load | | $COPY_RAW | | $ACLED_ROWS | | | $(per_second "$ACLED_ROWS" "$COPY_RAW") | | | |"
	echo "| COPY FROM the same incidents into a copy of incident (its $(q -c "select count(*) from pg_index where indrelid = 'incident'::regclass") indexes, generated columns, constraints) | $load2 | | $COPY_LIKE | | $ACLED_ROWS | | | $(per_second "$ACLED_ROWS" "$COPY_LIKE") | | | |"
	echo
	echo "- The import against COPY into the text table: **$(ratio "$COPY_RAW" "$IMPORT_TOTAL") of COPY's speed**;"
	echo "  against COPY into a copy of incident: **$(ratio "$COPY_LIKE" "$IMPORT_TOTAL")**."
	echo
} >>"$REPORT"

cat "$REPORT"
mkdir -p "$(dirname "$OUT")"
cp "$REPORT" "$OUT"
log "report written to $OUT"
