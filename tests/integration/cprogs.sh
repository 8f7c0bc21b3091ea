#!/usr/bin/env bash
# cprogs: C programs built for FreeBSD with clang's FreeBSD target against link stubs made
# from libshim/freebsd/exports.def (tests/programs-c), run under denizen, against the same
# sources built for Linux and run natively: the same stdout, stderr and exit status.
# hello (printf, puts, stderr), copy (stdin to stdout through getc/fread/fwrite), qsortf
# (qsort with a callback, floating-point printf, snprintf, atexit, exit's flush), threads
# (pthread create/join/exit, a mutex, a condition broadcast), forkexec (fork, execv of
# /bin/true and /bin/false, waitpid), unwind (_Unwind_Backtrace through the program's frames,
# a forced unwind running C cleanups: libgcc's unwinder on its .eh_frame), files (getopt,
# fopen/fprintf/fclose, fgets, ungetc, fseek/ftell/rewind, "r+", fdopen, a missing file),
# ctype (every byte classified and case-mapped through FreeBSD's inline <ctype.h>: the C
# locale's _RuneLocale, _ThreadRuneLocale as an initial-exec TLS import, in two threads).
. "$(dirname "$0")/lib.sh"
need_denizen
: "${DZ_CPROGS:=$DZ_ROOT/build/cprogs}"   # the build tree's C programs (CTest sets it)
for p in hello copy qsortf threads forkexec unwind files ctype; do
  [[ -x $DZ_CPROGS/freebsd/$p && -x $DZ_CPROGS/linux/$p ]] ||
    fail "$p not built in $DZ_CPROGS (scripts/build; the FreeBSD ones need clang and lld)"
done

# same NAME PROG [ARGS...] (stdin from $WORK/NAME.in if it exists): both builds, compared.
same() {
  local name=$1 prog=$2; shift 2
  local in=/dev/null
  [[ -e $WORK/$name.in ]] && in=$WORK/$name.in
  RUN_STDIN=$in run "$name-fbsd" "$DENIZEN" run "$DZ_CPROGS/freebsd/$prog" "$@"
  RUN_STDIN=$in run "$name-linux" "$DZ_CPROGS/linux/$prog" "$@"
  local f l
  f=$(<"$WORK/$name-fbsd.rc") l=$(<"$WORK/$name-linux.rc")
  [[ $f == "$l" ]] || { show "$name-fbsd"; fail "$name: exit status $f under denizen, $l natively"; }
  assert_same "$WORK/$name-linux.out" "$WORK/$name-fbsd.out" "$name: stdout"
  assert_same "$WORK/$name-linux.err" "$WORK/$name-fbsd.err" "$name: stderr"
  note "$name: same stdout ($(wc -c <"$WORK/$name-fbsd.out") bytes), stderr and status ($f)"
}

# denizen info: every import of every program is provided.
for p in hello copy qsortf threads forkexec unwind files ctype; do
  run "info-$p" "$DENIZEN" info "$DZ_CPROGS/freebsd/$p"
  expect_status "info-$p" 0 "denizen info $p"
  grep -q '^runnable: *yes' "$WORK/info-$p.out" || { show "info-$p"; fail "denizen info $p: not runnable"; }
done

same hello hello
same hello-args hello one two
head -c 300000 /dev/urandom >"$WORK/copy.in"
printf 'first line\n' | cat - "$WORK/copy.in" >"$WORK/copy2.in" && mv "$WORK/copy2.in" "$WORK/copy.in"
same copy copy
cmp -s "$WORK/copy.in" "$WORK/copy-fbsd.out" || fail "copy: output differs from the input"
: >"$WORK/copy-empty.in"
same copy-empty copy
same qsortf qsortf
same threads threads
same forkexec forkexec
same unwind unwind
same ctype ctype
same files files -v -o "$WORK/files.txt" operand1 operand2
note "ok"
