#!/usr/bin/env bash
# Rule-folder benchmark: wall and CPU time of advising one workload that states nothing, with a
# generated `--rules` folder of N extra rules on top of the built-in ones. Each rule compares a
# field with a threshold of its own (the shape that makes what-if try a value on each side of
# every threshold), spread over a duration, a quantity, a percentage and a count field, and a
# list field with an id of its own per rule (what-if tries each id), in files of 2,000 rules (a
# rule file obeys the 4 MiB limit too). Cost should grow linearly with N.
# Usage: bench/rules.sh [N...] (default: 2500 10000 40000). Needs GNU time (/usr/bin/time).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(2500 10000 40000)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$root/advise" --version >/dev/null   # build once, outside the measurement
printf 'apiVersion: advise/v1\nkind: Workload\nmetadata: {name: empty}\nspec: {}\n' > "$work/empty.yaml"
for n in "${sizes[@]}"; do
  dir="$work/rules-$n"
  mkdir -p "$dir"
  awk -v n="$n" -v dir="$dir" 'BEGIN {
    split("latency.p99 resources.memory resources.utilization scaling.instances hardware.devices", field, " ")
    split("us Mi % x id", unit, " ")
    split("lte gt lt gte contains", op, " ")
    for (i = 0; i < n; i++) {
      if (i % 2000 == 0) { file = sprintf("%s/rules-%03d.yaml", dir, i / 2000); print "rules:" > file }
      k = i % 5 + 1
      t = int(i / 5) + 1
      if (unit[k] == "%") value = sprintf("%.3f%%", (t % 99000) / 1000 + 0.5)
      else if (unit[k] == "x") value = t
      else if (unit[k] == "id") value = "device-" t
      else value = t unit[k]
      printf "  - id: bench.rule-%d\n    title: Generated rule %d\n    dimension: latency\n", i, i >> file
      printf "    when: {field: %s, %s: %s}\n", field[k], op[k], value >> file
      printf "    effects: {bare-metal: +1, vm: -1}\n    because: Generated.\n    sources: [\"querytel: Part 1\"]\n" >> file
    }
  }'
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$root/advise" --rules "$dir" --format json "$work/empty.yaml" > "$work/out.json"
  grep -q '"workload": "empty"' "$work/out.json" || { echo "no result for $n rules" >&2; cat "$work/out.json" >&2; exit 1; }
  read -r wall user sys kb < "$work/time"
  awk -v n="$n" -v w="$wall" -v u="$user" -v s="$sys" -v kb="$kb" \
    'BEGIN { printf "%6d rules: %6.2f s wall, %6.2f s CPU, peak RSS %6.1f MiB\n", n, w, u + s, kb / 1024 }'
  rm -rf "$dir"
done
