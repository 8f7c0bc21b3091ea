#!/usr/bin/env bash
# obsd_bind: import binding on a hand-made OpenBSD program (obsd/rawprog.S, linked here against a
# stand-in libc.so and branded OpenBSD):
#   - `denizen info` lists what it needs and names the import no personality provides;
#   - `denizen run` refuses it with that list;
#   - `denizen run --lazy-missing` runs it: a raw `syscall` is refused with ENOSYS and reported by
#     name (the SUD safety net), libc calls work, and the missing import fails with ENOSYS.
. "$(dirname "$0")/../integration/lib.sh"
need_denizen
here=$(cd "$(dirname "$0")" && pwd)
command -v gcc >/dev/null && command -v ld >/dev/null || fail "gcc and ld are needed to build the test program"

cd "$WORK"
gcc -c "$here/obsd/rawprog.S" -o rawprog.o
gcc -shared -nostdlib -Wl,-soname,libc.so -o libc.so "$here/obsd/libc_stub.S"
ld -o rawprog -dynamic-linker /usr/libexec/ld.so -z noexecstack rawprog.o ./libc.so
printf '\x0c' | dd of=rawprog bs=1 seek=7 conv=notrunc status=none   # EI_OSABI = ELFOSABI_OPENBSD

run info "$DENIZEN" info rawprog
expect_status info 0 "denizen info"
grep -q '^os: *OpenBSD$' "$WORK/info.out" || { show info; fail "info does not say OpenBSD"; }
grep -q '^needed: *libc.so$' "$WORK/info.out" || { show info; fail "info does not list NEEDED libc.so"; }
grep -q '^imports: *4, .*(3 provided)$' "$WORK/info.out" || { show info; fail "info does not count 4 imports, 3 provided"; }
grep -q '^missing: *nosuchfunc$' "$WORK/info.out" || { show info; fail "info does not name the missing import"; }
grep -q '^runnable: *no ' "$WORK/info.out" || { show info; fail "info calls it runnable"; }

run refused "$DENIZEN" run rawprog
expect_status refused 126 "denizen run without --lazy-missing"
grep -q 'does not provide: nosuchfunc' "$WORK/refused.err" || { show refused; fail "the refusal does not list nosuchfunc"; }

run lazy "$DENIZEN" run --lazy-missing rawprog call-it
expect_status lazy 0 "denizen run --lazy-missing (raw syscall ENOSYS, libc write, missing import ENOSYS)"
assert_text "$WORK/lazy.out" "libc" "stdout (only the libc write may reach it)"
grep -q 'openbsd syscall 4 write: not implemented' "$WORK/lazy.err" ||
  { show lazy; fail "the raw write was not reported by name"; }
grep -q 'nosuchfunc() is not provided' "$WORK/lazy.err" || { show lazy; fail "the missing import was not reported"; }
note "ok"
