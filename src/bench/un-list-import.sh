#!/usr/bin/env bash
# =====================================================================================================
# The UN list's import: a full import and a re-import of the same list          src/bench/un-list-import.sh
# =====================================================================================================
#
# Times the import of the UN Security Council Consolidated List (../shared/testdata/un-sanctions) into
# the seed, on a database of its own (BENCH_DB, created afresh; never mm_bench), two ways:
#
#   command line  java -jar app.jar --import-un-list=FILE, a fresh JVM each time: the process's wall time
#                 (start-up, Flyway's check, the import, shut-down) and the import's own time as the command
#                 reports it ("read and imported in N ms, of which reading M ms"); then a hostile file
#                 (a document type declaring entities), whose exit status must be 2
#   running jar   the jar serving on BENCH_PORT, signed in as an editor: the upload page's POST of the file
#                 (curl's time_total, the whole request: upload, read, import, redirect), BENCH_ROUNDS rounds
#
# Each round empties what an import made (the entries, links, change sets and import log, the designations
# and claims imports gave groups, the sources of lists other than the seed's), imports the list (the "full
# import": 1,014 entries added) and imports it again (the "re-import": unchanged). The issue's bars: a full
# import under 5 s, a re-import under 2 s. The first round of the running jar is its JVM's first import
# (cold); the later rounds' medians are the warm figures.
#
#   src/bench/un-list-import.sh
#   src/bench/un-list-import.sh --help
#
# Settings (environment)
#   BENCH_ROUNDS       rounds against the running jar                            5
#   BENCH_CLI_ROUNDS   command-line rounds (each a full import and a re-import)  1
#   BENCH_LIST         the list                      ../shared/testdata/un-sanctions/consolidated-2020-03-20.xml
#   BENCH_DB / BENCH_PORT / BENCH_OUT     mm_unlist / 18093 / docs/benchmarks-un-list-latest.md
#   BENCH_JAR          the jar (default target/militancy-monitor-*.jar, built if missing)
#   BENCH_KEEP_DB      1: leave the database for a look afterwards (default: dropped)
# =====================================================================================================

set -Eeuo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BENCH_DIR=$ROOT/src/bench
cd "$ROOT"

# shellcheck source=src/bench/lib.sh
source "$BENCH_DIR/lib.sh"

case "${1:-}" in
	"") ;;
	-h | --help) mm_usage "$0" 3; exit 0 ;;
	*) echo "un-list-import.sh: unknown option '$1' (try --help)" >&2; exit 2 ;;
esac

ROUNDS=${BENCH_ROUNDS:-5}
CLI_ROUNDS=${BENCH_CLI_ROUNDS:-1}
LIST=$(realpath "${BENCH_LIST:-../shared/testdata/un-sanctions/consolidated-2020-03-20.xml}")
DB=${BENCH_DB:-mm_unlist}
PORT=${BENCH_PORT:-18093}
OUT=${BENCH_OUT:-docs/benchmarks-un-list-latest.md}
LOG_UTC=1
LOG_TAG=un-list

[[ -r $LIST ]] || { echo "un-list-import.sh: no list at $LIST (BENCH_LIST)" >&2; exit 1; }
[[ $DB != mm_bench ]] || { echo "un-list-import.sh: mm_bench is the other benchmarks' database; use another BENCH_DB" >&2; exit 2; }
if ss -ltn | awk '{ print $4 }' | grep -q ":$PORT\$"; then
	echo "un-list-import.sh: port $PORT is taken (BENCH_PORT)" >&2
	exit 1
fi

mm_pg_env

WORK=$(mktemp -d /tmp/mm-un-list.XXXXXX)
APP=0
cleanup() {
	if [[ $APP != 0 ]]; then kill "$APP" 2>/dev/null || true; fi
	wait 2>/dev/null || true
	rm -rf "$WORK"
	if [[ ${BENCH_KEEP_DB:-0} != 1 ]]; then dropdb --if-exists "$DB" 2>/dev/null || true; fi
}
trap cleanup EXIT

JAR=$(mm_jar)
cp "$JAR" "$WORK/app.jar"
log "jar $JAR, list $LIST ($(stat -c %s "$LIST") bytes), database $DB (created afresh)"
dropdb --if-exists "$DB"
createdb "$DB"

reset() { # empties what the imports made, as before the first import
	psql -d "$DB" -q -v ON_ERROR_STOP=1 <<-'SQL'
		delete from sanctions_match;
		delete from sanctions_change;
		delete from sanctions_alias;
		delete from sanctions_address;
		delete from sanctions_entry;
		delete from sanctions_import;
		delete from designation where claim_id in (select id from claim where ref like 'unl-%');
		delete from claim where ref like 'unl-%';
		delete from source where kind = 'SANCTIONS_LIST' and slug <> 'un-consolidated-list-2020-03-20';
		update designation d set listed_on = v.listed::date, listed_precision = 'DAY', delisted_on = null
		  from (values ('QDe.132', '2011-07-29'), ('QDe.161', '2019-05-14')) as v(ref, listed)
		 where d.reference_number = v.ref;
	SQL
}

outcomes() { # the imports' outcomes, in order
	psql -d "$DB" -Atc "select string_agg(outcome, ',' order by id) from sanctions_import"
}

cli() { # cli <file>: runs the command; prints "status wall_s import_ms read_ms" (- when it says none)
	local started ended status times
	started=$(date +%s.%N)
	set +e
	SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$DB" SPRING_DATASOURCE_USERNAME=postgres \
		SPRING_DATASOURCE_PASSWORD= java -Xmx1g ${BENCH_JVM_OPTS:-} -jar "$WORK/app.jar" --import-un-list="$1" \
		>"$WORK/cli.log" 2>&1
	status=$?
	set -e
	ended=$(date +%s.%N)
	times=$(sed -n 's/.*in \([0-9]*\) ms, of which reading \([0-9]*\) ms.*/\1 \2/p' "$WORK/cli.log" | tail -1)
	awk -v s="$status" -v a="$started" -v b="$ended" -v t="${times:-- -}" 'BEGIN { printf "%s %.1f %s\n", s, b - a, t }'
}

# --- the command line --------------------------------------------------------------------------------
CLI_ROWS=()
for ((r = 1; r <= CLI_ROUNDS; r++)); do
	reset 2>/dev/null || true # the first run migrates the new database itself
	full=$(cli "$LIST")
	full_load=$(loadavg)
	log "command line, round $r, full import: status/wall s/import ms/read ms = $full (load $full_load)"
	again=$(cli "$LIST")
	again_load=$(loadavg)
	log "command line, round $r, re-import:   status/wall s/import ms/read ms = $again (load $again_load)"
	CLI_ROWS+=("| $r | full import | ${full// / | } | $full_load |" "| $r | re-import | ${again// / | } | $again_load |")
	[[ $(outcomes) == APPLIED,UNCHANGED ]] || { echo "unexpected outcomes: $(outcomes)" >&2; exit 1; }
done
printf '%s\n' '<?xml version="1.0"?><!DOCTYPE CONSOLIDATED_LIST [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><CONSOLIDATED_LIST dateGenerated="2021-01-01T00:00:00Z">&b;</CONSOLIDATED_LIST>' >"$WORK/laughs.xml"
hostile=$(cli "$WORK/laughs.xml")
hostile_status=${hostile%% *}
log "command line, a billion-laughs file: status $hostile_status ($(grep -o 'declares a document type' "$WORK/cli.log" | head -1))"
[[ $hostile_status == 2 ]] || { echo "the hostile file's status was $hostile_status, not 2" >&2; exit 1; }

# --- the running jar ---------------------------------------------------------------------------------
APP=$(MILITANCY_WARM_UP_DURATION=0 mm_start_app "$PORT")
mm_await_healthy "$PORT" "$APP"
ensure_accounts bench-editor
sign_in "$PORT" bench-editor >/dev/null
JAR_COOKIES=$WORK/cookies-$PORT-bench-editor

upload() { # upload: POSTs the list through the upload page; prints "http_code seconds"
	local form csrf token
	form=$(curl -s -b "$JAR_COOKIES" -c "$JAR_COOKIES" "http://127.0.0.1:$PORT/sanctions/imports/new")
	csrf=$(sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' <<<"$form" | head -1)
	token=$(sed -n 's/.*name="formToken" value="\([^"]*\)".*/\1/p' <<<"$form" | head -1)
	[[ -n $csrf && -n $token ]] || { echo "no upload form for bench-editor" >&2; exit 1; }
	curl -s -o /dev/null -b "$JAR_COOKIES" -w '%{http_code} %{time_total}\n' -F "_csrf=$csrf" -F "formToken=$token" \
		-F "file=@$LIST;type=text/xml" "http://127.0.0.1:$PORT/sanctions/imports"
}

JAR_ROWS=()
FULL=()
AGAIN=()
for ((r = 1; r <= ROUNDS; r++)); do
	reset
	full=$(upload)
	again=$(upload)
	[[ ${full%% *} == 302 && ${again%% *} == 302 ]] || { echo "an upload answered ${full%% *} / ${again%% *}" >&2; exit 1; }
	[[ $(outcomes) == APPLIED,UNCHANGED ]] || { echo "unexpected outcomes: $(outcomes)" >&2; exit 1; }
	log "running jar, round $r: full import ${full#* } s, re-import ${again#* } s (load $(loadavg))"
	JAR_ROWS+=("| $r | ${full#* } | ${again#* } | $(loadavg) |")
	if ((r > 1)); then
		FULL+=("${full#* }")
		AGAIN+=("${again#* }")
	fi
done
entries=$(psql -d "$DB" -Atc "select count(*) filter (where kind = 'INDIVIDUAL') || ' individuals, ' || count(*) filter (where kind = 'ENTITY') || ' entities' from sanctions_entry")
links=$(psql -d "$DB" -Atc "select count(*) filter (where status = 'CONFIRMED') || ' linked, ' || count(*) filter (where status = 'PENDING') || ' to confirm' from sanctions_match")

{
	echo "## The UN list's import ($(date -u +%Y-%m-%d), $(date -u +%H:%M) UTC)"
	echo
	echo "\`src/bench/un-list-import.sh\` (BENCH_ROUNDS=$ROUNDS, BENCH_CLI_ROUNDS=$CLI_ROUNDS): $(basename "$LIST"), $entries; $links."
	echo "$(nproc) cores, load average at the end $(loadavg)."
	echo
	echo "Command line (a fresh JVM each run; the import's own time as the command reports it):"
	echo
	echo "| round | run | exit status | wall s | import ms | of which reading ms | load |"
	echo "| ---: | --- | ---: | ---: | ---: | ---: | ---: |"
	printf '%s\n' "${CLI_ROWS[@]}"
	echo
	echo "A billion-laughs file: exit status $hostile_status."
	echo
	echo "Running jar, the upload page (curl time_total, s; round 1 is the JVM's first import):"
	echo
	echo "| round | full import | re-import | load |"
	echo "| ---: | ---: | ---: | ---: |"
	printf '%s\n' "${JAR_ROWS[@]}"
	echo
	if ((ROUNDS > 1)); then
		echo "Medians of rounds 2–$ROUNDS: full import $(printf '%s\n' "${FULL[@]}" | median) s (bar < 5 s), re-import $(printf '%s\n' "${AGAIN[@]}" | median) s (bar < 2 s)."
	fi
} | tee "$OUT"
