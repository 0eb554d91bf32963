#!/usr/bin/env bash
# =====================================================================================================
# What sign-in or the metrics cost a page, and pages rendered without the cache   src/bench/sign-in-cost.sh
# =====================================================================================================
#
# Runs the same jar twice on mm_bench (the database of run-benchmarks.sh: run that first, or the
# generator yourself), side by side, and loads them in turn, alternating the order between rounds:
#
#   signed-in    as deployed; every request carries a signed-in analyst's session cookie
#   no-security  --spring.security.filter.dispatcher-types=async: Spring Security's filter chain is
#                registered for asynchronous dispatches only, so an ordinary request passes no security
#                filter at all (no session lookup, no CSRF, no headers, no authorization); pages render
#                as for an anonymous visitor. A measuring device only: never deploy it.
#
# With --metrics, the two copies are instead (both signed in):
#
#   metrics      as deployed: the Prometheus registry, every request timed (http.server.requests)
#   no-metrics   --management.prometheus.metrics.export.enabled=false and
#                --management.observations.enable.http.server.requests=false: Boot's in-memory registry
#                that nobody reads and no request timing, as before the Prometheus endpoint existed
#
# Targets, each a warm-up and a measured run of wrk -t2 -c32 per copy and round:
#   ping        GET /api/ping, the bare endpoint
#   incidents   the incident list with filters, sorts and pages (rendered for every request)
#   groups      every group's profile, rotating (served from the page cache after the first request)
#   profiles    the four largest groups' profiles, each request with a query parameter of its own, so
#               that every one is rendered afresh (MMBENCH_UNIQUE=1 in wrk-rotate.lua)
#
#   src/bench/sign-in-cost.sh
#   src/bench/sign-in-cost.sh --metrics
#   src/bench/sign-in-cost.sh --help
#
# The report (stdout and BENCH_OUT) gives per round, copy and target: req/s, x ping, p50/p95/p99,
# normalised p95 (p95 x ping req/s of the same round and copy / 20,000), errors and the load average;
# then per target the median ratio signed-in / no-security (metrics / no-metrics).
#
# Settings (environment)
#   BENCH_ROUNDS       rounds                                                   3
#   BENCH_DURATION     measured seconds per run                                 15
#   BENCH_WARMUP       warm-up seconds per target                               5
#   BENCH_JIT_WARMUP   JIT warm-up seconds per copy (every target's paths)      60
#   BENCH_CONNECTIONS / BENCH_THREADS                                           32 / 2
#   BENCH_DB / BENCH_PORT / BENCH_OUT     mm_bench / 18085 / docs/benchmarks-sign-in-latest.md
#                                         (--metrics: docs/benchmarks-metrics-latest.md)
#   BENCH_JAR          the jar (default target/militancy-monitor-*.jar, built if missing)
#   BENCH_TARGETS      targets to run, in this order                            "ping incidents groups profiles"
#   BENCH_PROFILES     the groups (slugs) of the profiles target                "ttp isil-k bla afghan-taliban"
#                      (BENCH_PROFILES=ttp: the issue's own measure, /groups/ttp?n=<unique>)
# =====================================================================================================

set -Eeuo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BENCH_DIR=$ROOT/src/bench
cd "$ROOT"

# shellcheck source=src/bench/lib.sh
source "$BENCH_DIR/lib.sh"

MODE=sign-in
case "${1:-}" in
	"") ;;
	--metrics) MODE=metrics ;;
	-h | --help) mm_usage "$0" 2; exit 0 ;;
	*) echo "sign-in-cost.sh: unknown option '$1' (try --help)" >&2; exit 2 ;;
esac

ROUNDS=${BENCH_ROUNDS:-3}
DURATION=${BENCH_DURATION:-15}
TARGETS=${BENCH_TARGETS:-ping incidents groups profiles}
PROFILES=${BENCH_PROFILES:-ttp isil-k bla afghan-taliban}
WARMUP=${BENCH_WARMUP:-5}
JIT_WARMUP=${BENCH_JIT_WARMUP:-60}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
THREADS=${BENCH_THREADS:-2}
DB=${BENCH_DB:-mm_bench}
PORT=${BENCH_PORT:-18085}
OUT=${BENCH_OUT:-docs/benchmarks-$MODE-latest.md}
LOG_UTC=1

mm_pg_env

WORK=$(mktemp -d /tmp/mm-sign-in.XXXXXX)
PIDS=()
cleanup() {
	for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
	wait 2>/dev/null || true
	rm -rf "$WORK"
}
trap cleanup EXIT

psql -d "$DB" -Atc "select 1" >/dev/null 2>&1 ||
	{ echo "sign-in-cost.sh: no database $DB (run src/bench/run-benchmarks.sh once)" >&2; exit 1; }
JAR=$(mm_jar)
cp "$JAR" "$WORK/app.jar"

start_app() { # start_app <port> [args...]: prints the pid
	MILITANCY_WARM_UP_DURATION=0s mm_start_app "$@"
}

write_paths() {
	echo /api/ping >"$WORK/ping.txt"
	psql -d "$DB" -Atc "select '/groups/' || slug from militant_group order by slug" >"$WORK/groups.txt"
	printf '/groups/%s\n' $PROFILES >"$WORK/profiles.txt"
	mm_short_incident_paths >"$WORK/incidents.txt"
	cat "$WORK/groups.txt" "$WORK/incidents.txt" "$WORK/profiles.txt" >"$WORK/all.txt"
}

wrk_run() { # wrk_run <port> <cookie or -> <target> <seconds>: prints the MMBENCH line
	local unique=0
	[[ $3 == profiles || $3 == all ]] && unique=1
	mm_wrk_rotate "$1" "$2" "$WORK/$3.txt" "$4" "$unique"
}

write_paths
declare -A APP_PORT COOKIE
if [[ $MODE == metrics ]]; then
	A=metrics B=no-metrics
	B_ARGS=(--management.prometheus.metrics.export.enabled=false --management.observations.enable.http.server.requests=false)
	TITLE="What the metrics cost a page"
else
	A=signed-in B=no-security
	B_ARGS=(--spring.security.filter.dispatcher-types=async)
	TITLE="What sign-in costs a page"
fi
APP_PORT[$A]=$PORT
APP_PORT[$B]=$((PORT + 1))
PIDS+=("$(start_app "${APP_PORT[$A]}")")
PIDS+=("$(start_app "${APP_PORT[$B]}" "${B_ARGS[@]}")")
mm_await_healthy "${APP_PORT[$A]}"
mm_await_healthy "${APP_PORT[$B]}"
ensure_accounts bench-analyst
COOKIE[$A]=$(sign_in "${APP_PORT[$A]}" bench-analyst)
if [[ $MODE == metrics ]]; then
	COOKIE[$B]=$(sign_in "${APP_PORT[$B]}" bench-analyst)
	# the copy with metrics must really time requests, the other must not
	metrics_of() { curl -s -u "$ADMIN:$PASSWORD" "http://127.0.0.1:$1/actuator/prometheus"; }
	metrics_of "${APP_PORT[$A]}" | grep -q '^http_server_requests_seconds_count' ||
		{ echo "sign-in-cost.sh: the metrics copy does not time requests" >&2; exit 1; }
	[[ $(curl -s -o /dev/null -w '%{http_code}' -u "$ADMIN:$PASSWORD" "http://127.0.0.1:${APP_PORT[$B]}/actuator/prometheus") == 404 ]] ||
		{ echo "sign-in-cost.sh: the no-metrics copy still has a Prometheus endpoint" >&2; exit 1; }
else
	COOKIE[$B]=-
	# The copy without security must really have no filter chain: no Content-Security-Policy header.
	if curl -sI "http://127.0.0.1:${APP_PORT[$B]}/api/ping" | grep -qi '^content-security-policy'; then
		echo "sign-in-cost.sh: the no-security copy still runs the security filters" >&2
		exit 1
	fi
fi
for c in "$A" "$B"; do
	log "$c: JIT warm-up ${JIT_WARMUP}s"
	wrk_run "${APP_PORT[$c]}" "${COOKIE[$c]}" all "$JIT_WARMUP" >/dev/null
done

RESULTS=$WORK/results.txt
: >"$RESULTS"
copies=("$A" "$B")
for r in $(seq 1 "$ROUNDS"); do
	order=("${copies[@]}")
	((r % 2 == 0)) && order=("$B" "$A")
	for t in $TARGETS; do
		for c in "${order[@]}"; do
			((WARMUP > 0)) && wrk_run "${APP_PORT[$c]}" "${COOKIE[$c]}" "$t" "$WARMUP" >/dev/null
			la=$(loadavg)
			line=$(wrk_run "${APP_PORT[$c]}" "${COOKIE[$c]}" "$t" "$DURATION")
			echo "$r $c $t $la $line" >>"$RESULTS"
			log "round $r, $c, $t: $(field rps "$line") req/s, p95 $(field p95_ms "$line") ms, errors $(field errors "$line")"
		done
	done
done

{
	echo "# $TITLE"
	echo
	echo "Written by \`src/bench/sign-in-cost.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'): $(nproc) CPUs, $(psql -d "$DB" -Atc "select count(*) from incident") incidents in \`$DB\`, wrk -t$THREADS -c$CONNECTIONS, ${DURATION} s per run after ${WARMUP} s, both copies of the jar running side by side (-Xmx1g), the order alternating between rounds."
	echo
	echo "| round | copy | target | req/s | x ping | p50 ms | p95 ms | p99 ms | norm. p95 ms | errors | load avg |"
	echo "| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
	declare -A PING RPS
	while read -r r c t la rest; do
		line="MMBENCH ${rest#MMBENCH }"
		rps=$(field rps "$line")
		[[ $t == ping ]] && PING[$r$c]=$rps
		RPS[$r$c$t]=$rps
		awk -v r="$r" -v c="$c" -v t="$t" -v la="$la" -v rps="$rps" -v ping="${PING[$r$c]:-0}" \
			-v p50="$(field p50_ms "$line")" -v p95="$(field p95_ms "$line")" -v p99="$(field p99_ms "$line")" \
			-v err="$(field errors "$line")" -v norm="$NORM_PING_RPS" 'BEGIN {
			printf "| %s | %s | %s | %.0f | %.3f | %.1f | %.1f | %.1f | %.1f | %s | %s |\n",
				r, c, t, rps, (ping > 0 ? rps / ping : 0), p50, p95, p99, p95 * ping / norm, err, la }'
	done <"$RESULTS"
	echo
	echo "| target | $A / $B req/s, per round | median |"
	echo "| --- | --- | ---: |"
	for t in $TARGETS; do
		ratios=$(for r in $(seq 1 "$ROUNDS"); do
			awk -v a="${RPS[$r$A$t]:-0}" -v b="${RPS[$r$B$t]:-0}" 'BEGIN { printf "%.2f\n", (b > 0 ? a / b : 0) }'
		done)
		median=$(sort -g <<<"$ratios" | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }')
		echo "| $t | $(paste -sd' ' <<<"$ratios" | sed 's/ /, /g') | $median |"
	done
	echo
	echo "Normalised = raw x (bare /api/ping req/s of the same round and copy) / 20,000. Errors: wrk's (status >= 400, socket errors, timeouts)."
} >"$WORK/report.md"
mkdir -p "$(dirname "$OUT")"
cp "$WORK/report.md" "$OUT"
cat "$WORK/report.md"
