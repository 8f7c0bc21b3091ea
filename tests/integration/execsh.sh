#!/usr/bin/env bash
# execsh: a FreeBSD Go program under denizen runs /bin/sh through os/exec and reads its output.
. "$(dirname "$0")/lib.sh"
need_denizen
need_corpus go/freebsd/execsh

run guest "$DENIZEN" run "$(corpus go/freebsd/execsh)"
assert_text "$WORK/guest.out" $'hi\n' "stdout of execsh"
expect_status guest 0 "denizen run execsh"
note "ok"
