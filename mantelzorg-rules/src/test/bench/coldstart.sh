#!/usr/bin/env bash
# Cold start to first advice: median wall time of fresh JVMs (default JVM options), the library (full catalogue)
# against the two floors that only read the same JSON file, and the command-line tool when it is built.
# Usage (from the repository root, after ./mvnw -B install -DskipTests, or -pl mantelzorg-rules -am test-compile):
#   mantelzorg-rules/src/test/bench/coldstart.sh [RUNS]      (default 11 runs per mode, interleaved)
# JAVA_OPTS is passed to every JVM (e.g. JAVA_OPTS="-XX:TieredStopAtLevel=1").
set -euo pipefail
RUNS=${1:-11}
ROOT=$(cd "$(dirname "$0")/../../../.." && pwd)
CP=$("$ROOT/mantelzorg-rules/src/test/bench/classpath.sh")
JSON="$ROOT/mantelzorg-model/src/test/resources/io/github/mantelzorg/model/testing/json/s1-zoon-vader-dementie.json"
JAR="$ROOT/examples/target/mantelzorg.jar"
MODES="jackson json engine"
LAUNCHER="$ROOT/examples/bin/mantelzorg"
[ -f "$JAR" ] && MODES="$MODES cli"
if [ -f "$JAR" ]; then
  # The launcher with its class-data sharing archive: one run makes the archive in the background; wait for it.
  export XDG_CACHE_HOME=$(mktemp -d)
  "$LAUNCHER" advise "$JSON" --format json --peildatum 2026-11-24 >/dev/null
  for ((w = 0; w < 120; w++)); do
    ls "$XDG_CACHE_HOME"/mantelzorg/*.jsa >/dev/null 2>&1 && break
    sleep 1
  done
  ls "$XDG_CACHE_HOME"/mantelzorg/*.jsa >/dev/null 2>&1 && MODES="$MODES launcher"
fi
declare -A T
for mode in $MODES; do T[$mode]=""; done
for ((i = 1; i <= RUNS; i++)); do
  for mode in $MODES; do
    s=$(date +%s%N)
    if [ "$mode" = cli ]; then
      java ${JAVA_OPTS:-} -jar "$JAR" advise "$JSON" --format json --peildatum 2026-11-24 >/dev/null
    elif [ "$mode" = launcher ]; then
      "$LAUNCHER" advise "$JSON" --format json --peildatum 2026-11-24 >/dev/null
    else
      java ${JAVA_OPTS:-} -cp "$CP" io.github.mantelzorg.rules.bench.ColdStart "$mode" "$JSON" >/dev/null
    fi
    e=$(date +%s%N)
    T[$mode]+="$(( (e - s) / 1000000 )) "
  done
done
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for mode in $MODES; do
  echo "$mode: median $(echo "${T[$mode]}" | median) ms  (runs: ${T[$mode]})"
done
E=$(echo "${T[engine]}" | median); J=$(echo "${T[jackson]}" | median); M=$(echo "${T[json]}" | median)
awk -v e="$E" -v j="$J" -v m="$M" 'BEGIN {printf "engine/jackson-floor = %.2fx, engine/model-json-floor = %.2fx\n", e/j, e/m}'
if [ -n "${T[cli]:-}" ]; then
  C=$(echo "${T[cli]}" | median)
  awk -v c="$C" -v j="$J" 'BEGIN {printf "cli/jackson-floor = %.2fx\n", c/j}'
fi
if [ -n "${T[launcher]:-}" ]; then
  L=$(echo "${T[launcher]}" | median)
  awk -v l="$L" -v c="$C" -v j="$J" 'BEGIN {printf "launcher/jackson-floor = %.2fx, launcher/cli = %.2fx\n", l/j, l/c}'
fi
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
