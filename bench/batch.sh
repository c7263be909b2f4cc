#!/usr/bin/env bash
# Batch benchmark: files per second and peak memory (RSS) of `advise --format ndjson` over
# generated descriptor trees. Prints one line per size. Usage: bench/batch.sh [SIZE...]
# (default sizes: 10000 100000). Needs GNU time (/usr/bin/time) for peak memory.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$root/advise" --version >/dev/null   # build once, outside the measurement
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)"
for n in "${sizes[@]}"; do
  java "$root/bench/GenerateDescriptors.java" "$work/$n" "$n"
  start=$(date +%s.%N)
  /usr/bin/time -f "%M" -o "$work/rss" "$root/advise" --format ndjson "$work/$n" > "$work/out.ndjson"
  end=$(date +%s.%N)
  lines=$(($(wc -l < "$work/out.ndjson") - 1))
  [ "$lines" -eq "$n" ] || { echo "expected $n results, got $lines" >&2; exit 1; }
  awk -v n="$n" -v s="$start" -v e="$end" -v kb="$(cat "$work/rss")" \
    'BEGIN { t = e - s; printf "%7d files: %6.2f s, %7.0f files/s, peak RSS %6.1f MiB\n", n, t, n / t, kb / 1024 }'
  rm -rf "${work:?}/$n"
done
