#!/usr/bin/env bash
# Compiles and runs CacheLookupBenchmark against the built application (target/classes) and its dependencies.
# Needs PostgreSQL at 127.0.0.1:5432 (user postgres, trust), which DataChanges listens to.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
cd "$ROOT"
[[ -d target/classes ]] || ./mvnw -q -B compile
CP_FILE=$(mktemp)
OUT=$(mktemp -d)
trap 'rm -rf "$CP_FILE" "$OUT"' EXIT
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=runtime >/dev/null
CP="target/classes:$(cat "$CP_FILE")"
# Spring's Caffeine cache manager (spring-context-support), which the application does not use: fetched for the
# comparison only, in the version of the application's spring-context
SPRING=$(tr ':' '\n' <"$CP_FILE" | sed -n 's|.*/spring-context-\([0-9][^/]*\)\.jar$|\1|p' | head -n 1)
./mvnw -q -B dependency:get -Dartifact="org.springframework:spring-context-support:$SPRING" >/dev/null
CP="$CP:$HOME/.m2/repository/org/springframework/spring-context-support/$SPRING/spring-context-support-$SPRING.jar"
javac -d "$OUT" -cp "$CP" src/bench/cache/CacheLookupBenchmark.java
java -Xmx512m -cp "$OUT:$CP" org.militancymonitor.system.CacheLookupBenchmark 2>&1 | grep -v -e DEBUG -e INFO
