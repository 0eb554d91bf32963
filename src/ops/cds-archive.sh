#!/usr/bin/env bash
# =====================================================================================================
# A class-data-sharing archive for faster start-up                               src/ops/cds-archive.sh
# =====================================================================================================
#
# Extracts the packaged jar (Spring Boot's jarmode tools) into target/app and makes the JVM's CDS archive of the
# classes a start-up loads, with a training run that starts the application on a database and exits once the
# context is refreshed (spring.context.exit=onRefresh). Then start it with:
#
#   java -XX:SharedArchiveFile=target/app/app.jsa -jar target/app/militancy-monitor-<version>.jar
#
#   SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/militancy src/ops/cds-archive.sh
#
# The training run needs a migrated database (it runs Flyway, which then has nothing to do). The archive belongs
# to that JDK and that jar: make it again after either changes. docs/benchmarks.md, "Start-up", has the figures.
# =====================================================================================================

set -Eeuo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
JAR=${1:-$(ls "$ROOT"/target/militancy-monitor-*.jar 2>/dev/null | head -1 || true)}
[[ -n $JAR ]] || { echo "cds-archive.sh: no jar in target/ (./mvnw package first)" >&2; exit 2; }
[[ -n ${SPRING_DATASOURCE_URL:-} ]] || { echo "cds-archive.sh: set SPRING_DATASOURCE_URL to a database" >&2; exit 2; }
OUT=$ROOT/target/app
rm -rf "$OUT"
java -Djarmode=tools -jar "$JAR" extract --destination "$OUT" >/dev/null
MILITANCY_WARM_UP_DURATION=0 java -XX:ArchiveClassesAtExit="$OUT/app.jsa" -Dspring.context.exit=onRefresh \
	-jar "$OUT/$(basename "$JAR")" --server.port=0 >"$OUT/training.log" 2>&1
echo "java -XX:SharedArchiveFile=$OUT/app.jsa -jar $OUT/$(basename "$JAR")"
