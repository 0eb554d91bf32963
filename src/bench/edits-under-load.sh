#!/usr/bin/env bash
# =====================================================================================================
# Pages while editors write                                                src/bench/edits-under-load.sh
# =====================================================================================================
#
# Measures signed-in analysts' pages while an editor publishes one edit per second through the
# application, for each setting of militancy.page-cache.max-staleness, alternating, on the database of
# run-benchmarks.sh (mm_bench, N synthetic incidents: run that first, or the generator yourself).
#
#   src/bench/edits-under-load.sh          compare the settings (BENCH_MODES), alternating, BENCH_ROUNDS times
#   src/bench/edits-under-load.sh --cold   a fresh JVM under load from the moment it is healthy, for
#                                          BENCH_COLD seconds: is any request slower than 2 s?
#   src/bench/edits-under-load.sh --help
#
# What it does
#   1. Starts one copy of the jar per setting (ports BENCH_PORT, BENCH_PORT+1, ...; -Xmx1g each) on
#      mm_bench, with MILITANCY_ADMIN_USERNAME/PASSWORD (benchadmin; used only on an empty account table).
#      Creates (SQL, with the administrator's password hash) an analyst bench-analyst and two editors,
#      bench-editor and bench-reviewer, and signs the analyst in to each copy (curl: CSRF token, JSESSIONID).
#   2. Loads every copy with all paths for BENCH_JIT_WARMUP seconds (JIT), one after the other.
#   3. Per round and per setting (the order alternates between rounds): the bare /api/ping without edits,
#      then for each target (BENCH_TARGETS) a warm-up and a measured run of wrk -t2 -c32 with the analyst's
#      cookie, while src/bench/edit-loop.py signs in as bench-editor and saves an edit once a second through
#      the application (GET the form, POST it), timing each save:
#        BENCH_EDIT_KIND=draft (the default): the summary of one synthetic DRAFT incident, one committed
#          change each. Drafts are in no regional summary (region_incident_summary counts published
#          incidents only; V50's trigger returns early for them): a data change all the same, which makes
#          every kept page out of date, but the summaries' figures stay as they are.
#        BENCH_EDIT_KIND=published: the best fatality figure of the newest synthetic PUBLISHED incident
#          dated to the day (in every summary's default period), one up, one down, alternately. The app
#          holds an edit of a published incident as a pending revision until a second person approves it:
#          bench-reviewer (a second editor, signed in by edit-loop.py too) opens the revision from the
#          incident's page and approves it right after each save, which applies it to the incident and
#          changes what the summaries of its district, province, country and world region count. Two
#          committed changes per tick (the revision, the approval); the approvals are timed too.
#   4. Prints a Markdown table (and writes BENCH_OUT): req/s, x ping, p50/p95/p99/max, normalised p95
#      (p95 x ping req/s / 20,000), errors, the saves' p50/p95/max and normalised p95 (and with
#      BENCH_EDIT_KIND=published the approvals' too), the load average.
#
# Targets (BENCH_TARGETS; the paths as in run-benchmarks.sh, the regions read from the database)
#   groups           every group's profile, rotating (page cache)
#   incidents        the incident list: 24 filters, sorts and pages
#   search           13 queries
#   summaries        the regional summaries: every world region, Pakistan, Afghanistan, their provinces and
#                    busiest districts, default period and drawn filters (BENCH_SUMMARY_PATHS, BENCH_SEED)
#   summaries-fresh  the same, each request with a parameter of its own: rendered, never the page cache's
#   home, home-fresh GET /, kept and rendered
#   map              the map JSON API over the same regions (BENCH_MAP_PATHS)
#   The JIT warm-up loads the chosen targets' paths (the -fresh ones with a parameter of their own).
#
# Settings (environment)
#   BENCH_MODES        max-staleness settings to compare ("0" is the old behaviour)   "5s 0"
#                      a setting may add the summaries' militancy.summaries.max-lag after a colon:
#                      "5s:60s 5s:0" compares summaries lagging by up to a minute with never lagging
#   BENCH_ROUNDS       rounds (each measures every setting)                     2
#   BENCH_DURATION     measured seconds per run                                 20
#   BENCH_WARMUP       warm-up seconds per target, edits running               5
#   BENCH_JIT_WARMUP   JIT warm-up seconds per copy                             60
#   BENCH_COLD         (--cold) seconds of load on the fresh JVM                60
#   BENCH_EDITS        edits per second                                         1
#   BENCH_EDIT_KIND    draft or published (see step 3)                          draft
#   BENCH_TARGETS      targets measured under the edits                         "groups incidents search"
#   BENCH_SUMMARY_PATHS / BENCH_MAP_PATHS / BENCH_SEED   paths of summaries / map, their seed   200 / 150 / 42
#   BENCH_CONNECTIONS / BENCH_THREADS                                           32 / 2
#   BENCH_DB / BENCH_PORT / BENCH_OUT     mm_bench / 18081 / docs/benchmarks-edits-latest.md
#   BENCH_JAR          the jar (default target/militancy-monitor-*.jar, built if missing)
#   BENCH_JVM_OPTS     extra JVM options
# =====================================================================================================

set -Eeuo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BENCH_DIR=$ROOT/src/bench
cd "$ROOT"

# shellcheck source=src/bench/lib.sh
source "$BENCH_DIR/lib.sh"

MODE=compare
case "${1:-}" in
	"") ;;
	--cold) MODE=cold ;;
	-h | --help) mm_usage "$0" 2; exit 0 ;;
	*) echo "edits-under-load.sh: unknown option '$1' (try --help)" >&2; exit 2 ;;
esac

MODES=${BENCH_MODES:-5s 0}
ROUNDS=${BENCH_ROUNDS:-2}
DURATION=${BENCH_DURATION:-20}
WARMUP=${BENCH_WARMUP:-5}
JIT_WARMUP=${BENCH_JIT_WARMUP:-60}
COLD=${BENCH_COLD:-60}
EDITS=${BENCH_EDITS:-1}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
THREADS=${BENCH_THREADS:-2}
DB=${BENCH_DB:-mm_bench}
PORT=${BENCH_PORT:-18081}
OUT=${BENCH_OUT:-docs/benchmarks-edits-latest.md}
EDIT_KIND=${BENCH_EDIT_KIND:-draft}
TARGETS=${BENCH_TARGETS:-groups incidents search}
SEED=${BENCH_SEED:-42}
SUMMARY_PATHS=${BENCH_SUMMARY_PATHS:-200}
MAP_PATHS=${BENCH_MAP_PATHS:-150}
LOG_TAG=edits

[[ $EDIT_KIND == draft || $EDIT_KIND == published ]] ||
	{ echo "edits-under-load.sh: BENCH_EDIT_KIND is draft or published, not '$EDIT_KIND'" >&2; exit 2; }
for t in $TARGETS; do
	case $t in
		groups | incidents | search | summaries | summaries-fresh | home | home-fresh | map) ;;
		*) echo "edits-under-load.sh: unknown target '$t' (known: groups incidents search summaries summaries-fresh home home-fresh map)" >&2; exit 2 ;;
	esac
done

mm_pg_env

WORK=$(mktemp -d "${TMPDIR:-/tmp}/mm-edits.XXXXXX")
PIDS=()

cleanup() {
	local rc=$? pid
	trap - EXIT
	for pid in "${PIDS[@]}"; do
		kill -TERM "$pid" 2>/dev/null || true
	done
	for pid in "${PIDS[@]}"; do
		wait "$pid" 2>/dev/null || true
	done
	log "work directory: $WORK"
	exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

JAR=$(mm_jar)
cp "$JAR" "$WORK/app.jar"

start_app() { # start_app <port> <max-staleness>[:<summaries' max-lag>]: prints the pid
	if [[ $2 == *:* ]]; then
		MILITANCY_PAGE_CACHE_MAX_STALENESS=${2%%:*} MILITANCY_SUMMARIES_MAX_LAG=${2#*:} mm_start_app "$1"
	else
		MILITANCY_PAGE_CACHE_MAX_STALENESS=$2 mm_start_app "$1"
	fi
}

write_paths() {
	psql -d "$DB" -Atc "select '/groups/' || slug from militant_group order by slug" >"$WORK/groups.txt"
	mm_search_paths >"$WORK/search.txt"
	mm_short_incident_paths >"$WORK/incidents.txt"
	if [[ " $TARGETS " == *" summaries"* || " $TARGETS " == *" map "* ]]; then
		mm_region_slugs >"$WORK/regions.txt"
		mm_summary_paths "$SEED" "$SUMMARY_PATHS" "$WORK/regions.txt" >"$WORK/summaries.txt"
		cp "$WORK/summaries.txt" "$WORK/summaries-fresh.txt"
		mm_map_paths "$SEED" "$MAP_PATHS" "$WORK/regions.txt" >"$WORK/map.txt"
	fi
	echo / >"$WORK/home.txt"
	echo / >"$WORK/home-fresh.txt"
	# every target's paths, the -fresh ones marked to get a parameter of their own (wrk-rotate.lua)
	local t
	for t in $TARGETS; do
		if [[ $t == *-fresh ]]; then sed 's/^\//@\//' "$WORK/$t.txt"; else cat "$WORK/$t.txt"; fi
	done >"$WORK/all.txt"
	echo /api/ping >"$WORK/ping.txt"
}

wrk_run() { # wrk_run <port> <cookie> <target> <seconds>: prints the MMBENCH line
	local unique=0
	[[ $3 == *-fresh ]] && unique=1
	mm_wrk_rotate "$1" "$2" "$WORK/$3.txt" "$4" "$unique"
}

write_paths

if [[ $MODE == cold ]]; then
	staleness=${MODES%% *}
	pid=$(start_app "$PORT" "$staleness")
	PIDS+=("$pid")
	t0=$SECONDS
	mm_await_healthy "$PORT" "$pid"
	log "healthy after $((SECONDS - t0)) s; signing in and loading every path for $COLD s at once"
	ensure_accounts bench-analyst bench-editor bench-reviewer
	cookie=$(sign_in "$PORT" bench-analyst)
	line=$(wrk_run "$PORT" "$cookie" all "$COLD")
	echo "cold start (max-staleness $staleness, load average $(loadavg)): $line"
	for t in $TARGETS; do
		log "$t, after the first minute: $(wrk_run "$PORT" "$cookie" "$t" 10)"
	done
	exit 0
fi

declare -A APP_PORT COOKIE
i=0
for m in $MODES; do
	APP_PORT[$m]=$((PORT + i))
	pid=$(start_app "${APP_PORT[$m]}" "$m")
	PIDS+=("$pid")
	log "started max-staleness=$m on port ${APP_PORT[$m]} (pid $pid)"
	i=$((i + 1))
done
for m in $MODES; do
	mm_await_healthy "${APP_PORT[$m]}" 0
done
ensure_accounts bench-analyst bench-editor bench-reviewer
EDIT_ARGS=()
if [[ $EDIT_KIND == published ]]; then
	# The newest published day-dated synthetic incident in a province, with a best figure that can go up by
	# one without passing its high one (edit-loop.py raises the high figure otherwise).
	INCIDENT=$(psql -d "$DB" -Atc "select id from incident where synthetic and status = 'PUBLISHED'
		and date_precision = 'DAY' and admin1_id is not null and fatalities_best is not null
		and (fatalities_high is null or fatalities_high > fatalities_best)
		order by occurred_on desc, id desc limit 1")
	EDIT_ARGS=(--published bench-reviewer)
else
	INCIDENT=$(psql -d "$DB" -Atc "select id from incident where synthetic and status = 'DRAFT' order by id limit 1")
fi
[[ -n $INCIDENT ]] || { echo "edits-under-load.sh: no synthetic $EDIT_KIND incident to edit in $DB" >&2; exit 1; }
log "editing incident $INCIDENT ($EDIT_KIND)"
for m in $MODES; do
	COOKIE[$m]=$(sign_in "${APP_PORT[$m]}" bench-analyst)
	log "max-staleness=$m: analyst session ${COOKIE[$m]:0:6}...; JIT warm-up ${JIT_WARMUP}s"
	wrk_run "${APP_PORT[$m]}" "${COOKIE[$m]}" all "$JIT_WARMUP" >/dev/null
done

RESULTS=$WORK/results.txt
: >"$RESULTS"
modes=($MODES)
for r in $(seq 1 "$ROUNDS"); do
	order=("${modes[@]}")
	((r % 2 == 0)) && order=($(printf '%s\n' "${modes[@]}" | tac))
	for m in "${order[@]}"; do
		port=${APP_PORT[$m]} cookie=${COOKIE[$m]}
		la=$(loadavg)
		ping=$(wrk_run "$port" "$cookie" ping "$DURATION")
		ping_rps=$(field rps "$ping")
		echo "$r $m ping $la $ping" >>"$RESULTS"
		log "round $r, max-staleness=$m: ping $ping_rps req/s"
		for t in $TARGETS; do
			la=$(loadavg)
			python3 "$BENCH_DIR/edit-loop.py" "${EDIT_ARGS[@]}" "http://127.0.0.1:$port" bench-editor "$PASSWORD" "$INCIDENT" \
				"$((WARMUP + DURATION))" "$EDITS" "$WORK/saves-$r-$m-$t.txt" >"$WORK/edits-$r-$m-$t.txt" &
			editor=$!
			((WARMUP > 0)) && wrk_run "$port" "$cookie" "$t" "$WARMUP" >/dev/null
			line=$(wrk_run "$port" "$cookie" "$t" "$DURATION")
			wait "$editor" || true
			edits=$(cat "$WORK/edits-$r-$m-$t.txt")
			echo "$r $m $t $la $line $(sed 's/^MMEDITS //; s/\([a-z0-9_]*\)=/save_\1=/g' <<<"$edits")" >>"$RESULTS"
			log "round $r, max-staleness=$m, $t: $(field rps "$line") req/s, p95 $(field p95_ms "$line") ms, errors $(field errors "$line"); saves: $edits"
		done
	done
done

{
	echo "# Pages while editors write"
	echo
	echo "Written by \`src/bench/edits-under-load.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'): $(nproc) CPUs, $(psql -d "$DB" -Atc "select count(*) from incident") incidents in \`$DB\`, wrk -t$THREADS -c$CONNECTIONS, ${DURATION} s per run after ${WARMUP} s, $EDITS edit/s through the app ($(if [[ $EDIT_KIND == published ]]; then echo "published incident $INCIDENT: its best fatality figure up and down by one, each save a pending revision approved at once by a second editor"; else echo "incident $INCIDENT, a draft"; fi)), one JVM per setting (-Xmx1g), rounds alternating the order."
	echo
	if [[ $EDIT_KIND == published ]]; then
		echo "| round | max-staleness | target | req/s | x ping | p50 ms | p95 ms | p99 ms | max ms | norm. p95 ms | errors | saves/failed | save p50 ms | save p95 ms | save max ms | norm. save p95 ms | approvals/failed | approve p50 ms | approve p95 ms | approve max ms | norm. approve p95 ms | load avg |"
		echo "| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
	else
		echo "| round | max-staleness | target | req/s | x ping | p50 ms | p95 ms | p99 ms | max ms | norm. p95 ms | errors | saves/failed | save p50 ms | save p95 ms | save max ms | norm. save p95 ms | load avg |"
		echo "| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
	fi
	declare -A PING
	while read -r r m t la rest; do
		line="MMBENCH ${rest#MMBENCH }"
		rps=$(field rps "$line")
		[[ $t == ping ]] && PING[$r$m]=$rps
		p=${PING[$r$m]:-0}
		awk -v r="$r" -v m="$m" -v t="$t" -v la="$la" -v rps="$rps" -v ping="$p" \
			-v p50="$(field p50_ms "$line")" -v p95="$(field p95_ms "$line")" -v p99="$(field p99_ms "$line")" \
			-v max="$(field max_ms "$line")" -v err="$(field errors "$line")" -v saves="$(field save_saves "$line")/$(field save_errors "$line")" \
			-v s50="$(field save_p50_ms "$line")" -v s95="$(field save_p95_ms "$line")" -v smax="$(field save_max_ms "$line")" -v norm="$NORM_PING_RPS" \
			-v kind="$EDIT_KIND" -v approvals="$(field save_approvals "$line")/$(field save_approve_errors "$line")" \
			-v a50="$(field save_approve_p50_ms "$line")" -v a95="$(field save_approve_p95_ms "$line")" -v amax="$(field save_approve_max_ms "$line")" 'BEGIN {
			n = ping / norm
			if (t == "ping") { s50 = s95 = smax = saves = a50 = a95 = amax = approvals = "" }
			printf "| %s | %s | %s | %.0f | %.3f | %.1f | %.1f | %.1f | %.0f | %.1f | %s | %s | %s | %s | %s | %s |",
				r, m, t, rps, (ping > 0 ? rps / ping : 0), p50, p95, p99, max, p95 * n, err, saves,
				s50, s95, smax, (s95 == "" ? "" : sprintf("%.1f", s95 * n))
			if (kind == "published")
				printf " %s | %s | %s | %s | %s |", approvals, a50, a95, amax, (a95 == "" ? "" : sprintf("%.1f", a95 * n))
			printf " %s |\n", la }'
	done <"$RESULTS"
	echo
	echo "Normalised = raw x (bare /api/ping req/s of the same round and setting) / 20,000. Errors: wrk's (status >= 400, socket errors, timeouts). Saves: POSTs of the edit form, timed to their redirect.$(if [[ $EDIT_KIND == published ]]; then echo " Approvals: POSTs of the second editor's approval of the pending revision a save made, timed to their redirect."; fi)"
} >"$WORK/report.md"
mkdir -p "$(dirname "$OUT")"
cp "$WORK/report.md" "$OUT"
cat "$WORK/report.md"
