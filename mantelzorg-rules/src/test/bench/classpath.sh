#!/usr/bin/env bash
# Prints the test class path of mantelzorg-rules with the model of THIS tree (its target/classes and
# target/test-classes), not the mantelzorg-model jars in ~/.m2, which another checkout may have installed.
# Needs a build of this tree first: ./mvnw -B -pl mantelzorg-rules -am test-compile (or install -DskipTests).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../../../.." && pwd)
CP_FILE=$(mktemp)
(cd "$ROOT" && ./mvnw -q -B -o -pl mantelzorg-rules dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$CP_FILE" >/dev/null 2>&1 || ./mvnw -q -B -pl mantelzorg-rules dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE" >/dev/null)
DEPS=$(tr ':' '\n' < "$CP_FILE" | grep -v '/io/github/mantelzorg/' | paste -sd: -)
rm -f "$CP_FILE"
echo "$ROOT/mantelzorg-rules/target/test-classes:$ROOT/mantelzorg-rules/target/classes:$ROOT/mantelzorg-model/target/classes:$ROOT/mantelzorg-model/target/test-classes:$DEPS"
