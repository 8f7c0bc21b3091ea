#!/usr/bin/env bash
# ilm_bind: import binding on a hand-made illumos program (ilm/rawprog.S, linked here against a
# stand-in libc.so.1 with interpreter /lib/amd64/ld.so.1, OSABI 0 and no note, as Go writes them):
#   - `denizen info` calls it illumos/Solaris, lists what it needs and names the import the
#     illumos personality does not provide;
#   - `denizen run` refuses it with that list;
#   - `denizen run --lazy-missing` runs it: a raw `syscall` is refused with illumos's ENOSYS (89)
#     and reported by name (the SUD safety net), libc's write works, and the missing import fails
#     with -1 and ENOSYS through ___errno.
. "$(dirname "$0")/../integration/lib.sh"
need_denizen
here=$(cd "$(dirname "$0")" && pwd)
command -v gcc >/dev/null && command -v ld >/dev/null || fail "gcc and ld are needed to build the test program"

cd "$WORK"
gcc -c "$here/ilm/rawprog.S" -o rawprog.o
gcc -shared -nostdlib -Wl,-soname,libc.so.1 -o libc.so.1 "$here/ilm/libc_stub.S"
ld -o rawprog -dynamic-linker /lib/amd64/ld.so.1 -z noexecstack rawprog.o ./libc.so.1

run info "$DENIZEN" info rawprog
expect_status info 0 "denizen info"
grep -q '^os: *illumos/Solaris$' "$WORK/info.out" || { show info; fail "info does not say illumos/Solaris"; }
grep -q '^needed: *libc.so.1$' "$WORK/info.out" || { show info; fail "info does not list NEEDED libc.so.1"; }
grep -q '^imports: *4, .*illumos.*(3 provided)$' "$WORK/info.out" ||
  { show info; fail "info does not count 4 imports, 3 provided by the illumos personality"; }
grep -q '^missing: *nosuchfunc$' "$WORK/info.out" || { show info; fail "info does not name the missing import"; }
grep -q '^runnable: *no ' "$WORK/info.out" || { show info; fail "info calls it runnable"; }

run refused "$DENIZEN" run rawprog
expect_status refused 126 "denizen run without --lazy-missing"
grep -q 'does not provide: nosuchfunc' "$WORK/refused.err" || { show refused; fail "the refusal does not list nosuchfunc"; }

run lazy "$DENIZEN" run --lazy-missing rawprog call-it
expect_status lazy 0 "denizen run --lazy-missing (raw syscall ENOSYS 89, libc write, missing import ENOSYS 89)"
assert_text "$WORK/lazy.out" "libc" "stdout (only the libc write may reach it)"
grep -q 'illumos syscall 4 write: not implemented' "$WORK/lazy.err" ||
  { show lazy; fail "the raw write was not reported by name"; }
grep -q 'nosuchfunc() is not provided' "$WORK/lazy.err" || { show lazy; fail "the missing import was not reported"; }
note "ok"
