#!/usr/bin/env bash
# The engine alone, per workload, with JMH (microseconds per advice, for three descriptors).
# Usage: bench/engine.sh [JMH options]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test >&2
java -Dadvise.projectDir="$root" -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  org.openjdk.jmh.Main 'dev.advise.bench.EngineBenchmark' "$@"
