#!/usr/bin/env bash
# tests/sanitize/run.sh SOURCE_DIR BINARY_DIR — the unit tests again, built
# with AddressSanitizer and UndefinedBehaviorSanitizer (gcc, every report
# fatal) in BINARY_DIR/asan, and run there.  Only the unit tests: the
# static musl launcher cannot take ASan (no sanitizer runtime for musl).
set -euo pipefail
src=$1 bin=$2/asan
# CI=true turns -Werror on (top CMakeLists.txt): the sanitizers' own
# warnings at -O1 are not this build's business.
unset CI
san="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
# -O1 -g1: quick to compile, stacks still readable.
cmake -S "$src" -B "$bin" -DCMAKE_BUILD_TYPE=Debug -DCMAKE_C_FLAGS_DEBUG="-O1 -g1" \
  -DCMAKE_C_FLAGS="$san" -DCMAKE_EXE_LINKER_FLAGS="$san" -DCMAKE_SHARED_LINKER_FLAGS="$san" \
  -DDENIZEN_STATIC=OFF -DDENIZEN_FUZZ=OFF -DDENIZEN_WERROR=OFF >"$bin.configure.log" 2>&1 ||
  { cat "$bin.configure.log"; exit 1; }
# The unit tests' executables (a unit test named after its target), and
# what the script-driven ones run.
mapfile -t tests < <(ctest --test-dir "$bin" -N -L unit | sed -n 's/^ *Test *#[0-9]*: //p')
mapfile -t known < <(cmake --build "$bin" --target help | sed -n 's/^\.\.\. \([^ ]*\).*/\1/p')
targets=(dz_mastergen)
for t in "${tests[@]}"; do
  [[ " ${known[*]} " == *" $t "* ]] && targets+=("$t")
done
cmake --build "$bin" -j"$(nproc)" --target "${targets[@]}" >"$bin.build.log" 2>&1 ||
  { tail -40 "$bin.build.log"; exit 1; }
# Leak checking stays on; ASan's own signal handlers make way for the
# engine's (the engine tests install SIGSEGV/SIGSYS handlers of their own).
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:handle_segv=0:handle_sigbus=0:allow_user_segv_handler=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
# fsgs_instr_only reads the launcher's binary, which is not built here.
exec ctest --test-dir "$bin" -L unit -E '^fsgs_instr_only$' -j"$(nproc)" --output-on-failure
