#!/usr/bin/env bash
# exit_matrix: how a guest ($DZ_GUEST: freebsd, netbsd, openbsd, illumos, solaris) ends is
# how its native Linux build ends, seen two ways (tests/reliability/exitcodes):
#  1. by denizen's parent (wait on the denizen process): exit codes 0-255, death by each
#     default-fatal signal the guest sends itself (the Go runtime's handling, and with a
#     raw SIG_DFL where Go makes raw system calls; and, there, a fault whose handler's
#     page is gone: death by SIGSEGV, where denizen once redelivered the fault forever);
#  2. by the guest as a parent (wait4 of a guest child): every code and SIG_DFL death of a
#     raw-forked child (FreeBSD, NetBSD), or a sample of codes of exec'd children (OpenBSD,
#     illumos, Solaris: Go calls libc there), and each signal of an exec'd child.
# One driver per OS; the 256 codes run in one loop.
. "$(dirname "$0")/../integration/lib.sh"
. "$(dirname "$0")/lib.sh"
need_denizen
build_guest exitcodes linux
NATIVE=$REL_BIN/exitcodes
build_guest exitcodes "$GUEST"
GBIN=$REL_BIN/exitcodes
ulimit -c 0   # SIG_DFL deaths by SIGQUIT, SIGSEGV ... would dump core

SIGS=(HUP INT QUIT ILL TRAP ABRT BUS FPE KILL USR1 SEGV USR2 PIPE ALRM TERM XCPU XFSZ VTALRM PROF SYS)
case $GUEST in
  freebsd | netbsd) raw=1 mode=raw ;;
  *) raw= mode=exec ;;
esac
# Where the Go runtimes themselves differ, the native Linux build is not the reference:
# Go for FreeBSD ignores a SIGSYS it did not ask for (FreeBSD raises it for unknown
# system calls; golang.org/issue/15204), Go for Linux dies of it (exit 2).
declare -A GO_DIFFERS=([freebsd:signal SYS]="exit 66")

# ends CMD...: one line per run, "ARGS: exit N" or "ARGS: signal N", for every code and
# signal, in one perl process (one fork+exec per run, no shell in between).
ends() {
  local raw_flag=$1; shift
  perl -e '
    my ($raw, @cmd) = @ARGV; my @sigs = split / /, $ENV{DZ_SIGLIST};
    my @runs = (map({ ["code", $_] } 0 .. 255), map({ ["signal", $_] } @sigs));
    push @runs, map({ ["dfl", $_] } @sigs), ["handler-gone", "-"] if $raw;
    for my $r (@runs) {
      system { $cmd[0] } @cmd, @$r; my $s = $?;
      printf "%s %s: %s\n", @$r, $s == -1 ? "exec-failed" : ($s & 127) ? sprintf("signal %d", $s & 127) : sprintf("exit %d", $s >> 8);
    }' "$raw_flag" "$@" 2>/dev/null
}
export DZ_SIGLIST="${SIGS[*]}"

start=$SECONDS
ends "$raw" "$NATIVE" >"$WORK/native.txt"
ends "$raw" timeout -k 5 60 "$DENIZEN" run "$GBIN" >"$WORK/guest.txt"
for k in "${!GO_DIFFERS[@]}"; do
  [[ $k == "$GUEST:"* ]] || continue
  sed -i "s/^${k#*:}: .*/${k#*:}: ${GO_DIFFERS[$k]}/" "$WORK/native.txt"
done
assert_same "$WORK/native.txt" "$WORK/guest.txt" "how denizen ends (its parent's view), against native Linux"
n=$(wc -l <"$WORK/guest.txt")
note "denizen's own status: $n runs (256 codes, ${#SIGS[@]} signals${raw:+ twice}) equal to native ($((SECONDS - start)) s)"

start=$SECONDS
"$NATIVE" parent "$mode" >"$WORK/pnative.txt" 2>/dev/null
run parent "$DENIZEN" run "$GBIN" parent "$mode"
expect_status parent 0 "exitcodes parent $mode"
for k in "${!GO_DIFFERS[@]}"; do
  [[ $k == "$GUEST:"* ]] || continue
  sed -i "s/^${k#*:}: .*/${k#*:}: exited ${GO_DIFFERS[$k]#exit }/" "$WORK/pnative.txt"
done
assert_same "$WORK/pnative.txt" "$WORK/parent.out" "the guest parent's wait4 view, against native Linux"
note "the guest as a parent: $(wc -l <"$WORK/parent.out") children ($mode) seen by wait4 as natively ($((SECONDS - start)) s)"
note "ok"
