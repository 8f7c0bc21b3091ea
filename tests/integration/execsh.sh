#!/usr/bin/env bash
# execsh: a FreeBSD Go program under denizen runs /bin/sh through os/exec and reads its
# output; a child's blocked-signal mask is the one a child started from here has (the
# guest's, not the nearly-all-blocked mask a trapped execve runs with in the engine).
. "$(dirname "$0")/lib.sh"
need_denizen
need_corpus go/freebsd/execsh

run guest "$DENIZEN" run "$(corpus go/freebsd/execsh)"
want_mask=$(/bin/grep SigBlk /proc/self/status)
assert_text "$WORK/guest.out" "hi"$'\n'"$want_mask"$'\n' "stdout of execsh (hi, then the child's mask)"
expect_status guest 0 "denizen run execsh"
note "ok"
