#!/usr/bin/env bash
# esbuild_version: FreeBSD (or $DZ_GUEST) esbuild under denizen prints its version.
. "$(dirname "$0")/lib.sh"
need_denizen
need_corpus esbuild/$ESBUILD_GUEST-x64/esbuild

run guest "$DENIZEN" run "$(corpus esbuild/$ESBUILD_GUEST-x64/esbuild)" --version
assert_text "$WORK/guest.out" $'0.28.2\n' "stdout of esbuild --version"
expect_status guest 0 "denizen run esbuild --version"
note "ok"
