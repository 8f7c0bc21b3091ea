#!/usr/bin/env bash
# hello: the FreeBSD (or $DZ_GUEST) build of tests/programs/hello.go under denizen prints exactly what
# the Linux build prints natively (same args, env, cwd) and exits with the same status (7).
. "$(dirname "$0")/lib.sh"
need_denizen
need_corpus go/linux/hello go/$GUEST/hello

mkdir "$WORK/cwd"
cd "$WORK/cwd"      # both runs in the same cwd: hello prints it
export DENIZEN_HELLO=xyz

run native "$(corpus go/linux/hello)" a 'b c' 7
expect_status native 7 "native Linux hello (reference run; is the corpus broken?)"

run guest "$DENIZEN" run "$(corpus go/$GUEST/hello)" a 'b c' 7
assert_same "$WORK/native.out" "$WORK/guest.out" "stdout of hello (native Linux vs $GUEST_NAME under denizen)"
expect_status guest 7 "denizen run hello"
note "ok"
