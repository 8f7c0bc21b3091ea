#!/usr/bin/env bash
# libsegv: where OpenBSD's (or illumos's, DZ_GUEST) own libc faults on a bad pointer
# (pthread_attr_init(NULL), arc4random_buf into a read-only page...), the guest gets
# SIGSEGV at its call and denizen's own state is untouched (libshim/common/segv.c).
# tests/reliability/libsegv under denizen:
#   recover  4 threads x 200 rounds of faulting calls, each recovered by Go
#            (debug.SetPanicOnFault) with the right fault address, valid calls in
#            between; then new threads, files, sleeps, a signal: "libsegv ok", exit 0
#   crash    a faulting call made as package syscall makes libc calls: Go's fatal
#            "unexpected signal" report naming SIGSEGV, code 1 (SEGV_MAPERR), addr 0
#   default  SIGSEGV at SIG_DFL first: denizen dies of SIGSEGV, as the process would
# and --trace shows the call faulting and the signal.  Never "internal error".
. "$(dirname "$0")/../integration/lib.sh"
. "$(dirname "$0")/lib.sh"
need_denizen
case $GUEST in openbsd | illumos) ;; *) fail "libsegv: OpenBSD and illumos only (DZ_GUEST=$GUEST)" ;; esac
build_guest libsegv "$GUEST"
G=$REL_BIN/libsegv
cd "$WORK"
no_internal_error() {
  if grep -q "internal error" "$WORK/$1.err"; then
    show "$1"
    fail "$1: denizen reported an internal error"
  fi
}

run recover "$DENIZEN" run "$G" recover
expect_status recover 0 "libsegv recover"
grep -q '^libsegv ok: [0-9]* faults recovered on 4 threads$' "$WORK/recover.out" || { show recover; fail "no 'libsegv ok' line"; }
no_internal_error recover
note "$(cat "$WORK/recover.out")"

run crash "$DENIZEN" run "$G" crash
expect_status crash 2 "libsegv crash (Go's fatal error)"
grep -q '^fatal error: unexpected signal during runtime execution' "$WORK/crash.err" &&
  grep -q '^\[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=' "$WORK/crash.err" ||
  { show crash; fail "libsegv crash: no report of SIGSEGV, SEGV_MAPERR at address 0"; }
no_internal_error crash

death=$(death_of timeout -k 5 "$RUN_TIMEOUT" "$DENIZEN" run "$G" default 2>"$WORK/default.err")
[[ $death == "signal 11" ]] || { cat "$WORK/default.err" >&2; fail "libsegv default ended with '$death', want 'signal 11' (death by SIGSEGV)"; }
: >"$WORK/default.out"
no_internal_error default

death_of timeout -k 5 "$RUN_TIMEOUT" "$DENIZEN" run --trace="$WORK/trace" "$G" default >/dev/null 2>&1 || true
# Another thread's line may split the call into `<unfinished ...>` and `<... resumed>`
# halves (as strace -f does): joined first (trace_join.awk), into a file: `awk | grep -q`
# under pipefail fails when grep has quit before awk's last lines (SIGPIPE), as it did once.
awk -f "$(dirname "$0")/../integration/trace_join.awk" "$WORK/trace" >"$WORK/trace.joined"
grep -q 'pthread_attr_init(NULL) = ? (faults: SIGSEGV)$' "$WORK/trace.joined" &&
  grep -q -- '--- SIGSEGV {si_signo=SIGSEGV, si_code=SEGV_MAPERR, si_addr=0} ---' "$WORK/trace" &&
  grep -q '+++ killed by SIGSEGV +++' "$WORK/trace" ||
  { tail -20 "$WORK/trace" >&2; fail "--trace: no faulting pthread_attr_init(NULL), SIGSEGV and death by it"; }
note "ok"
