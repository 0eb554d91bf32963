#!/usr/bin/env bash
# Fault drills: the packaged application on a throwaway PostgreSQL 15 cluster, under reads
# (wrk) and a writer loop (curl, the API with Idempotency-Key), through PostgreSQL
# restarting, the application killed, PostgreSQL down a while, and a lock held on the
# incident table. Each scenario prints one line of figures and fails (exit 1) on a lost
# or duplicated acknowledged write, or on any 5xx but a 503 with Retry-After.
# The soak (only when named) runs 64 clients for FAULT_SOAK_SECONDS: 61 readers (wrk over
# several pages) and 3 writers (an editor's API posts), sampling heap, RSS and the pool
# every 30 s into $FAULT_SOAK_CSV (default soak.csv in the current directory); it fails on
# any error, a lost or duplicated write, or a connection still held after the load.
#
#   ./mvnw -q -B package -DskipTests && src/ops/faults.sh [restart] [kill] [down] [slow] [soak]
#
# FAULT_DOWN_SECONDS (60), FAULT_LOCK_SECONDS (30), FAULT_LOAD_SECONDS (20),
# FAULT_SOAK_SECONDS (600), FAULT_SOAK_WRITE_PAUSE (0.02 s), FAULT_SOAK_READ_DELAY (0 ms),
# FAULT_JVM_OPTS (MM_JVM_OPTS of src/ops/jvm-options.sh, with MALLOC_ARENA_MAX=2),
# MILITANCY_DB_STATEMENT_TIMEOUT (15s) tune it. Run as root
# (initdb via runuser).
set -uo pipefail

SCENARIOS=("$@")
[ ${#SCENARIOS[@]} -eq 0 ] && SCENARIOS=(restart kill down slow)
DOWN_SECONDS=${FAULT_DOWN_SECONDS:-60}
LOCK_SECONDS=${FAULT_LOCK_SECONDS:-30}
LOAD_SECONDS=${FAULT_LOAD_SECONDS:-20}
KILL_WRITES=${FAULT_KILL_WRITES:-1000}
SOAK_SECONDS=${FAULT_SOAK_SECONDS:-600}
# each soak writer's pause between posts, and each reader's between requests (ms): about one write in
# twenty requests on this machine
SOAK_WRITE_PAUSE=${FAULT_SOAK_WRITE_PAUSE:-0.02}
SOAK_READ_DELAY=${FAULT_SOAK_READ_DELAY:-0}
SOAK_CSV=$(realpath -m "${FAULT_SOAK_CSV:-soak.csv}")
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=src/ops/jvm-options.sh
. "$ROOT/src/ops/jvm-options.sh"
JAR=$(ls "$ROOT"/target/militancy-monitor-*.jar 2>/dev/null | grep -v plain | head -1)
[ -n "$JAR" ] || { echo "no target/militancy-monitor-*.jar: run ./mvnw -q -B package -DskipTests" >&2; exit 2; }

WORK=$(mktemp -d /tmp/faults.XXXXXX)
chmod 755 "$WORK"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
PGPORT=$(free_port)
APPPORT=$(free_port)
BASE="http://127.0.0.1:$APPPORT"
ADMIN=fault-admin
PASSWORD=fault-admin-password
APP_PID=
FAILED=0

pg() { runuser -u postgres -- "$PGBIN/pg_ctl" -D "$WORK/pg" -w -t 60 "$@" >>"$WORK/pg_ctl.log" 2>&1; }
psql_() { runuser -u postgres -- psql -X -q -t -A -h 127.0.0.1 -p "$PGPORT" -U postgres -d mm "$@"; }

cleanup() {
	[ -n "$APP_PID" ] && kill -9 "$APP_PID" 2>/dev/null
	jobs -p | xargs -r kill 2>/dev/null
	runuser -u postgres -- "$PGBIN/pg_ctl" -D "$WORK/pg" -m immediate stop >/dev/null 2>&1
	rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

mkdir "$WORK/pg" && chown postgres "$WORK/pg"
runuser -u postgres -- "$PGBIN/initdb" -D "$WORK/pg" -A trust -U postgres >/dev/null || exit 2
pg -o "-p $PGPORT -k $WORK/pg -c listen_addresses=127.0.0.1" -l "$WORK/pg/log" start || exit 2
runuser -u postgres -- createdb -h 127.0.0.1 -p "$PGPORT" -U postgres mm || exit 2

start_app() {
	SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PGPORT/mm" SPRING_DATASOURCE_USERNAME=postgres \
		SERVER_PORT=$APPPORT MILITANCY_ADMIN_USERNAME=$ADMIN MILITANCY_ADMIN_PASSWORD=$PASSWORD \
		MILITANCY_WARM_UP_DURATION=0 MILITANCY_SECURITY_PUBLIC_READ=true \
		MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2} java ${FAULT_JVM_OPTS:-$MM_JVM_OPTS} -jar "$JAR" >>"$WORK/app.log" 2>&1 &
	APP_PID=$!
	for _ in $(seq 1 240); do
		[ "$(status /actuator/health/readiness)" = 200 ] && return 0
		sleep 0.5
	done
	echo "the application did not get ready" >&2
	tail -50 "$WORK/app.log" >&2
	exit 2
}

status() { curl -s -o /dev/null -m 10 -w '%{http_code}' "$BASE$1"; }
now() { date +%s.%N; }
since() { echo "$(now) - $1" | bc | xargs printf '%.1f'; }

# seconds until PATH answers 200, polled every 0.2 s (at most 300 s)
until_ok() {
	local from=$(now)
	for _ in $(seq 1 1500); do
		[ "$(status "$1")" = 200 ] && { since "$from"; return 0; }
		sleep 0.2
	done
	echo never
}

# wrk LOAD_SECONDS on PATH into $WORK/wrk-NAME: counts by status (statuses.lua)
COUNT=$ROOT/src/ops/statuses.lua
load() { # NAME PATH SECONDS
	wrk -t2 -c8 -d"${3}s" --timeout 30s -s "$COUNT" "$BASE$2" 2>/dev/null | tail -1 >"$WORK/wrk-$1" &
	LOADS="$LOADS $!"
}
# waits for the loads (never for the application, also a background job)
wait_loads() { for p in $LOADS; do wait "$p"; done; LOADS=; }
LOADS=
field() { sed -n "s/.*\b$2=\([0-9]*\).*/\1/p" "$WORK/wrk-$1"; }

# the writers (src/ops/writes.sh): API posts with Idempotency-Keys, signed in with an API token
. "$ROOT/src/ops/writes.sh"
WRITES_BASE=$BASE
WRITES_DIR=$WORK
writes_found() { psql_ -c "select summary from incident where summary like '$1'"; }
verdict() { # NAME OK? LINE
	if [ "$2" = 0 ]; then echo "$1: PASS $3"; else echo "$1: FAIL $3"; FAILED=1; fi
}
reads_ok() { # wrk NAME: no 5xx but 503, and every 503 with Retry-After
	[ "$(field "$1" s5xx)" = 0 ] && [ "$(field "$1" no_retry_after)" = 0 ]
}

PAGE=/incidents?group=ttp

scenario_restart() {
	load restart "$PAGE" "$LOAD_SECONDS"
	writes_run restart "$LOAD_SECONDS" 0.1 &
	local w=$!
	sleep 5
	pg -m fast restart
	local recovery=$(until_ok "$PAGE")
	wait "$w"; wait_loads
	writes_settle restart
	local writes; writes=$(writes_audit restart); local ok=$?
	reads_ok restart || ok=1
	[ "$recovery" != never ] && [ "$(echo "$recovery <= 10" | bc)" = 1 ] || ok=1
	verdict restart $ok "reads: $(cat "$WORK/wrk-restart") $writes recovery_s=$recovery"
}

scenario_kill() {
	# KILL_WRITES posts from 4 writers at once; the application is killed once a third are written
	local per=$((KILL_WRITES / 4)) ws= i
	for i in 1 2 3 4; do
		writes_run "kill$i" 180 0 "$per" &
		ws="$ws $!"
	done
	while [ "$(cat "$WORK"/writes-kill* 2>/dev/null | wc -l)" -lt $((KILL_WRITES / 3)) ]; do sleep 0.1; done
	kill -9 "$APP_PID"; wait "$APP_PID" 2>/dev/null
	local from=$(now) at; at=$(cat "$WORK"/writes-kill* | wc -l)
	start_app
	local recovery=$(since "$from")
	for i in $ws; do wait "$i"; done
	cat "$WORK"/writes-kill? >"$WORK/writes-kill"
	writes_settle kill
	local writes; writes=$(writes_audit kill); local ok=$?
	[ "$(wc -l <"$WORK/writes-kill")" -eq $((per * 4)) ] || ok=1
	verdict kill $ok "killed_after=$at $writes restart_s=$recovery"
}

scenario_down() {
	load down "$PAGE" "$((DOWN_SECONDS + 10))"
	writes_run down "$((DOWN_SECONDS + 10))" 0.1 &
	local w=$!
	sleep 3
	pg -m fast stop
	local from=$(now) first503=never
	for _ in $(seq 1 100); do
		[ "$(status "$PAGE")" = 503 ] && { first503=$(since "$from"); break; }
		sleep 0.1
	done
	sleep 5
	local readiness=$(status /actuator/health/readiness) liveness=$(status /actuator/health/liveness)
	sleep "$((DOWN_SECONDS > 8 ? DOWN_SECONDS - 8 : 0))"
	pg -o "-p $PGPORT -k $WORK/pg -c listen_addresses=127.0.0.1" -l "$WORK/pg/log" start
	local recovery=$(until_ok "$PAGE")
	local ready=$(status /actuator/health/readiness)
	wait "$w"; wait_loads
	writes_settle down
	local writes; writes=$(writes_audit down); local ok=$?
	reads_ok down || ok=1
	[ "$readiness" = 503 ] && [ "$liveness" = 200 ] && [ "$ready" = 200 ] || ok=1
	[ "$first503" != never ] && [ "$(echo "$first503 <= 5" | bc)" = 1 ] || ok=1
	[ "$recovery" != never ] && [ "$(echo "$recovery <= 10" | bc)" = 1 ] || ok=1
	verdict down $ok "down_s=$DOWN_SECONDS reads: $(cat "$WORK/wrk-down") $writes first_503_s=$first503 readiness_down=$readiness liveness_down=$liveness readiness_after=$ready recovery_s=$recovery"
}

scenario_slow() {
	psql_ -c "begin; lock table incident in access exclusive mode; select pg_sleep($LOCK_SECONDS); commit;" >/dev/null &
	local locker=$!
	sleep 1
	load slow "$PAGE" "$((LOCK_SECONDS - 2))"
	load ping /api/ping "$((LOCK_SECONDS - 2))"
	local from=$(now)
	local page=$(curl -s -o /dev/null -m 60 -w '%{http_code}' "$BASE$PAGE")
	local page_s=$(since "$from")
	local groups=$(status /reports)
	wait "$locker"
	wait_loads
	local recovery=$(until_ok "$PAGE")
	local after=$(status "$PAGE")
	local ok=0
	reads_ok slow || ok=1
	reads_ok ping || ok=1
	[ "$page" = 503 ] && [ "$groups" = 200 ] && [ "$after" = 200 ] && [ "$(field ping s503)" = 0 ] || ok=1
	verdict slow $ok "lock_s=$LOCK_SECONDS incidents: $(cat "$WORK/wrk-slow") ping: $(cat "$WORK/wrk-ping") one_page=$page after_s=$page_s groups=$groups after_lock=$after recovery_s=$recovery"
}

# the soak's readers: wrk over several pages, counted as statuses.lua does
cat >"$WORK/soak.lua" <<'LUA'
local paths = { "/incidents?group=ttp", "/incidents", "/incidents?page=3", "/groups/ttp", "/groups/isil-k",
	"/reports", "/statements", "/search?q=TTP", "/regions/pakistan", "/", "/api/v1/incidents?group=bla" }
local n = 0
local pause = tonumber(os.getenv("SOAK_READ_DELAY") or "0")
function delay()
	return pause
end
function request()
	n = n + 1
	return wrk.format("GET", paths[(n % #paths) + 1])
end
LUA
cat "$COUNT" >>"$WORK/soak.lua"

metric() { # NAME REGEX: the sum of the series of NAME whose labels match REGEX, from the scrape in $WORK/scrape
	awk -v name="$1" -v re="$2" '(index($0, name "{") == 1 || index($0, name " ") == 1) && $0 ~ re { sum += $NF }
		END { printf "%.0f", sum }' "$WORK/scrape"
}
sample() { # SECONDS: a line of the soak's CSV
	curl -s -m 10 -u "$ADMIN:$PASSWORD" "$BASE/actuator/prometheus" >"$WORK/scrape"
	local rss; rss=$(awk '/^VmRSS/ { print $2 * 1024 }' "/proc/$APP_PID/status")
	echo "$1,$(metric jvm_memory_used_bytes 'area="heap"'),$(metric jvm_gc_live_data_size_bytes .),$rss,$(metric hikaricp_connections_active 'pool="militancy"'),$(metric hikaricp_connections_pending 'pool="militancy"'),$(metric militancy_admission_waiting .)"
}

scenario_soak() {
	echo "seconds,heap_used_bytes,live_after_gc_bytes,rss_bytes,pool_active,pool_pending,admission_waiting" >"$SOAK_CSV"
	SOAK_READ_DELAY=$SOAK_READ_DELAY wrk -t2 -c61 -d"${SOAK_SECONDS}s" --timeout 30s -s "$WORK/soak.lua" "$BASE" 2>/dev/null | tail -1 >"$WORK/wrk-soak" &
	LOADS="$LOADS $!"
	local writers= i
	for i in 1 2 3; do
		writes_run "soak$i" "$SOAK_SECONDS" "$SOAK_WRITE_PAUSE" &
		writers="$writers $!"
	done
	local from=$(date +%s) t
	# the heap after a full collection, under the load, once the first minute is past and once in the last
	local early= late=
	while t=$(($(date +%s) - from)); [ "$t" -lt "$SOAK_SECONDS" ]; do
		sample "$t" >>"$SOAK_CSV"
		if { [ -z "$early" ] && [ "$t" -ge 60 ]; } || { [ -z "$late" ] && [ "$t" -ge $((SOAK_SECONDS - 45)) ]; }; then
			jcmd "$APP_PID" GC.run >/dev/null 2>&1
			curl -s -m 10 -u "$ADMIN:$PASSWORD" "$BASE/actuator/prometheus" >"$WORK/scrape"
			if [ -z "$early" ]; then early=$(metric jvm_memory_used_bytes 'area="heap"'); else late=$(metric jvm_memory_used_bytes 'area="heap"'); fi
		fi
		sleep 30
	done
	for i in $writers; do wait "$i"; done
	wait_loads
	sleep 5
	sample "$(($(date +%s) - from))" >>"$SOAK_CSV"
	# after the load: the pool holds only the LISTEN connection (data-changes)
	local held; held=$(tail -1 "$SOAK_CSV" | cut -d, -f5)
	local ok=0 writes= w
	for i in 1 2 3; do
		writes_settle "soak$i"
		w=$(writes_audit "soak$i") || ok=1
		writes="$writes soak$i: $(sed 's/ first_statuses=.*//' <<<"$w")"
	done
	reads_ok soak || ok=1
	[ "$(field soak s503)" = 0 ] && [ "$(field soak errors)" = 0 ] && [ "$(field soak other)" = 0 ] || ok=1
	[ "$held" -le 1 ] || ok=1
	local reads wrote; reads=$(field soak sent); wrote=$(cat "$WORK"/writes-soak* | wc -l)
	verdict soak $ok "seconds=$SOAK_SECONDS heap_after_full_gc_early=$((${early:-0} / 1048576))MB heap_after_full_gc_late=$((${late:-0} / 1048576))MB write_share=$(awk -v r="$reads" -v w="$wrote" 'BEGIN { printf "%.3f", w / (r + w) }') reads: $(cat "$WORK/wrk-soak") $writes pool_active_after=$held samples=$SOAK_CSV"
}

start_app
# the writers sign in with an API token, as a script does: Basic would check the password (bcrypt) each time
TOKEN=$(writes_api_token "$BASE" "$ADMIN" "$PASSWORD")
[ -n "$TOKEN" ] || { echo "no API token from /account/tokens" >&2; exit 2; }
WRITES_AUTH=(-H "Authorization: Bearer $TOKEN")
for s in "${SCENARIOS[@]}"; do
	case "$s" in
	restart | kill | down | slow | soak) "scenario_$s" ;;
	*) echo "unknown scenario: $s (restart kill down slow soak)" >&2; exit 2 ;;
	esac
done
if grep -q "Unexpected error\| 500 " "$WORK/app.log"; then
	echo "the application log has unexpected errors:" >&2
	grep -m5 "Unexpected error" "$WORK/app.log" >&2
fi
exit $FAILED
