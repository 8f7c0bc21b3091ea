# tests/integration/lib.sh — sourced by every integration test (bash).
#
# Environment (set by CTest, see CMakeLists.txt; defaults let a test run by hand):
#   DENIZEN         the denizen binary          (default <repo>/build/bin/denizen)
#   DENIZEN_CORPUS  the corpus cache directory  (default: scripts/corpus-path)
#   DENIZEN_TEST_KEEP=1  keep a failed test's work directory (outputs, traces) for a look
#   DZ_GUEST        the guest OS a test that serves several runs (default freebsd; also netbsd,
#                   openbsd, illumos, solaris):
#                   its corpus items are go/$GUEST/..., esbuild/$ESBUILD_GUEST-x64/... (npm's
#                   platform name: the OS name but for illumos, whose esbuild is sunos-x64;
#                   solaris has no esbuild build, so only the go/solaris/ programs' tests)
#   DENIZEN_RUN_FLAGS  extra flags for every `$DENIZEN run` of the test (e.g. --no-rewrite):
#                   $DENIZEN then names a small wrapper that inserts them
#
# A test fails (never skips) when denizen or a corpus item it needs is missing.
set -euo pipefail

DZ_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
: "${DENIZEN:=$DZ_ROOT/build/bin/denizen}"
: "${DENIZEN_CORPUS:=$("$DZ_ROOT/scripts/corpus-path")}"
GUEST=${DZ_GUEST:-freebsd}
case $GUEST in
  freebsd) GUEST_NAME=FreeBSD ;;
  netbsd) GUEST_NAME=NetBSD ;;
  openbsd) GUEST_NAME=OpenBSD ;;
  *) GUEST_NAME=$GUEST ;;
esac
case $GUEST in
  illumos | solaris) ESBUILD_GUEST=sunos ;;
  *) ESBUILD_GUEST=$GUEST ;;
esac
TEST_NAME=$(basename "$0" .sh)
[[ $GUEST == freebsd ]] || TEST_NAME=${GUEST}_$TEST_NAME
RUN_TIMEOUT=${RUN_TIMEOUT:-60}   # seconds, per program run

WORK=$(mktemp -d "${TMPDIR:-/tmp}/denizen-integ-$TEST_NAME.XXXXXX")
_dz_cleanup() { # set DENIZEN_TEST_KEEP=1 to keep the work directory of a failed test
  local rc=$?
  if ((rc != 0)) && [[ -n ${DENIZEN_TEST_KEEP:-} ]]; then
    echo "[$TEST_NAME] work directory kept: $WORK" >&2
  else
    rm -rf "$WORK"
  fi
}
trap _dz_cleanup EXIT

if [[ -n ${DENIZEN_RUN_FLAGS:-} ]]; then
  _dz_real=$DENIZEN
  DENIZEN=$WORK/.denizen
  printf '#!/bin/sh\nif [ "$1" = run ]; then shift; exec "%s" run %s "$@"; fi\nexec "%s" "$@"\n' \
    "$_dz_real" "$DENIZEN_RUN_FLAGS" "$_dz_real" >"$DENIZEN"
  chmod +x "$DENIZEN"
  TEST_NAME="$TEST_NAME $DENIZEN_RUN_FLAGS"
fi

# fail MESSAGE...: stop the test with a clear message.
fail() {
  printf 'FAIL [%s]: %s\n' "$TEST_NAME" "$*" >&2
  exit 1
}

note() { printf '[%s] %s\n' "$TEST_NAME" "$*"; }

# corpus ITEM: absolute path of a corpus item (does not check it exists).
corpus() { printf '%s/%s' "$DENIZEN_CORPUS" "$1"; }

# need_corpus ITEM...: fail unless each item exists in the corpus.
need_corpus() {
  local item
  for item in "$@"; do
    [[ -e $DENIZEN_CORPUS/$item ]] ||
      fail "corpus item missing: $DENIZEN_CORPUS/$item — run scripts/corpus (or: scripts/test)"
  done
}

# need_denizen: fail unless the denizen binary is there.
need_denizen() {
  [[ -x $DENIZEN ]] || fail "denizen binary not found at $DENIZEN — run scripts/build"
}

# run NAME CMD ARGS...: run CMD (stdin from $RUN_STDIN or /dev/null, limited to $RUN_TIMEOUT s);
# stdout -> $WORK/NAME.out, stderr -> $WORK/NAME.err; the exit status is left in $RC and in
# $WORK/NAME.rc. Never fails by itself.
run() {
  local name=$1; shift
  set +e
  timeout -k 5 "$RUN_TIMEOUT" "$@" <"${RUN_STDIN:-/dev/null}" >"$WORK/$name.out" 2>"$WORK/$name.err"
  RC=$?
  set -e
  echo "$RC" >"$WORK/$name.rc"
  if ((RC == 124)); then
    note "$name: timed out after ${RUN_TIMEOUT}s: $*"
  fi
  return 0
}

# show NAME: print a run's stdout/stderr (truncated) to stderr, for failure messages.
show() {
  local name=$1 f
  for f in out err; do
    echo "--- $name std$f ($(wc -c <"$WORK/$name.$f") bytes):" >&2
    head -c 4000 "$WORK/$name.$f" >&2
    echo >&2
  done
}

# expect_status NAME WANT [WHAT]: fail unless run NAME exited with WANT.
expect_status() {
  local name=$1 want=$2 what=${3:-$1}
  local got
  got=$(<"$WORK/$name.rc")
  if [[ $got != "$want" ]]; then
    show "$name"
    fail "$what: exit status $got, want $want"
  fi
}

# assert_same EXPECTED_FILE ACTUAL_FILE WHAT: fail with a diff unless the files are identical.
assert_same() {
  local expected=$1 actual=$2 what=$3
  if ! cmp -s "$expected" "$actual"; then
    echo "--- $what: expected ($expected) vs actual ($actual):" >&2
    diff -u --text --label expected --label actual "$expected" "$actual" | head -n 80 >&2 || true
    cmp "$expected" "$actual" >&2 || true
    fail "$what differs"
  fi
}

# assert_text FILE TEXT WHAT: fail unless FILE contains exactly TEXT (a trailing newline is part of TEXT).
assert_text() {
  local file=$1 text=$2 what=$3
  printf '%s' "$text" >"$WORK/.expected"
  assert_same "$WORK/.expected" "$file" "$what"
}

# death_of CMD ARGS...: prints "signal N" or "exit N" — how CMD ended, as seen by its parent.
death_of() {
  perl -e 'system { $ARGV[0] } @ARGV; my $s = $?;
           if ($s == -1) { print "exec-failed\n" }
           elsif ($s & 127) { printf "signal %d\n", $s & 127 }
           else { printf "exit %d\n", $s >> 8 }' "$@"
}
