#!/usr/bin/env bash
# =====================================================================================================
# The whole topology on one machine                                                 src/ops/topology.sh
# =====================================================================================================
#
#                    clients
#                       |
#              HAProxy 127.0.0.1:$TOPO_PROXY_PORT  (round robin, checks /actuator/health/readiness)
#                 /                      \
#      app 1 :$TOPO_APP1_PORT        app 2 :$TOPO_APP2_PORT      sessions in PostgreSQL (Spring Session JDBC)
#            |   \                  /   |
#            |    `-- writes, LISTEN --'  |
#            |         primary :$TOPO_PRIMARY_PORT
#            |               | streaming replication (pg_basebackup -R)
#             `-- read-only -> replica :$TOPO_REPLICA_PORT <- read-only --'
#
#   src/ops/topology.sh start     a primary and its streaming replica (throwaway clusters), two instances of
#                                 the packaged jar on them, HAProxy in front; prints the addresses
#   src/ops/topology.sh status    each part's state, the replica's lag
#   src/ops/topology.sh stop      stops everything and removes the clusters
#   src/ops/topology.sh drill     with the topology started: a signed-in reader (wrk, its session cookie) and two
#                                 writers (the API, each post with an Idempotency-Key) through HAProxy for
#                                 TOPO_DRILL_SECONDS (20); app 1 is killed with SIGKILL a third of the way in, then
#                                 started again. Fails (exit 1) on a 5xx but a 503 with Retry-After, a read sent to
#                                 the sign-in page (a lost session), or a lost or duplicated acknowledged write.
#   src/ops/topology.sh compare   with the topology started: the incident list and search (the benchmark's paths,
#                                 signed in), from one instance directly and from both through HAProxy, in turn,
#                                 TOPO_COMPARE_ROUNDS (2) rounds of 10 s warm-up and 20 s measured, wrk -t2 -c32;
#                                 req/s, p95 and the CPU each request took (the whole machine's, and the JVMs').
#
# Settings (environment): TOPO_DIR (/tmp/mm-topology), TOPO_PROXY_PORT (18100), TOPO_APP1_PORT (18101),
# TOPO_APP2_PORT (18102), TOPO_PRIMARY_PORT (55432), TOPO_REPLICA_PORT (55433), TOPO_JAR (target/militancy-monitor-*.jar,
# built if missing), TOPO_JVM_OPTS (those of src/ops/jvm-options.sh, with MALLOC_ARENA_MAX=2), TOPO_ADMIN_USERNAME / TOPO_ADMIN_PASSWORD (the first admin: topoadmin /
# topology-admin-password). Needs PostgreSQL 15's server binaries and Debian's haproxy. Run as root or as postgres.
# =====================================================================================================

set -Eeuo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
DIR=${TOPO_DIR:-/tmp/mm-topology}
PROXY_PORT=${TOPO_PROXY_PORT:-18100}
APP1_PORT=${TOPO_APP1_PORT:-18101}
APP2_PORT=${TOPO_APP2_PORT:-18102}
PRIMARY_PORT=${TOPO_PRIMARY_PORT:-55432}
REPLICA_PORT=${TOPO_REPLICA_PORT:-55433}
# shellcheck source=src/ops/jvm-options.sh
source "$ROOT/src/ops/jvm-options.sh"
JVM_OPTS=${TOPO_JVM_OPTS:-$MM_JVM_OPTS}
ADMIN_USERNAME=${TOPO_ADMIN_USERNAME:-topoadmin}
ADMIN_PASSWORD=${TOPO_ADMIN_PASSWORD:-topology-admin-password}
PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}

as_postgres() {
	if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

log() { echo "[topology $(date +%H:%M:%S)] $*"; }

wait_for() { # url seconds
	local url=$1 deadline=$((SECONDS + $2))
	until curl -fsS -o /dev/null "$url" 2>/dev/null; do
		((SECONDS < deadline)) || { log "no answer from $url after $2 s"; return 1; }
		sleep 1
	done
}

start_app() { # n port
	local n=$1 port=$2
	SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PRIMARY_PORT/militancy" \
		SPRING_DATASOURCE_USERNAME=postgres \
		MILITANCY_DATASOURCE_REPLICA_URL="jdbc:postgresql://127.0.0.1:$REPLICA_PORT/militancy" \
		MILITANCY_SESSIONS_STORE=jdbc MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2} \
		MILITANCY_ADMIN_USERNAME=$ADMIN_USERNAME MILITANCY_ADMIN_PASSWORD=$ADMIN_PASSWORD \
		nohup java $JVM_OPTS -jar "$JAR" --server.port="$port" >"$DIR/app$n.log" 2>&1 &
	echo $! >"$DIR/app$n.pid"
	log "app $n: pid $(cat "$DIR/app$n.pid"), port $port, log $DIR/app$n.log"
}

cmd_start() {
	[[ ! -e $DIR ]] || { echo "topology.sh: $DIR exists: stop first" >&2; exit 2; }
	command -v haproxy >/dev/null || { echo "topology.sh: haproxy is missing (apt-get install haproxy)" >&2; exit 2; }
	JAR=${TOPO_JAR:-$(ls "$ROOT"/target/militancy-monitor-*.jar 2>/dev/null | head -1 || true)}
	if [[ -z $JAR ]]; then
		(cd "$ROOT" && ./mvnw -q -B package -DskipTests)
		JAR=$(ls "$ROOT"/target/militancy-monitor-*.jar | head -1)
	fi
	mkdir -p "$DIR"
	chown postgres "$DIR" 2>/dev/null || true

	log "primary: initdb, port $PRIMARY_PORT"
	as_postgres "$PGBIN/initdb" -D "$DIR/primary" -U postgres --auth=trust >/dev/null
	cat >>"$DIR/primary/postgresql.conf" <<CONF
port = $PRIMARY_PORT
listen_addresses = '127.0.0.1'
unix_socket_directories = '$DIR'
wal_level = replica
max_wal_senders = 4
hot_standby = on
CONF
	echo "host replication postgres 127.0.0.1/32 trust" >>"$DIR/primary/pg_hba.conf"
	as_postgres "$PGBIN/pg_ctl" -D "$DIR/primary" -l "$DIR/primary.log" -w start >/dev/null
	as_postgres "$PGBIN/createdb" -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres militancy

	log "replica: pg_basebackup from the primary, port $REPLICA_PORT"
	as_postgres "$PGBIN/pg_basebackup" -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres -D "$DIR/replica" -R -X stream -c fast
	sed -i "s/^port = .*/port = $REPLICA_PORT/" "$DIR/replica/postgresql.conf"
	as_postgres "$PGBIN/pg_ctl" -D "$DIR/replica" -l "$DIR/replica.log" -w start >/dev/null

	# the first instance migrates the database; the second starts on it once it serves
	start_app 1 "$APP1_PORT"
	wait_for "http://127.0.0.1:$APP1_PORT/actuator/health/readiness" 240
	start_app 2 "$APP2_PORT"
	wait_for "http://127.0.0.1:$APP2_PORT/actuator/health/readiness" 240

	cat >"$DIR/haproxy.cfg" <<CFG
global
    maxconn 2000
defaults
    mode http
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    retries 2
    option redispatch
    # a GET whose instance dies under it is sent to the other; a POST is not (the client retries it with its
    # Idempotency-Key)
    retry-on all-retryable-errors
frontend militancy
    bind 127.0.0.1:$PROXY_PORT
    default_backend instances
backend instances
    balance roundrobin
    http-request disable-l7-retry unless METH_GET || METH_HEAD
    option httpchk GET /actuator/health/readiness
    http-check expect status 200
    default-server inter 1s fall 2 rise 2
    server app1 127.0.0.1:$APP1_PORT check
    server app2 127.0.0.1:$APP2_PORT check
CFG
	haproxy -f "$DIR/haproxy.cfg" -D -p "$DIR/haproxy.pid"
	wait_for "http://127.0.0.1:$PROXY_PORT/actuator/health/readiness" 30
	log "serving at http://127.0.0.1:$PROXY_PORT (sign in as $ADMIN_USERNAME); src/ops/topology.sh stop ends it"
}

cmd_status() {
	[[ -d $DIR ]] || { echo "not started"; return 0; }
	for n in 1 2; do
		local port=$APP1_PORT
		[[ $n == 2 ]] && port=$APP2_PORT
		printf 'app %s (:%s): %s\n' "$n" "$port" \
			"$(curl -s -m 2 "http://127.0.0.1:$port/actuator/health/readiness" || echo unreachable)"
	done
	printf 'proxy (:%s): %s\n' "$PROXY_PORT" \
		"$(curl -s -m 2 "http://127.0.0.1:$PROXY_PORT/actuator/health/readiness" || echo unreachable)"
	printf 'replica lag: %s s\n' "$(psql -h 127.0.0.1 -p "$REPLICA_PORT" -U postgres -d militancy -XAtc \
		"select coalesce(extract(epoch from now() - pg_last_xact_replay_timestamp()), 0)" 2>/dev/null || echo '?')"
}

cmd_stop() {
	[[ -d $DIR ]] || { echo "not started"; return 0; }
	[[ -f $DIR/haproxy.pid ]] && kill "$(cat "$DIR/haproxy.pid")" 2>/dev/null || true
	for n in 1 2; do
		[[ -f $DIR/app$n.pid ]] && kill "$(cat "$DIR/app$n.pid")" 2>/dev/null || true
	done
	sleep 2
	for n in 1 2; do
		[[ -f $DIR/app$n.pid ]] && kill -9 "$(cat "$DIR/app$n.pid")" 2>/dev/null || true
	done
	for cluster in replica primary; do
		[[ -d $DIR/$cluster ]] && as_postgres "$PGBIN/pg_ctl" -D "$DIR/$cluster" -m fast -w stop >/dev/null 2>&1 || true
	done
	rm -rf "$DIR"
	log "stopped"
}

cmd_drill() {
	[[ -f $DIR/haproxy.pid ]] || { echo "topology.sh: not started (src/ops/topology.sh start)" >&2; exit 2; }
	command -v wrk >/dev/null || { echo "topology.sh: wrk is missing (apt-get install wrk)" >&2; exit 2; }
	local seconds=${TOPO_DRILL_SECONDS:-20} base=http://127.0.0.1:$PROXY_PORT work
	work=$(mktemp -d /tmp/mm-drill.XXXXXX)
	JAR=$(tr '\0' ' ' <"/proc/$(cat "$DIR/app2.pid")/cmdline" | sed 's/.* -jar \([^ ]*\).*/\1/')

	# a person signs in through the proxy: the session is kept in PostgreSQL, whichever instance made it
	local jar=$work/cookies csrf cookie
	csrf=$(curl -s -c "$jar" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
	curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "username=$ADMIN_USERNAME" \
		--data-urlencode "password=$ADMIN_PASSWORD" --data-urlencode "_csrf=$csrf" "$base/login"
	cookie=$(awk '$6 == "SESSION" { print "SESSION=" $7 }' "$jar" | tail -1)
	[[ -n $cookie ]] || { log "no SESSION cookie after signing in (MILITANCY_SESSIONS_STORE=jdbc?)"; exit 1; }

	# the writers (src/ops/writes.sh) sign in with an API token, made on the tokens page
	. "$ROOT/src/ops/writes.sh"
	WRITES_BASE=$base WRITES_DIR=$work
	local token; token=$(writes_api_token "$base" "$ADMIN_USERNAME" "$ADMIN_PASSWORD")
	[[ -n $token ]] || { log "no API token from /account/tokens"; exit 1; }
	WRITES_AUTH=(-H "Authorization: Bearer $token")
	# HAProxy answers 502 for a post in flight on the killed instance (posts are not retried there); the writer retries it
	WRITES_ALLOWED_5XX="502 503"
	writes_found() {
		psql -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres -d militancy -XAtc "select summary from incident where summary like '$1'"
	}

	log "drill: ${seconds}s of reads (signed in) and writes through the proxy; app 1 killed at $((seconds / 3))s"
	wrk -t2 -c16 -d"${seconds}s" --timeout 20s -H "Cookie: $cookie" -s "$ROOT/src/ops/statuses.lua" "$base/incidents?group=ttp" \
		2>/dev/null | tail -1 >"$work/reads" &
	local reader=$!
	writes_run drill1 "$seconds" &
	local w1=$!
	writes_run drill2 "$seconds" &
	local w2=$!
	sleep $((seconds / 3))
	kill -9 "$(cat "$DIR/app1.pid")"
	log "app 1 killed"
	wait "$reader" "$w1" "$w2"

	# the session still signs its holder in, now answered by app 2
	local session; session=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$base/account/tokens")
	cat "$work"/writes-drill? >"$work/writes-drill"
	writes_settle drill
	local writes ok=0; writes=$(writes_audit drill) || ok=1

	log "app 1 started again"
	start_app 1 "$APP1_PORT"
	wait_for "http://127.0.0.1:$APP1_PORT/actuator/health/readiness" 240 || true

	local reads; reads=$(cat "$work/reads")
	local verdict=PASS
	# a signed-in reader's list is never redirected: a redirect is to the sign-in page, a lost session
	for key in s5xx redirected no_retry_after; do
		[[ $(sed -n "s/.*\b$key=\([0-9]*\).*/\1/p" <<<"$reads") == 0 ]] || verdict=FAIL
	done
	[[ $session == 200 && $ok == 0 ]] || verdict=FAIL
	echo "drill: $verdict reads: $reads $writes session_after=$session"
	rm -rf "$work"
	[[ $verdict == PASS ]]
}

cpu_ticks() { # the machine's busy clock ticks, and the two instances' (user + system)
	local machine jvms=0 n pid
	machine=$(awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 }' /proc/stat)
	for n in 1 2; do
		pid=$(cat "$DIR/app$n.pid")
		jvms=$((jvms + $(awk '{ print $14 + $15 }' "/proc/$pid/stat")))
	done
	echo "$machine $jvms"
}

cmd_compare() {
	[[ -f $DIR/haproxy.pid ]] || { echo "topology.sh: not started (src/ops/topology.sh start)" >&2; exit 2; }
	BENCH_DIR=$ROOT/src/bench
	# shellcheck source=src/bench/lib.sh
	source "$BENCH_DIR/lib.sh"
	THREADS=2 CONNECTIONS=32
	local work rounds=${TOPO_COMPARE_ROUNDS:-2} base=http://127.0.0.1:$PROXY_PORT jar csrf cookie hz
	work=$(mktemp -d /tmp/mm-compare.XXXXXX)
	hz=$(getconf CLK_TCK)
	jar=$work/cookies
	csrf=$(curl -s -c "$jar" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
	curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "username=$ADMIN_USERNAME" \
		--data-urlencode "password=$ADMIN_PASSWORD" --data-urlencode "_csrf=$csrf" "$base/login"
	cookie=$(awk '$6 == "SESSION" { print "SESSION=" $7 }' "$jar" | tail -1)
	[[ -n $cookie ]] || { log "no SESSION cookie after signing in"; exit 1; }
	mm_short_incident_paths >"$work/incidents"
	mm_search_paths >"$work/search"
	echo "| round | target | setup | req/s | p95 ms | errors | machine CPU ms/request | JVMs' CPU ms/request |"
	echo "| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: |"
	local r t setup port before after line rps
	for r in $(seq 1 "$rounds"); do
		for t in incidents search; do
			local setups=(one two)
			((r % 2 == 0)) && setups=(two one)
			for setup in "${setups[@]}"; do
				port=$PROXY_PORT
				[[ $setup == one ]] && port=$APP2_PORT
				mm_wrk_rotate "$port" "$cookie" "$work/$t" 10 >/dev/null
				before=$(cpu_ticks)
				line=$(mm_wrk_rotate "$port" "$cookie" "$work/$t" 20)
				after=$(cpu_ticks)
				rps=$(field rps "$line")
				awk -v r="$r" -v t="$t" -v s="$setup" -v rps="$rps" -v p95="$(field p95_ms "$line")" \
					-v err="$(field errors "$line")" -v b="$before" -v a="$after" -v hz="$hz" 'BEGIN {
					split(b, x, " "); split(a, y, " "); n = rps * 20
					printf "| %s | %s | %s | %.0f | %.1f | %s | %.2f | %.2f |\n", r, t, (s == "one" ? "one instance" : "two, HAProxy"),
						rps, p95, err, (n > 0 ? (y[1] - x[1]) * 1000 / hz / n : 0), (n > 0 ? (y[2] - x[2]) * 1000 / hz / n : 0) }'
			done
		done
	done
	echo
	echo "$(nproc) CPUs; load average $(cut -d' ' -f1-3 /proc/loadavg) at the end. \"one instance\" is app 2 directly (app 1 idle);"
	echo "\"two\" is HAProxy round robin over both. Machine CPU counts everything (wrk, HAProxy, PostgreSQL)."
	rm -rf "$work"
}

case ${1:-} in
start) cmd_start ;;
compare) cmd_compare ;;
status) cmd_status ;;
stop) cmd_stop ;;
drill) cmd_drill ;;
*) echo "usage: src/ops/topology.sh start|status|stop|drill|compare" >&2; exit 2 ;;
esac
