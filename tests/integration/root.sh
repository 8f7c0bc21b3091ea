#!/usr/bin/env bash
# root: denizen run --root DIR looks absolute paths up under DIR first and
# falls back to the host path (FreeBSD's /compat/linux rule).
. "$(dirname "$0")/lib.sh"
need_denizen
need_corpus go/freebsd/catfiles

mkdir -p "$WORK/root/etc" "$WORK/host"
echo "inside the root" >"$WORK/root/etc/dz-only-in-root"
echo "host file" >"$WORK/host/file"
run guest "$DENIZEN" run --root "$WORK/root" "$(corpus go/freebsd/catfiles)" /etc/dz-only-in-root "$WORK/host/file"
expect_status guest 0 "denizen run --root catfiles"
assert_text "$WORK/guest.out" "/etc/dz-only-in-root: \"inside the root\\n\" <nil>
$WORK/host/file: \"host file\\n\" <nil>
" "catfiles output under --root"
note "ok"
