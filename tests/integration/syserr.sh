#!/usr/bin/env bash
# syserr: ENOSYS with exactly one report per unimplemented call, EFAULT for bad
# guest pointers (the layer must not crash), same results as the Linux build.
. "$(dirname "$0")/lib.sh"
need_denizen
need_corpus go/linux/syserr go/freebsd/syserr

run native "$(corpus go/linux/syserr)"
expect_status native 0 "native syserr"
run guest "$DENIZEN" run "$(corpus go/freebsd/syserr)"
expect_status guest 0 "denizen run syserr"
assert_same "$WORK/native.out" "$WORK/guest.out" "stdout (linux build vs freebsd build under denizen)"
grep -q '^unimplemented: ENOSYS$' "$WORK/guest.out" || fail "pdfork did not fail with ENOSYS"
grep -q '^bad mask pointer: EFAULT$' "$WORK/guest.out" || fail "bad sigprocmask pointer did not give EFAULT"
[[ $(grep -c 'freebsd syscall 518 pdfork: not implemented' "$WORK/guest.err") == 1 ]] ||
  fail "expected exactly one report line for pdfork, stderr was: $(cat "$WORK/guest.err")"
[[ $(grep -c 'freebsd syscall 3999: unknown' "$WORK/guest.err") == 1 ]] ||
  fail "expected one report line for syscall 3999, stderr was: $(cat "$WORK/guest.err")"
note "ok"
