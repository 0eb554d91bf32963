#!/usr/bin/env bash
# =====================================================================================================
# Load benchmarks of the packaged dashboard                                 src/bench/run-benchmarks.sh
# =====================================================================================================
#
# Measures the packaged jar under load on loopback with wrk, on a PostgreSQL database holding N synthetic
# incidents (src/bench/synthetic-incidents.sql), and writes a Markdown table of the results.
#
#   src/bench/run-benchmarks.sh            measure every target, print and write the Markdown report
#   src/bench/run-benchmarks.sh --jfr      one profiling pass under Java Flight Recorder instead: prints the
#                                          25 methods most often on top of the stack (jdk.ExecutionSample)
#   src/bench/run-benchmarks.sh --help
#
# What it does
#   1. PostgreSQL at 127.0.0.1:5432, user postgres (trust auth); started with pg_ctlcluster if down.
#      Database mm_bench, created if missing (BENCH_RESET_DB=1 drops and recreates it first).
#   2. Builds the jar if there is none (./mvnw -q -B package -DskipTests; BENCH_REBUILD=1 always builds),
#      starts it (java -Xmx1g -jar target/militancy-monitor-*.jar, port 18080, bound to 127.0.0.1) and waits
#      for /actuator/health: Flyway migrates and seeds the database. MILITANCY_ADMIN_USERNAME/PASSWORD
#      (benchadmin) create the first administrator on an empty account table.
#   3. Adds synthetic incidents with the generator until there are N of them (first finishing a bulk load
#      that was interrupted): src/bench/synthetic-incidents-bulk.sh for a top-up of BENCH_BULK_MIN or more
#      that is also at least a quarter of what is there (it builds the indexes again whole), else
#      psql -f src/bench/synthetic-incidents.sql. Then vacuums the incident tables (so that the
#      visibility map is set, as autovacuum leaves it in service), again until 99% of their pages are
#      all-visible.
#   3b. Signs in: creates (SQL, with benchadmin's password hash) the analyst bench-analyst and signs it in
#      with curl (CSRF token, JSESSIONID); every request below carries that session cookie, as an
#      analyst's browser would (reading needs sign-in unless MILITANCY_SECURITY_PUBLIC_READ=true: an
#      anonymous request is answered 302 to /login, /api 401). BENCH_SIGN_IN=0: anonymous, as before.
#   4. Loads every target's paths, mixed, for BENCH_JIT_WARMUP seconds, so that the JIT has compiled
#      what all of them use before any is measured. Then for each target: requests every path once with curl (HTTP status codes, cold timings), warms up,
#      then measures REPEAT times with wrk -t2 -c32; reports the median req/s and latency percentiles
#      (p95 comes from src/bench/wrk-report.lua, which wrk's --latency lacks) and the errors: responses
#      with status >= 400 (wrk's count) plus socket errors and timeouts, summed over the measured runs.
#      Targets with many paths rotate through a list (src/bench/wrk-rotate.lua, one path per line).
#   5. Writes the table, with the machine, JVM, PostgreSQL version, N and date, to stdout and BENCH_OUT.
#      Stops the application on exit (also on error or Ctrl-C).
#
# Targets (BENCH_TARGETS, space-separated, in this order by default)
#   ping       GET /api/ping                       the bare endpoint: the framework's ceiling
#   groups     GET /groups/{ttp,isil-k,bla,afghan-taliban}   group profiles
#   incidents  GET /incidents?...                  ~200 filter/sort/page combinations, unfiltered lists and
#                                                  deep pages (page=399, the last within the 10,000-row window)
#   search     GET /search?q=...                   13 queries (names, aliases, places, figures, words)
#   summaries  GET /regions/{slug}?...             the regional summaries (page cache): every world region,
#                                                  Pakistan, Afghanistan, each of their provinces and their
#                                                  BENCH_DISTRICTS busiest districts with the default period,
#                                                  then period (end, months), group, event type and precision
#                                                  filters drawn with BENCH_SEED, BENCH_SUMMARY_PATHS in all;
#                                                  the regions are read from the database
#   summaries-fresh  the same paths, each request with a query parameter of its own (wrk-rotate.lua's
#                                                  MMBENCH_UNIQUE=1), so that the page cache serves none: rendered
#   home       GET /                               the front page: the last four weeks' figures and map (page cache)
#   home-fresh GET /?n=...                         the same, rendered for every request
#   map        GET /api/regions/{slug}/map?...     the map JSON over the same regions: all time, twelve months to
#                                                  a month end, a year, four weeks, a group (BENCH_MAP_PATHS;
#                                                  kept in a data cache of 500 maps until the data changes)
#   The JIT warm-up loads every target's paths, the -fresh ones with a parameter of their own.
#   A target whose page does not exist (404) or fails is measured and reported like any other: its
#   errors show in the table; the harness does not stop.
#
# Settings (environment)
#   N                   synthetic incidents wanted in the database           default 1000000
#   BENCH_SEED          generator seed (a top-up run uses BENCH_SEED + the count present)   42
#   BENCH_BULK_MIN      smallest top-up loaded by the bulk loader (see step 3)  200000
#   BENCH_JIT_WARMUP    seconds of load over every target's paths, mixed, before any target is
#                       measured: the JIT compilers of a fresh JVM keep compiling for minutes    120
#   BENCH_WARMUP        warm-up seconds per target                           10
#   BENCH_DURATION      measured seconds per run                             20
#   BENCH_REPEAT        measured runs per target (medians are reported)      2
#   BENCH_CONNECTIONS   wrk connections                                      32
#   BENCH_THREADS       wrk threads                                          2
#   BENCH_TIMEOUT       wrk request timeout (slower requests count as errors)   10s
#   BENCH_P95_MS        pass threshold for p95 latency, milliseconds        50
#   BENCH_TARGETS       targets to run     "ping groups incidents search summaries summaries-fresh home home-fresh map"
#   BENCH_SUMMARY_PATHS paths of the summaries targets                        200
#   BENCH_MAP_PATHS     paths of the map target                              150
#   BENCH_DISTRICTS     districts among the regions of summaries and map     6
#   BENCH_P95_MS_SUMMARIES  pass threshold of summaries and summaries-fresh (the issue's bar), ms   100
#   BENCH_OUT           Markdown report (relative to the repository root)    docs/benchmarks-latest.md
#   BENCH_DB            database                                             mm_bench
#   BENCH_PORT          HTTP port of the application                         18080
#   BENCH_SIGN_IN       1: requests carry a signed-in analyst's session (step 3b); 0: anonymous   1
#   BENCH_JVM_OPTS      extra JVM options                                    (none)
#   BENCH_REBUILD=1     build the jar even if one exists
#   BENCH_RESET_DB=1    drop and recreate the database first (e.g. after a migration was edited)
#   BENCH_START_TIMEOUT seconds to wait for the application to be healthy    600
#   BENCH_JFR_FILE      (--jfr) where to keep the recording                  /tmp/militancy-monitor-<time>.jfr
#   BENCH_KEEP=1        keep the work directory (application log, path lists, raw wrk output)
#
# Example, a quick trial:
#   N=20000 BENCH_JIT_WARMUP=10 BENCH_WARMUP=3 BENCH_DURATION=5 BENCH_REPEAT=1 src/bench/run-benchmarks.sh
#
# All load goes to 127.0.0.1. wrk, the application and PostgreSQL share the machine's cores, so absolute
# numbers are for comparing runs on the same machine; the bare endpoint's req/s is the ceiling that the
# "x ping" column relates each page to.
# =====================================================================================================

set -Eeuo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BENCH_DIR=$ROOT/src/bench
cd "$ROOT"

# shellcheck source=src/bench/lib.sh
source "$BENCH_DIR/lib.sh"
LOG_TAG=bench

usage() {
	mm_usage "${BASH_SOURCE[0]}" 3
}

MODE=bench
case "${1:-}" in
	"") ;;
	--jfr) MODE=jfr ;;
	-h | --help) usage; exit 0 ;;
	*) echo "run-benchmarks.sh: unknown option '$1' (try --help)" >&2; exit 2 ;;
esac

N=${N:-1000000}
SEED=${BENCH_SEED:-42}
BULK_MIN=${BENCH_BULK_MIN:-200000}
WARMUP=${BENCH_WARMUP:-10}
JIT_WARMUP=${BENCH_JIT_WARMUP:-120}
DURATION=${BENCH_DURATION:-20}
REPEAT=${BENCH_REPEAT:-2}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
THREADS=${BENCH_THREADS:-2}
TIMEOUT=${BENCH_TIMEOUT:-10s}
P95_MS=${BENCH_P95_MS:-50}
P95_MS_SUMMARIES=${BENCH_P95_MS_SUMMARIES:-100}
TARGETS=${BENCH_TARGETS:-ping groups incidents search summaries summaries-fresh home home-fresh map}
SUMMARY_PATHS=${BENCH_SUMMARY_PATHS:-200}
MAP_PATHS=${BENCH_MAP_PATHS:-150}
OUT=${BENCH_OUT:-docs/benchmarks-latest.md}
DB=${BENCH_DB:-mm_bench}
PORT=${BENCH_PORT:-18080}
JVM_OPTS=${BENCH_JVM_OPTS:-}
START_TIMEOUT=${BENCH_START_TIMEOUT:-600}
SIGN_IN=${BENCH_SIGN_IN:-1}
COOKIE=
BASE=http://127.0.0.1:$PORT

mm_pg_env

for v in N BULK_MIN JIT_WARMUP WARMUP DURATION REPEAT CONNECTIONS THREADS P95_MS P95_MS_SUMMARIES PORT SIGN_IN SUMMARY_PATHS MAP_PATHS; do
	[[ ${!v} =~ ^[0-9]+$ ]] || { echo "run-benchmarks.sh: $v must be a whole number, not '${!v}'" >&2; exit 2; }
done
((REPEAT >= 1 && DURATION >= 1 && THREADS >= 1 && CONNECTIONS >= THREADS)) ||
	{ echo "run-benchmarks.sh: need BENCH_REPEAT >= 1, BENCH_DURATION >= 1, BENCH_CONNECTIONS >= BENCH_THREADS >= 1" >&2; exit 2; }
for cmd in wrk psql pg_isready curl java awk; do
	command -v "$cmd" >/dev/null || { echo "run-benchmarks.sh: $cmd is not installed" >&2; exit 1; }
done
[[ $MODE == jfr ]] && for cmd in jcmd jfr; do
	command -v "$cmd" >/dev/null || { echo "run-benchmarks.sh: $cmd (JDK) is not installed" >&2; exit 1; }
done

WORK=$(mktemp -d "${TMPDIR:-/tmp}/mm-bench.XXXXXX")
APP_PID=
APP_LOG=$WORK/app.log

stop_app() {
	if [[ -n $APP_PID ]] && kill -0 "$APP_PID" 2>/dev/null; then
		log "stopping the application (pid $APP_PID)"
		kill -TERM "$APP_PID" 2>/dev/null || true
		for _ in $(seq 1 30); do
			kill -0 "$APP_PID" 2>/dev/null || break
			sleep 1
		done
		kill -0 "$APP_PID" 2>/dev/null && kill -KILL "$APP_PID" 2>/dev/null || true
		wait "$APP_PID" 2>/dev/null || true
	fi
	APP_PID=
}

cleanup() {
	local rc=$?
	trap - EXIT
	stop_app
	if [[ ${BENCH_KEEP:-0} == 1 || $rc -ne 0 ]]; then
		log "work directory kept: $WORK"
	else
		rm -rf "$WORK"
	fi
	exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- PostgreSQL ---------------------------------------------------------------------------------------
ensure_postgres() {
	if pg_isready -q -h 127.0.0.1 -p 5432; then
		return
	fi
	local version
	version=$(ls /etc/postgresql | sort -V | tail -1)
	log "PostgreSQL is down: starting cluster $version/main"
	pg_ctlcluster --skip-systemctl-redirect "$version" main start
	for _ in $(seq 1 30); do
		pg_isready -q -h 127.0.0.1 -p 5432 && return
		sleep 1
	done
	echo "run-benchmarks.sh: PostgreSQL did not come up on 127.0.0.1:5432" >&2
	exit 1
}

ensure_database() {
	if [[ ${BENCH_RESET_DB:-0} == 1 ]]; then
		log "dropping database $DB (BENCH_RESET_DB=1)"
		psql -d postgres -q -v ON_ERROR_STOP=1 -c "drop database if exists \"$DB\""
	fi
	if [[ -z $(psql -d postgres -Atc "select 1 from pg_database where datname = '$DB'") ]]; then
		log "creating database $DB"
		psql -d postgres -q -v ON_ERROR_STOP=1 -c "create database \"$DB\""
	fi
	# The dashboard's statements are short: JIT compilation costs them more than it saves
	psql -d postgres -q -v ON_ERROR_STOP=1 -c "alter database \"$DB\" set jit = off"
}

# --- the application ----------------------------------------------------------------------------------
ensure_jar() {
	JAR=$(find_jar)
	if [[ -z $JAR || ${BENCH_REBUILD:-0} == 1 ]]; then
		log "building the jar: ./mvnw -q -B package -DskipTests"
		./mvnw -q -B package -DskipTests
		JAR=$(find_jar)
	fi
	[[ -n $JAR ]] || { echo "run-benchmarks.sh: no target/militancy-monitor-*.jar after the build" >&2; exit 1; }
}

start_app() {
	local extra=("$@")
	if curl -s -o /dev/null --max-time 2 "$BASE/"; then
		echo "run-benchmarks.sh: something already listens on 127.0.0.1:$PORT; stop it or set BENCH_PORT" >&2
		exit 1
	fi
	# Run a copy, so that a build during the run (./mvnw package rewrites the jar) cannot pull it away.
	cp "$JAR" "$WORK/app.jar"
	JAR_BUILT=$(date -u -r "$JAR" '+%Y-%m-%d %H:%M UTC')
	log "starting $JAR (a copy) on 127.0.0.1:$PORT (database $DB; log $APP_LOG)"
	# shellcheck disable=SC2086
	SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$DB" SPRING_DATASOURCE_USERNAME=postgres \
		SPRING_DATASOURCE_PASSWORD= SERVER_PORT=$PORT SERVER_ADDRESS=127.0.0.1 \
		MILITANCY_ADMIN_USERNAME=$ADMIN MILITANCY_ADMIN_PASSWORD=$PASSWORD \
		java -Xmx1g "${extra[@]}" $JVM_OPTS -jar "$WORK/app.jar" >"$APP_LOG" 2>&1 &
	APP_PID=$!
	local waited=0
	until curl -fs --max-time 2 "$BASE/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
		if ! kill -0 "$APP_PID" 2>/dev/null; then
			echo "run-benchmarks.sh: the application exited during startup; the end of its log:" >&2
			tail -n 40 "$APP_LOG" >&2
			echo "(if Flyway reports a checksum mismatch, a migration changed since $DB was migrated: BENCH_RESET_DB=1)" >&2
			APP_PID=
			exit 1
		fi
		if ((waited >= START_TIMEOUT)); then
			echo "run-benchmarks.sh: not healthy after ${START_TIMEOUT}s; the end of its log:" >&2
			tail -n 40 "$APP_LOG" >&2
			exit 1
		fi
		sleep 1
		waited=$((waited + 1))
	done
	log "healthy after ${waited}s"
}

# The analyst's session (BENCH_SIGN_IN=1): COOKIE, and COOKIE_HEADER for curl and wrk.
COOKIE_HEADER=()
sign_in_analyst() {
	[[ $SIGN_IN == 1 ]] || { log "anonymous requests (BENCH_SIGN_IN=0)"; return; }
	ensure_accounts bench-analyst
	COOKIE=$(sign_in "$PORT" bench-analyst)
	COOKIE_HEADER=(-H "Cookie: JSESSIONID=$COOKIE")
	local code
	code=$(curl -s -o /dev/null -w '%{http_code}' "${COOKIE_HEADER[@]}" "$BASE/incidents")
	[[ -n $COOKIE && $code == 200 ]] ||
		{ echo "run-benchmarks.sh: signing in as bench-analyst failed (GET /incidents answered $code)" >&2; exit 1; }
	log "signed in as bench-analyst (session ${COOKIE:0:6}...)"
}

# --- data -----------------------------------------------------------------------------------------------
ensure_data() {
	local have add
	# A bulk load that was interrupted (its chunks, its dropped indexes) is finished first.
	"$BENCH_DIR/synthetic-incidents-bulk.sh" -d "$DB" --repair >&2
	have=$(psql -d "$DB" -Atc "select count(*) from incident where synthetic")
	if ((have < N)); then
		add=$((N - have))
		log "adding $add synthetic incidents ($have present, $N wanted)"
		local t0=$SECONDS
		# The bulk loader builds the four tables' indexes again whole: worth it when the top-up is large,
		# against what is there, too.
		if ((add >= BULK_MIN && 4 * add >= have)); then
			"$BENCH_DIR/synthetic-incidents-bulk.sh" -d "$DB" -n "$add" -s $((SEED + have)) >&2
		else
			psql -d "$DB" -q -v ON_ERROR_STOP=1 -v n="$add" -v seed=$((SEED + have)) \
				-f "$BENCH_DIR/synthetic-incidents.sql" >&2
		fi
		log "generator took $((SECONDS - t0))s"
	else
		log "$have synthetic incidents present (N=$N)"
	fi
	# The generator's own VACUUM can leave pages not all-visible (it runs while the application, told of
	# the change, reads), and index-only scans then visit the heap: measure from the steady state that
	# autovacuum reaches in service. Quick when there is nothing to do.
	# A VACUUM cannot mark pages all-visible while an older snapshot is open (the application's
	# background refresh after the generator's change, say): check, and vacuum again until it has.
	local visible attempt
	for attempt in 1 2 3 4 5 6; do
		log "vacuuming the incident tables"
		psql -d "$DB" -q -c "vacuum incident" -c "vacuum incident_actor" -c "vacuum incident_group"
		visible=$(psql -d "$DB" -Atc "select round(100.0 * sum(relallvisible) / greatest(sum(relpages), 1), 1)
			from pg_class where relname in ('incident', 'incident_actor', 'incident_group')")
		log "pages all-visible: $visible%"
		awk -v v="$visible" 'BEGIN { exit !(v >= 99) }' && break
		sleep 10
	done
	SYNTHETIC=$(psql -d "$DB" -Atc "select count(*) from incident where synthetic")
	REAL=$(psql -d "$DB" -Atc "select count(*) from incident where not synthetic")
	DB_SIZE=$(psql -d "$DB" -Atc "select pg_size_pretty(pg_database_size(current_database()))")
}

# --- path lists -----------------------------------------------------------------------------------------
write_paths() {
	printf '%s\n' /api/ping >"$WORK/ping.txt"
	printf '%s\n' /groups/ttp /groups/isil-k /groups/bla /groups/afghan-taliban >"$WORK/groups.txt"
	mm_search_paths >"$WORK/search.txt"
	# Incident list: fixed cases (unfiltered, sorted, deep pages), then random filter combinations drawn
	# with a fixed seed, so every run asks for the same pages.
	awk -v seed="$SEED" -v count="${BENCH_INCIDENT_PATHS:-200}" '
	function pick(list,   a, n) { n = split(list, a, " "); return a[1 + int(rand() * n)] }
	function add(name, value) { q = q (q == "" ? "?" : "&") name "=" value }
	function pad(x) { return (x < 10 ? "0" : "") x }
	BEGIN {
		srand(seed)
		fixed = "/incidents|/incidents?page=1|/incidents?page=5|/incidents?sort=fatalities&dir=desc|/incidents?sort=date&dir=asc" \
			"|/incidents?page=50|/incidents?page=399|/incidents?page=300|/incidents?sort=fatalities&dir=desc&page=399" \
			"|/incidents?status=PUBLISHED&size=25&page=0"
		nf = split(fixed, f, "|")
		for (i = 1; i <= nf; i++) print f[i]
		pk = "pk-khyber-pakhtunkhwa pk-khyber-pakhtunkhwa pk-khyber-pakhtunkhwa pk-balochistan pk-balochistan pk-punjab pk-sindh pk-islamabad"
		af = "af-nangarhar af-nangarhar af-kunar af-kabul af-kabul af-khost af-paktika af-helmand af-kandahar af-kunduz"
		for (i = nf; i < count; i++) {
			q = ""
			r = rand()
			if (r < 0.30) {          # a range of whole years
				y1 = 2015 + int(rand() * 11); y2 = y1 + int(rand() * (2026 - y1))
				add("from", y1 "-01-01"); add("to", y2 "-12-31")
			} else if (r < 0.45) {   # one month
				y = 2015 + int(rand() * 11); m = 1 + int(rand() * 12)
				add("from", y "-" pad(m) "-01"); add("to", y "-" pad(m) "-28")
			} else if (r < 0.55) {   # since a date
				add("from", (2020 + int(rand() * 6)) "-" pad(1 + int(rand() * 12)) "-01")
			}
			r = rand()
			if (r < 0.25) {
				add("country", pick("pakistan pakistan afghanistan"))
			} else if (r < 0.50) {
				if (rand() < 0.7) { c = "pakistan"; p = pick(pk) } else { c = "afghanistan"; p = pick(af) }
				if (rand() < 0.5) add("country", c)
				add("province", p)
			}
			if (rand() < 0.35) add("group", pick("ttp ttp ttp isil-k isil-k bla bla majeed-brigade afghan-taliban tjp aqis al-qaeda etim"))
			if (rand() < 0.30) add("type", pick("BATTLES BATTLES EXPLOSIONS_REMOTE_VIOLENCE EXPLOSIONS_REMOTE_VIOLENCE VIOLENCE_AGAINST_CIVILIANS STRATEGIC_DEVELOPMENTS"))
			min = -1
			if (rand() < 0.20) { min = pick("1 1 3 5 10 25 50 100"); add("minFatalities", min) }
			if (rand() < 0.10) { max = pick("0 2 5 10 50 200"); if (max + 0 < min + 0) max = min; add("maxFatalities", max) }
			if (rand() < 0.20) add("status", "PUBLISHED")
			if (rand() < 0.35) { add("sort", pick("date fatalities")); add("dir", pick("asc desc")) }
			r = rand()
			if (r < 0.55) page = 0
			else if (r < 0.80) page = 1 + int(rand() * 5)
			else if (r < 0.97) page = 6 + int(rand() * 45)
			else page = pick("100 200 300 399")
			if (page > 0) add("page", page)
			if (rand() < 0.15) add("size", 25)
			print "/incidents" q
		}
	}' >"$WORK/incidents.txt"
	printf '%s\n' / >"$WORK/home.txt"
	cp "$WORK/home.txt" "$WORK/home-fresh.txt"
}

# The regions' paths, from the database: after the migrations and the synthetic incidents (the districts
# are the busiest ones).
write_region_paths() {
	mm_region_slugs >"$WORK/regions.txt"
	mm_summary_paths "$SEED" "$SUMMARY_PATHS" "$WORK/regions.txt" >"$WORK/summaries.txt"
	cp "$WORK/summaries.txt" "$WORK/summaries-fresh.txt"
	mm_map_paths "$SEED" "$MAP_PATHS" "$WORK/regions.txt" >"$WORK/map.txt"
	log "regions: $(wc -l <"$WORK/regions.txt") ($(awk '{ n[$2]++ } END { for (l in n) printf "%s %d, ", l, n[l] }' "$WORK/regions.txt" | sed 's/, $//'))"
}

# Whether a target's requests each get a parameter of their own (the page cache serves none).
fresh_target() { [[ $1 == *-fresh ]]; }

target_label() {
	case $1 in
		ping) echo 'GET /api/ping' ;;
		groups) echo 'GET /groups/{ttp,isil-k,bla,afghan-taliban}' ;;
		incidents) echo 'GET /incidents?... (filters, sorts, pages)' ;;
		search) echo 'GET /search?q=...' ;;
		summaries) echo 'GET /regions/{slug}?... (regional summaries, page cache)' ;;
		summaries-fresh) echo 'GET /regions/{slug}?...&n=... (regional summaries, rendered)' ;;
		home) echo 'GET / (page cache)' ;;
		home-fresh) echo 'GET /?n=... (rendered)' ;;
		map) echo 'GET /api/regions/{slug}/map?...' ;;
		*) echo "$1" ;;
	esac
}

# --- measuring ------------------------------------------------------------------------------------------
# preflight <target>: every path once with curl; prints e.g. "200x196 400x4" and lists non-2xx paths.
preflight() {
	local t=$1 path code time
	: >"$WORK/$t.preflight"
	while IFS= read -r path; do
		read -r code time < <(curl -s -o /dev/null --max-time 60 -w '%{http_code} %{time_total}\n' "${COOKIE_HEADER[@]}" "$BASE$path" || echo "000 0")
		printf '%s %s %s\n' "$code" "$time" "$path" >>"$WORK/$t.preflight"
	done <"$WORK/$t.txt"
	awk '{ n[$1]++ } END { s = ""; for (c in n) s = s (s == "" ? "" : " ") c "x" n[c]; print s }' "$WORK/$t.preflight" |
		tr ' ' '\n' | sort | paste -sd' '
}

# wrk_run <target> <seconds>: prints the MMBENCH line (or a line of zeros with errors=-1 if wrk failed)
wrk_run() {
	local t=$1 seconds=$2 out=$WORK/$t.wrk.$RANDOM
	local lines unique=0
	lines=$(grep -cv '^\s*$' "$WORK/$t.txt")
	fresh_target "$t" && unique=1
	if ((lines == 1 && unique == 0)); then
		wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --timeout "$TIMEOUT" "${COOKIE_HEADER[@]}" -s "$BENCH_DIR/wrk-report.lua" \
			"$BASE$(head -1 "$WORK/$t.txt")" >"$out" 2>&1 || true
	else
		MMBENCH_THREADS=$THREADS MMBENCH_UNIQUE=$unique wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --timeout "$TIMEOUT" "${COOKIE_HEADER[@]}" \
			-s "$BENCH_DIR/wrk-rotate.lua" "$BASE" -- "$WORK/$t.txt" >"$out" 2>&1 || true
	fi
	cat "$out" >>"$WORK/$t.wrk.log"
	if grep -q '^MMBENCH ' "$out"; then
		grep '^MMBENCH ' "$out" | tail -1
	else
		log "wrk produced no result for $t:"
		sed 's/^/    /' "$out" >&2
		echo "MMBENCH requests=0 duration_s=0 rps=0 mean_ms=0 p50_ms=0 p90_ms=0 p95_ms=0 p99_ms=0 max_ms=0 status_errors=0 connect_errors=0 read_errors=0 write_errors=0 timeouts=0 errors=-1 bytes=0"
	fi
	rm -f "$out"
}

measure_target() {
	local t=$1 status r line
	log "$t: preflight ($(wc -l <"$WORK/$t.txt") paths)"
	status=$(preflight "$t")
	log "$t: HTTP status $status"
	echo "$status" >"$WORK/$t.status"
	if ((WARMUP > 0)); then
		log "$t: warm-up ${WARMUP}s"
		wrk_run "$t" "$WARMUP" >/dev/null
	fi
	: >"$WORK/$t.runs"
	for r in $(seq 1 "$REPEAT"); do
		line=$(wrk_run "$t" "$DURATION")
		echo "$line" >>"$WORK/$t.runs"
		log "$t: run $r/$REPEAT: $(field rps "$line") req/s, p50 $(field p50_ms "$line") ms, p95 $(field p95_ms "$line") ms, p99 $(field p99_ms "$line") ms, errors $(field errors "$line")"
	done
}

summarise_target() { # prints: rps p50 p95 p99 errors requests
	local t=$1 k
	for k in rps p50_ms p95_ms p99_ms; do
		while read -r line; do field "$k" "$line"; done <"$WORK/$t.runs" | median
	done | paste -sd' ' | tr '\n' ' '
	local errors=0 requests=0 e
	while read -r line; do
		e=$(field errors "$line")
		if ((e < 0)); then errors=-1; break; fi
		errors=$((errors + e))
		requests=$((requests + $(field requests "$line")))
	done <"$WORK/$t.runs"
	echo "$errors $requests"
}

cpu_busy() { # percent of all CPUs busy over 3 s (from /proc/stat), measured while no load is sent
	local a b
	a=$(head -1 /proc/stat)
	sleep 3
	b=$(head -1 /proc/stat)
	awk -v a="$a" -v b="$b" 'BEGIN {
		n = split(a, x, " "); split(b, y, " ")
		for (i = 2; i <= n; i++) { d = y[i] - x[i]; total += d; if (i == 5 || i == 6) idle += d }
		printf "%.0f", (total > 0) ? 100 * (total - idle) / total : 0 }'
}

environment_lines() {
	local cpu mem jvm pg
	cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)
	mem=$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo 2>/dev/null || true)
	jvm=$(java -version 2>&1 | sed -n '2p')
	pg=$(psql -d "$DB" -Atc "show server_version")
	echo "- Date: $(date -u '+%Y-%m-%d %H:%M UTC')"
	echo "- Machine: $(nproc) CPUs (${cpu:-unknown CPU}), $mem RAM, $(uname -sr); wrk, the application and PostgreSQL share it"
	echo "- JVM: $jvm; \`java -Xmx1g${JVM_OPTS:+ $JVM_OPTS} -jar $(basename "$JAR")\` (built $JAR_BUILT)"
	echo "- PostgreSQL: $pg at 127.0.0.1:5432, database \`$DB\` ($DB_SIZE); $(psql -d "$DB" -Atc "select string_agg(name || ' ' || current_setting(name), ', ' order by name) from pg_settings where name in ('shared_buffers', 'jit', 'work_mem', 'plan_cache_mode', 'random_page_cost')")"
	echo "- Data: N = $N synthetic incidents wanted, $SYNTHETIC present (src/bench/synthetic-incidents.sql, seed $SEED) + $REAL seed incidents"
	echo "- Load: \`wrk -t$THREADS -c$CONNECTIONS --timeout $TIMEOUT\`, $(if [[ $SIGN_IN == 1 ]]; then echo "every request with a signed-in analyst's session cookie"; else echo "anonymous requests (BENCH_SIGN_IN=0)"; fi), JIT warm-up ${JIT_WARMUP} s over all targets' paths, then per target a warm-up of ${WARMUP} s and $REPEAT x ${DURATION} s; medians over the runs, errors summed"
	echo "- CPU busy with other work while the application was idle: ${BUSY_BEFORE:-?}% before the measurements, ${BUSY_AFTER:-?}% after$(awk -v a="${BUSY_BEFORE:-0}" -v b="${BUSY_AFTER:-0}" 'BEGIN { if (a > 10 || b > 10) printf " (the numbers are noisy)" }')"
}

p95_limit() { # p95_limit <target>: its pass threshold in ms
	case $1 in
		summaries | summaries-fresh) echo "$P95_MS_SUMMARIES" ;;
		*) echo "$P95_MS" ;;
	esac
}

write_report() {
	local ping_rps="" t rps p50 p95 p99 errors requests ratio verdict label status limit
	local md=$WORK/report.md
	{
		echo "# Benchmarks"
		echo
		echo "Written by \`src/bench/run-benchmarks.sh\`."
		echo
		environment_lines
		echo
		echo "| target | paths | req/s (median) | x ping | p50 ms | p95 ms | p99 ms | errors | HTTP status (one request per path) | p95 <= ${P95_MS} ms, 0 errors |"
		echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |"
		for t in $TARGETS; do
			[[ -f $WORK/$t.runs ]] || continue
			read -r rps p50 p95 p99 errors requests <<<"$(summarise_target "$t")"
			[[ $t == ping ]] && ping_rps=$rps
			if [[ -n $ping_rps ]] && awk -v p="$ping_rps" 'BEGIN { exit !(p > 0) }'; then
				ratio=$(awk -v r="$rps" -v p="$ping_rps" 'BEGIN { printf "%.3f", r / p }')
			else
				ratio="n/a"
			fi
			limit=$(p95_limit "$t")
			if ((errors < 0)); then
				verdict="FAIL (wrk failed)"; errors="?"
			elif awk -v p="$p95" -v l="$limit" -v e="$errors" -v n="$requests" 'BEGIN { exit !(p <= l && e == 0 && n > 0) }'; then
				verdict="pass"
			else
				verdict="FAIL"
				awk -v p="$p95" -v l="$limit" 'BEGIN { exit !(p > l) }' && verdict="$verdict (p95)"
				((errors > 0)) && verdict="$verdict (errors)"
				((requests == 0)) && verdict="$verdict (no requests)"
			fi
			[[ $limit != "$P95_MS" ]] && verdict="$verdict (bar: p95 <= $limit ms)"
			label=$(target_label "$t")
			status=$(cat "$WORK/$t.status")
			printf '| %s | %d | %.0f | %s | %.1f | %.1f | %.1f | %s | %s | %s |\n' "$label" "$(wc -l <"$WORK/$t.txt")" \
				"$rps" "$ratio" "$p50" "$p95" "$p99" "$errors" "$status" "$verdict"
		done
		echo
		echo "Errors are responses with status >= 400 plus socket errors and timeouts (wrk's counts), over all measured runs."
		echo "\"x ping\" is the target's req/s as a fraction of the bare endpoint's."
		local bad
		bad=$(for t in $TARGETS; do [[ -f $WORK/$t.preflight ]] && awk '$1 !~ /^2/' "$WORK/$t.preflight"; done | awk 'NR <= 20')
		if [[ -n $bad ]]; then
			echo
			echo "Paths that did not answer 2xx when requested once before the load (status, seconds, path; at most 20):"
			echo
			echo '```'
			echo "$bad"
			echo '```'
		fi
		echo
		echo "Slowest paths when requested once before the load, cold (seconds, status, path):"
		echo
		echo '```'
		for t in $TARGETS; do [[ -f $WORK/$t.preflight ]] && cat "$WORK/$t.preflight"; done |
			sort -k2,2gr | awk 'NR <= 8 { printf "%8.3f  %s  %s\n", $2, $1, $3 }'
		echo '```'
		echo
		echo "Raw runs:"
		echo
		echo '```'
		for t in $TARGETS; do [[ -f $WORK/$t.runs ]] && sed "s/^MMBENCH /$t /" "$WORK/$t.runs"; done
		echo '```'
	} >"$md"
	mkdir -p "$(dirname "$OUT")"
	cp "$md" "$OUT"
	echo
	cat "$md"
	log "report written to $OUT"
}

# --- JFR summary ------------------------------------------------------------------------------------------
# Reads `jfr print --events jdk.ExecutionSample` output; counts, per sample at or after <since> (HH:MM:SS),
# the top frame, the top frame's class package, and every application frame (org.militancymonitor) once.
summarise_jfr() {
	local file=$1 since=$2
	jfr print --stack-depth 64 --events jdk.ExecutionSample "$file" | awk -v since="$since" -v top=25 '
	function frame(s) { sub(/^[ \t]+/, "", s); sub(/[ \t]+line:.*$/, "", s); return s }
	function report(title, arr, total,   k, n, i, j, keys, tmp) {
		n = 0
		for (k in arr) keys[++n] = k
		for (i = 2; i <= n; i++) { tmp = keys[i]; j = i - 1; while (j > 0 && arr[keys[j]] < arr[tmp]) { keys[j + 1] = keys[j]; j-- } keys[j + 1] = tmp }
		printf "\n%s\n", title
		printf "%8s %6s  %s\n", "samples", "%", "method"
		for (i = 1; i <= n && i <= top; i++) printf "%8d %5.1f%%  %s\n", arr[keys[i]], 100 * arr[keys[i]] / total, keys[i]
	}
	/^jdk\.ExecutionSample/ { inev = 1; keep = 1; state = 0; delete seen; next }
	inev && /^[ \t]*startTime = / { t = $3; if (since != "" && t < since) keep = 0; next }
	inev && /stackTrace = \[/ { state = 1; next }
	inev && state >= 1 && /^[ \t]*\]/ { state = 0; next }
	inev && /^}/ { inev = 0; next }
	inev && state >= 1 {
		if (!keep) next
		f = frame($0)
		if (f == "..." || f == "") next
		if (state == 1) {
			samples++; self[f]++
			p = f; sub(/\([^)]*\)$/, "", p); n = split(p, parts, "."); pkg = parts[1]
			for (i = 2; i < n - 1 && i <= 4; i++) pkg = pkg "." parts[i]
			packages[pkg]++
			state = 2
		}
		if (f ~ /^org\.militancymonitor\./ && !(f in seen)) { seen[f] = 1; app[f]++ }
	}
	END {
		if (samples == 0) { print "no jdk.ExecutionSample events in the window"; exit }
		printf "%d execution samples\n", samples
		report("Top " top " methods on top of the stack (self samples):", self, samples)
		report("Top packages of the top frame:", packages, samples)
		report("Application methods anywhere on the stack (inclusive samples):", app, samples)
	}'
}

# --- main -----------------------------------------------------------------------------------------------
ensure_postgres
ensure_database
ensure_jar
write_paths

if [[ $MODE == jfr ]]; then
	JFR_FILE=${BENCH_JFR_FILE:-/tmp/militancy-monitor-$(date -u +%Y%m%dT%H%M%SZ).jfr}
	start_app -XX:StartFlightRecording=name=mmbench,settings=profile,disk=true,maxage=2h
	ensure_data
	sign_in_analyst
	write_region_paths
	for t in $TARGETS; do
		log "$t: warm-up ${WARMUP}s"
		wrk_run "$t" "$WARMUP" >/dev/null
	done
	since_local=$(date +%H:%M:%S)
	since_utc=$(date -u +%Y-%m-%dT%H:%M:%SZ)
	for t in $TARGETS; do
		line=$(wrk_run "$t" "$DURATION")
		log "$t (profiled): $(field rps "$line") req/s, p95 $(field p95_ms "$line") ms, errors $(field errors "$line")"
	done
	log "dumping the recording since $since_utc to $JFR_FILE"
	jcmd "$APP_PID" JFR.dump name=mmbench begin="$since_utc" filename="$JFR_FILE" >/dev/null
	# Samples before the profiled pass are left out (a dump holds whole chunks); across midnight keep all.
	[[ $(date +%H:%M:%S) < $since_local ]] && since_local=""
	echo
	echo "JFR profile: $(for t in $TARGETS; do target_label "$t"; done | paste -sd';' | sed 's/;/; /g'), ${DURATION} s each, wrk -t$THREADS -c$CONNECTIONS"
	summarise_jfr "$JFR_FILE" "$since_local"
	echo
	echo "Recording kept: $JFR_FILE (open it in JDK Mission Control, or: jfr print --events jdk.ExecutionSample $JFR_FILE)"
	exit 0
fi

start_app
ensure_data
sign_in_analyst
write_region_paths
log "targets: $TARGETS; warm-up ${WARMUP}s, ${REPEAT} x ${DURATION}s, wrk -t$THREADS -c$CONNECTIONS"
sleep 3 # let the generator's VACUUM and the application settle
if ((JIT_WARMUP > 0)); then
	# the -fresh targets' paths marked to get a parameter of their own (wrk-rotate.lua), so that they render
	for t in $TARGETS; do
		[[ -f $WORK/$t.txt ]] || continue
		if fresh_target "$t"; then sed 's/^\//@\//' "$WORK/$t.txt"; else cat "$WORK/$t.txt"; fi
	done >"$WORK/all.txt"
	log "JIT warm-up: ${JIT_WARMUP}s over every target's paths"
	wrk_run all "$JIT_WARMUP" >/dev/null
fi
BUSY_BEFORE=$(cpu_busy)
for t in $TARGETS; do
	[[ -f $WORK/$t.txt ]] || { log "unknown target '$t' (known: ping groups incidents search summaries summaries-fresh home home-fresh map), skipped"; continue; }
	measure_target "$t"
done
BUSY_AFTER=$(cpu_busy)
write_report
