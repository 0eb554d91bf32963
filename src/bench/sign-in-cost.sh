#!/usr/bin/env bash
# =====================================================================================================
# What sign-in costs a page, and pages rendered without the cache                src/bench/sign-in-cost.sh
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
# Targets, each a warm-up and a measured run of wrk -t2 -c32 per copy and round:
#   ping        GET /api/ping, the bare endpoint
#   incidents   the incident list with filters, sorts and pages (rendered for every request)
#   groups      every group's profile, rotating (served from the page cache after the first request)
#   profiles    the four largest groups' profiles, each request with a query parameter of its own, so
#               that every one is rendered afresh (MMBENCH_UNIQUE=1 in wrk-rotate.lua)
#
#   src/bench/sign-in-cost.sh
#   src/bench/sign-in-cost.sh --help
#
# The report (stdout and BENCH_OUT) gives per round, copy and target: req/s, x ping, p50/p95/p99,
# normalised p95 (p95 x ping req/s of the same round and copy / 20,000), errors and the load average;
# then per target the median ratio signed-in / no-security.
#
# Settings (environment)
#   BENCH_ROUNDS       rounds                                                   3
#   BENCH_DURATION     measured seconds per run                                 15
#   BENCH_WARMUP       warm-up seconds per target                               5
#   BENCH_JIT_WARMUP   JIT warm-up seconds per copy (every target's paths)      60
#   BENCH_CONNECTIONS / BENCH_THREADS                                           32 / 2
#   BENCH_DB / BENCH_PORT / BENCH_OUT     mm_bench / 18085 / docs/benchmarks-sign-in-latest.md
#   BENCH_JAR          the jar (default target/militancy-monitor-*.jar, built if missing)
# =====================================================================================================

set -Eeuo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BENCH_DIR=$ROOT/src/bench
cd "$ROOT"

case "${1:-}" in
	"") ;;
	-h | --help) awk 'NR > 1 && /^# =====/ { if (++c == 2) exit; next } NR > 1 && /^#/ { sub(/^# ?/, ""); print }' "$0"; exit 0 ;;
	*) echo "sign-in-cost.sh: unknown option '$1' (try --help)" >&2; exit 2 ;;
esac

ROUNDS=${BENCH_ROUNDS:-3}
DURATION=${BENCH_DURATION:-15}
WARMUP=${BENCH_WARMUP:-5}
JIT_WARMUP=${BENCH_JIT_WARMUP:-60}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
THREADS=${BENCH_THREADS:-2}
DB=${BENCH_DB:-mm_bench}
PORT=${BENCH_PORT:-18085}
OUT=${BENCH_OUT:-docs/benchmarks-sign-in-latest.md}
ADMIN=benchadmin
PASSWORD=bench-admin-password

export PGHOST=127.0.0.1 PGUSER=postgres
log() { echo "[$(date -u +%H:%M:%S)] $*" >&2; }

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
JAR=${BENCH_JAR:-}
if [[ -z $JAR ]]; then
	ls target/militancy-monitor-*.jar >/dev/null 2>&1 || ./mvnw -q -B package -DskipTests
	JAR=$(ls target/militancy-monitor-*.jar | grep -v -e '\.original$' | head -1)
fi
cp "$JAR" "$WORK/app.jar"

start_app() { # start_app <port> [args...]: prints the pid
	local port=$1
	shift
	SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$DB" SPRING_DATASOURCE_USERNAME=postgres \
		SPRING_DATASOURCE_PASSWORD= SERVER_PORT=$port SERVER_ADDRESS=127.0.0.1 \
		MILITANCY_ADMIN_USERNAME=$ADMIN MILITANCY_ADMIN_PASSWORD=$PASSWORD MILITANCY_WARM_UP_DURATION=0s \
		java -Xmx1g -jar "$WORK/app.jar" "$@" >"$WORK/app-$port.log" 2>&1 &
	echo $!
}

await_healthy() { # await_healthy <port>
	local waited=0
	until curl -fs --max-time 2 "http://127.0.0.1:$1/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
		((waited++ < 600)) || { tail -40 "$WORK/app-$1.log" >&2; echo "sign-in-cost.sh: not healthy after 600 s" >&2; exit 1; }
		sleep 1
	done
}

ensure_analyst() {
	local hash
	hash=$(psql -d "$DB" -Atc "select password_hash from app_user where username = '$ADMIN'")
	[[ -n $hash ]] || { echo "sign-in-cost.sh: no account $ADMIN in $DB (it is created on a start with no account at all)" >&2; exit 1; }
	psql -d "$DB" -q -v ON_ERROR_STOP=1 -v hash="$hash" <<-'SQL'
		insert into app_user (username, display_name, password_hash) values ('bench-analyst', 'Benchmark analyst', :'hash')
		on conflict (lower(username)) do update set password_hash = excluded.password_hash, enabled = true;
		delete from app_user_role where user_id = (select id from app_user where username = 'bench-analyst');
		insert into app_user_role (user_id, role) select id, 'ANALYST' from app_user where username = 'bench-analyst';
	SQL
}

sign_in() { # sign_in <port> <username>: prints the JSESSIONID
	local base=http://127.0.0.1:$1 jar=$WORK/cookies-$1-$2 token
	token=$(curl -s -c "$jar" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
	curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "username=$2" --data-urlencode "password=$PASSWORD" \
		--data-urlencode "_csrf=$token" "$base/login"
	awk '$6 == "JSESSIONID" { print $7 }' "$jar" | tail -1
}

write_paths() {
	echo /api/ping >"$WORK/ping.txt"
	psql -d "$DB" -Atc "select '/groups/' || slug from militant_group order by slug" >"$WORK/groups.txt"
	printf '%s\n' /groups/ttp /groups/isil-k /groups/bla /groups/afghan-taliban >"$WORK/profiles.txt"
	{
		printf '%s\n' /incidents '/incidents?page=1' '/incidents?page=5' '/incidents?page=50' '/incidents?page=399' \
			'/incidents?sort=fatalities&dir=desc' '/incidents?sort=date&dir=asc' '/incidents?status=PUBLISHED&size=25&page=0'
		for y in 2015 2017 2019 2021 2023 2025; do
			printf '/incidents?from=%s-01-01&to=%s-12-31\n' "$y" "$y"
			printf '/incidents?from=%s-03-01&to=%s-03-28&sort=fatalities&dir=desc\n' "$y" "$y"
		done
		for g in ttp isil-k bla afghan-taliban; do printf '/incidents?group=%s\n' "$g"; done
	} >"$WORK/incidents.txt"
	cat "$WORK/groups.txt" "$WORK/incidents.txt" "$WORK/profiles.txt" >"$WORK/all.txt"
}

wrk_run() { # wrk_run <port> <cookie or -> <target> <seconds>: prints the MMBENCH line
	local cookie=() unique=0 out
	[[ $2 != - ]] && cookie=(-H "Cookie: JSESSIONID=$2")
	[[ $3 == profiles || $3 == all ]] && unique=1
	out=$(MMBENCH_THREADS=$THREADS MMBENCH_UNIQUE=$unique wrk -t"$THREADS" -c"$CONNECTIONS" -d"$4s" --timeout 10s \
		"${cookie[@]}" -s "$BENCH_DIR/wrk-rotate.lua" "http://127.0.0.1:$1" -- "$WORK/$3.txt" 2>&1 || true)
	grep '^MMBENCH ' <<<"$out" | tail -1 || echo "MMBENCH rps=0 p50_ms=0 p95_ms=0 p99_ms=0 max_ms=0 errors=-1"
}

field() { tr ' ' '\n' <<<"$2" | awk -F= -v k="$1" '$1 == k { print $2 }'; }
loadavg() { cut -d' ' -f1 /proc/loadavg; }

write_paths
declare -A APP_PORT COOKIE
APP_PORT[signed-in]=$PORT
APP_PORT[no-security]=$((PORT + 1))
PIDS+=("$(start_app "${APP_PORT[signed-in]}")")
PIDS+=("$(start_app "${APP_PORT[no-security]}" --spring.security.filter.dispatcher-types=async)")
await_healthy "${APP_PORT[signed-in]}"
await_healthy "${APP_PORT[no-security]}"
ensure_analyst
COOKIE[signed-in]=$(sign_in "${APP_PORT[signed-in]}" bench-analyst)
COOKIE[no-security]=-
# The copy without security must really have no filter chain: no Content-Security-Policy header.
if curl -sI "http://127.0.0.1:${APP_PORT[no-security]}/api/ping" | grep -qi '^content-security-policy'; then
	echo "sign-in-cost.sh: the no-security copy still runs the security filters" >&2
	exit 1
fi
for c in signed-in no-security; do
	log "$c: JIT warm-up ${JIT_WARMUP}s"
	wrk_run "${APP_PORT[$c]}" "${COOKIE[$c]}" all "$JIT_WARMUP" >/dev/null
done

RESULTS=$WORK/results.txt
: >"$RESULTS"
copies=(signed-in no-security)
for r in $(seq 1 "$ROUNDS"); do
	order=("${copies[@]}")
	((r % 2 == 0)) && order=(no-security signed-in)
	for t in ping incidents groups profiles; do
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
	echo "# What sign-in costs a page"
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
			-v err="$(field errors "$line")" 'BEGIN {
			printf "| %s | %s | %s | %.0f | %.3f | %.1f | %.1f | %.1f | %.1f | %s | %s |\n",
				r, c, t, rps, (ping > 0 ? rps / ping : 0), p50, p95, p99, p95 * ping / 20000, err, la }'
	done <"$RESULTS"
	echo
	echo "| target | signed-in / no-security req/s, per round | median |"
	echo "| --- | --- | ---: |"
	for t in ping incidents groups profiles; do
		ratios=$(for r in $(seq 1 "$ROUNDS"); do
			awk -v a="${RPS[${r}signed-in$t]:-0}" -v b="${RPS[${r}no-security$t]:-0}" 'BEGIN { printf "%.2f\n", (b > 0 ? a / b : 0) }'
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
