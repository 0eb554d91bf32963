# shellcheck shell=bash
# =====================================================================================================
# Helpers shared by the benchmark scripts                                             src/bench/lib.sh
# =====================================================================================================
#
# Sourced, not run, by run-benchmarks.sh, edits-under-load.sh, sign-in-cost.sh and un-list-import.sh:
#
#   source "$BENCH_DIR/lib.sh"
#
# What a caller sets before using them:
#   WORK       its work directory (logs, cookie jars)
#   DB         the database (BENCH_DB)
#   THREADS, CONNECTIONS   wrk's (BENCH_THREADS, BENCH_CONNECTIONS)
#   LOG_TAG    (optional) the word in front of the time in log lines, e.g. "bench": [bench 12:00:00] ...;
#              none: [12:00:00] ... (LOG_UTC=1: the time in UTC)
#
# Defines no traps and starts nothing by itself. Every function's first comment line says what it takes and
# prints.
# =====================================================================================================

# The account the application creates on a start with an empty account table
# (MILITANCY_ADMIN_USERNAME/PASSWORD); the benchmark accounts get its password hash.
ADMIN=benchadmin
PASSWORD=bench-admin-password

# Normalised figures are raw x (bare /api/ping req/s of the same round) / NORM_PING_RPS: the machine's
# speed at the time, against that of a quiet one.
NORM_PING_RPS=20000

# PostgreSQL at 127.0.0.1:5432, user postgres (trust authentication); the database always given with -d.
mm_pg_env() {
	export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres
	unset PGDATABASE PGPASSWORD || true
}

log() { # log <words...>: a line on stderr, with the time
	printf '[%s%s] %s\n' "${LOG_TAG:+$LOG_TAG }" "$(if [[ ${LOG_UTC:-0} == 1 ]]; then date -u +%H:%M:%S; else date +%H:%M:%S; fi)" "$*" >&2
}

mm_usage() { # mm_usage <script> <n>: the script's header comment up to its n-th "# =====" line, as help
	awk -v n="$2" 'NR > 1 && /^# =====/ { if (++c == n) exit; next } NR > 1 && /^#/ { sub(/^# ?/, ""); print }' "$1"
}

field() { # field <key> <MMBENCH line>: the value of key=value
	tr ' ' '\n' <<<"$2" | awk -F= -v k="$1" '$1 == k { print $2 }'
}

loadavg() { # the 1-minute load average
	cut -d' ' -f1 /proc/loadavg
}

median() { # numbers on stdin
	sort -g | awk '{ a[NR] = $1 } END { if (NR == 0) print 0; else if (NR % 2) print a[(NR + 1) / 2]; else printf "%.3f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}

find_jar() { # the packaged jar under target/ (not the .original, sources or plain jar), or nothing
	ls target/militancy-monitor-*.jar 2>/dev/null | grep -v -e '\.original$' -e '-sources\.jar$' -e '-plain\.jar$' | head -1 || true
}

mm_jar() { # mm_jar: prints BENCH_JAR, else the packaged jar, built first if there is none
	local jar=${BENCH_JAR:-}
	if [[ -z $jar ]]; then
		jar=$(find_jar)
		if [[ -z $jar ]]; then
			log "building the jar: ./mvnw -q -B package -DskipTests"
			./mvnw -q -B package -DskipTests >&2
			jar=$(find_jar)
		fi
	fi
	[[ -n $jar ]] || { echo "no target/militancy-monitor-*.jar after the build" >&2; return 1; }
	echo "$jar"
}

mm_start_app() { # mm_start_app <port> [java args after -jar...]: starts $WORK/app.jar on $DB; prints the pid
	# The JVM options: -Xmx1g and BENCH_JVM_OPTS. Other settings come from the caller's environment, e.g.
	# MILITANCY_PAGE_CACHE_MAX_STALENESS=5s mm_start_app 18081. Log: $WORK/app-<port>.log.
	local port=$1
	shift
	# shellcheck disable=SC2086
	SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$DB" SPRING_DATASOURCE_USERNAME=postgres \
		SPRING_DATASOURCE_PASSWORD= SERVER_PORT=$port SERVER_ADDRESS=127.0.0.1 \
		MILITANCY_ADMIN_USERNAME=$ADMIN MILITANCY_ADMIN_PASSWORD=$PASSWORD \
		java -Xmx1g ${BENCH_JVM_OPTS:-} -jar "$WORK/app.jar" "$@" >"$WORK/app-$port.log" 2>&1 &
	echo $!
}

mm_await_healthy() { # mm_await_healthy <port> [pid]: waits up to 600 s for /actuator/health to say UP
	# Gives up early when the pid (if given and not 0) has exited; prints the end of the log either way.
	local port=$1 pid=${2:-0} waited=0
	until curl -fs --max-time 2 "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
		if [[ $pid != 0 ]] && ! kill -0 "$pid" 2>/dev/null; then
			tail -40 "$WORK/app-$port.log" >&2
			echo "the application on port $port exited during startup" >&2
			exit 1
		fi
		((waited++ < 600)) || { tail -40 "$WORK/app-$port.log" >&2; echo "not healthy after 600 s (port $port)" >&2; exit 1; }
		sleep 1
	done
}

ensure_accounts() { # ensure_accounts <username...>: the benchmark's accounts, with $ADMIN's password hash
	# bench-analyst is an ANALYST, any other an EDITOR; enabled, with only that role.
	local hash
	hash=$(psql -d "$DB" -Atc "select password_hash from app_user where username = '$ADMIN'")
	[[ -n $hash ]] || { echo "no account $ADMIN in $DB (it is created on a start with no account at all)" >&2; exit 1; }
	psql -d "$DB" -q -v ON_ERROR_STOP=1 -v hash="$hash" -v users="{$(
		IFS=,
		echo "$*"
	)}" <<-'SQL'
		insert into app_user (username, display_name, password_hash)
		select u, 'Benchmark ' || u, :'hash' from unnest(:'users'::text[]) u
		on conflict (lower(username)) do update set password_hash = excluded.password_hash, enabled = true;
		delete from app_user_role where user_id in (select id from app_user where username = any (:'users'::text[]));
		insert into app_user_role (user_id, role)
		select id, case when username = 'bench-analyst' then 'ANALYST' else 'EDITOR' end
		from app_user where username = any (:'users'::text[]);
	SQL
}

sign_in() { # sign_in <port> <username>: signs in through /login with curl; prints the JSESSIONID
	local base=http://127.0.0.1:$1 jar=$WORK/cookies-$1-$2 token
	token=$(curl -s -c "$jar" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
	curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "username=$2" --data-urlencode "password=$PASSWORD" \
		--data-urlencode "_csrf=$token" "$base/login"
	awk '$6 == "JSESSIONID" { print $7 }' "$jar" | tail -1
}

mm_wrk_rotate() { # mm_wrk_rotate <port> <JSESSIONID, NAME=value or -> <path list> <seconds> [unique 0|1]: the MMBENCH line
	# wrk -t$THREADS -c$CONNECTIONS over the list with wrk-rotate.lua; unique=1: a query parameter of its own
	# on every request (MMBENCH_UNIQUE), so that the page cache serves none. A line with errors=-1 if wrk failed.
	local cookie=() out
	[[ $2 != - ]] && cookie=(-H "Cookie: JSESSIONID=$2")
	[[ $2 == *=* ]] && cookie=(-H "Cookie: $2")
	out=$(MMBENCH_THREADS=$THREADS MMBENCH_UNIQUE=${5:-0} wrk -t"$THREADS" -c"$CONNECTIONS" -d"$4s" --timeout 10s \
		"${cookie[@]}" -s "$BENCH_DIR/wrk-rotate.lua" "http://127.0.0.1:$1" -- "$3" 2>&1 || true)
	grep '^MMBENCH ' <<<"$out" | tail -1 || echo "MMBENCH rps=0 p50_ms=0 p95_ms=0 p99_ms=0 max_ms=0 errors=-1"
}

# --- path lists -----------------------------------------------------------------------------------------
mm_search_paths() { # the 13 search queries, one path a line
	printf '/search?q=%s\n' 'Pakistani+Taliban' 'Tehreek-i-Taliban' 'TTP' 'Daesh' 'ISKP' 'IS-K' 'ISIL-K' \
		'Majeed+Brigade' 'Kabul' 'Nangarhar' '6%2C000' 'propaganda' 'shelter'
}

mm_short_incident_paths() { # 24 incident lists (unfiltered, sorted, deep pages, years, months, groups)
	printf '%s\n' /incidents '/incidents?page=1' '/incidents?page=5' '/incidents?page=50' '/incidents?page=399' \
		'/incidents?sort=fatalities&dir=desc' '/incidents?sort=date&dir=asc' '/incidents?status=PUBLISHED&size=25&page=0'
	local y g
	for y in 2015 2017 2019 2021 2023 2025; do
		printf '/incidents?from=%s-01-01&to=%s-12-31\n' "$y" "$y"
		printf '/incidents?from=%s-03-01&to=%s-03-28&sort=fatalities&dir=desc\n' "$y" "$y"
	done
	for g in ttp isil-k bla afghan-taliban; do printf '/incidents?group=%s\n' "$g"; done
}

# The regions the summary and map targets ask for, "<slug> <level>" a line: every world region, Pakistan and
# Afghanistan, each of their provinces, and their BENCH_DISTRICTS (6) districts with the most published
# incidents (from region_incident_summary; by slug when the counts tie). Needs a migrated $DB.
mm_region_slugs() {
	psql -d "$DB" -At -F' ' -v districts="${BENCH_DISTRICTS:-6}" <<-'SQL'
		select slug, level from region where level = 'WORLD_REGION'
		union all
		select slug, level from region where slug in ('pakistan', 'afghanistan')
		union all
		(select r.slug, r.level from region r join region c on c.id = r.parent_id
		 where r.level = 'ADMIN1' and c.slug in ('pakistan', 'afghanistan') order by r.slug)
		union all
		(select r.slug, r.level from region r
		 join region p on p.id = r.parent_id join region c on c.id = p.parent_id
		 left join region_incident_summary s on s.region_id = r.id and s.group_id = 0
		 where r.level = 'ADMIN2' and c.slug in ('pakistan', 'afghanistan')
		 group by r.slug, r.level order by coalesce(sum(s.incidents), 0) desc, r.slug limit :districts);
	SQL
}

# mm_summary_paths <seed> <count> <regions file>: the regional summary pages, one path a line: every region
# of the file (mm_region_slugs) with the default period, then filters drawn with the seed until there are
# <count> paths: a period ending at a month's end (2015-2025) and/or a span of months (the form's 3-120,
# sometimes 1 or 240), a group, an event type, a precision (day or month). Countries and the busiest
# provinces are drawn more often. The same seed and regions give the same list.
mm_summary_paths() {
	local groups
	groups=$(psql -d "$DB" -Atc "select string_agg(slug, ' ' order by slug) from militant_group")
	awk -v seed="$1" -v count="$2" -v groups="$groups" '
	function pick(list,   a, n) { n = split(list, a, " "); return a[1 + int(rand() * n)] }
	function add(name, value) { q = q (q == "" ? "?" : "&") name "=" value }
	function pad(x) { return (x < 10 ? "0" : "") x }
	function monthEnd(y, m) { return (m == 2) ? ((y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28) : (m == 4 || m == 6 || m == 9 || m == 11) ? 30 : 31 }
	{ slugs[++n] = $1; level[n] = $2; print "/regions/" $1 }
	END {
		srand(seed)
		# the draw: countries 6 times, world regions and provinces of the busiest theatres 2 or 3, the rest once
		for (i = 1; i <= n; i++) {
			w = 1
			if (level[i] == "COUNTRY") w = 6
			else if (slugs[i] ~ /^(south-asia|pk-khyber-pakhtunkhwa|pk-balochistan|af-nangarhar|af-kabul|af-kunar)$/) w = 3
			else if (level[i] == "WORLD_REGION") w = 2
			for (k = 0; k < w; k++) pool = pool " " slugs[i]
		}
		main = "ttp ttp ttp isil-k isil-k bla bla afghan-taliban " groups
		for (i = n; i < count; i++) {
			q = ""
			r = rand()
			if (r < 0.40) {          # the period ends at a month end
				y = 2015 + int(rand() * 11); m = 1 + int(rand() * 12)
				add("end", y "-" pad(m) "-" monthEnd(y, m))
			}
			if (rand() < 0.45) add("months", pick("3 6 6 12 12 24 24 60 120 1 240"))
			if (rand() < 0.30) add("group", pick(main))
			if (rand() < 0.25) add("type", pick("BATTLES BATTLES EXPLOSIONS_REMOTE_VIOLENCE EXPLOSIONS_REMOTE_VIOLENCE VIOLENCE_AGAINST_CIVILIANS STRATEGIC_DEVELOPMENTS PROTESTS RIOTS"))
			r = rand()
			if (r < 0.20) add("precision", "day")
			else if (r < 0.25) add("precision", "month")
			if (q == "") add("months", pick("3 24 60"))   # every drawn path has a filter
			print "/regions/" pick(pool) q
		}
	}' "$3"
}

# mm_map_paths <seed> <count> <regions file>: the map API (/api/regions/{slug}/map), one path a line: every
# region of the file with no parameters (all time), then windows drawn with the seed: twelve months ending
# at a month end (as a summary page with the default span shows its map), a calendar year, four weeks
# (the 1st to the 28th of a month), or all time; a group in a third of them.
mm_map_paths() {
	local groups
	groups=$(psql -d "$DB" -Atc "select string_agg(slug, ' ' order by slug) from militant_group")
	awk -v seed="$1" -v count="$2" -v groups="$groups" '
	function pick(list,   a, n) { n = split(list, a, " "); return a[1 + int(rand() * n)] }
	function add(name, value) { q = q (q == "" ? "?" : "&") name "=" value }
	function pad(x) { return (x < 10 ? "0" : "") x }
	function monthEnd(y, m) { return (m == 2) ? ((y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28) : (m == 4 || m == 6 || m == 9 || m == 11) ? 30 : 31 }
	{ slugs[++n] = $1; level[n] = $2; print "/api/regions/" $1 "/map" }
	END {
		srand(seed)
		for (i = 1; i <= n; i++) {
			w = (level[i] == "COUNTRY") ? 6 : (level[i] == "WORLD_REGION") ? 2 : 1
			for (k = 0; k < w; k++) pool = pool " " slugs[i]
		}
		main = "ttp ttp ttp isil-k isil-k bla bla afghan-taliban " groups
		for (i = n; i < count; i++) {
			q = ""
			y = 2015 + int(rand() * 11); m = 1 + int(rand() * 12)
			r = rand()
			if (r < 0.40) {          # twelve months to a month end
				fy = (m == 12) ? y : y - 1; fm = (m == 12) ? 1 : m + 1
				add("from", fy "-" pad(fm) "-01"); add("to", y "-" pad(m) "-" monthEnd(y, m))
			} else if (r < 0.60) {
				add("from", y "-01-01"); add("to", y "-12-31")
			} else if (r < 0.85) {
				add("from", y "-" pad(m) "-01"); add("to", y "-" pad(m) "-28")
			}
			if (rand() < 0.33 || q == "") add("group", pick(main))
			print "/api/regions/" pick(pool) "/map" q
		}
	}' "$3"
}
