#!/usr/bin/env bash
# conformance_selftest: the harness catches a broken translation.
#
# denizen-broken-errno is denizen with ENOENT and EEXIST swapped on the way
# back to the guest (DZ_TEST_SWAP_ERRNO in abi/freebsd/errno.c).  On the
# open probe's ENOENT and O_EXCL cases the harness must pass the real
# denizen and fail the broken one, naming the cases and both results in its
# matrix, its JSON and its JUnit XML; the known-failures list must turn a
# listed failure into a skip and a listed pass into a failure; and a full
# row of the master table (or of a library personality's exports.def) that
# no probe exercises must be reported.
#
# Environment (set by CTest): HARNESS, DENIZEN, DENIZEN_BROKEN, DENIZEN_CORPUS.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
: "${HARNESS:=$ROOT/build/bin/denizen-conformance}"
: "${DENIZEN:=$ROOT/build/bin/denizen}"
: "${DENIZEN_BROKEN:=$ROOT/build/tests/denizen-broken-errno}"
: "${DENIZEN_CORPUS:=$("$ROOT/scripts/corpus-path")}"
export DENIZEN_CORPUS

W=$(mktemp -d "${TMPDIR:-/tmp}/denizen-conf-selftest.XXXXXX")
trap 'rm -rf "$W"' EXIT

fail() { printf 'FAIL [conformance_selftest]: %s\n' "$*" >&2; exit 1; }
note() { printf '[conformance_selftest] %s\n' "$*"; }
for f in "$HARNESS" "$DENIZEN" "$DENIZEN_BROKEN"; do
  [[ -x $f ]] || fail "$f is missing: build the denizen-conformance and denizen-broken-errno targets"
done

FILTER='^open/open/(ENOENT|O_EXCL-existing|O_EXCL-new|O_RDONLY-existing)$'

# harness NAME DENIZEN [ARGS...]: run the harness on the filtered cases;
# output in $W/NAME.{out,err,json,xml}, exit status in $RC.
harness() {
  local name=$1 dz=$2; shift 2
  set +e
  "$HARNESS" --denizen "$dz" --os freebsd --family open --filter "$FILTER" \
    --json "$W/$name.json" --junit "$W/$name.xml" "$@" >"$W/$name.out" 2>"$W/$name.err"
  RC=$?
  set -e
}
show() { sed 's/^/    /' "$W/$1.out" "$W/$1.err" >&2; }
expect_rc() { [[ $RC == "$2" ]] || { show "$1"; fail "$1: exit status $RC, want $2"; }; }
expect_line() { # NAME TEXT: the output has a line that is exactly TEXT
  grep -qxF -- "$2" "$W/$1.out" || { show "$1"; fail "$1: no line \"$2\""; }
}
expect_has() { # NAME FILE-SUFFIX TEXT
  grep -qF -- "$3" "$W/$1.$2" || { show "$1"; fail "$1.$2 does not contain: $3"; }
}
valid_xml() {
  if command -v xmllint >/dev/null; then
    xmllint --noout "$1" || fail "$1 is not well-formed XML"
  elif command -v python3 >/dev/null; then
    python3 -c 'import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])' "$1" || fail "$1 is not well-formed XML"
  else
    note "no xmllint or python3: XML well-formedness not checked"
  fi
}
json_case() { # NAME CASE: the case's JSON line
  grep -F "\"case\": \"$2\"" "$W/$1.json" || true
}

# 1. the real denizen passes the four cases
harness good "$DENIZEN"
expect_rc good 0
expect_line good "4 passed, 0 failed, 0 skipped"
valid_xml "$W/good.xml"
[[ $(grep -c '<testcase ' "$W/good.xml") == 4 ]] || fail "good.xml: want 4 testcases"
note "real denizen: 4 cases pass"

# 2. the broken one fails exactly the two cases whose errno it swapped
harness broken "$DENIZEN_BROKEN"
expect_rc broken 1
expect_line broken "2 passed, 2 failed, 0 skipped"
expect_has broken out "freebsd open/open/ENOENT: linux: err=ENOENT | freebsd: err=EEXIST"
expect_has broken out "freebsd open/open/O_EXCL-existing: linux: err=EEXIST | freebsd: err=ENOENT"
json_case broken ENOENT | grep -qF '"status": "fail"' || fail "broken.json: ENOENT is not a failure"
json_case broken O_EXCL-existing | grep -qF '"status": "fail"' || fail "broken.json: O_EXCL-existing is not a failure"
json_case broken O_EXCL-new | grep -qF '"status": "pass"' || fail "broken.json: O_EXCL-new should pass"
valid_xml "$W/broken.xml"
[[ $(grep -c '<failure ' "$W/broken.xml") == 2 ]] || fail "broken.xml: want 2 <failure> elements"
grep -q 'name="O_EXCL-existing"' "$W/broken.xml" || fail "broken.xml: no testcase O_EXCL-existing"
note "broken denizen: ENOENT and O_EXCL-existing reported as failures"

# 3. known failures: a listed failure is skipped, a listed pass fails the run
printf 'freebsd open O_EXCL-existing  # swapped errno (self-test)\n' >"$W/known.txt"
harness known "$DENIZEN_BROKEN" --known-failures "$W/known.txt"
expect_rc known 1
expect_line known "2 passed, 1 failed, 1 skipped"
json_case known O_EXCL-existing | grep -qF '"status": "known-failure"' || fail "known.json: O_EXCL-existing is not a known failure"
harness stale "$DENIZEN" --known-failures "$W/known.txt"
expect_rc stale 1
expect_line stale "3 passed, 1 failed, 0 skipped"
expect_has stale out "unexpectedly passes"
note "known-failures list: listed failure skipped, listed pass reported"

# 4. table/probe linkage: a source tree whose master table has a full row
#    that no probe exercises (and only the open probe family)
S=$W/src
mkdir -p "$S/conformance/probes" "$S/syscall-xlate/freebsd"
cp "$ROOT"/conformance/probes/{common.go,common_linux.go,common_freebsd.go,common_bsd.go,common_syscalls.go,open.go} "$S/conformance/probes/"
{ cat "$ROOT/syscall-xlate/freebsd/syscalls.master"
  echo "999  dz_selftest_call  full  dz_selftest  void"; } >"$S/syscall-xlate/freebsd/syscalls.master"
: >"$S/conformance/known-failures.txt"
set +e
"$HARNESS" --denizen "$DENIZEN" --os freebsd --source "$S" --corpus "$W/corpus" \
  --json "$W/link.json" >"$W/link.out" 2>"$W/link.err"
RC=$?
set -e
expect_rc link 1
expect_has link out "freebsd linkage/dz_selftest_call/has-probe"
grep -F '"call": "dz_selftest_call"' "$W/link.json" | grep -qF '"status": "untested"' ||
  fail "link.json: dz_selftest_call is not untested"
expect_has link out "freebsd linkage/read/has-probe" # rw.go is not in this tree
note "linkage: a full row without a probe is a failure"

# 5. a library personality's table is its exports.def: cases credit exports
#    (open), and a full export that no probe reaches is a failure
S=$W/libsrc
mkdir -p "$S/conformance/probes" "$S/libshim/openbsd"
cp "$ROOT"/conformance/probes/{common.go,common_linux.go,common_openbsd.go,common_syscalls.go,open.go} "$S/conformance/probes/"
{ cat "$ROOT/libshim/openbsd/exports.def"
  echo "X(dz_selftest_export, dz_selftest, INT, FULL, NONE, 0, INT, 0, NONE)"; } >"$S/libshim/openbsd/exports.def"
: >"$S/conformance/known-failures.txt"
set +e
"$HARNESS" --denizen "$DENIZEN" --os openbsd --source "$S" --corpus "$W/corpus" \
  --json "$W/lib.json" >"$W/lib.out" 2>"$W/lib.err"
RC=$?
set -e
expect_rc lib 1
expect_has lib out "openbsd linkage/dz_selftest_export/has-probe"
grep -F '"os": "openbsd", "call": "open"' "$W/lib.json" | grep -qF '"status": "pass"' ||
  fail "lib.json: the open export is not credited with passing cases"
note "library personality: exports are the rows"
note "ok"
