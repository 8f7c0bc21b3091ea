#!/usr/bin/env bash
# install_deb: `cpack -G DEB` makes a package with the right contents and metadata, no
# maintainer scripts, and the binfmt-support entries; installed into a fresh root (dpkg
# --root, a database of its own) its denizen runs FreeBSD esbuild; dpkg -r removes it all.
# Nothing is registered with binfmt_misc by installing it.
. "$(dirname "$0")/../integration/lib.sh"
need_denizen
need_corpus esbuild/freebsd-x64/esbuild
: "${DZ_BUILD:?} ${CPACK_COMMAND:=cpack}"
command -v dpkg-deb >/dev/null || fail "dpkg-deb not found (this test needs a Debian host)"

# cpack first builds the tree's preinstall target (~25 s here when idle; past 60 s while
# the rest of the suite loads both cores): its own limit.
RUN_TIMEOUT=240 run cpack "$CPACK_COMMAND" -G DEB --config "$DZ_BUILD/CPackConfig.cmake" -B "$WORK/pkg"
expect_status cpack 0 "cpack -G DEB"
debs=("$WORK"/pkg/denizen_*_amd64.deb)
[[ -f ${debs[0]} ]] || { show cpack; fail "cpack made no denizen_*_amd64.deb"; }
deb=${debs[0]}

dpkg-deb -c "$deb" >"$WORK/contents"
for f in ./usr/bin/denizen ./usr/share/man/man1/denizen.1.gz ./usr/lib/denizen/libdenizen-preload.so \
         ./usr/lib/denizen/denizen-shim-exec ./usr/share/bash-completion/completions/denizen \
         ./usr/share/binfmts/denizen-freebsd ./usr/share/binfmts/denizen-netbsd \
         ./usr/share/binfmts/denizen-openbsd ./usr/share/doc/denizen/copyright \
         ./usr/share/doc/denizen/changelog.gz; do
  grep -q " $f\$" "$WORK/contents" || { cat "$WORK/contents" >&2; fail "the package lacks $f"; }
done
grep -q " ./usr/lib/denizen/denizen-binfmt -> ../../bin/denizen\$" "$WORK/contents" ||
  fail "the package lacks the link usr/lib/denizen/denizen-binfmt -> ../../bin/denizen"
if grep -q "$DZ_BUILD" "$WORK/contents"; then fail "the package names the build tree"; fi

[[ $(dpkg-deb -f "$deb" Package) == denizen ]] || fail "Package is not denizen"
[[ $(dpkg-deb -f "$deb" Architecture) == amd64 ]] || fail "Architecture is not amd64"
[[ -n $(dpkg-deb -f "$deb" Maintainer) ]] || fail "no Maintainer"
[[ $(dpkg-deb -f "$deb" Section) == utils ]] || fail "Section is not utils"
depends=$(dpkg-deb -f "$deb" Depends)
[[ $depends == *libc6* ]] || fail "Depends ($depends) does not name libc6 (the shim needs glibc)"
# Registers nothing by itself: the only maintainer scripts are CPack's ldconfig calls (made
# for any .so under usr/lib), nothing about binfmt.
dpkg-deb -e "$deb" "$WORK/control"
for s in preinst postinst prerm postrm config triggers; do
  [[ -e $WORK/control/$s ]] || continue
  if grep -v -e '^#!/bin/sh$' -e '^set -e$' -e '^if \[ "$1" = "configure" \]; then$' \
       -e '^if \[ "$1" = "remove" \]; then$' -e '^[[:space:]]*ldconfig$' -e '^fi$' -e '^$' "$WORK/control/$s" >"$WORK/script.extra"; then
    cat "$WORK/control/$s" >&2
    fail "the package's $s does more than call ldconfig"
  fi
done
# The binfmt-support entries name the packaged interpreter, with preserve and fix_binary.
dpkg-deb -x "$deb" "$WORK/x"
entry=$WORK/x/usr/share/binfmts/denizen-freebsd
for line in "package denizen" "interpreter /usr/lib/denizen/denizen-binfmt" "preserve yes" "fix_binary yes" \
            'magic \x7f\x45\x4c\x46\x02\x01\x01\x09\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\x3e\x00'; do
  grep -qxF "$line" "$entry" || { cat "$entry" >&2; fail "denizen-freebsd lacks '$line'"; }
done

# A fresh root with a dpkg database of its own: install, run, remove.
root=$WORK/root
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates" "$root/tmp"
: >"$root/var/lib/dpkg/status"
: >"$root/var/lib/dpkg/available"
# libc6 is the host's, not in this root's database: --force-depends.  --force-not-root and
# --force-script-chrootless let a non-root user do it too; the scripts then run outside the
# root, so their ldconfig is a stand-in that only notes the call: the host's cache is never
# rebuilt.
mkdir -p "$WORK/fakebin"
printf '#!/bin/sh\necho "ldconfig $*" >>"%s/ldconfig.calls"\n' "$WORK" >"$WORK/fakebin/ldconfig"
chmod +x "$WORK/fakebin/ldconfig"
dpkgr=(env PATH="$WORK/fakebin:$PATH" dpkg --root="$root" --force-not-root --force-script-chrootless --force-depends --log=/dev/null)
run dpkg_i "${dpkgr[@]}" -i "$deb"
expect_status dpkg_i 0 "dpkg --root -i"
if [[ -e $WORK/control/postinst ]]; then
  [[ -s $WORK/ldconfig.calls ]] || fail "postinst did not call the stand-in ldconfig (the host's then?)"
fi
cp "$(corpus esbuild/freebsd-x64/esbuild)" "$WORK/esbuild-freebsd"
run version env -i "$root/usr/bin/denizen" --version
expect_status version 0 "installed denizen --version"
grep -q "^denizen [0-9]" "$WORK/version.out" || { show version; fail "denizen --version"; }
run esbuild env -i "$root/usr/bin/denizen" run "$WORK/esbuild-freebsd" --version
expect_status esbuild 0 "installed denizen run esbuild-freebsd --version"
assert_text "$WORK/esbuild.out" $'0.28.2\n' "esbuild --version under the packaged denizen"
run dpkg_r "${dpkgr[@]}" -r denizen
expect_status dpkg_r 0 "dpkg --root -r denizen"
left=$(cd "$root" && find . -path ./var -prune -o -path ./tmp -prune -o ! -type d -print)
[[ -z $left ]] || fail "dpkg -r left files behind: $left"
note "ok ($(basename "$deb"), Depends: $depends)"
