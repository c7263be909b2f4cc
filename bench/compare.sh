#!/usr/bin/env bash
# advise against its floor (bench/Floor.java: read, parse with SnakeYAML, print JSON with
# Jackson, nothing else), side by side, on this machine. Prints:
#   - one file: median CPU time (user+sys) of N paired runs, advise vs floor, and the ratio;
#     when the distribution tarball exists (./mvnw -Pdist package), its bin/advise too, in the
#     same rounds, beside the repository launcher;
#   - 10,000 files: median wall time of paired runs and files per second, advise vs floor, and
#     the ratio (BENCH_BATCH_RUNS, default 7);
#   - 100,000 files: the same, BENCH_LARGE_RUNS times (default 3);
#   - peak memory (RSS) of advise for 10,000 and 100,000 files;
#   - the engine alone per workload (JMH via bench/engine.sh; BENCH_SKIP_ENGINE=1 skips it).
# Both programs get the same start-up treatment (the launcher's JVM flags and a CDS archive of
# their own). Usage: bench/compare.sh [RUNS] (default 21 paired one-file runs).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-21}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$root/advise" --version >/dev/null                      # builds the jar and its archive if needed
jar="$root/target/advise.jar"
one="$root/examples/order-matcher.yaml"
mkdir -p "$work/floor" "$work/10k"
# The floor prints with Jackson, which advise itself does not ship (D100): its jars come from
# the local Maven repository, where the build's tests already put them.
"$root/mvnw" -q -B -f "$root/pom.xml" dependency:build-classpath -DincludeScope=test \
  -DincludeGroupIds=com.fasterxml.jackson.core -Dmdep.outputFile="$work/jackson.cp" >/dev/null
jackson_cp="$(cat "$work/jackson.cp")"
javac -nowarn -cp "$jar:$jackson_cp" -d "$work/floor" "$root/bench/Floor.java"
(cd "$work/floor" && jar cf ../floor.jar .)                # CDS archives classes from jars only
floor_cp="$jar:$jackson_cp:$work/floor.jar"
# The floor gets the launcher's own treatment: the same JVM flags, and an archive of its own
# made the same way (one representative run).
floor_flags() {
  "$root/advise" --print-jvm-flags "$@" | sed "s#-XX:SharedArchiveFile=[^ ]*#-XX:SharedArchiveFile=$work/floor.jsa#"
}
java $(floor_flags "$one" | sed 's#-XX:SharedArchiveFile=[^ ]*##') -XX:ArchiveClassesAtExit="$work/floor.jsa" \
  -cp "$floor_cp" Floor "$one" >/dev/null 2>&1 || true

cpu() { # prints user+sys seconds of one run
  /usr/bin/time -f "%U %S" -o "$work/t" "$@" >/dev/null 2>&1 || true
  awk '{ printf "%.3f\n", $1 + $2 }' "$work/t"
}
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

# The distribution, if built: extracted once, run in the same rounds as the others.
dist=""
tarball=$(ls "$root"/target/advise-*-linux-x64.tar.gz 2>/dev/null | head -1 || true)
if [ -n "$tarball" ]; then
  mkdir -p "$work/dist"
  tar -xzf "$tarball" -C "$work/dist"
  dist=$(ls -d "$work"/dist/advise-*/bin/advise | head -1)
fi
: > "$work/a"; : > "$work/f"; : > "$work/d"
for _ in $(seq "$runs"); do
  cpu "$root/advise" "$one" >> "$work/a"
  cpu java $(floor_flags "$one") -cp "$floor_cp" Floor "$one" >> "$work/f"
  if [ -n "$dist" ]; then cpu "$dist" "$one" >> "$work/d"; fi
done
a=$(median < "$work/a"); f=$(median < "$work/f")
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
awk -v a="$a" -v f="$f" -v n="$runs" 'BEGIN { printf "one file, median CPU of %d paired runs: advise %.3f s, floor %.3f s, ratio %.2f\n", n, a, f, a / f }'
if [ -n "$dist" ]; then
  runtime=$(sed -n 's/^JAVA_VERSION="\(.*\)"/\1/p' "${dist%/bin/advise}/runtime/release")
  awk -v d="$(median < "$work/d")" -v a="$a" -v f="$f" -v n="$runs" -v t="$(basename "$tarball")" -v r="$runtime" \
    'BEGIN { printf "one file, distribution (%s, Java %s), median CPU of the same %d rounds: %.3f s, repository launcher %.3f s, ratio to the floor %.2f\n", t, r, n, d, a, d / f }'
fi

java "$root/bench/GenerateDescriptors.java" "$work/10k" 10000
wall() { # prints wall seconds and peak RSS (KiB) of one run
  /usr/bin/time -f "%e %M" -o "$work/t" "$@" >/dev/null 2>&1 || true
  cat "$work/t"
}
# Paired runs, alternating, so that both see the same machine; the medians are compared.
# Prints the line for COUNT files in DIR; leaves advise's median peak RSS (KiB) in $rss.
paired_batch() { # DIR RUNS COUNT LABEL
  local dir=$1 runs=$2 count=$3 label=$4 w m
  : > "$work/aw"; : > "$work/fw"; : > "$work/am"
  for _ in $(seq "$runs"); do
    read -r w m < <(wall "$root/advise" --format ndjson "$dir"); echo "$w" >> "$work/aw"; echo "$m" >> "$work/am"
    read -r w _ < <(wall java $(floor_flags "$dir") -cp "$floor_cp" Floor "$dir"); echo "$w" >> "$work/fw"
  done
  rss=$(median < "$work/am")
  awk -v a="$(median < "$work/aw")" -v f="$(median < "$work/fw")" -v n="$runs" -v c="$count" -v l="$label" \
    'BEGIN { printf "%s files, median wall of %d paired runs: advise %.2f s (%.0f files/s), floor %.2f s (%.0f files/s), ratio %.2f\n", l, n, a, c / a, f, c / f, a / f }'
}
paired_batch "$work/10k" "${BENCH_BATCH_RUNS:-7}" 10000 "10,000"
am=$rss
if [ "${BENCH_SKIP_100K:-}" != "1" ]; then
  java "$root/bench/GenerateDescriptors.java" "$work/100k" 100000
  paired_batch "$work/100k" "${BENCH_LARGE_RUNS:-3}" 100000 "100,000"
  awk -v am="$am" -v bm="$rss" 'BEGIN { printf "peak RSS: 10,000 files %.1f MiB, 100,000 files %.1f MiB, difference %.1f MiB\n", am / 1024, bm / 1024, (bm - am) / 1024 }'
fi
if [ "${BENCH_SKIP_ENGINE:-}" != "1" ]; then
  # JMH prints a row per descriptor, in the order EngineBenchmark declares them
  "$root/bench/engine.sh" > "$work/jmh" 2>&1
  grep '^EngineBenchmark.advise' "$work/jmh" | awk '{ printf "%s %s\n", $(NF-3), $(NF-1) }' > "$work/engine"
  awk 'BEGIN { split("empty typical detailed", name, " ") }
    { line = line sprintf("%s%s %.1f us (+-%.1f)", NR > 1 ? ", " : "", name[NR], $1, $2) }
    END { print "engine alone, JMH (C2), per workload: " line }' "$work/engine"
fi
