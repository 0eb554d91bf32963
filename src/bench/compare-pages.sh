#!/usr/bin/env bash
# Renders every kind of page with two builds of the dashboard on the same data and shows where they differ:
# a refactoring should change nothing a reader sees.
#
#   src/bench/compare-pages.sh OLD_JAR NEW_JAR
#
# Creates the database mm_compare at 127.0.0.1:5432 (user postgres, trust authentication) afresh, lets NEW_JAR
# migrate and seed it (Flyway), then starts both jars on it (127.0.0.1:18181 and :18182; the older build's
# Flyway ignores the newer migrations) and requests the same paths of both: every group, statement, actor,
# incident, report and source page, the lists, a few filters and searches, and malformed requests, signed in
# as an analyst and as an editor (COMPARE_USERS; the accounts of src/bench/lib.sh). The tokens that differ by
# session and the time of the data are blanked before comparing. Prints one line per path and user (same, or
# the number of differing lines) and the differences; keeps both renderings in COMPARE_DIR (default: a
# temporary directory). Everything runs on loopback and stops by itself. Exits 1 when a page differs.
set -Eeuo pipefail

[[ $# -eq 2 ]] || { sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
OLD_JAR=$(realpath "$1")
NEW_JAR=$(realpath "$2")
DB=mm_compare
OUT=${COMPARE_DIR:-$(mktemp -d /tmp/compare-pages.XXXXXX)}
WORK=$OUT
BENCH_DIR=$(dirname "$(realpath "$0")")
# shellcheck source=src/bench/lib.sh
source "$BENCH_DIR/lib.sh"
USERS=${COMPARE_USERS:-bench-analyst bench-editor}
mkdir -p "$OUT/old" "$OUT/new"
PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

sql() { psql -h 127.0.0.1 -U postgres -d "$DB" -Atc "$1"; }

start() { # jar port log
	SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$DB" SPRING_DATASOURCE_USERNAME=postgres \
		MILITANCY_ADMIN_USERNAME=$ADMIN MILITANCY_ADMIN_PASSWORD=$PASSWORD java -Xmx512m -jar "$1" --server.port="$2" --server.address=127.0.0.1 >"$3" 2>&1 &
	PIDS+=($!)
	for _ in $(seq 1 180); do
		curl -fs "http://127.0.0.1:$2/actuator/health" >/dev/null 2>&1 && return 0
		sleep 1
	done
	echo "compare-pages: $1 did not start (see $3)" >&2
	exit 1
}

psql -h 127.0.0.1 -U postgres -d postgres -q -c "drop database if exists $DB" -c "create database $DB"
start "$NEW_JAR" 18182 "$OUT/new.log"
start "$OLD_JAR" 18181 "$OUT/old.log"

{
	echo /
	echo /contested
	echo /graph
	echo '/graph?type=SHELTERS'
	echo /statements
	echo '/statements?venue=UNSC'
	echo /reports
	echo /sources
	echo /incidents
	echo '/incidents?sort=fatalities&dir=desc'
	echo '/incidents?country=pk&status=DRAFT'
	echo '/incidents?from=2024-01-01&to=2024-12-31'
	echo '/incidents?group=ttp'
	echo '/incidents?minFatalities=x'
	echo '/incidents?page=-1'
	echo '/search?q=taliban'
	echo '/search?q=Pakistani%20Taliban'
	echo '/search?q=TTP&kind=quotes'
	echo '/search?q=%00'
	echo /groups/no-such-group
	echo /incidents/999999999
	sql "select '/groups/' || slug from militant_group order by slug"
	sql "select '/groups/' || slug || '?incidentPage=1' from militant_group order by slug"
	sql "select '/statements/' || id from statement order by id"
	sql "select '/actors/' || slug from actor order by slug"
	sql "select '/incidents/' || id from incident order by id"
	sql "select '/reports/' || slug from report order by slug"
	sql "select '/sources/' || slug from source order by slug"
} >"$OUT/paths"

# what differs by session or by the moment, not by the build
normalise() { sed -E -e 's/(name="(_csrf|formToken)" value=")[^"]*"/\1"/g' -e 's/Data as of [0-9:]+ UTC/Data as of - UTC/' -e 's/"timestamp":"[^"]*"/"timestamp":"-"/' "$1"; }

(
	PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres
	export PGHOST PGPORT PGUSER
	# shellcheck disable=SC2086
	ensure_accounts $USERS
)
same=0
differ=0
for user in $USERS; do
	old_cookie=$(sign_in 18181 "$user")
	new_cookie=$(sign_in 18182 "$user")
	[[ -n $old_cookie && -n $new_cookie ]] || { echo "compare-pages: $user could not sign in" >&2; exit 1; }
	mkdir -p "$OUT/old/$user" "$OUT/new/$user"
	while read -r path; do
		name=$user/$(printf '%s' "$path" | tr -c 'A-Za-z0-9._-' '_')
		old_status=$(curl -s -o "$OUT/old/$name.html" -w '%{http_code}' -H "Cookie: JSESSIONID=$old_cookie" \
			"http://127.0.0.1:18181$path")
		new_status=$(curl -s -o "$OUT/new/$name.html" -w '%{http_code}' -H "Cookie: JSESSIONID=$new_cookie" \
			"http://127.0.0.1:18182$path")
		if [[ $old_status == "$new_status" ]] && cmp -s <(normalise "$OUT/old/$name.html") <(normalise "$OUT/new/$name.html"); then
			same=$((same + 1))
		else
			differ=$((differ + 1))
			lines=$(diff <(normalise "$OUT/old/$name.html") <(normalise "$OUT/new/$name.html") | grep -c '^[<>]' || true)
			echo "differs: $path as $user (status $old_status -> $new_status, $lines lines)"
			diff <(normalise "$OUT/old/$name.html") <(normalise "$OUT/new/$name.html") | head -n 40 | sed 's/^/    /' || true
		fi
	done <"$OUT/paths"
done
echo "pages: $((same + differ)); the same: $same; different: $differ (renderings in $OUT)"
[[ $differ -eq 0 ]]
