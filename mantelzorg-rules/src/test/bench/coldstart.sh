#!/usr/bin/env bash
# Cold start to first advice: median wall time of fresh JVMs, engine (full catalogue) vs the JSON-only floors.
# Usage (from the repository root, after ./mvnw -B install -DskipTests):
#   mantelzorg-rules/src/test/bench/coldstart.sh [RUNS]      (default 11 runs per mode, interleaved)
set -euo pipefail
RUNS=${1:-11}
ROOT=$(cd "$(dirname "$0")/../../../.." && pwd)
CP_FILE=$(mktemp)
(cd "$ROOT" && ./mvnw -q -B -pl mantelzorg-rules dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE" >/dev/null)
CP="$ROOT/mantelzorg-rules/target/test-classes:$ROOT/mantelzorg-rules/target/classes:$(cat "$CP_FILE")"
rm -f "$CP_FILE"
JSON="$ROOT/mantelzorg-model/src/test/resources/json/s1-zoon-vader-dementie.json"
declare -A T
for mode in jackson json engine; do T[$mode]=""; done
for ((i = 1; i <= RUNS; i++)); do
  for mode in jackson json engine; do
    s=$(date +%s%N)
    java ${JAVA_OPTS:-} -cp "$CP" io.github.mantelzorg.rules.bench.ColdStart "$mode" "$JSON" >/dev/null
    e=$(date +%s%N)
    T[$mode]+="$(( (e - s) / 1000000 )) "
  done
done
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for mode in jackson json engine; do
  echo "$mode: median $(echo "${T[$mode]}" | median) ms  (runs: ${T[$mode]})"
done
E=$(echo "${T[engine]}" | median); J=$(echo "${T[jackson]}" | median); M=$(echo "${T[json]}" | median)
awk -v e="$E" -v j="$J" -v m="$M" 'BEGIN {printf "engine/jackson-floor = %.2fx, engine/model-json-floor = %.2fx\n", e/j, e/m}'
