#!/usr/bin/env bash
# install_binfmt: `denizen binfmt install|status|remove` in a user namespace that mounts a
# binfmt_misc of its own (Linux 6.7+), so the host's registrations are never touched.
# Programs started by their own name behave as under `denizen run`: output, arguments,
# argv[0], exit status, death by signal, DENIZEN_TRACE.
if [[ -z ${DZ_IN_USERNS:-} ]]; then
  skip() { echo "SKIP: $*"; exit "${DZ_SKIP_CODE:-77}"; }
  why=$(unshare -Urm true 2>&1) || skip "no user namespaces here (unshare -Urm: $why)"
  why=$(unshare -Urm sh -c 'mount -t binfmt_misc binfmt_misc /proc/sys/fs/binfmt_misc' 2>&1) ||
    skip "this kernel ($(uname -r)) cannot mount binfmt_misc in a user namespace (Linux 6.7+ can): $why"
  DZ_IN_USERNS=1 exec unshare -Urm bash "$0" "$@"
fi
. "$(dirname "$0")/../integration/lib.sh"
need_denizen
need_corpus esbuild/freebsd-x64/esbuild esbuild/netbsd-x64/esbuild esbuild/openbsd-x64/esbuild \
  go/freebsd/hello go/freebsd/selfkill
mount -t binfmt_misc binfmt_misc /proc/sys/fs/binfmt_misc || fail "mount binfmt_misc"
mnt=/proc/sys/fs/binfmt_misc

run status0 "$DENIZEN" binfmt status
expect_status status0 0 "binfmt status (nothing registered)"
grep -q "^denizen-freebsd: not registered" "$WORK/status0.out" || { show status0; fail "status before install"; }
grep -q "illumos" "$WORK/status0.out" || { show status0; fail "status does not say illumos cannot be recognised"; }

run install "$DENIZEN" binfmt install
expect_status install 0 "binfmt install"
run status "$DENIZEN" binfmt status
for os in freebsd netbsd openbsd; do
  grep -q "^denizen-$os: enabled .*, flags PF\$" "$WORK/status.out" || { show status; fail "status: no denizen-$os"; }
done
# Twice is fine: an entry is replaced.
run install2 "$DENIZEN" binfmt install --os freebsd
expect_status install2 0 "binfmt install again"

bin=$WORK/bin
mkdir -p "$bin"
for os in freebsd netbsd openbsd; do
  cp "$(corpus esbuild/$os-x64/esbuild)" "$bin/esbuild-$os"
  chmod +x "$bin/esbuild-$os"
done
cp "$(corpus go/freebsd/hello)" "$bin/hello"
cp "$(corpus go/freebsd/selfkill)" "$bin/selfkill"
cd "$bin"
for os in freebsd netbsd openbsd; do
  run esbuild_$os ./esbuild-$os --version
  expect_status esbuild_$os 0 "./esbuild-$os --version"
  assert_text "$WORK/esbuild_$os.out" $'0.28.2\n' "./esbuild-$os --version through binfmt_misc"
done

# argv[0] and the arguments exactly: a tiny FreeBSD program printing its argv, one per line,
# exiting with argc (made here: an x86-64 static ELF, EI_OSABI set to FreeBSD's 9).
cat >"$WORK/args.S" <<'ASM'
	.globl _start
	.text
_start:	mov (%rdi), %r12		# FreeBSD enters with rdi = &argc
	lea 8(%rdi), %r13
	xor %r14, %r14
1:	cmp %r12, %r14
	jge 3f
	mov (%r13,%r14,8), %rsi
	mov %rsi, %rdx
2:	cmpb $0, (%rdx)
	je 4f
	inc %rdx
	jmp 2b
4:	sub %rsi, %rdx
	mov $1, %edi
	mov $4, %eax			# FreeBSD write
	syscall
	lea nl(%rip), %rsi
	mov $1, %edx
	mov $1, %edi
	mov $4, %eax
	syscall
	inc %r14
	jmp 1b
3:	mov %r12, %rdi
	mov $1, %eax			# FreeBSD exit
	syscall
	hlt
	.section .rodata
nl:	.byte 10
	.section .note.GNU-stack,"",@progbits
ASM
cc -nostdlib -static -no-pie -Wl,--build-id=none -o "$bin/args" "$WORK/args.S" || fail "cannot build the args program"
printf '\x09' | dd of="$bin/args" bs=1 seek=7 conv=notrunc status=none
run args ./args a "b c" ""
expect_status args 4 "./args a 'b c' ''"
assert_text "$WORK/args.out" $'./args\na\nb c\n\n' "./args: argv through binfmt_misc"
run args0 bash -c 'exec -a my-name "$0" x' "$bin/args"
expect_status args0 2 "exec -a my-name args x"
assert_text "$WORK/args0.out" $'my-name\nx\n' "argv[0] set by the caller, through binfmt_misc"
run argsp env PATH="$bin:$PATH" args y
assert_text "$WORK/argsp.out" $'args\ny\n' "a program found on PATH keeps argv[0] as typed"

# Exit status and death by signal, as under denizen run.
run hello ./hello 7
expect_status hello 7 "./hello 7 (a Go program exiting 7)"
grep -qx 'arg\[1\]="7"' "$WORK/hello.out" || { show hello; fail "./hello 7: arguments"; }
got=$(death_of ./selfkill 2>/dev/null)
[[ $got == "signal 15" ]] || fail "./selfkill ended with '$got', want 'signal 15' (as under denizen run)"

# Settings from the environment: DENIZEN_TRACE.
run traced env DENIZEN_TRACE="$WORK/trace.log" ./esbuild-freebsd --version
expect_status traced 0 "DENIZEN_TRACE=FILE ./esbuild-freebsd --version"
# Go's other threads may trace while the write is in flight (`<unfinished ...>`, then
# `<... write resumed>`), as under strace -f: join the halves before looking (into a file:
# `awk | grep -q` under pipefail fails if grep quits before awk is done).
awk -f "$(dirname "$0")/../integration/trace_join.awk" "$WORK/trace.log" >"$WORK/trace.joined"
grep -q '^write(1, "0.28.2\\n", 7) = 7$' "$WORK/trace.joined" ||
  { grep -n write "$WORK/trace.log" >&2; fail "DENIZEN_TRACE: no trace of the write"; }
run norewrite env DENIZEN_NO_REWRITE=1 ./esbuild-openbsd --version
assert_text "$WORK/norewrite.out" $'0.28.2\n' "DENIZEN_NO_REWRITE=1 ./esbuild-openbsd --version"

run remove "$DENIZEN" binfmt remove
expect_status remove 0 "binfmt remove"
for os in freebsd netbsd openbsd; do
  [[ ! -e $mnt/denizen-$os ]] || fail "binfmt remove left $mnt/denizen-$os"
done
run status2 "$DENIZEN" binfmt status
grep -q "^denizen-openbsd: not registered" "$WORK/status2.out" || { show status2; fail "status after remove"; }
note "ok"
