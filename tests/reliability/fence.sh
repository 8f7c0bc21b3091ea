#!/usr/bin/env bash
# fence: a guest ($DZ_GUEST) aims memory calls at denizen's own mappings, found in Linux's
# /proc/self/maps, and at every mapping with a length to the top of the address space
# (tests/reliability/fence).  denizen must survive: each call answers what a hole would
# (ENOMEM; munmap succeeds and unmaps only the guest's parts), denizen's mappings are
# all still there, and the guest ends with "fence ok" and status 0.  Before the fence
# (syscall-xlate/common/fence.c) every OS's run ended in a SIGSEGV of denizen.
. "$(dirname "$0")/../integration/lib.sh"
. "$(dirname "$0")/lib.sh"
need_denizen
build_guest fence "$GUEST"
cd "$WORK"
EXE=$(realpath "$DENIZEN")
RUN_TIMEOUT=60
run fence "$DENIZEN" run "$REL_BIN/fence" "$EXE"
sed 's/^/  /' "$WORK/fence.out"
expect_status fence 0 "the fence guest"
grep -q '^fence ok$' "$WORK/fence.out" || { show fence; fail "no 'fence ok'"; }
if grep -q '^denizen:' "$WORK/fence.err"; then show fence; fail "denizen reported a problem"; fi
note "ok"
