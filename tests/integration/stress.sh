#!/usr/bin/env bash
# stress: tests/programs/stress.go (goroutines, timers, GC, fork/exec, signals) for FreeBSD (or
# $DZ_GUEST) passes under denizen 20 times in a row, each within 60 s.
. "$(dirname "$0")/lib.sh"
need_denizen
need_corpus go/$GUEST/stress

RUNS=${STRESS_RUNS:-20}
RUN_TIMEOUT=60
for ((i = 1; i <= RUNS; i++)); do
  start=$SECONDS
  run "run$i" "$DENIZEN" run "$(corpus go/$GUEST/stress)"
  if ((RC != 0)) || ! grep -q '^stress ok' "$WORK/run$i.out"; then
    show "run$i"
    why="exit status $RC"
    ((RC != 124)) || why="timed out after $RUN_TIMEOUT s"
    fail "run $i of $RUNS: $why; want exit status 0 and a 'stress ok' line"
  fi
  rm -f "$WORK/run$i".*
  note "run $i/$RUNS ok ($((SECONDS - start)) s)"
done
note "ok"
