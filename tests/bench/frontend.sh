#!/usr/bin/env bash
# Front-end benchmark: parse + check of a generated 50,000-line spec, single thread.
#   tests/bench/frontend.sh            plain bench: lines/s per stage, with baselines (about a minute)
#   tests/bench/frontend.sh jmh [ARGS] the JMH benchmark (io.copydeck.bench.FrontEndBenchmark), ARGS go to JMH
#   LINES=200000 RUNS=9 tests/bench/frontend.sh   another size or more timed runs
# It builds with the reactor (never `mvn install`) and runs from tests/target/classes.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
mvn -B -q -pl tests -am -DskipTests compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=runtime >/dev/null
cp="$root/tests/target/classes:$(cat "$root/tests/target/bench-classpath.txt")"
# A fixed heap; the serial collector, so that GC time is one core's time (FrontEndBench adds it to CPU time).
jvm=(-Xms1g -Xmx2g -XX:+UseSerialGC ${BENCH_JAVA_OPTS:-})
if [ "${1:-}" = jmh ]; then
  shift
  exec java "${jvm[@]}" -cp "$cp" org.openjdk.jmh.Main FrontEndBenchmark "$@"
fi
exec java "${jvm[@]}" -cp "$cp" io.copydeck.bench.FrontEndBench "${LINES:-50000}" "${RUNS:-7}"
