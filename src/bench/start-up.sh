#!/usr/bin/env bash
# =====================================================================================================
# Start-up: from java to serving                                                    src/bench/start-up.sh
# =====================================================================================================
#
# Starts the packaged jar and the extracted jar with its class-data-sharing archive (src/ops/cds-archive.sh,
# made first if target/app/app.jsa is missing) in turn, BENCH_ROUNDS (3) times each, on BENCH_DB (mm_bench) at
# 127.0.0.1:5432, with the warm-up off, and prints for each start the seconds from `java` to the first 200 of
# /api/ping, Spring's own "Started ... in" figure, and the RSS a second later; then the medians.
#
#   src/bench/start-up.sh
#
# BENCH_JVM_OPTS (-Xmx512m) are the JVM's options for both; BENCH_PORT (18091).
# =====================================================================================================

set -Eeuo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
DB=${BENCH_DB:-mm_bench}
PORT=${BENCH_PORT:-18091}
ROUNDS=${BENCH_ROUNDS:-3}
JVM_OPTS=${BENCH_JVM_OPTS:--Xmx512m}
URL=jdbc:postgresql://127.0.0.1:5432/$DB
JAR=$(ls target/militancy-monitor-*.jar 2>/dev/null | grep -v -e '\.original$' -e 'plain' | head -1 || true)
[[ -n $JAR ]] || { echo "start-up.sh: no target/militancy-monitor-*.jar (./mvnw -q -B package -DskipTests)" >&2; exit 2; }
if [[ ! -f target/app/app.jsa ]]; then
	SPRING_DATASOURCE_URL=$URL src/ops/cds-archive.sh >&2
fi
APP_JAR=$(ls target/app/militancy-monitor-*.jar | head -1)
LOG=$(mktemp /tmp/start-up.XXXXXX)
trap 'rm -f "$LOG"' EXIT

start() { # <label> <java args...>: one line "label|serving_s|started_s|rss_mb"
	local label=$1 from pid serving started rss
	shift
	from=$(date +%s.%N)
	# shellcheck disable=SC2086
	SPRING_DATASOURCE_URL=$URL SPRING_DATASOURCE_USERNAME=postgres MILITANCY_WARM_UP_DURATION=0 \
		java $JVM_OPTS "$@" --server.port="$PORT" --server.address=127.0.0.1 >"$LOG" 2>&1 &
	pid=$!
	until curl -fs -o /dev/null "http://127.0.0.1:$PORT/api/ping" 2>/dev/null; do
		kill -0 "$pid" 2>/dev/null || { tail -20 "$LOG" >&2; echo "start-up.sh: $label exited" >&2; exit 1; }
		sleep 0.05
	done
	serving=$(echo "$(date +%s.%N) - $from" | bc)
	sleep 1
	rss=$(awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$pid/status")
	started=$(sed -n 's/.*Started .* in \([0-9.]*\) seconds.*/\1/p' "$LOG" | head -1)
	kill "$pid"
	wait "$pid" 2>/dev/null || true
	printf '%s|%.1f|%s|%s\n' "$label" "$serving" "$started" "$rss"
}

RESULTS=$(mktemp /tmp/start-up-results.XXXXXX)
echo "| round | start | serving s | \"Started ... in\" s | RSS MB |"
echo "| ---: | --- | ---: | ---: | ---: |"
for r in $(seq 1 "$ROUNDS"); do
	for mode in fat cds; do
		if [[ $mode == fat ]]; then
			line=$(start "fat jar" -jar "$JAR")
		else
			line=$(start "extracted + CDS" -XX:SharedArchiveFile=target/app/app.jsa -jar "$APP_JAR")
		fi
		echo "$line" >>"$RESULTS"
		awk -F'|' -v r="$r" '{ printf "| %s | %s | %s | %s | %s |\n", r, $1, $2, $3, $4 }' <<<"$line"
	done
done
echo
for label in "fat jar" "extracted + CDS"; do
	printf 'median %s: serving %s s\n' "$label" "$(grep "^$label|" "$RESULTS" | cut -d'|' -f2 | sort -g |
		awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }')"
done
echo "$(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end; JVM options: $JVM_OPTS"
rm -f "$RESULTS"
