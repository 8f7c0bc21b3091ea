#!/usr/bin/env bash
# sigdial: nonblocking connects under a storm of signals (tests/reliability/sigdial).
# The guest dials its own TCP and Unix listeners for 10 s while two goroutines send it
# SIGUSR1 as fast as they can; every dial must connect within 5 s, and the storm must
# have reached the guest.  Two bugs of the library personalities (OpenBSD, illumos)
# made it fail, in a few seconds each:
#   - a signal just before the host connect() began ended the call unmade, and the
#     guest was told EINTR: Go took the socket for one in progress and waited forever
#     (the net suite's rare hang);
#   - the restart of an interrupted library call read its saved arguments from the
#     engine altstack after leaving it, where a host signal's frame may have landed:
#     "internal error: fault inside the translation layer".
# FreeBSD and NetBSD (trapped system calls) run it too.
. "$(dirname "$0")/../integration/lib.sh"
. "$(dirname "$0")/lib.sh"
need_denizen
build_guest sigdial "$GUEST"
cd "$WORK"
RUN_TIMEOUT=90
SIGDIAL_SECONDS=${SIGDIAL_SECONDS:-10} run sigdial "$DENIZEN" run "$REL_BIN/sigdial"
if grep -q "internal error" "$WORK/sigdial.err"; then
  show sigdial
  fail "denizen reported an internal error"
fi
expect_status sigdial 0 "sigdial"
line=$(grep '^sigdial ok: ' "$WORK/sigdial.out") || { show sigdial; fail "no 'sigdial ok' line"; }
note "$line"
