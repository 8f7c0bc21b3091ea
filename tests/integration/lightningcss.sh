#!/usr/bin/env bash
# lightningcss: a dynamically linked FreeBSD program (Rust; libc.so.7, libthr.so.3, libm.so.5,
# libgcc_s.so.1 bound to libshim/freebsd) under denizen against its Linux build run natively:
# byte-identical stdout, stderr and exit status on bootstrap's CSS minified (with and without
# --targets), an @import chain bundled (rayon threads), and an invalid stylesheet (a panic:
# its message, then SIGABRT, status 134).  The panic message names the thread's id, which
# differs from run to run natively too: it is the one thing normalised.
. "$(dirname "$0")/lib.sh"
need_denizen
need_corpus lightningcss/freebsd-x64/lightningcss lightningcss/linux-x64-gnu/lightningcss \
  lightningcss/bootstrap/bootstrap.css
FBSD=$(corpus lightningcss/freebsd-x64/lightningcss)
LINUX=$(corpus lightningcss/linux-x64-gnu/lightningcss)
CSS=$(corpus lightningcss/bootstrap/bootstrap.css)
unset RUST_BACKTRACE RUST_LIB_BACKTRACE   # the panic message must not depend on the caller's

# denizen info: the imports, by library and version, all provided.
run info "$DENIZEN" info "$FBSD"
expect_status info 0 "denizen info lightningcss"
grep -q '^imports: *125, bound to the freebsd library personality (125 provided)$' "$WORK/info.out" ||
  { show info; fail "denizen info: imports line"; }
grep -q '^  libc.so.7 (76): __libc_start1@FBSD_1.7 ' "$WORK/info.out" || { show info; fail "denizen info: libc.so.7 line"; }
grep -q ' stat@FBSD_1.5 ' "$WORK/info.out" || { show info; fail "denizen info: versioned stat"; }
grep -q '^runnable: *yes' "$WORK/info.out" || { show info; fail "denizen info: runnable"; }

# An @import chain, relative to the working directory (as a bundler user runs it).
mkdir -p "$WORK/app"
printf '@import "b.css";\n.a { color: red; }\n' >"$WORK/app/a.css"
printf '@import "c.css";\n.b { color: #0000ff; }\n' >"$WORK/app/b.css"
printf '.c { margin: 0 0 0 0; transition: opacity .3s; }\n' >"$WORK/app/c.css"
printf '.a{color:red}}\n@media (\n' >"$WORK/bad.css"

# same NAME ARGS...: the FreeBSD build under denizen and the Linux build, the same results.
same() {
  local name=$1; shift
  run "$name-fbsd" "$DENIZEN" run "$FBSD" "$@"
  run "$name-linux" "$LINUX" "$@"
  local f l
  f=$(<"$WORK/$name-fbsd.rc") l=$(<"$WORK/$name-linux.rc")
  [[ $f == "$l" ]] || { show "$name-fbsd"; fail "$name: exit status $f under denizen, $l natively"; }
  assert_same "$WORK/$name-linux.out" "$WORK/$name-fbsd.out" "$name: stdout"
  sed -E "s/^thread '([^']*)' \([0-9]+\)/thread '\1' (N)/" "$WORK/$name-linux.err" >"$WORK/$name-linux.err.n"
  sed -E "s/^thread '([^']*)' \([0-9]+\)/thread '\1' (N)/" "$WORK/$name-fbsd.err" >"$WORK/$name-fbsd.err.n"
  assert_same "$WORK/$name-linux.err.n" "$WORK/$name-fbsd.err.n" "$name: stderr"
  note "$name: same stdout ($(wc -c <"$WORK/$name-fbsd.out") bytes), stderr and status ($f)"
}

same version --version
same minify --minify "$CSS"
[[ -s $WORK/minify-fbsd.out ]] || fail "minify: no output"
same targets --minify --targets '>= 0.25%' "$CSS"
cd "$WORK/app"
same bundle --bundle a.css
same bundle-minify --bundle --minify a.css
cd "$WORK"
same panic "$WORK/bad.css"
expect_status panic-fbsd 134 "lightningcss on an invalid stylesheet (panic, then abort)"
grep -q "panicked at" "$WORK/panic-fbsd.err" || { show panic-fbsd; fail "panic: no panic message"; }

# RUST_BACKTRACE=1: the panic walks the stack (libgcc's unwinder on the program's .eh_frame,
# libshim/freebsd/unwind.c).  The Linux build is stripped, so natively no frame has a name;
# the FreeBSD one keeps its symbols: the same message, status and closing note, and under
# denizen the frames of the panic down to lightningcss::main.
RUST_BACKTRACE=1 run bt-fbsd "$DENIZEN" run "$FBSD" "$WORK/bad.css"
RUST_BACKTRACE=1 run bt-linux "$LINUX" "$WORK/bad.css"
expect_status bt-fbsd "$(<"$WORK/bt-linux.rc")" "RUST_BACKTRACE=1 panic"
norm() { sed -E "s/^thread '([^']*)' \([0-9]+\)/thread '\1' (N)/; /^ +[0-9]+: /d" "$1"; }
norm "$WORK/bt-linux.err" >"$WORK/bt-linux.n"
norm "$WORK/bt-fbsd.err" >"$WORK/bt-fbsd.n"
assert_same "$WORK/bt-linux.n" "$WORK/bt-fbsd.n" "RUST_BACKTRACE=1: stderr but the frames"
grep -Eq '^ +[0-9]+: lightningcss::main$' "$WORK/bt-fbsd.err" ||
  { show bt-fbsd; fail "RUST_BACKTRACE=1: no lightningcss::main frame under denizen"; }
note "RUST_BACKTRACE=1: $(grep -Ec '^ +[0-9]+: ' "$WORK/bt-fbsd.err") frames under denizen"
note "ok"
