#!/usr/bin/env bash
# illumos_trace: `denizen run --trace=FILE` on the GOOS=illumos build of hello writes one
# `name(args) = result` line per libc call, decoded in illumos's terms: its signal numbering
# (SIGEMT, SIGPWR, SIGURG 21), open flags (O_CREAT 0x100 ...), MAP_ANON 0x100, event ports,
# errno names from illumos numbers, and the exit status.
. "$(dirname "$0")/lib.sh"
need_denizen
need_corpus go/illumos/hello

mkdir "$WORK/cwd"
cd "$WORK/cwd"
trace=$WORK/trace.txt
run guest "$DENIZEN" run --trace="$trace" "$(corpus go/illumos/hello)" a 'b c' 7
expect_status guest 7 "denizen run --trace=FILE hello a 'b c' 7 (illumos)"
grep -qx 'arg\[1\]="a"' "$WORK/guest.out" || { show guest; fail "hello's output lacks its first argument"; }
[[ -s $trace ]] || fail "trace file $trace missing or empty"
# One whole line per call: no [pid TID] prefixes, unfinished/resumed pairs joined.
awk -f "$DZ_ROOT/tests/integration/trace_join.awk" "$trace" >"$WORK/joined.txt"   # (the cwd is $WORK/cwd)

missing=()
want=(
  '^getrctl\("zone\.cpu-cap", 0x[0-9a-f]+, 0x[0-9a-f]+, 0\) = -1 EINVAL$'
  '^sysconf\(15\) = [1-9][0-9]*$'
  '^mmap\(NULL, [0-9]+, PROT_READ\|PROT_WRITE, MAP_PRIVATE\|MAP_ANON, -1, 0\) = 0x'
  '^sigaction\(SIGEMT, .*\) = 0$'
  '^sigaction\(SIGPWR, .*\) = 0$'
  '^sigaction\(SIGURG, .*\) = 0$'
  '^pthread_create\(.*\) = 0$'
  '^sem_(wait|post)\(0x[0-9a-f]+\) = 0$'
  '^port_create\(\) = [0-9]+$'
  '^port_associate\([0-9]+, 4, [0-9]+, 0, 0x[0-9a-f]+\) = 0$'
  '^open\(".*/greeting\.txt", O_WRONLY\|O_CREAT\|O_TRUNC\|O_CLOEXEC, 0644\) = [0-9]+$'
  '^getdents\([0-9]+, 0x[0-9a-f]+, [0-9]+\) = [1-9][0-9]*$'
  '^write\(1, "arg\[1\]=\\"a\\"\\n", 11\) = 11$'
  '^exit\(7\) = \?$'
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
