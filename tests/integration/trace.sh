#!/usr/bin/env bash
# trace: `denizen run --trace=FILE` writes one `name(args) = result` line per guest system call.
. "$(dirname "$0")/lib.sh"
need_denizen
need_corpus esbuild/freebsd-x64/esbuild

trace=$WORK/trace.txt
run guest "$DENIZEN" run --trace="$trace" "$(corpus esbuild/freebsd-x64/esbuild)" --version
expect_status guest 0 "denizen run --trace=FILE esbuild --version"
assert_text "$WORK/guest.out" $'0.28.2\n' "stdout of esbuild --version with --trace"
[[ -s $trace ]] || fail "trace file $trace missing or empty"
# One whole line per call: no [pid TID] prefixes, unfinished/resumed pairs joined.
awk -f "$(dirname "$0")/trace_join.awk" "$trace" >"$WORK/joined.txt"

missing=()
for name in sysarch __sysctl mmap thr_new write; do
  grep -Eq "^${name}\(.*\) = .+" "$WORK/joined.txt" || missing+=("$name")
done
grep -Eq '^(_umtx_op|clock_gettime)\(.*\) = .+' "$WORK/joined.txt" || missing+=("_umtx_op or clock_gettime")
if ! grep -E '^write\(1, .*= 7$' "$WORK/joined.txt" | grep -q '0\.28\.2'; then
  missing+=('write(1, "0.28.2\n", 7) = 7')
fi
if ((${#missing[@]})); then
  echo "--- trace ($(wc -l <"$trace") lines), first 60:" >&2
  head -n 60 "$trace" >&2
  fail "trace has no line for: ${missing[*]}"
fi
note "ok ($(wc -l <"$trace") lines)"
