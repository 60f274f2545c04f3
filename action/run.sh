#!/usr/bin/env bash
# The action's one medlint run: annotations on stdout, the step summary, a SARIF file and any other formats asked for.
set -uo pipefail

medlint="${MEDLINT:-medlint}"
read -r -a paths <<<"${INPUT_PATHS:-.}"
read -r -a formats <<<"${INPUT_FORMATS:-}"
# extra arguments keep their shell quoting, without running a shell on them
extra=()
if [[ -n "${INPUT_ARGS:-}" ]]; then
  mapfile -t extra < <(python3 -c 'import shlex, sys; print("\n".join(shlex.split(sys.argv[1])))' "$INPUT_ARGS")
fi
sarif="${INPUT_SARIF_FILE:-medlint.sarif}"
summary="$(mktemp)"
trap 'rm -f "$summary"' EXIT

outputs=(--output-format "sarif=$sarif" --output-format "markdown=$summary")
for pair in "${formats[@]}"; do
  outputs+=(--output-format "$pair")
done

"$medlint" check "${paths[@]}" --format github --fail-on "${INPUT_FAIL_ON:-error}" "${outputs[@]}" "${extra[@]}"
status=$?

if [[ -n "${GITHUB_STEP_SUMMARY:-}" && -s "$summary" ]]; then
  cat "$summary" >>"$GITHUB_STEP_SUMMARY"
fi
if [[ -n "${GITHUB_OUTPUT:-}" ]]; then
  echo "sarif-file=$sarif" >>"$GITHUB_OUTPUT"
fi
exit "$status"
