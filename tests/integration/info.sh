#!/usr/bin/env bash
# info: `denizen info` names the OS of each x64 esbuild build. The binaries are copied to neutral
# names first so that the OS cannot be read off the path.
. "$(dirname "$0")/lib.sh"
need_denizen

cases=(
  "freebsd-x64|freebsd"
  "netbsd-x64|netbsd"
  "openbsd-x64|openbsd"
  "sunos-x64|illumos|solaris"
  "linux-x64|linux"
)
for c in "${cases[@]}"; do need_corpus "esbuild/${c%%|*}/esbuild"; done

failures=0
i=0
for c in "${cases[@]}"; do
  plat=${c%%|*} pattern=${c#*|}
  i=$((i + 1))
  cp "$(corpus "esbuild/$plat/esbuild")" "$WORK/prog$i"
  run "info$i" "$DENIZEN" info "$WORK/prog$i"
  if ((RC != 0)); then
    echo "--- $plat: exit status $RC, want 0" >&2
    show "info$i"
    failures=$((failures + 1))
  elif ! grep -Eiq -- "$pattern" "$WORK/info$i.out"; then
    echo "--- $plat: no line of the output matches /$pattern/i" >&2
    show "info$i"
    failures=$((failures + 1))
  else
    note "$plat: $(grep -Ei -m1 -- "$pattern" "$WORK/info$i.out")"
  fi
  rm -f "$WORK/prog$i"
done
((failures == 0)) || fail "denizen info: $failures of ${#cases[@]} binaries not identified"
note "ok"
