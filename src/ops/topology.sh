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
#
# Settings (environment): TOPO_DIR (/tmp/mm-topology), TOPO_PROXY_PORT (18100), TOPO_APP1_PORT (18101),
# TOPO_APP2_PORT (18102), TOPO_PRIMARY_PORT (55432), TOPO_REPLICA_PORT (55433), TOPO_JAR (target/militancy-monitor-*.jar,
# built if missing), TOPO_JVM_OPTS (-Xmx512m), TOPO_ADMIN_USERNAME / TOPO_ADMIN_PASSWORD (the first admin: topoadmin /
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
JVM_OPTS=${TOPO_JVM_OPTS:--Xmx512m}
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
		MILITANCY_SESSIONS_STORE=jdbc \
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
frontend militancy
    bind 127.0.0.1:$PROXY_PORT
    default_backend instances
backend instances
    balance roundrobin
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

case ${1:-} in
start) cmd_start ;;
status) cmd_status ;;
stop) cmd_stop ;;
*) echo "usage: src/ops/topology.sh start|status|stop" >&2; exit 2 ;;
esac
