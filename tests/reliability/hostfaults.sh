#!/usr/bin/env bash
# hostfaults: a FreeBSD guest (tests/reliability/hostfaults) under host limits and signal
# storms sees what FreeBSD would report: EMFILE (24) under a lowered RLIMIT_NOFILE,
# ENOMEM (12) under a lowered RLIMIT_AS, EINTR (4) from the calls FreeBSD never restarts
# and the result from the ones SA_RESTART restarts, under a SIGALRM every 100 us.  Then
# denizen's own allocations: with RLIMIT_AS from 8 MB up, denizen either runs the guest or
# stops with one "denizen:" line and a status below 128 - never a crash.  (Below ~8 MB
# the kernel's execve of denizen itself fails and kills it, as for any program of its size.)
. "$(dirname "$0")/../integration/lib.sh"
. "$(dirname "$0")/lib.sh"
need_denizen
build_guest hostfaults freebsd
BIN=$REL_BIN/hostfaults
cd "$WORK"
ulimit -c 0

check_mode() { # NAME MODE [ulimit args]
  local name=$1 mode=$2; shift 2
  local rc=0
  ( [[ $# == 0 ]] || ulimit "$@"; timeout -k 5 60 "$DENIZEN" run "$BIN" "$mode" ) >"$WORK/$name.out" 2>"$WORK/$name.err" || rc=$?
  sed "s/^/  $name: /" "$WORK/$name.out"
  if grep -q '^FIXED' "$WORK/$name.out"; then
    fail "$name: a known failure passes now: drop it from the known list (hostfaults/main.go, docs/reliability.md)"
  fi
  ((rc == 0)) && grep -q '^hostfaults ok$' "$WORK/$name.out" || { show "$name"; fail "$name: exit status $rc"; }
}
check_mode emfile emfile -n 64
check_mode enomem enomem -v 2097152
check_mode eintr eintr
check_mode mmapfixed mmapfixed
check_mode vmwrap vmwrap

# New threads with the address space exhausted: denizen maps each thread's stacks; the
# guest's thr_new must fail with ENOMEM (12), which Go reports and exits 2 on.
rc=0
( ulimit -v 2097152; timeout -k 5 60 "$DENIZEN" run "$BIN" threads-nomem ) >"$WORK/tn.out" 2>"$WORK/tn.err" || rc=$?
if ((rc == 2)) && grep -q 'failed to create new OS thread (.*errno=12)' "$WORK/tn.err"; then
  note "threads with no address space left: thr_new answered ENOMEM, the guest reported it (status 2)"
elif ((rc == 2)) && grep -q '^fatal error: runtime: cannot allocate memory$' "$WORK/tn.err"; then
  # The Go runtime may need a mapping of its own (persistentalloc) before it asks for
  # the thread: then mmap's ENOMEM is what it reports, as it would on FreeBSD (about
  # 1 run in 5 here; seen failing the test that way).
  note "threads with no address space left: the runtime's own mmap answered ENOMEM first (status 2)"
elif ((rc == 0)) && grep -q '^16 threads started$' "$WORK/tn.out"; then
  note "threads with no address space left: all 16 started"
else
  show tn
  fail "threads with no address space left: status $rc"
fi

# denizen's own allocations under a small address space.
for kb in 8192 12288 16384 24576 32768 65536 131072 262144 524288 1048576; do
  rc=0
  ( ulimit -v "$kb"; timeout -k 5 60 "$DENIZEN" run "$BIN" nothing ) >"$WORK/as.out" 2>"$WORK/as.err" || rc=$?
  first=$(head -n 1 "$WORK/as.err")
  if ((rc == 124 || rc > 128)); then
    head -c 2000 "$WORK/as.err" >&2
    fail "RLIMIT_AS $kb KB: denizen ended with status $rc (a crash or a hang)"
  fi
  if [[ $first == denizen:* ]]; then
    (($(wc -l <"$WORK/as.err") == 1)) || { cat "$WORK/as.err" >&2; fail "RLIMIT_AS $kb KB: more than one line from denizen"; }
    ((rc != 0)) || fail "RLIMIT_AS $kb KB: denizen said '$first' but exited 0"
    note "RLIMIT_AS $((kb / 1024)) MB: status $rc, '$first'"
  elif ((rc == 0)); then
    note "RLIMIT_AS $((kb / 1024)) MB: the guest ran (status 0)"
  else
    note "RLIMIT_AS $((kb / 1024)) MB: status $rc, the guest's own failure: '$first'"
  fi
done
note "ok"
