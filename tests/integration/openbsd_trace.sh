#!/usr/bin/env bash
# openbsd_trace: `denizen run --trace=FILE` on OpenBSD esbuild writes one `name(args) = result` line
# per libc call, arguments decoded in OpenBSD's terms (the twin of the syscall trace).
. "$(dirname "$0")/lib.sh"
need_denizen
need_corpus esbuild/openbsd-x64/esbuild

trace=$WORK/trace.txt
run guest "$DENIZEN" run --trace="$trace" "$(corpus esbuild/openbsd-x64/esbuild)" --version
expect_status guest 0 "denizen run --trace=FILE esbuild --version (OpenBSD)"
assert_text "$WORK/guest.out" $'0.28.2\n' "stdout of esbuild --version with --trace"
[[ -s $trace ]] || fail "trace file $trace missing or empty"
# One whole line per call: no [pid TID] prefixes, unfinished/resumed pairs joined.
awk -f "$(dirname "$0")/trace_join.awk" "$trace" >"$WORK/joined.txt"

missing=()
want=(
  '^sysctl\(\{6,25\}, 2, 0x[0-9a-f]+, 0x[0-9a-f]+, NULL, 0\) = 0$'
  '^mmap\(NULL, [0-9]+, PROT_READ\|PROT_WRITE, MAP_PRIVATE\|MAP_ANON, -1, 0\) = 0x'
  '^pthread_create\(.*\) = 0$'
  '^sigaction\(SIGINT, .*\) = 0$'
  '^pthread_sigmask\(SIG_SETMASK, .*\) = 0$'
  '^(__thrsleep|__thrwakeup|clock_gettime)\(.*\) = '
  '^write\(1, "0\.28\.2\\n", 7\) = 7$'
  '^exit\(0\) = \?$'
)
for re in "${want[@]}"; do
  grep -Eq "$re" "$WORK/joined.txt" || missing+=("$re")
done
if ((${#missing[@]})); then
  echo "--- trace ($(wc -l <"$trace") lines), first 60:" >&2
  head -n 60 "$trace" >&2
  fail "trace has no line matching: ${missing[*]}"
fi
note "ok ($(wc -l <"$trace") lines)"
