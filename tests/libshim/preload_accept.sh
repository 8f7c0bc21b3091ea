#!/bin/sh
# The acceptance list of the LD_PRELOAD shim, run for real.
#
#   preload_accept.sh LIB SHIM_CLI STATIC_CHILD [DENIZEN]
#
# LIB is libdenizen-preload.so, SHIM_CLI a `denizen shim` (build/bin/denizen
# shim, or the test build's dz_shim_cli), STATIC_CHILD a -static program,
# DENIZEN (optional) build/bin/denizen, whose `shim` command is checked too.
# Needs git, tar, make, cc, python3.  Exit status 0 when every check passed.
set -u
LIB=$1
CLI=$2
STATIC=$3
DENIZEN=${4:-}
case $CLI in */denizen) CLI="$CLI shim" ;; esac

for tool in git tar make cc python3 gzip; do
    command -v $tool >/dev/null 2>&1 || { echo "FAIL: $tool is not installed"; exit 1; }
done

T=$(mktemp -d /tmp/dz-accept-XXXXXX)
trap '[ -n "${DZ_KEEP:-}" ] || rm -rf "$T"' EXIT INT TERM
failures=0
pass() { echo "ok   $*"; }
fail() { echo "FAIL $*"; failures=$((failures + 1)); }
# check NAME EXPECTED ACTUAL
check() {
    if [ "$2" = "$3" ]; then pass "$1"; else
        fail "$1"; printf '  expected: %s\n  actual:   %s\n' "$2" "$3"; fi
}

mkdir -p "$T/legacy"
echo hello > "$T/legacy/a.txt"
MAP="/opt/legacy=$T/legacy"

echo "== path mapping: DENIZEN_PATH_MAP=$MAP"
check "cat /opt/legacy/a.txt" hello \
    "$(LD_PRELOAD=$LIB DENIZEN_PATH_MAP=$MAP cat /opt/legacy/a.txt 2>&1)"
check "ls /opt/legacy" a.txt \
    "$(LD_PRELOAD=$LIB DENIZEN_PATH_MAP=$MAP ls /opt/legacy 2>&1)"
LD_PRELOAD=$LIB DENIZEN_PATH_MAP=$MAP \
    python3 -c "open('/opt/legacy/b.txt','w').write('x')" 2>&1
check "python3 writes /opt/legacy/b.txt, it lands in $T/legacy" x "$(cat "$T/legacy/b.txt" 2>&1)"
check "sh -c 'cd /opt/legacy && pwd && cat a.txt'" "/opt/legacy
hello" "$(LD_PRELOAD=$LIB DENIZEN_PATH_MAP=$MAP sh -c 'cd /opt/legacy && pwd && cat a.txt' 2>&1)"
check "the same through $CLI --map" "/opt/legacy
hello" "$($CLI --map "$MAP" -- sh -c 'cd /opt/legacy && pwd && cat a.txt' 2>&1)"
check "$CLI runs a mapped program path" hello \
    "$(cp /bin/cat "$T/legacy/mycat" && $CLI --map "$MAP" -- /opt/legacy/mycat /opt/legacy/a.txt 2>&1)"
check "/bin/pwd (getcwd mapped back)" /opt/legacy \
    "$(LD_PRELOAD=$LIB DENIZEN_PATH_MAP=$MAP sh -c 'cd /opt/legacy && /bin/pwd' 2>&1)"
check "a program that rebuilds its environment (env -i) keeps the shim" hello \
    "$(LD_PRELOAD=$LIB DENIZEN_PATH_MAP=$MAP env -i /bin/sh -c 'cat /opt/legacy/a.txt' 2>&1)"

if [ -n "$DENIZEN" ]; then
    got=$("$DENIZEN" shim --map "$MAP" --uname release=2.6.32 -- sh -c 'cat /opt/legacy/a.txt; uname -r' 2>&1)
    st=$?
    check "denizen shim --map --uname -- sh -c ..." "hello
2.6.32" "$got"
    [ $st -lt 128 ] || echo "  ($DENIZEN shim died with signal $((st - 128)): is dz_cmd_shim linked in?)"
fi

echo "== identity"
check "DENIZEN_UNAME=release=2.6.32 uname -r" 2.6.32 \
    "$(LD_PRELOAD=$LIB DENIZEN_UNAME=release=2.6.32 uname -r 2>&1)"
check "python3 platform.release()" 2.6.32 \
    "$(LD_PRELOAD=$LIB DENIZEN_UNAME=release=2.6.32 python3 -c 'import platform; print(platform.release())' 2>&1)"
check "cat /proc/sys/kernel/osrelease" 2.6.32 \
    "$(LD_PRELOAD=$LIB DENIZEN_UNAME=release=2.6.32 cat /proc/sys/kernel/osrelease 2>&1)"
check "$CLI --uname, all four fields" "FakeOS 3.0.0 #7 SMP, old i686" \
    "$($CLI --uname 'sysname=FakeOS,release=3.0.0,version=#7 SMP, old,machine=i686' -- \
        python3 -c 'import os; u = os.uname(); print(u.sysname, u.release, u.version, u.machine)' 2>&1)"

echo "== trace"
LD_PRELOAD=$LIB DENIZEN_PATH_MAP=$MAP DENIZEN_SHIM_TRACE=$T/trace.log \
    sh -c 'cat /opt/legacy/a.txt /opt/legacy/nope' >/dev/null 2>&1
if grep -Eq '^open(at)?\((AT_FDCWD, )?"/opt/legacy/a\.txt"->"'"$T"'/legacy/a\.txt", O_RDONLY(\|O_[A-Z]+)*\) = [0-9]+$' "$T/trace.log" &&
   grep -Eq '^open(at)?\((AT_FDCWD, )?"/opt/legacy/nope"->"'"$T"'/legacy/nope", O_RDONLY(\|O_[A-Z]+)*\) = -1 ENOENT$' "$T/trace.log" &&
   grep -Eq '^execve\("[^"]*/cat", \["cat", "/opt/legacy/a\.txt", "/opt/legacy/nope"\], 0x[0-9a-f]+ /\* [0-9]+ vars \*/\) = \?$' "$T/trace.log"; then
    pass "trace lines: open(\"/opt/legacy/a.txt\"->\"…\", O_RDONLY) = 3, = -1 ENOENT, execve"
else
    fail "trace format"; sed 's/^/  /' "$T/trace.log" | head -20
fi

echo "== statically linked child"
warn=$(LD_PRELOAD=$LIB sh -c "$STATIC >/dev/null; $STATIC >/dev/null" 2>&1)
check "one warning for two static runs" \
    "denizen-shim: $STATIC is statically linked; the shim cannot follow it" "$warn"
check "a dynamic child gets no warning" "" "$(LD_PRELOAD=$LIB sh -c 'true' 2>&1)"

# ---------------------------------------------------------------------------
# No rules: real programs behave exactly as without the shim.  Each scenario
# runs in a fresh directory four ways -- without the shim, with the shim and
# no settings, with a rule that matches nothing, and traced -- and the
# outputs (temporary paths and timings normalised) must be identical.  The
# trace then proves the shim followed the programs' own children.

scenario_git() {
    export HOME="$PWD/home" GIT_CONFIG_NOSYSTEM=1 GIT_PAGER=cat PAGER=cat
    export GIT_AUTHOR_NAME="New User" GIT_AUTHOR_EMAIL=new@example.org
    export GIT_COMMITTER_NAME="New User" GIT_COMMITTER_EMAIL=new@example.org
    export GIT_AUTHOR_DATE="2024-01-02T03:04:05Z" GIT_COMMITTER_DATE="2024-01-02T03:04:05Z"
    mkdir home
    git init -b main repo && cd repo || return 1
    echo one > file.txt && mkdir sub && echo two > sub/x.c
    git add . && git commit -m "first commit"
    echo three >> file.txt && git commit -am "second commit"
    git mv sub/x.c sub/y.c && git commit -m "rename"
    git log --stat --format='%H %an <%ae> %ad%n%s' --date=iso
    git status --short --branch
    git show --format=%s HEAD~1:file.txt
    git gc --quiet && git fsck --no-progress && echo fsck-ok
}

scenario_tar() {
    mkdir -p tree/d1/d2 && echo a > tree/a && echo b > tree/d1/b && echo c > tree/d1/d2/c
    ln -s ../a tree/d1/link
    find tree -exec touch -h -d '2024-01-02 03:04:05' {} +
    tar --sort=name -cvf t.tar tree
    tar -tvf t.tar --numeric-owner
    mkdir out && tar -xvf t.tar -C out && diff -r tree out/tree && echo same
    tar --sort=name -czf t.tgz tree && mkdir out2 && tar -xzf t.tgz -C out2 &&
        diff -r tree out2/tree && echo gz-same
}

scenario_make() {
    cat > hello.c <<'EOF'
#include <stdio.h>
int main(void) { puts("hello from make"); return 0; }
EOF
    mkdir sub
    printf 'all:\n\t@echo sub-make $(MAKELEVEL)\n' > sub/Makefile
    cat > Makefile <<'EOF'
SRCS := $(wildcard *.c)
OBJS := $(SRCS:.c=.o)
all: hello stamp
	./hello
	$(MAKE) -C sub
hello: $(OBJS)
	$(CC) -o $@ $^
%.o: %.c
	$(CC) -c -o $@ $<
stamp: Makefile
	@echo "shell says $(shell echo hi)" > $@ && cat $@
clean:
	rm -f hello $(OBJS) stamp
.PHONY: all clean
EOF
    make CC=cc && make CC=cc && make clean && make -j2 CC=cc hello && ./hello
}

scenario_python() {
    mkdir pkg && cat > pkg/test_small.py <<'EOF'
import os, subprocess, sys, tempfile, unittest

class Small(unittest.TestCase):
    def test_files(self):
        with tempfile.TemporaryDirectory() as d:
            p = os.path.join(d, "f.txt")
            with open(p, "w") as f:
                f.write("data")
            os.rename(p, p + ".2")
            self.assertEqual(os.listdir(d), ["f.txt.2"])
            self.assertTrue(os.path.samefile(d, os.path.realpath(d)))

    def test_subprocess(self):
        out = subprocess.run([sys.executable, "-c", "print(6 * 7)"],
                             capture_output=True, text=True, check=True).stdout
        self.assertEqual(out, "42\n")
        self.assertEqual(subprocess.run(["sh", "-c", "exit 3"]).returncode, 3)

    def test_cwd(self):
        self.assertEqual(os.getcwd(), os.path.realpath("."))

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertEqual(1, 2)

if __name__ == "__main__":
    unittest.main()
EOF
    cd pkg && python3 -m unittest -v 2>&1
}

run_scenario() { # NAME MODE -> normalised output on stdout
    d="$T/run-$1-$2"
    mkdir -p "$d"
    (
        cd "$d" || exit 1
        case $2 in
            plain) unset LD_PRELOAD DENIZEN_PATH_MAP ;;
            shim) export LD_PRELOAD=$LIB; unset DENIZEN_PATH_MAP ;;
            rule) export LD_PRELOAD=$LIB DENIZEN_PATH_MAP=/nonexistent-dz-path=$T/legacy ;;
            trace) export LD_PRELOAD=$LIB DENIZEN_SHIM_TRACE=$T/$1.calls ;;
        esac
        scenario_$1
        echo "exit=$?"
    ) 2>&1 | sed -e "s#$d#@DIR@#g" -e 's/in [0-9.]*s$/in @TIME@s/'
}

# A grandchild of the scenario shell, seen in the trace: git's own git
# subcommands (gc), tar's gzip, gcc's cc1 under make, python's subprocess.
child_git='^execve\("[^"]*/git", \["[^"]*git", "(pack-refs|reflog|repack|prune|worktree|rerere)"'
child_tar='^execvpe?\("[^"]*gzip"'
child_make='^execve?p?e?\("[^"]*/cc1", \['
child_python='^(execve|posix_spawn)\([^,]*"[^"]*python[^"]*", \[[^]]*"-c", "print\(6 \* 7\)"\]'

for s in git tar make python; do
    echo "== no rules: $s"
    for mode in plain shim rule trace; do
        run_scenario $s $mode > "$T/$s.$mode"
    done
    if ! grep -q '^exit=0$' "$T/$s.plain"; then
        fail "$s scenario fails even without the shim"; sed 's/^/  /' "$T/$s.plain" | tail -20
    fi
    eval "pat=\$child_$s"
    if grep -Eq "$pat" "$T/$s.calls"; then
        pass "$s: the trace shows the shim in a grandchild ($(wc -l < "$T/$s.calls") calls)"
    else
        fail "$s: no grandchild in the trace"; grep -E "^(exec|posix_spawn)" "$T/$s.calls" | head -10
    fi
    for mode in shim rule trace; do
        if diff -u "$T/$s.plain" "$T/$s.$mode" > "$T/$s.$mode.diff"; then
            pass "$s: identical output ($(wc -l < "$T/$s.plain") lines) with the shim ($mode)"
        else
            fail "$s: output differs with the shim ($mode)"; sed 's/^/  /' "$T/$s.$mode.diff" | head -40
        fi
    done
done

echo
if [ $failures -eq 0 ]; then echo "all acceptance checks passed"; else echo "$failures check(s) failed"; fi
[ $failures -eq 0 ]
