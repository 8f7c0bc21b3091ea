#!/usr/bin/env bash
# esbuild_ts: a TypeScript transform from stdin by FreeBSD (or $DZ_GUEST) esbuild under denizen gives
# the same output as Linux esbuild natively.
. "$(dirname "$0")/lib.sh"
need_denizen
need_corpus esbuild/$ESBUILD_GUEST-x64/esbuild esbuild/linux-x64/esbuild

echo 'let x: number = 1; export {x}' >"$WORK/input.ts"
export RUN_STDIN=$WORK/input.ts

run native "$(corpus esbuild/linux-x64/esbuild)" --loader=ts
expect_status native 0 "native Linux esbuild --loader=ts (reference run)"
[[ -s $WORK/native.out ]] || fail "native Linux esbuild printed nothing (reference run)"

run guest "$DENIZEN" run "$(corpus esbuild/$ESBUILD_GUEST-x64/esbuild)" --loader=ts
assert_same "$WORK/native.out" "$WORK/guest.out" "esbuild --loader=ts output (native Linux vs $GUEST_NAME under denizen)"
expect_status guest 0 "denizen run esbuild --loader=ts"
note "ok"
