# tests/reliability/lib.sh — sourced after tests/integration/lib.sh by the reliability
# tests.  Their guests are Go programs under tests/reliability/NAME/, built at test time
# (never committed) into $DZ_REL_BIN (CTest: <build>/reliability/GOOS/NAME).

: "${DZ_REL_BIN:=$DZ_ROOT/build/reliability}"

# build_guest NAME GOOS: build tests/reliability/NAME for GOOS (amd64, CGO_ENABLED=0) and
# set REL_BIN to its directory.  The storm gets its table from syscall-xlate/GOOS/
# syscalls.master (mktable.awk), so it always calls the numbers of today's table.
build_guest() {
  local name=$1 goos=$2 src=$WORK/src-$1-$2
  command -v go >/dev/null || fail "go not found (scripts/deps installs it)"
  REL_BIN=$DZ_REL_BIN/$goos
  mkdir -p "$REL_BIN" "$src"
  cp "$DZ_ROOT/tests/reliability/$name"/*.go "$DZ_ROOT/tests/reliability/$name/go.mod" "$src/"
  # An assembly file (even empty) lets a guest declare go:linkname'd functions.
  if compgen -G "$DZ_ROOT/tests/reliability/$name/*.s" >/dev/null; then
    cp "$DZ_ROOT/tests/reliability/$name"/*.s "$src/"
  fi
  if [[ $name == storm ]]; then
    awk -f "$DZ_ROOT/tests/reliability/mktable.awk" "$DZ_ROOT/syscall-xlate/$goos/syscalls.master" >"$src/table_gen.go"
  fi
  (cd "$src" && GOOS=$goos GOARCH=amd64 CGO_ENABLED=0 GOFLAGS=-mod=mod go build -o "$REL_BIN/.$name.$$" .) ||
    fail "building tests/reliability/$name for $goos failed"
  mv -f "$REL_BIN/.$name.$$" "$REL_BIN/$name"
}
