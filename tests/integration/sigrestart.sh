#!/usr/bin/env bash
# sigrestart: tests/programs/sigrestart.go -- a blocking read(2) hit by 40 signals whose handler
# has SA_RESTART returns its byte, never EINTR -- natively on Linux, and for FreeBSD under
# denizen on each path a read can take: a rewritten site whose call goes straight to Linux
# (passthrough stub, restarted by the signal path), the default policy, and a trapped call
# (--no-rewrite). Three runs each.
. "$(dirname "$0")/lib.sh"
need_denizen
need_corpus go/linux/sigrestart go/freebsd/sigrestart
export XDG_CACHE_HOME=$WORK/cache

check() { # name
  if ((RC != 0)) || ! grep -q '^sigrestart ok' "$WORK/$1.out"; then
    show "$1"
    fail "$1: exit status $RC; want 0 and a 'sigrestart ok' line"
  fi
}
run native "$(corpus go/linux/sigrestart)"
check native
for i in 1 2 3; do
  DENIZEN_REWRITE_AFTER=1 run "rewritten$i" "$DENIZEN" run "$(corpus go/freebsd/sigrestart)"
  check "rewritten$i"
  run "default$i" "$DENIZEN" run "$(corpus go/freebsd/sigrestart)"
  check "default$i"
  run "trapped$i" "$DENIZEN" run --no-rewrite "$(corpus go/freebsd/sigrestart)"
  check "trapped$i"
done
note "ok"
