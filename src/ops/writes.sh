# Writers for the drills (sourced by faults.sh and topology.sh): incidents posted through the
# API, each with an Idempotency-Key of its own, retried with the same key until acknowledged,
# as a script that must not lose or double a record does. Then an audit of what the database
# holds against what was acknowledged.
#
# The caller sets WRITES_BASE (the application's or the proxy's URL), WRITES_DIR (a scratch
# folder) and WRITES_AUTH (curl's arguments that sign in, an array), and defines
# writes_found PATTERN, which prints the summaries in the database that match the LIKE PATTERN.
# WRITES_ALLOWED_5XX (503) lists the 5xx statuses an audit accepts on a first post.

WRITES_BODY='{"occurred": {"date": "2025-10", "precision": "MONTH"}, "dateAsStated": "October",
 "province": "pk-khyber-pakhtunkhwa", "district": "pk-khyber-pakhtunkhwa-bannu", "placeName": "Bannu",
 "locationPrecision": "ADMIN2", "eventType": "BATTLES", "subEventType": "ARMED_CLASH",
 "fatalitiesLow": 2, "fatalitiesBest": 3, "fatalitiesHigh": 5, "summary": "Drill write KEY.",
 "actors": [{"party": "Tehreek-i-Taliban Pakistan", "role": "PERPETRATOR"}, {"party": "pakistan", "role": "TARGET"}],
 "claims": [{"source": "article-000-denmark-warns-unsc-on-ttp", "quote": "Militants attacked a police checkpost in Bannu.",
             "claimantKind": "SOURCE", "position": "ASSERTS", "confidence": "MODERATE"}]}'

writes_post() { # KEY -> the status (000 when nothing answered)
	curl -s -o /dev/null -m 20 -w '%{http_code}' "${WRITES_AUTH[@]}" -H 'Content-Type: application/json' \
		-H "Idempotency-Key: $1" --data "${WRITES_BODY//KEY/$1}" "$WRITES_BASE/api/v1/incidents" || true
}

writes_acked() { [[ $1 == 201 || $1 == 200 ]]; }

# NAME SECONDS [PAUSE] [COUNT]: posts one after another, PAUSE (0) s apart, until SECONDS have
# passed or COUNT keys are written. A post that is not acknowledged is sent again with its key
# after half a second, until acknowledged or the time is up. Lines "KEY FIRST FINAL TRIES" go
# to $WRITES_DIR/writes-NAME.
writes_run() {
	local end=$((SECONDS + $2)) pause=${3:-0} count=${4:-0} n=0 key first code tries
	: >"$WRITES_DIR/writes-$1"
	while ((SECONDS < end)) && ((count == 0 || n < count)); do
		n=$((n + 1))
		key="$1-$$-$n"
		first=$(writes_post "$key") code=$first tries=1
		while ! writes_acked "$code" && ((SECONDS < end)); do
			sleep 0.5
			code=$(writes_post "$key") tries=$((tries + 1))
		done
		echo "$key $first $code $tries" >>"$WRITES_DIR/writes-$1"
		[[ $pause == 0 ]] || sleep "$pause"
	done
}

# NAME: sends the writes still unacknowledged again with their keys, for at most 60 s
writes_settle() {
	local end=$((SECONDS + 60)) key code
	awk '$3 != 201 && $3 != 200 { print $1 }' "$WRITES_DIR/writes-$1" >"$WRITES_DIR/pending-$1"
	while read -r key; do
		while ((SECONDS < end)); do
			code=$(writes_post "$key")
			writes_acked "$code" && break
			sleep 0.5
		done
	done <"$WRITES_DIR/pending-$1"
}

# NAME: "writes=... acked_first=... retried=... found=... lost=... duplicates=... first_statuses=..."
# and a failing status on a key missing from the database or there twice, or on a 5xx not allowed
writes_audit() {
	local log=$WRITES_DIR/writes-$1 db=$WRITES_DIR/db-$1 sent acked retried found dups lost statuses bad5
	writes_found "Drill write $1%" | sed 's/^Drill write \(.*\)\.$/\1/' | sort >"$db"
	sent=$(wc -l <"$log")
	acked=$(awk '$2 == 201 || $2 == 200' "$log" | wc -l)
	retried=$((sent - acked))
	found=$(sort -u "$db" | wc -l)
	dups=$(($(wc -l <"$db") - found))
	# every key was acknowledged in the end (on its first post, a retry or the settling): each must be there once
	lost=$(cut -d' ' -f1 "$log" | sort | comm -23 - <(sort -u "$db") | wc -l)
	statuses=$(awk '{ print $2 }' "$log" | sort | uniq -c | awk '{ printf "%s:%s,", $2, $1 }')
	bad5=$(awk -v allowed=" ${WRITES_ALLOWED_5XX:-503} " '$2 ~ /^5/ && index(allowed, " " $2 " ") == 0' "$log" | wc -l)
	echo "writes=$sent acked_first=$acked retried=$retried found=$found lost=$lost duplicates=$dups first_statuses=${statuses%,}"
	((lost == 0 && dups == 0 && bad5 == 0))
}

# BASE USER PASSWORD: a new API token of USER, made on the tokens page as a person would; a token
# spares each post the password check (bcrypt) that HTTP Basic costs
writes_api_token() {
	local jar csrf form
	jar=$(mktemp)
	csrf=$(curl -s -c "$jar" "$1/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
	curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "username=$2" --data-urlencode "password=$3" \
		--data-urlencode "_csrf=$csrf" "$1/login"
	local page; page=$(curl -s -b "$jar" "$1/account/tokens")
	csrf=$(sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' <<<"$page" | head -1)
	form=$(sed -n 's/.*name="formToken" value="\([^"]*\)".*/\1/p' <<<"$page" | head -1)
	curl -s -L -b "$jar" -c "$jar" --data-urlencode "name=drill writers" --data-urlencode "formToken=$form" \
		--data-urlencode "_csrf=$csrf" "$1/account/tokens" |
		sed -n 's/.*id="new-token"[^>]*value="\(mm_[A-Za-z0-9_-]*\)".*/\1/p' | head -1
	rm -f "$jar"
}
