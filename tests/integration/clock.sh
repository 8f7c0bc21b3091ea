#!/usr/bin/env bash
# clock: tests/programs/clock.go for FreeBSD under denizen: time.Now() within 2 ms of
# gettimeofday(2) for two seconds, a monotonic clock that never goes back and keeps pace with
# the wall clock, a 200 ms sleep that takes 200 ms -- with rewriting and with --no-rewrite.
# And time.Now() must not enter the kernel: FreeBSD's AT_TIMEKEEP page is emulated, so a traced
# run of 20000 time.Now() calls shows far fewer than 20000 clock_gettime calls (the page is
# enabled 2 ms into a run, when the engine's clock publisher starts: the calls before that, a
# few hundred when traced, do enter the kernel).  On a host whose kernel does not keep time
# with the TSC the page must stay off instead (below).
. "$(dirname "$0")/lib.sh"
need_denizen
need_corpus go/freebsd/clock

for mode in rewrite no-rewrite; do
  flags=()
  [[ $mode == no-rewrite ]] && flags=(--no-rewrite)
  run "$mode" "$DENIZEN" run "${flags[@]}" "$(corpus go/freebsd/clock)"
  if ((RC != 0)) || ! grep -q '^clock ok' "$WORK/$mode.out"; then
    show "$mode"
    fail "clock ($mode): exit status $RC; want 0 and a 'clock ok' line"
  fi
done

run traced "$DENIZEN" run --trace="$WORK/trace.txt" "$(corpus go/freebsd/clock)" 20000
expect_status traced 0 "denizen run --trace clock 20000"
calls=$(grep -cE '^(\[pid +[0-9]+\] )?clock_gettime' "$WORK/trace.txt" || true)   # [pid TID]: a line of one of several threads
# The page is published only where Linux itself keeps time with the TSC
# (engine/tscclock.c): a kernel on another clock source (kvm-clock on a host
# that marks the TSC unstable) has said the TSC cannot be trusted, and then
# every time.Now() must be a real call, the way FreeBSD's runtime falls back.
cs=$(cat /sys/devices/system/clocksource/clocksource0/current_clocksource 2>/dev/null || echo unknown)
if [[ $cs == tsc ]]; then
  ((calls < 5000)) || fail "$calls clock_gettime calls for 20000 time.Now(): the clock page is not used"
  page="the clock page used"
else
  ((calls >= 20000)) || fail "$calls clock_gettime calls for 20000 time.Now(): the clock page is published on a host whose kernel clock is $cs, not the TSC"
  page="host clock source $cs: the page is rightly off, every call made"
fi
note "ok ($(grep -o '[0-9]* samples' "$WORK/rewrite.out"); $calls clock_gettime calls traced; $page)"
