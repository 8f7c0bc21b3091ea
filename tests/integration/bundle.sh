#!/usr/bin/env bash
# bundle: FreeBSD (or $DZ_GUEST) esbuild under denizen bundles the fixture app (TSX, CSS, JSON, an npm package)
# into exactly the same files, byte for byte, as Linux esbuild natively.
. "$(dirname "$0")/lib.sh"
need_denizen
need_corpus esbuild/$ESBUILD_GUEST-x64/esbuild esbuild/linux-x64/esbuild fixture-app/src/main.tsx \
  fixture-app/node_modules/clsx/package.json

cd "$(corpus fixture-app)"
# Sibling output directories: the source paths in the .map files are relative to the outdir.
mkdir -p "$WORK/out"
run native "$(corpus esbuild/linux-x64/esbuild)" src/main.tsx --bundle --minify --sourcemap \
  --outdir="$WORK/out/linux"
expect_status native 0 "native Linux esbuild bundle (reference run)"
run guest "$DENIZEN" run "$(corpus esbuild/$ESBUILD_GUEST-x64/esbuild)" src/main.tsx --bundle --minify --sourcemap \
  --outdir="$WORK/out/$GUEST"
expect_status guest 0 "denizen run esbuild bundle"

(cd "$WORK/out/linux" && find . -type f | LC_ALL=C sort) >"$WORK/files.native"
[[ -d $WORK/out/$GUEST ]] || fail "denizen run esbuild created no output directory"
(cd "$WORK/out/$GUEST" && find . -type f | LC_ALL=C sort) >"$WORK/files.guest"
grep -q '^\./main\.css$' "$WORK/files.native" || fail "reference bundle has no main.css (fixture app broken?)"
assert_same "$WORK/files.native" "$WORK/files.guest" "set of output files"
while read -r f; do
  assert_same "$WORK/out/linux/$f" "$WORK/out/$GUEST/$f" "bundle output $f"
done <"$WORK/files.native"
note "ok: $(tr '\n' ' ' <"$WORK/files.native")"
