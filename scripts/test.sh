#!/usr/bin/env bash
# `make test`: install what is missing and run every suite, then print one
# summary line. Exits non-zero if any suite failed.
set -uo pipefail
cd "$(dirname "$0")/.."
# As in CI, wherever it runs: fresh acceptance servers (never leftovers from
# an earlier run) and no focused test (test.only) let through.
export CI=true

started=$(date +%s)
summary=()
failed=0

suite() {  # name, command...
  local name=$1 began=$SECONDS
  shift
  echo "=== $name: $*"
  if "$@"; then
    summary+=("$name ok ($((SECONDS - began)) s)")
  else
    summary+=("$name FAILED ($((SECONDS - began)) s)")
    failed=1
  fi
}

suite lint make --no-print-directory lint
suite backend make -C backend --no-print-directory test
suite scripts make --no-print-directory test-scripts
suite frontend make -C frontend --no-print-directory test
suite acceptance make --no-print-directory acceptance
suite size-budget make -C frontend --no-print-directory size-budget
suite docs make --no-print-directory docs

elapsed=$(($(date +%s) - started))
result=$([ "$failed" = 0 ] && echo PASSED || echo FAILED)
echo
echo "make test ${result} in $((elapsed / 60))m$((elapsed % 60))s: $(IFS=';'; echo "${summary[*]}" | sed 's/;/, /g')"
exit "$failed"
