#!/usr/bin/env bash
# trace_strace: --trace in strace -f's manner on real FreeBSD programs (syscall-xlate/trace):
#  - esbuild (Go, goroutines on several threads): [pid TID] prefixes from several threads and
#    <unfinished ...> / <... NAME resumed> pairs on the same thread;
#  - esbuild bundling with --trace-calls=file: every call line is a call of the file class
#    (FreeBSD's master table), open/openat/fstatat among them, no read/write/mmap;
#  - the same bundle with --trace --trace-summary into one file: the table's count of every
#    call equals the number of lines the trace has for it, and the total the sum;
#  - --trace-time and --trace-durations: HH:MM:SS.uuuuuu before, <S.uuuuuu> after each call;
#  - selfkill (SIGTERM, no handler): the signal line, then `+++ killed by SIGTERM +++` last;
#  - exit: `+++ exited with 0 +++`;
#  - os.test's TestReadNonblockingFd execs itself (a guest execing a guest): the child's
#    calls follow `<... execve resumed>) = 0` in the same stream; execsh execs /bin/sh (Linux):
#    one line names it; --trace-ff writes FILE.<pid> per process;
#  - DENIZEN_TRACE / DENIZEN_TRACE_OPTS on a plain `denizen run`.
. "$(dirname "$0")/lib.sh"
need_denizen
need_corpus esbuild/freebsd-x64/esbuild fixture-app/src/main.tsx go/freebsd/selfkill \
  go/freebsd/execsh gostd/freebsd/os.test
ESB=$(corpus esbuild/freebsd-x64/esbuild)
MASTER=$(dirname "$0")/../../syscall-xlate/freebsd/syscalls.master
join() { awk -f "$(dirname "$0")/trace_join.awk" "$1"; }
dump() { echo "--- $1 ($(wc -l <"$1") lines), first 40:" >&2; head -n 40 "$1" >&2; }

# 1. threads: prefixes, unfinished/resumed pairs.
t=$WORK/version.txt
run guest "$DENIZEN" run --trace="$t" "$ESB" --version
expect_status guest 0 "esbuild --version with --trace"
ntid=$(grep -oE '^\[pid +[0-9]+\]' "$t" | sort -u | wc -l)
((ntid >= 2)) || { dump "$t"; fail "want [pid TID] prefixes of 2+ threads, got $ntid"; }
pairs=$(awk '
  match($0, /^\[pid +[0-9]+\] /) { tid = substr($0, 1, RLENGTH); rest = substr($0, RLENGTH + 1) }
  rest ~ / <unfinished \.\.\.>$/ { split(rest, a, "("); open[tid] = a[1]; next }
  match(rest, /^<\.\.\. [^ ]+ resumed>/) { n = substr(rest, 6, RLENGTH - 14); if (open[tid] == n) ok++; else bad++; delete open[tid] }
  END { printf "%d %d\n", ok, bad }' "$t")
[[ ${pairs% *} -ge 1 && ${pairs#* } -eq 0 ]] || { dump "$t"; fail "unfinished/resumed pairs (matched, unmatched): $pairs"; }
tail -n 1 "$t" | grep -Eq '^(\[pid +[0-9]+\] )?\+\+\+ exited with 0 \+\+\+$' || fail "last line is not '+++ exited with 0 +++': $(tail -n 1 "$t")"

# 2. --trace-calls=file on a bundle: only file calls.
cd "$(corpus fixture-app)"
t=$WORK/file.txt
run guest "$DENIZEN" run --trace="$t" --trace-calls=file "$ESB" src/main.tsx --bundle --minify --sourcemap \
  --outdir="$WORK/out1"
expect_status guest 0 "esbuild bundle with --trace-calls=file"
file_calls=$(awk '/^[0-9]/ { for (i = 1; i <= NF; i++) if ($i ~ /^\[/ && $i ~ /(\[|,)file(,|\])/) print $2 }' "$MASTER" | sort -u)
join "$t" | grep -E '^[a-z_0-9]+\(' | sed 's/(.*//' | sort | uniq -c >"$WORK/file.counts"
[[ -s $WORK/file.counts ]] || { dump "$t"; fail "--trace-calls=file traced no call"; }
while read -r n name; do
  grep -qx "$name" <<<"$file_calls" || { dump "$t"; fail "--trace-calls=file traced $n call(s) of $name, not a file call"; }
done <"$WORK/file.counts"
for name in open fstatat; do
  grep -q " $name\$" "$WORK/file.counts" || { cat "$WORK/file.counts" >&2; fail "--trace-calls=file shows no $name"; }
done
grep -Eq '(^|\] )(read|write|mmap)\(' "$t" && fail "--trace-calls=file shows read, write or mmap"

# 3. --trace-summary: counts equal the lines.
t=$WORK/sum.txt
run guest "$DENIZEN" run --trace="$t" --trace-summary "$ESB" src/main.tsx --bundle --minify --sourcemap \
  --outdir="$WORK/out2"
expect_status guest 0 "esbuild bundle with --trace --trace-summary"
sed -n '/^% time /,$p' "$t" | awk 'NR > 2 && $0 !~ /^(-|\+\+\+|\[)/ && $NF != "total" { print $NF, $(NF - (NF == 6 ? 2 : 1)) }' | sort >"$WORK/sum.table"
sed '/^% time /,$d' "$t" | join /dev/stdin | grep -E '^[a-z_0-9]+\(' | sed 's/(.*//' | sort | uniq -c | awk '{ print $2, $1 }' | sort >"$WORK/sum.lines"
[[ $(wc -l <"$WORK/sum.table") -ge 10 ]] || { dump "$t"; fail "the summary lists fewer than 10 calls"; }
if ! diff "$WORK/sum.lines" "$WORK/sum.table" >"$WORK/sum.diff"; then
  cat "$WORK/sum.diff" >&2
  fail "summary counts (right) differ from the trace's lines (left)"
fi
total=$(awk '$NF == "total" { print $(NF - 2) }' "$t")
[[ $total == $(awk '{ s += $2 } END { print s }' "$WORK/sum.table") ]] || fail "summary total $total is not the sum of its rows"
cd "$WORK"

# 4. time and durations.
t=$WORK/time.txt
run guest "$DENIZEN" run --trace="$t" --trace-time --trace-durations "$ESB" --version
expect_status guest 0 "esbuild --version with --trace-time --trace-durations"
ts='[0-2][0-9]:[0-5][0-9]:[0-5][0-9]\.[0-9]{6}'
grep -Eq "^(\[pid +[0-9]+\] )?$ts write\(1, \"0\.28\.2\\\\n\", 7" "$t" || { grep -n 'write' "$t" >&2; fail "no timed write line"; }
grep -Eq "^(\[pid +[0-9]+\] )?$ts (write\(1, \"0\.28\.2\\\\n\", 7|<\.\.\. write resumed>)\) = 7 <[0-9]+\.[0-9]{6}>\$" "$t" \
  || { grep -n 'write' "$t" >&2; fail "no duration on the write's line"; }

# 5. killed by a signal.
t=$WORK/kill.txt
timeout -k 5 "$RUN_TIMEOUT" "$DENIZEN" run --trace="$t" "$(corpus go/freebsd/selfkill)" 2>/dev/null || true
grep -Eq '^(\[pid +[0-9]+\] )?--- SIGTERM \{si_signo=SIGTERM, si_code=SI_(USER|LWP), si_pid=[0-9]+, si_uid=[0-9]+\} ---$' "$t" \
  || { dump "$t"; fail "no --- SIGTERM line"; }
tail -n 1 "$t" | grep -Eq '^(\[pid +[0-9]+\] )?\+\+\+ killed by SIGTERM \+\+\+$' || fail "last line is not the killed-by line: $(tail -n 1 "$t")"

# 6. children: a guest execing a guest, a Linux program, --trace-ff.
t=$WORK/exec.txt
run guest "$DENIZEN" run --trace="$t" "$(corpus gostd/freebsd/os.test)" -test.run='^TestReadNonblockingFd$'
expect_status guest 0 "os.test -test.run=TestReadNonblockingFd with --trace"
grep -Eq '^\[pid +[0-9]+\] execve\(".*/os\.test", 0x[0-9a-f]+, 0x[0-9a-f]+ <unfinished \.\.\.>$' "$t" || { dump "$t"; fail "no execve of os.test"; }
child=$(grep -E '^\[pid +[0-9]+\] <\.\.\. execve resumed>\) = 0$' "$t" | head -n 1 | grep -oE '[0-9]+' | head -n 1)
[[ -n $child ]] || { dump "$t"; fail "no '<... execve resumed>) = 0' line"; }
awk -v c="[pid $child]" 'f && index($0, c) == 1 && /open\(|openat\(|fstat\(|sysarch\(/ { n++ } /execve resumed/ { f = 1 } END { exit n ? 0 : 1 }' "$t" \
  || fail "no call of the exec'd os.test (pid $child) after its execve"
[[ $(grep -cE '^\[pid +[0-9]+\] \+\+\+ exited with 0 \+\+\+$' "$t") -ge 2 ]] || fail "want the exit lines of both processes"

t=$WORK/ff
run guest "$DENIZEN" run --trace="$t" --trace-ff "$(corpus go/freebsd/execsh)"
expect_status guest 0 "execsh with --trace-ff"
files=("$t".*)
((${#files[@]} >= 3)) || fail "--trace-ff: want a file per process (3), got ${#files[@]}: ${files[*]}"
grep -lE '<\.\.\. execve resumed>\) = 0 \(/bin/sh: a Linux program, not traced\)$' "${files[@]}" >/dev/null \
  || { head -n 5 "${files[@]}" >&2; fail "no line naming /bin/sh as a Linux program"; }

# 7. the environment, on a plain `denizen run`.
t=$WORK/env.txt
DENIZEN_TRACE=$t DENIZEN_TRACE_OPTS='--trace-calls=write,%process' run guest "$DENIZEN" run "$ESB" --version
expect_status guest 0 "esbuild --version with DENIZEN_TRACE"
join "$t" | grep -E '^[a-z_0-9]+\(' | sed 's/(.*//' | sort -u >"$WORK/env.calls"
[[ $(tr '\n' ' ' <"$WORK/env.calls") == "exit thr_exit thr_new write " || $(tr '\n' ' ' <"$WORK/env.calls") == "exit thr_new write " ]] \
  || { dump "$t"; fail "DENIZEN_TRACE_OPTS=--trace-calls=write,%process traced: $(tr '\n' ' ' <"$WORK/env.calls")"; }
note "ok"
