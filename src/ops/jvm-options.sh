# shellcheck shell=bash
# The JVM settings of a deployed instance, sourced by topology.sh and faults.sh (docker-compose.yml
# repeats them in JAVA_TOOL_OPTIONS). Measured in docs/reliability.md ("Memory under load"): a small
# initial heap and young generation with tight free ratios keep the heap from growing into memory it
# does not use; Serial GC on two cores; a bounded code cache and smaller thread stacks; and the C
# heap trimmed every second, since glibc keeps what the JIT compilers free. MALLOC_ARENA_MAX=2 goes
# with them.
MM_JVM_OPTS="-Xmx512m -Xms96m -Xmn48m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=20 -XX:+UseSerialGC \
-XX:ReservedCodeCacheSize=64m -Xss512k -XX:+UnlockExperimentalVMOptions -XX:TrimNativeHeapInterval=1000"
