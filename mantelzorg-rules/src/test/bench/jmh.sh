#!/usr/bin/env bash
# Runs the JMH benchmarks of mantelzorg-rules on this tree's classes (see BENCHMARKS.md).
# Usage (from the repository root): ./mvnw -B -pl mantelzorg-rules -am test-compile
#   mantelzorg-rules/src/test/bench/jmh.sh [JMH options, default: all benchmarks with -prof gc]
set -euo pipefail
CP=$("$(dirname "$0")/classpath.sh")
[ $# -eq 0 ] && set -- -prof gc
exec java -cp "$CP" org.openjdk.jmh.Main "$@"
