#!/usr/bin/env bash
# The GitHub Action's step (action.yml), runnable anywhere: writes the SARIF report (which never
# fails the step, so it is always there to upload), then runs the gate, whose exit code is the
# step's: 0 all well, 1 a placement check failed, 3 an invalid descriptor. Inputs come as
# INPUT_* variables, as GitHub passes them; ADVISE_* is left to advise's own settings.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
advise="${ADVISE_BIN:-$here/advise}"
read -r -a paths <<< "${INPUT_PATHS:-workloads}"
read -r -a extra <<< "${INPUT_ARGS:-}"
check=()
[ "${INPUT_CHECK:-true}" = "true" ] && check=(--check)
if [ -n "${INPUT_SARIF:-}" ]; then
  "$advise" "${check[@]}" "${extra[@]}" --quiet --format sarif --output "$INPUT_SARIF" "${paths[@]}" >/dev/null 2>&1
  echo "advise: SARIF report in $INPUT_SARIF" >&2
fi
"$advise" "${check[@]}" "${extra[@]}" "${paths[@]}"
