#!/usr/bin/env bash
# install_prefix: `cmake --install BUILD --prefix P` gives a denizen that works on its own.
# The installed tree is copied elsewhere and run with a clean environment while the build
# tree is hidden (a user namespace mounts an empty tmpfs over it; where there are no user
# namespaces, the build tree stays visible and only the clean environment is checked).
. "$(dirname "$0")/../integration/lib.sh"
need_denizen
need_corpus esbuild/freebsd-x64/esbuild
: "${DZ_BUILD:?} ${CMAKE_COMMAND:=cmake}"

prefix=$WORK/prefix
run install "$CMAKE_COMMAND" --install "$DZ_BUILD" --prefix "$prefix"
expect_status install 0 "cmake --install"
for f in bin/denizen lib/denizen/libdenizen-preload.so lib/denizen/denizen-shim-exec \
         lib/denizen/denizen-binfmt share/man/man1/denizen.1 share/bash-completion/completions/denizen \
         share/doc/denizen/README.md share/binfmts/denizen-freebsd share/binfmts/denizen-openbsd; do
  [[ -e $prefix/$f ]] || fail "not installed: $f"
done
[[ $(readlink "$prefix/lib/denizen/denizen-binfmt") == ../../bin/denizen ]] ||
  fail "lib/denizen/denizen-binfmt is not a relative link to bin/denizen"
grep -qx "interpreter $prefix/lib/denizen/denizen-binfmt" "$prefix/share/binfmts/denizen-freebsd" ||
  fail "share/binfmts/denizen-freebsd does not name the installed interpreter"

# Moved: the installed tree anywhere else, and the build tree gone from view.
moved=$WORK/elsewhere/denizen
mkdir -p "$moved" "$WORK/run"
cp -a "$prefix/." "$moved/"
rm -rf "$prefix"
cp "$(corpus esbuild/freebsd-x64/esbuild)" "$WORK/run/esbuild-freebsd"
cat >"$WORK/check.sh" <<'CHECK'
set -u
cd "$1"
D=$2/bin/denizen
echo "version: $("$D" run ./esbuild-freebsd --version 2>&1)"
"$D" --version
"$D" --help | head -1
"$D" shim -- /bin/sh -c 'echo "shim: $LD_PRELOAD"'
"$D" conformance --os freebsd >/dev/null 2>conformance.err
echo "conformance: status $? $(head -c 300 conformance.err)"
CHECK
hidden="the build tree hidden"
if unshare -Urm true 2>/dev/null; then
  # In the namespace, mount a tmpfs over the build tree, then drop to a clean environment.
  run moved unshare -Urm bash -c 'mount -t tmpfs none "$1" && shift && exec env -i PATH=/usr/bin:/bin "$@"' \
    _ "$DZ_BUILD" bash "$WORK/check.sh" "$WORK/run" "$moved"
else
  hidden="the build tree still visible (no user namespaces here)"
  run moved env -i PATH=/usr/bin:/bin bash "$WORK/check.sh" "$WORK/run" "$moved"
fi
expect_status moved 0 "the moved installation"
out=$WORK/moved.out
grep -qx "version: 0.28.2" "$out" || { show moved; fail "installed denizen run esbuild-freebsd --version: not 0.28.2"; }
grep -q "^denizen [0-9]" "$out" || { show moved; fail "installed denizen --version"; }
grep -qx "usage: denizen COMMAND \[ARGS...\]" "$out" || { show moved; fail "installed denizen --help"; }
grep -qx "shim: $moved/lib/denizen/libdenizen-preload.so" "$out" ||
  { show moved; fail "installed denizen shim did not preload $moved/lib/denizen/libdenizen-preload.so"; }
grep -q "^conformance: status 3 denizen conformance: not available here" "$out" ||
  { show moved; fail "installed denizen conformance: want one clear line and status 3"; }

# The man page renders, without warnings, and documents every subcommand.
man1=$moved/share/man/man1/denizen.1
if command -v groff >/dev/null; then
  groff -man -Tascii -ww -z "$man1" 2>"$WORK/groff.err" || fail "groff failed on denizen.1"
  [[ ! -s $WORK/groff.err ]] || { cat "$WORK/groff.err" >&2; fail "groff warns about denizen.1"; }
fi
if command -v man >/dev/null; then
  MANPAGER=cat MANWIDTH=80 man -l "$man1" >"$WORK/man.txt" 2>"$WORK/man.err" ||
    { cat "$WORK/man.err" >&2; fail "man -l denizen.1 failed"; }
elif command -v groff >/dev/null; then
  groff -man -Tascii -P-cbou "$man1" >"$WORK/man.txt" || fail "groff -man denizen.1 failed"
else
  fail "neither man nor groff is installed (scripts/deps installs groff-base)"
fi
for w in run info doctor shim binfmt conformance --trace --root --no-rewrite --no-fsgsbase --lazy-missing \
         --argv0 DENIZEN_PATH_MAP DENIZEN_ROOT DENIZEN_UNAME DENIZEN_SHIM_TRACE DENIZEN_SHIM_CONFIG \
         DENIZEN_FSGSBASE DENIZEN_REWRITE_CACHE DENIZEN_TRACE DENIZEN_NO_REWRITE illumos; do
  grep -q -- "$w" "$WORK/man.txt" || fail "the rendered man page does not mention $w"
done

# The completion file is valid bash and completes the subcommands.
comp=$moved/share/bash-completion/completions/denizen
bash -n "$comp" || fail "the bash completion does not parse"
got=$(bash -c '_init_completion() { cur=${COMP_WORDS[COMP_CWORD]}; words=("${COMP_WORDS[@]}"); cword=$COMP_CWORD; prev=${COMP_WORDS[COMP_CWORD-1]}; }
  . "$1"; COMP_WORDS=(denizen bi); COMP_CWORD=1; _denizen; echo "${COMPREPLY[*]}"' _ "$comp")
[[ $got == binfmt ]] || fail "completing 'denizen bi' gave '$got', want 'binfmt'"
note "ok ($hidden)"
