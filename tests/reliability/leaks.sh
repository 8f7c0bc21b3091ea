#!/usr/bin/env bash
# leaks: tests/reliability/leaks for FreeBSD (or $DZ_GUEST) under denizen: 10,000 threads
# created and joined, 100,000 open/close and socket/close cycles, 10,000 kqueue timer
# registrations, 1,000 kqueues, $LEAKS_EXECS (1,000) fork+exec of a guest child; after
# each, the process's descriptor and thread counts are back where they were, resident
# memory has not grown by more than 6 MB, and no child is left (the guest checks,
# through /proc/self: the guest and denizen are one process).  The native Linux build
# runs first, for its figures.
. "$(dirname "$0")/../integration/lib.sh"
. "$(dirname "$0")/lib.sh"
need_denizen
EXECS=${LEAKS_EXECS:-1000}
build_guest leaks linux
NATIVE=$REL_BIN/leaks
build_guest leaks "$GUEST"
cd "$WORK"
RUN_TIMEOUT=300
run native "$NATIVE" -execs "$EXECS"
expect_status native 0 "the native Linux build"
run leaks "$DENIZEN" run "$REL_BIN/leaks" -execs "$EXECS"
sed 's/^/  native: /' "$WORK/native.out"
sed 's/^/  denizen: /' "$WORK/leaks.out"
expect_status leaks 0 "leaks under denizen"
grep -q '^leaks ok$' "$WORK/leaks.out" || { show leaks; fail "no 'leaks ok' line"; }
note "ok"
