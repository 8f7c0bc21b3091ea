#!/usr/bin/env bash
# rewrite: syscall-site rewriting. FreeBSD hello under denizen, with every site patched on its
# first trap (DENIZEN_REWRITE_AFTER=1; DENIZEN_REWRITE_LOG lists every decision), still prints
# exactly what the Linux build prints; with --no-rewrite nothing is patched and the output is the
# same. stress (many threads, signals, fork/exec) patches sites while other threads run -- the
# atomic-store and breakpoint protocols -- and passes 5 runs in a row, with the default policy
# (a site is patched at its 4th trap) and with every site patched at once. The rewrite cache: a
# second run of hello patches the same sites before the guest starts, and prints the same.
. "$(dirname "$0")/lib.sh"
need_denizen
need_corpus go/linux/hello go/freebsd/hello go/freebsd/stress

mkdir "$WORK/cwd"
cd "$WORK/cwd"
export XDG_CACHE_HOME=$WORK/cache   # the rewrite cache of this test only
export DENIZEN_HELLO=xyz

run native "$(corpus go/linux/hello)" a 'b c' 7
expect_status native 7 "native Linux hello (reference run)"

DENIZEN_REWRITE_AFTER=1 DENIZEN_REWRITE_LOG=1 run guest "$DENIZEN" run "$(corpus go/freebsd/hello)" a 'b c' 7
expect_status guest 7 "denizen run hello (rewriting on)"
assert_same "$WORK/native.out" "$WORK/guest.out" "stdout of hello with rewriting"
patched=$(grep -c ': patched' "$WORK/guest.err" || true)
((patched >= 10)) || { show guest; fail "only $patched syscall sites patched in hello, want >= 10"; }
# Never denizen's own code: the FreeBSD signal trampoline traps into the engine on purpose.
if grep ': patched' "$WORK/guest.err" | grep -q ': site 0x5'; then
  show guest
  fail "a site outside the guest executable was patched"
fi

DENIZEN_REWRITE_LOG=1 run cached "$DENIZEN" run "$(corpus go/freebsd/hello)" a 'b c' 7
expect_status cached 7 "denizen run hello (second run, rewrite cache)"
assert_same "$WORK/native.out" "$WORK/cached.out" "stdout of hello with sites from the rewrite cache"
cached=$(grep -c 'patched from the cache' "$WORK/cached.err" || true)
((cached == patched)) || { show cached; fail "$cached sites patched from the cache, want $patched"; }
if grep -q 'patched$\|patched (passthrough stub)$' "$WORK/cached.err"; then
  show cached
  fail "the second run rewrote sites the cache had"
fi

DENIZEN_REWRITE_AFTER=1 DENIZEN_REWRITE_LOG=1 run norw "$DENIZEN" run --no-rewrite "$(corpus go/freebsd/hello)" a 'b c' 7
expect_status norw 7 "denizen run --no-rewrite hello"
assert_same "$WORK/native.out" "$WORK/norw.out" "stdout of hello with --no-rewrite"
if grep -q 'rewrite:' "$WORK/norw.err"; then
  show norw
  fail "--no-rewrite still rewrote sites"
fi

mt=0 pt=0
for i in 1 2 3 4 5; do
  after=4
  ((i % 2)) && after=1
  DENIZEN_REWRITE_CACHE=0 DENIZEN_REWRITE_AFTER=$after DENIZEN_REWRITE_LOG=1 \
    run "stress$i" "$DENIZEN" run "$(corpus go/freebsd/stress)"
  if ((RC != 0)) || ! grep -q '^stress ok' "$WORK/stress$i.out"; then
    show "stress$i"
    fail "stress run $i with rewriting: exit status $RC; want 0 and a 'stress ok' line"
  fi
  grep -q 'patched.*threads run' "$WORK/stress$i.err" && mt=$((mt + 1))
  pt=$((pt + $(grep -c 'passthrough stub' "$WORK/stress$i.err" || true)))
done
((mt > 0)) || fail "stress never patched a site while other threads ran (breakpoint protocol untested)"
note "ok: $patched sites patched in hello ($cached from the cache in a second run); $mt/5 stress runs patched with threads running; $pt passthrough stubs"
