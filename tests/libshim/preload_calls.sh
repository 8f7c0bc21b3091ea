#!/bin/sh
# The shim call by call, through shim_probe (one libc call per command):
# mapping back, symlinks into and out of a mapping, "..", the emulation
# root, exec/spawn/system inheritance, "#!" interpreters, dlopen, config
# files, warnings.
#
#   preload_calls.sh LIB PROBE SHIM_CLI
set -u
LIB=$1
PROBE=$2
CLI=$3
case $CLI in */denizen) CLI="$CLI shim" ;; esac

T=$(mktemp -d /tmp/dz-calls-XXXXXX)
trap '[ -n "${DZ_KEEP:-}" ] || rm -rf "$T"' EXIT INT TERM
failures=0
# t NAME EXPECTED COMMAND...: run COMMAND (stderr too), compare its output
t() {
    name=$1 want=$2
    shift 2
    got=$("$@" 2>&1)
    if [ "$got" = "$want" ]; then echo "ok   $name"; else
        echo "FAIL $name"; printf '  expected: %s\n  actual:   %s\n' "$want" "$got"
        failures=$((failures + 1)); fi
}
# p ARGS...: the probe under the shim with the standard mapping
p() { LD_PRELOAD=$LIB DENIZEN_PATH_MAP="/opt/legacy=$T/map" "$PROBE" "$@"; }
ps_() { LD_PRELOAD=$LIB DENIZEN_PATH_MAP="/opt/legacy=$T/map" "$@"; }

# The tree: $T/map is what the program sees at /opt/legacy.
mkdir -p "$T/map/sub" "$T/map/bin" "$T/map/lib" "$T/outside" "$T/root/etc" "$T/root/usr"
echo hello > "$T/map/a.txt"
echo sub > "$T/map/sub/s.txt"
echo outside > "$T/outside/f"
echo "in root" > "$T/root/etc/dz-only"
ln -s /opt/legacy/a.txt "$T/map/in"          # into the mapping, virtual target
ln -s "$T/outside/f" "$T/map/out"             # out of it, host target
ln -s "$T/map/a.txt" "$T/map/abs"             # a host spelling of a mapped file
ln -s ../peer "$T/map/up"                     # escapes to /opt/peer
ln -s /opt/legacy/a.txt "$T/hostlink"         # a host link into the mapping
cp /bin/cat "$T/map/bin/mycat"
cp "$(dirname "$PROBE")/probe-lib/libdzprobe.so" "$T/map/lib/"
printf '#!/opt/legacy/bin/mysh\necho script ran from "$0"\n' > "$T/map/bin/script.sh"
chmod +x "$T/map/bin/script.sh"
cp "$(readlink -f /bin/sh)" "$T/map/bin/mysh"

echo "== opening"
t "open64 through a mapping" "ok hello" p cat /opt/legacy/a.txt
t "__open64_2 (fortified, flags not constant)" "ok hello" p open2 /opt/legacy/a.txt 0
t "openat(dirfd in mapping, relative)" "ok sub" p openat /opt/legacy sub/s.txt
t "openat(dirfd in mapping, ../legacy/a.txt)" "ok hello" p openat /opt/legacy/sub ../a.txt
t "/opt/legacy2 is not /opt/legacy" "err ENOENT" p cat /opt/legacy2/a.txt
t "trailing slash on a directory" "ok 4096" p stat /opt/legacy/sub/
t "trailing slash on a file" "err ENOTDIR" p stat /opt/legacy/a.txt/
t "fopen for writing" "" p fopen /opt/legacy/f.txt w data
t "  ... the file is in the mapping" "data" cat "$T/map/f.txt"
t "stat" "ok 6" p stat /opt/legacy/a.txt
t "__xstat (pre-2.33 binaries)" "ok 6" p xstat /opt/legacy/a.txt
t "lstat of a link" "ok link" p lstat /opt/legacy/in
t "access" "ok" p access /opt/legacy/a.txt
t "opendir" "ok $(ls -A "$T/map" | grep -vc '^[.]')" p ls /opt/legacy

echo "== symlinks"
t "link inside pointing into the mapping" "ok hello" p cat /opt/legacy/in
t "link inside pointing out of it" "ok outside" p cat /opt/legacy/out
t "host link pointing into the mapping" "ok hello" p cat "$T/hostlink"
t "relative link escaping through .." "err ENOENT" p cat /opt/legacy/up
t "readlink gives the stored target" "ok /opt/legacy/a.txt" p readlink /opt/legacy/in
t "readlink maps a host target back" "ok /opt/legacy/a.txt" p readlink /opt/legacy/abs
t "readlink truncates like readlink" "ok 5 /opt/" p readlink-short /opt/legacy/abs
t "realpath resolves in the program's view" "ok /opt/legacy/a.txt" p realpath /opt/legacy/sub/../in
t "realpath of a host path maps back" "ok /opt/legacy/a.txt" p realpath "$T/map/a.txt"
t "realpath of a missing file" "err ENOENT" p realpath /opt/legacy/missing

echo "== working directory"
t "chdir + getcwd, get_current_dir_name, realpath(.)" \
    "ok /opt/legacy/sub /opt/legacy/sub /opt/legacy/sub
ok sub" p cwd /opt/legacy/sub s.txt
t "relative .. from a mapped cwd" "ok /opt/legacy/sub /opt/legacy/sub /opt/legacy/sub
ok hello" p cwd /opt/legacy/sub ../a.txt
t "relative path into a mapping from its parent" "ok /opt /opt /opt
ok hello" p cwd /opt legacy/a.txt

echo "== changing the tree"
t "mkdir" "ok" p mkdir /opt/legacy/newdir
t "  ... made in the mapping" "yes" sh -c "[ -d '$T/map/newdir' ] && echo yes"
echo b > "$T/map/b.txt"
t "rename" "ok" p rename /opt/legacy/b.txt /opt/legacy/newdir/c.txt
t "  ... moved in the mapping" "b" cat "$T/map/newdir/c.txt"
t "link" "ok" p link /opt/legacy/a.txt /opt/legacy/hard
t "  ... same inode" "yes" sh -c "[ '$T/map/a.txt' -ef '$T/map/hard' ] && echo yes"
t "symlink keeps its target as written" "ok" p symlink /opt/legacy/a.txt /opt/legacy/sl
t "  ... stored verbatim" "/opt/legacy/a.txt" readlink "$T/map/sl"
t "  ... and works under the shim" "ok hello" p cat /opt/legacy/sl
t "unlink" "ok" p unlink /opt/legacy/hard
t "mkstemp fills the caller's template" "ok filled" p mkstemp /opt/legacy/tmpXXXXXX
t "  ... the file is in the mapping" "1" sh -c "ls '$T/map' | grep -c '^tmp'"

echo "== rules"
t "longest prefix wins" "ok outside" env LD_PRELOAD=$LIB \
    DENIZEN_PATH_MAP="/opt/legacy=$T/map;/opt/legacy/sub=$T/outside" "$PROBE" cat /opt/legacy/sub/f
t "a bad rule is reported once, not by every child" \
    "denizen-shim: DENIZEN_PATH_MAP: OLD and NEW must be absolute paths: 'relative=/x' ignored
hello
hello" env LD_PRELOAD=$LIB DENIZEN_PATH_MAP="relative=/x;/opt/legacy=$T/map" \
    sh -c 'cat /opt/legacy/a.txt; cat /opt/legacy/a.txt'
printf '# test config\n/opt/legacy = %s\nuname = release=9.9.9, machine=i686\n' "$T/map" > "$T/shim.conf"
t "DENIZEN_SHIM_CONFIG file" "ok hello
ok Linux 9.9.9 i686" sh -c "LD_PRELOAD=$LIB DENIZEN_SHIM_CONFIG=$T/shim.conf $PROBE cat /opt/legacy/a.txt; \
                        LD_PRELOAD=$LIB DENIZEN_SHIM_CONFIG=$T/shim.conf $PROBE uname"
t "fopen of /proc/sys/kernel/osrelease" "ok 2.6.32" \
    env LD_PRELOAD=$LIB DENIZEN_UNAME=release=2.6.32 "$PROBE" fopen /proc/sys/kernel/osrelease

echo "== emulation root (DENIZEN_ROOT)"
t "found under the root" "ok in root" env LD_PRELOAD=$LIB DENIZEN_ROOT="$T/root" "$PROBE" cat /etc/dz-only
t "falls back to the host" "ok" env LD_PRELOAD=$LIB DENIZEN_ROOT="$T/root" "$PROBE" access /etc/passwd
t "getcwd inside the root" "ok /usr /usr /usr" env LD_PRELOAD=$LIB DENIZEN_ROOT="$T/root" "$PROBE" cwd /usr
t "creating where the parent is under the root" "" \
    env LD_PRELOAD=$LIB DENIZEN_ROOT="$T/root" "$PROBE" fopen /etc/dz-new w x
t "  ... lands under the root" "x" cat "$T/root/etc/dz-new"
t "$CLI --root" "in root" $CLI --root "$T/root" -- cat /etc/dz-only

echo "== children"
t "execve with a rebuilt environment" "1
hello" p execve-empty /bin/sh -c 'echo "$LD_PRELOAD" | grep -c denizen-preload; cat /opt/legacy/a.txt'
t "posix_spawn with an empty environment" "hello" p spawn-empty /bin/sh -c 'cat /opt/legacy/a.txt'
t "posix_spawnp finds a program on a mapped PATH entry" "hello" \
    env PATH="/opt/legacy/bin:$PATH" LD_PRELOAD=$LIB DENIZEN_PATH_MAP="/opt/legacy=$T/map" \
    "$PROBE" spawnp-empty mycat /opt/legacy/a.txt
t "execvp finds a program on a mapped PATH entry" "hello" \
    env PATH="/opt/legacy/bin:$PATH" LD_PRELOAD=$LIB DENIZEN_PATH_MAP="/opt/legacy=$T/map" \
    "$PROBE" execvp mycat /opt/legacy/a.txt
t "a #! interpreter inside the mapping" "script ran from /opt/legacy/bin/script.sh" \
    p execvp /opt/legacy/bin/script.sh
t "system() after the program unset LD_PRELOAD" "hello" p system-unset 'cat /opt/legacy/a.txt'

echo "== dlopen"
t "dlopen of a mapped path" "ok 42" p dlopen /opt/legacy/lib/libdzprobe.so
t "dlopen of a bare name keeps the caller's RUNPATH" "ok 42" p dlopen libdzprobe.so
t "  ... also while tracing" "ok 42" env LD_PRELOAD=$LIB DENIZEN_SHIM_TRACE="$T/dl.log" "$PROBE" dlopen libdzprobe.so
t "  ... which logs it" "1" grep -c '^dlopen("libdzprobe.so", RTLD_NOW) = ?$' "$T/dl.log"

echo "== no settings: nothing changes"
t "readlink" "ok $T/map/a.txt" env LD_PRELOAD=$LIB "$PROBE" readlink "$T/map/abs"
t "realpath" "ok $T/map/a.txt" env LD_PRELOAD=$LIB "$PROBE" realpath "$T/map/sub/../abs"
t "cwd" "ok $T/map $T/map $T/map" env LD_PRELOAD=$LIB "$PROBE" cwd "$T/map"
t "uname" "$("$PROBE" uname)" env LD_PRELOAD=$LIB "$PROBE" uname

echo "== trace"
rm -f "$T/trace.log"
LD_PRELOAD=$LIB DENIZEN_PATH_MAP="/opt/legacy=$T/map" DENIZEN_SHIM_TRACE="$T/trace.log" \
    "$PROBE" cwd /opt/legacy/sub ../a.txt >/dev/null 2>&1
t "trace: chdir, getcwd, open" \
"chdir(\"/opt/legacy/sub\"->\"$T/map/sub\") = 0
getcwd(\"/opt/legacy/sub\", 4096) = ADDR
open(\"../a.txt\"->\"$T/map/a.txt\", O_RDONLY) = FD" \
    sh -c "grep -E '^(chdir|getcwd|open)\(' '$T/trace.log' |
           sed -e 's/= 0x[0-9a-f]*\$/= ADDR/' -e 's/O_RDONLY) = [0-9]*\$/O_RDONLY) = FD/'"

echo
if [ $failures -eq 0 ]; then echo "all call checks passed"; else echo "$failures check(s) failed"; fi
[ $failures -eq 0 ]
