#!/usr/bin/env bash
# bad_input: `denizen run` on things it cannot run says so in exactly one line on stderr and exits
# with a status in 1..127 (not a crash, not a signal).
. "$(dirname "$0")/lib.sh"
need_denizen
need_corpus esbuild/freebsd-x64/esbuild esbuild/freebsd-arm64/esbuild

: >"$WORK/empty"
printf 'this is just a text file\nwith two lines\n' >"$WORK/text.txt"
head -c 200 "$(corpus esbuild/freebsd-x64/esbuild)" >"$WORK/truncated-elf"
chmod +x "$WORK/empty" "$WORK/text.txt" "$WORK/truncated-elf"

cases=(
  "missing file|$WORK/no-such-program"
  "empty file|$WORK/empty"
  "text file|$WORK/text.txt"
  "truncated ELF (first 200 bytes of FreeBSD esbuild)|$WORK/truncated-elf"
  "FreeBSD arm64 esbuild|$(corpus esbuild/freebsd-arm64/esbuild)"
)
RUN_TIMEOUT=20
failures=0
i=0
for c in "${cases[@]}"; do
  what=${c%%|*} file=${c#*|}
  i=$((i + 1))
  run "case$i" "$DENIZEN" run "$file"
  lines=$(wc -l <"$WORK/case$i.err")
  bytes=$(wc -c <"$WORK/case$i.err")
  last=$(tail -c1 "$WORK/case$i.err" | od -An -c | tr -d ' ')
  problem=
  if ((RC == 0)); then
    problem="exit status 0, want non-zero"
  elif ((RC >= 128)); then
    problem="exit status $RC (>= 128: killed by a signal or timed out)"
  elif ((lines != 1 || bytes == 0)) || [[ $last != '\n' ]]; then
    problem="stderr has $lines newline(s) in $bytes bytes, want exactly one line"
  fi
  if [[ -n $problem ]]; then
    echo "--- $what: $problem" >&2
    show "case$i"
    failures=$((failures + 1))
  else
    note "$what: status $RC: $(<"$WORK/case$i.err")"
  fi
done
((failures == 0)) || fail "$failures of ${#cases[@]} bad inputs not handled as required"
note "ok"
