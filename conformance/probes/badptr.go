// badptr.go — every pointer a system call takes, given a bad one.
//
// For each call in the table below and each pointer argument, the call is
// made with the other arguments valid and that one replaced by:
//
//	null      0
//	unmapped  a page this probe mapped and unmapped again (nothing is there)
//	kernel    0xffff800000000000, the first kernel-half address
//	rdonly    a read-only page (holding the valid value, for inputs)
//	straddle  the object's first byte on a mapped page, the rest on an
//	          unmapped one: a buffer running into unmapped memory
//
// Address arguments (mmap's hint, munmap's range...) name memory rather than
// point at an object: they get null and kernel only.  The case prints the
// errno ("ok" for success); the Linux build makes the equivalent Linux call
// with the same pointer (badptr_linux.go) and is the reference.  After each
// call the probe checks its sentinel memory (a page before the read-only
// one, the read-only page itself, and the straddle page below the object):
// a byte changed there means the call wrote memory the guest did not give
// it, and the case prints "SENTINEL-CHANGED".
//
// The guest build reads its own table (bpTable: syscalls.master, or a
// library personality's exports.def; $DZPROBE_SRC, set by the harness,
// names the source tree): every implemented row whose ARGS name a pointer kind must be a
// case here or listed in bpExcluded with its reason, else the probe prints
// "CASE <row> badptr-uncovered" (a case only the guest prints: a failure).
package main

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"
	"unsafe"
)

const kernelAddr = uintptr(0xffff800000000000)

var bpKinds = []string{"null", "unmapped", "kernel", "rdonly", "straddle"}

// One argument of a call.
type bpArg struct {
	t    byte    // 'v' value, 'p' path, 'i' input object, 'o' output object, 'x' in and out, 'a' address
	v    uintptr // 'v', 'a': the value
	in   []byte  // 'p', 'i', 'x': the valid content
	n    int     // 'o': the size of the valid buffer
	skip bool    // not replaced by bad pointers (see the spec's note)
}

func V(v uintptr) bpArg       { return bpArg{t: 'v', v: v} }
func Vi(v int) bpArg          { return bpArg{t: 'v', v: uintptr(v)} }
func P(s string) bpArg        { return bpArg{t: 'p', in: append([]byte(s), 0)} }
func In(b []byte) bpArg       { return bpArg{t: 'i', in: b} }
func Out(n int) bpArg         { return bpArg{t: 'o', n: n} }
func InOut(b []byte) bpArg    { return bpArg{t: 'x', in: b} }
func Addr(v uintptr) bpArg    { return bpArg{t: 'a', v: v} }
func Fixed(a bpArg) bpArg     { a.skip = true; return a }
func zeros(n int) []byte      { return make([]byte, n) }
func le32(v uint32) []byte    { b := make([]byte, 4); *(*uint32)(unsafe.Pointer(&b[0])) = v; return b }
func le64(v uint64) []byte    { b := make([]byte, 8); *(*uint64)(unsafe.Pointer(&b[0])) = v; return b }
func addrOf(b []byte) uintptr { return uintptr(unsafe.Pointer(&b[0])) }

// A call: its key (the FreeBSD row name, or the NetBSD one for calls only
// NetBSD has; bpRows in badptr_<goos>.go maps it to this OS's row or "-"),
// its arguments in the guest's order, and how it is prepared.
type bpSpec struct {
	key     string
	args    func() []bpArg
	pre     func()          // before each case (a datagram to receive, a child to reap...)
	post    func(r uintptr) // after each case, with the call's result (cleanup)
	noValid bool            // never run with a valid pointer: the call would block or not return
	// libc: a library function with no system call behind it, which
	// dereferences its pointers itself: on the guest OS a bad one faults
	// in libc (SIGSEGV, no errno).  Each case runs in a child process
	// (bpRunChild); the Linux reference's child makes the same loads and
	// stores natively (lxLibc, badptr_linux.go), and the result is how
	// the child ended: "SEGV:<si_code>[+offset of si_addr]", or what the
	// call answered.
	libc bool
	// null: arguments where the OS's API defines NULL (an optional
	// pointer: "no address wanted", "no timeout"...).  The reference for
	// the null kind is this documented result, not Linux's (whose API may
	// lack the option); bpNotRun: NULL makes the call wait forever or
	// succeed for real (exec): not run.
	null map[int]syscall.Errno
}

const bpNotRun = syscall.Errno(1 << 20)

// Kept alive across a call: Go's collector must not free what the call uses.
var bpKeep [][]byte

func heapBuf(n int) uintptr {
	if n < 1 {
		n = 1
	}
	b := make([]byte, n+64)
	bpKeep = append(bpKeep, b)
	return addrOf(b)
}

func heapCopy(in []byte) uintptr {
	b := make([]byte, len(in)+64)
	copy(b, in)
	bpKeep = append(bpKeep, b)
	return addrOf(b)
}

// --- the arena: sentinel page, read-only page, straddle page, unmapped page
var (
	pg                           = uintptr(syscall.Getpagesize())
	arena, pSent, pRO, pStr, pUn uintptr
	arenaMem                     []byte
)

const sentinelByte = 0xa5

// The arena sits far below where Linux places mappings (top-down from the
// stack): the page unmapped in it stays unmapped, where a hole among other
// mappings would soon hold the next small mmap (denizen's own, or the Go
// runtime's).
const arenaHint = uintptr(0x3f0000000000)

func arenaSetup() {
	r, err := mmapRaw(arenaHint, 4*pg, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE|syscall.MAP_ANON, -1, 0)
	if err != nil || r != arenaHint {
		fmt.Fprintf(os.Stderr, "badptr: mmap at %#x: %v (got %#x)\n", arenaHint, err, r)
		os.Exit(111)
	}
	arena = r
	pSent, pRO, pStr, pUn = arena, arena+pg, arena+2*pg, arena+3*pg
	if _, _, en := sysCall(SYS_MUNMAP, pUn, pg, 0); en != 0 {
		fmt.Fprintln(os.Stderr, "badptr: munmap:", en)
		os.Exit(111)
	}
}

func mem(addr, n uintptr) []byte { return unsafe.Slice((*byte)(unsafe.Pointer(addr)), n) }

func protect(addr uintptr, prot int) {
	sysCall(SYS_MPROTECT, addr, pg, uintptr(prot))
}

// fillSentinels: every sentinel byte set; the read-only page holds content
// at off; returns the expected read-only page.
func fillSentinels(roContent []byte, roOff uintptr) []byte {
	protect(pRO, syscall.PROT_READ|syscall.PROT_WRITE)
	for _, p := range []uintptr{pSent, pRO, pStr} {
		b := mem(p, pg)
		for i := range b {
			b[i] = sentinelByte
		}
	}
	ro := mem(pRO, pg)
	copy(ro[roOff:], roContent)
	want := append([]byte(nil), ro...)
	protect(pRO, syscall.PROT_READ)
	return want
}

// sentinelsIntact: nothing outside the object given changed.
func sentinelsIntact(roWant []byte, strLo uintptr) bool {
	for _, c := range mem(pSent, pg) {
		if c != sentinelByte {
			return false
		}
	}
	if string(mem(pRO, pg)) != string(roWant) {
		return false
	}
	for _, c := range mem(pStr, strLo-pStr) {
		if c != sentinelByte {
			return false
		}
	}
	return true
}

// straddleAt: where an object starts so that it runs into the unmapped
// page: its first byte is mapped, the rest is not (whatever the object's
// size on each OS, it straddles).
func straddleAt(n int) uintptr { return pUn - 1 }

func objLen(a bpArg) int {
	if a.t == 'o' {
		return a.n
	}
	return len(a.in)
}

// kindsFor: the pointer kinds one argument is given.
func kindsFor(s *bpSpec, a bpArg) []string {
	if a.t == 'a' {
		return []string{"null", "kernel"}
	}
	var ks []string
	for _, k := range bpKinds {
		// rdonly input memory is valid memory: the call would go ahead
		if k == "rdonly" && a.t != 'o' && a.t != 'x' && (s.noValid || bpModeled(s.key)) {
			continue
		}
		ks = append(ks, k)
	}
	return ks
}

// bpRun: one case.  The result is the errno's name or "ok", and
// "SENTINEL-CHANGED" when memory outside the object changed.
func bpRun(s *bpSpec, ti int, kind string) string {
	if s.pre != nil {
		s.pre()
	}
	args := s.args()
	bpKeep = bpKeep[:0]
	var raw [7]uintptr
	roWant := fillSentinels(nil, 0)
	strLo := pUn
	for i, a := range args {
		var v uintptr
		switch a.t {
		case 'v', 'a':
			v = a.v
		case 'o':
			v = heapBuf(a.n)
		default:
			v = heapCopy(a.in)
		}
		if i == ti {
			switch kind {
			case "null":
				v = 0
			case "unmapped":
				v = pUn
			case "kernel":
				v = kernelAddr
			case "rdonly":
				off := uintptr(0x100)
				roWant = fillSentinels(a.in, off)
				v = pRO + off
			case "straddle":
				n := objLen(a)
				v = straddleAt(n)
				strLo = v
				if a.t != 'o' {
					copy(mem(v, pUn-v), a.in)
				}
			}
		}
		raw[i] = v
	}
	var r uintptr
	var en syscall.Errno
	if want, ok := s.null[ti]; ok && kind == "null" && osName == "linux" {
		en = want
	} else {
		r, en = bpCall(s.key, raw, ti, kind, args)
	}
	if s.post != nil {
		s.post(r)
	}
	res := "ok"
	if en != 0 {
		res = ename(en)
	}
	if !sentinelsIntact(roWant, strLo) {
		res += " SENTINEL-CHANGED"
	}
	return res
}

// bpAccessible: the Linux kernel's own answer to "can [addr, addr+n) be
// read (write: written) by a system call?": a pipe takes or gives exactly n
// bytes or the copy failed.  The model for calls Linux lacks.
func bpAccessible(addr uintptr, n int, write bool) bool {
	var p [2]int
	if err := syscall.Pipe(p[:]); err != nil {
		return false
	}
	defer syscall.Close(p[0])
	defer syscall.Close(p[1])
	if n < 1 {
		n = 1
	}
	if write {
		src := make([]byte, n)
		syscall.Write(p[1], src)
		r, _, en := sysCall(SYS_READ, uintptr(p[0]), addr, uintptr(n))
		return en == 0 && int(r) == n
	}
	r, _, en := sysCall(SYS_WRITE, uintptr(p[1]), addr, uintptr(n))
	return en == 0 && int(r) == n
}

// --- fixtures ------------------------------------------------------------------
var (
	fdZero, fdF, fdW, fdDir int
	du                      [2]int // a datagram socket pair
	su                      [2]int // a stream socket pair
	lsock                   int    // a listening stream socket ("s")
	kqFd                    int    // a kqueue with one pending event (BSD only)
	kqPipe                  [2]int
	childPid                int
)

func bpFixtures() {
	var err error
	must := func(what string, e error) {
		if e != nil {
			fmt.Fprintln(os.Stderr, "badptr: fixture", what+":", e)
			os.Exit(111)
		}
	}
	writeFile("f", strings.Repeat("0123456789abcdef", 16))
	os.Mkdir("d", 0755)
	os.Symlink("f", "l")
	fdZero, err = syscall.Open("/dev/zero", syscall.O_RDONLY, 0)
	must("/dev/zero", err)
	fdF, err = syscall.Open("f", syscall.O_RDWR, 0)
	must("f", err)
	fdW, err = syscall.Open("w", syscall.O_WRONLY|syscall.O_CREAT, 0644)
	must("w", err)
	fdDir, err = syscall.Open(".", syscall.O_RDONLY, 0)
	must(".", err)
	du, err = syscall.Socketpair(syscall.AF_UNIX, syscall.SOCK_DGRAM, 0)
	must("socketpair", err)
	su, err = syscall.Socketpair(syscall.AF_UNIX, syscall.SOCK_STREAM, 0)
	must("socketpair", err)
	lsock, err = syscall.Socket(syscall.AF_UNIX, syscall.SOCK_STREAM, 0)
	must("socket", err)
	must("bind", syscall.Bind(lsock, &syscall.SockaddrUnix{Name: "s"}))
	must("listen", syscall.Listen(lsock, 64))
	syscall.SetNonblock(lsock, true)
	syscall.SetNonblock(du[0], true)
	syscall.SetNonblock(su[0], true)
	must("pipe", syscall.Pipe(kqPipe[:]))
	syscall.Write(kqPipe[1], []byte("x"))
	kqFd = bpKqueue(kqPipe[0])
}

// A datagram waiting on du[0] (drained first: one at a time).
func dgram() {
	drain := make([]byte, 256)
	for {
		if _, _, err := syscall.Recvfrom(du[0], drain, syscall.MSG_DONTWAIT); err != nil {
			break
		}
	}
	syscall.Write(du[1], []byte("datagram"))
}

// A connection waiting on lsock.
var clients []int

func pendingConn() {
	c, err := syscall.Socket(syscall.AF_UNIX, syscall.SOCK_STREAM, 0)
	if err == nil {
		syscall.Connect(c, &syscall.SockaddrUnix{Name: "s"})
		clients = append(clients, c)
	}
}

func closeFdResult(r uintptr) {
	if int(r) > 2 && int(r) < 1<<20 {
		syscall.Close(int(r))
	}
}

// A zombie child to reap.
func zombie() {
	pid, err := syscall.ForkExec("/bin/true", []string{"true"}, &syscall.ProcAttr{})
	if err != nil {
		childPid = -1
		return
	}
	childPid = pid
	time.Sleep(5 * time.Millisecond)
	// wait until it is a zombie: a wait with WNOWAIT would reap nothing
	for i := 0; i < 200; i++ {
		b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
		if err != nil || strings.Contains(string(b), ") Z") {
			break
		}
		time.Sleep(time.Millisecond)
	}
}

func reap(uintptr) {
	if childPid > 0 {
		var ws syscall.WaitStatus
		syscall.Wait4(childPid, &ws, syscall.WNOHANG, nil)
	}
}

func unlinkAll(names ...string) func(uintptr) {
	return func(uintptr) {
		for _, n := range names {
			os.Remove(n)
		}
	}
}

// iovec {buf, n} and msghdr {name, namelen, iov, iovlen, control, controllen, flags}:
// the same layout on amd64 Linux, FreeBSD and NetBSD for these values.
func iov1(n int) []byte {
	b := make([]byte, 16)
	*(*uintptr)(unsafe.Pointer(&b[0])) = heapBufKept(n)
	*(*uint64)(unsafe.Pointer(&b[8])) = uint64(n)
	return b
}

var kept [][]byte

func heapBufKept(n int) uintptr {
	b := make([]byte, n)
	kept = append(kept, b)
	return addrOf(b)
}

func msghdr(n int) []byte {
	b := make([]byte, 56)
	iv := iov1(n)
	kept = append(kept, iv)
	*(*uintptr)(unsafe.Pointer(&b[16])) = addrOf(iv)
	*(*uint64)(unsafe.Pointer(&b[24])) = 1
	return b
}

func timespec0() []byte { return zeros(16) }

func curRlimit() []byte {
	var r syscall.Rlimit
	syscall.Getrlimit(syscall.RLIMIT_CORE, &r)
	b := le64(uint64(r.Cur))
	return append(b, le64(uint64(r.Max))...)
}

var (
	negOne = ^uintptr(0)
	fdcwd  = atfdcwd
)

// offA: a file offset in this OS's argument shape (NetBSD: a pad first).
func offA(off int64) []bpArg {
	a, b := offArgs(off)
	return []bpArg{V(a), V(b)}
}

func cat(parts ...interface{}) []bpArg {
	var out []bpArg
	for _, p := range parts {
		switch x := p.(type) {
		case bpArg:
			out = append(out, x)
		case []bpArg:
			out = append(out, x...)
		}
	}
	return out
}

// --- the calls -------------------------------------------------------------------
var bpSpecs = []bpSpec{
	// descriptors and files
	{key: "read", args: func() []bpArg { return cat(Vi(fdZero), Out(64), Vi(64)) }},
	{key: "write", args: func() []bpArg { return cat(Vi(fdW), In(zeros(64)), Vi(64)) }},
	{key: "pread", args: func() []bpArg { return cat(Vi(fdF), Out(64), Vi(64), offA(0)) }},
	{key: "pwrite", args: func() []bpArg { return cat(Vi(fdW), In(zeros(64)), Vi(64), offA(0)) }},
	{key: "readv", args: func() []bpArg { return cat(Vi(fdZero), In(iov1(64)), Vi(1)) }},
	{key: "writev", args: func() []bpArg { return cat(Vi(fdW), In(iov1(64)), Vi(1)) }},
	{key: "preadv", args: func() []bpArg { return cat(Vi(fdF), In(iov1(64)), Vi(1), offA(0)) }},
	{key: "pwritev", args: func() []bpArg { return cat(Vi(fdW), In(iov1(64)), Vi(1), offA(0)) }},
	{key: "open", args: func() []bpArg { return cat(P("f"), Vi(syscall.O_RDONLY), Vi(0)) }, post: closeFdResult},
	{key: "openat", args: func() []bpArg { return cat(V(fdcwd), P("f"), Vi(syscall.O_RDONLY), Vi(0)) }, post: closeFdResult},
	{key: "link", args: func() []bpArg { return cat(P("f"), P("newlink")) }, post: unlinkAll("newlink")},
	{key: "linkat", args: func() []bpArg { return cat(V(fdcwd), P("f"), V(fdcwd), P("newlink"), Vi(0)) }, post: unlinkAll("newlink")},
	{key: "unlink", args: func() []bpArg { return cat(P("nosuchfile")) }},
	{key: "unlinkat", args: func() []bpArg { return cat(V(fdcwd), P("nosuchfile"), Vi(0)) }},
	{key: "funlinkat", args: func() []bpArg { return cat(V(fdcwd), P("nosuchfile"), Vi(fdF), Vi(0)) }},
	{key: "chdir", args: func() []bpArg { return cat(P(".")) }},
	{key: "chroot", args: func() []bpArg { return cat(P("nosuchdir")) }},
	{key: "chmod", args: func() []bpArg { return cat(P("f"), Vi(0644)) }},
	{key: "fchmodat", args: func() []bpArg { return cat(V(fdcwd), P("f"), Vi(0644), Vi(0)) }},
	{key: "chown", args: func() []bpArg { return cat(P("f"), V(negOne), V(negOne)) }},
	{key: "lchown", args: func() []bpArg { return cat(P("l"), V(negOne), V(negOne)) }},
	{key: "fchownat", args: func() []bpArg { return cat(V(fdcwd), P("f"), V(negOne), V(negOne), Vi(0)) }},
	{key: "__posix_chown", args: func() []bpArg { return cat(P("f"), V(negOne), V(negOne)) }},
	{key: "__posix_lchown", args: func() []bpArg { return cat(P("l"), V(negOne), V(negOne)) }},
	{key: "access", args: func() []bpArg { return cat(P("f"), Vi(0)) }},
	{key: "eaccess", args: func() []bpArg { return cat(P("f"), Vi(0)) }},
	{key: "faccessat", args: func() []bpArg { return cat(V(fdcwd), P("f"), Vi(0), Vi(0)) }},
	{key: "chflags", args: func() []bpArg { return cat(P("f"), Vi(0)) }},
	{key: "lchflags", args: func() []bpArg { return cat(P("f"), Vi(0)) }},
	{key: "chflagsat", args: func() []bpArg { return cat(V(fdcwd), P("f"), Vi(0), Vi(0)) }},
	{key: "symlink", args: func() []bpArg { return cat(P("f"), P("newsym")) }, post: unlinkAll("newsym")},
	{key: "symlinkat", args: func() []bpArg { return cat(P("f"), V(fdcwd), P("newsym")) }, post: unlinkAll("newsym")},
	{key: "readlink", args: func() []bpArg { return cat(P("l"), Out(64), Vi(64)) }},
	{key: "readlinkat", args: func() []bpArg { return cat(V(fdcwd), P("l"), Out(64), Vi(64)) }},
	{key: "rename", args: func() []bpArg { return cat(P("nosuchfile"), P("newname")) }},
	{key: "__posix_rename", args: func() []bpArg { return cat(P("nosuchfile"), P("newname")) }},
	{key: "renameat", args: func() []bpArg { return cat(V(fdcwd), P("nosuchfile"), V(fdcwd), P("newname")) }},
	{key: "mkfifo", args: func() []bpArg { return cat(P("newfifo"), Vi(0644)) }, post: unlinkAll("newfifo")},
	{key: "mkfifoat", args: func() []bpArg { return cat(V(fdcwd), P("newfifo"), Vi(0644)) }, post: unlinkAll("newfifo")},
	{key: "mknod", args: func() []bpArg { return cat(P("newfifo"), Vi(syscall.S_IFIFO|0644), Vi(0)) }, post: unlinkAll("newfifo")},
	{key: "mknodat", args: func() []bpArg { return cat(V(fdcwd), P("newfifo"), Vi(syscall.S_IFIFO|0644), Vi(0)) }, post: unlinkAll("newfifo")},
	{key: "mkdir", args: func() []bpArg { return cat(P("newdir"), Vi(0755)) }, post: unlinkAll("newdir")},
	{key: "mkdirat", args: func() []bpArg { return cat(V(fdcwd), P("newdir"), Vi(0755)) }, post: unlinkAll("newdir")},
	{key: "rmdir", args: func() []bpArg { return cat(P("nosuchdir")) }},
	{key: "truncate", args: func() []bpArg { return cat(P("f"), offA(256)) }},
	{key: "utimes", args: func() []bpArg { return cat(P("f"), In(zeros(32))) }},
	{key: "lutimes", args: func() []bpArg { return cat(P("l"), In(zeros(32))) }},
	{key: "futimes", args: func() []bpArg { return cat(Vi(fdF), In(zeros(32))) }},
	{key: "futimesat", args: func() []bpArg { return cat(V(fdcwd), P("f"), In(zeros(32))) }},
	{key: "futimens", args: func() []bpArg { return cat(Vi(fdF), In(zeros(32))) }},
	{key: "utimensat", args: func() []bpArg { return cat(V(fdcwd), P("f"), In(zeros(32)), Vi(0)) }},
	{key: "stat", args: func() []bpArg { return cat(P("f"), Out(bpStatSize)) }},
	{key: "lstat", args: func() []bpArg { return cat(P("l"), Out(bpStatSize)) }},
	{key: "fstat", args: func() []bpArg { return cat(Vi(fdF), Out(bpStatSize)) }},
	{key: "fstatat", args: func() []bpArg { return cat(V(fdcwd), P("f"), Out(bpStatSize), Vi(0)) }},
	{key: "statfs", args: func() []bpArg { return cat(P("."), Out(bpStatfsSize)) }},
	{key: "fstatfs", args: func() []bpArg { return cat(Vi(fdF), Out(bpStatfsSize)) }},
	{key: "getdirentries", args: func() []bpArg { return cat(Vi(fdDir), Out(4096), Vi(4096), Out(8)) },
		pre: func() { syscall.Seek(fdDir, 0, 0) }, null: map[int]syscall.Errno{3: 0}}, // basep NULL: not wanted
	{key: "__getdents30", args: func() []bpArg { return cat(Vi(fdDir), Out(4096), Vi(4096)) },
		pre: func() { syscall.Seek(fdDir, 0, 0) }},
	{key: "__getcwd", args: func() []bpArg { return cat(Out(1024), Vi(1024)) }},
	// OpenBSD's libc function: a NULL buffer is allocated for the caller
	{key: "getcwd", args: func() []bpArg { return cat(Out(1024), Vi(1024)) }, null: map[int]syscall.Errno{0: 0}},
	{key: "__realpathat", args: func() []bpArg { return cat(V(fdcwd), P("f"), Out(1024), Vi(1024), Vi(0)) }},
	{key: "ioctl", args: func() []bpArg { return cat(Vi(fdF), V(bpFIONREAD), Out(4)) }},
	{key: "pipe2", args: func() []bpArg { return cat(Out(8), Vi(0)) }},
	{key: "pipe", args: func() []bpArg { return cat(Out(8)) }}, // OpenBSD's: the fds stored through a pointer
	{key: "copy_file_range", args: func() []bpArg { return cat(Vi(fdF), InOut(le64(0)), Vi(fdW), InOut(le64(0)), Vi(16), Vi(0)) }},
	{key: "sendfile", args: func() []bpArg {
		return cat(Vi(fdF), Vi(su[1]), Vi(0), Vi(16), In(zeros(32)), Out(8), Vi(0))
	}, null: map[int]syscall.Errno{4: 0, 5: 0}, post: func(uintptr) { syscall.Read(su[0], make([]byte, 4096)) }},
	{key: "getrandom", args: func() []bpArg { return cat(Out(64), Vi(64), Vi(0)) }},
	// OpenBSD's: all of the buffer or EFAULT (Linux: getrandom until full, as glibc's getentropy)
	{key: "getentropy", args: func() []bpArg { return cat(Out(64), Vi(64)) }},
	// sockets
	{key: "recvmsg", args: func() []bpArg { return cat(Vi(du[0]), InOut(msghdr(64)), Vi(0)) }, pre: dgram},
	{key: "sendmsg", args: func() []bpArg { return cat(Vi(du[1]), In(msghdr(8)), Vi(0)) }, pre: dgram},
	{key: "recvfrom", args: func() []bpArg { return cat(Vi(du[0]), Out(64), Vi(64), Vi(0), Out(128), InOut(le32(128))) }, pre: dgram,
		null: map[int]syscall.Errno{4: 0, 5: 0}}, // no sender address wanted
	{key: "sendto", args: func() []bpArg {
		return cat(Vi(du[1]), In(zeros(8)), Vi(8), Vi(0), In(bpSockaddrUn("nosuchsock")), Vi(len(bpSockaddrUn("nosuchsock"))))
	}, pre: dgram},
	{key: "accept", args: func() []bpArg { return cat(Vi(lsock), Out(128), InOut(le32(128))) }, pre: pendingConn, post: closeFdResult},
	{key: "accept4", args: func() []bpArg { return cat(Vi(lsock), Out(128), InOut(le32(128)), Vi(0)) }, pre: pendingConn, post: closeFdResult},
	{key: "paccept", args: func() []bpArg { return cat(Vi(lsock), Out(128), InOut(le32(128)), In(zeros(16)), Vi(0)) }, pre: pendingConn, post: closeFdResult,
		null: map[int]syscall.Errno{3: 0}}, // no signal mask
	{key: "getpeername", args: func() []bpArg { return cat(Vi(su[0]), Out(128), InOut(le32(128))) }},
	{key: "getsockname", args: func() []bpArg { return cat(Vi(lsock), Out(128), InOut(le32(128))) }},
	{key: "connect", args: func() []bpArg {
		return cat(Vi(du[1]), In(bpSockaddrUn("nosuchsock")), Vi(len(bpSockaddrUn("nosuchsock"))))
	}},
	{key: "bind", args: func() []bpArg {
		return cat(Vi(du[1]), In(bpSockaddrUn("nosuchdir/x")), Vi(len(bpSockaddrUn("nosuchdir/x"))))
	}},
	{key: "setsockopt", args: func() []bpArg {
		return cat(Vi(du[1]), Vi(syscall.SOL_SOCKET), Vi(syscall.SO_SNDBUF), In(le32(65536)), Vi(4))
	}},
	{key: "getsockopt", args: func() []bpArg {
		return cat(Vi(du[1]), Vi(syscall.SOL_SOCKET), Vi(syscall.SO_TYPE), Out(4), InOut(le32(4)))
	}},
	{key: "socketpair", args: func() []bpArg { return cat(Vi(syscall.AF_UNIX), Vi(syscall.SOCK_STREAM), Vi(0), Out(8)) }},
	// polling and events
	{key: "select", args: func() []bpArg {
		// /dev/zero is readable: a NULL timeout does not wait
		return cat(Vi(64), InOut(le64(1<<uint(fdZero))), InOut(zeros(8)), InOut(zeros(8)), InOut(zeros(16)))
	}},
	{key: "poll", args: func() []bpArg { return cat(InOut(bpPollfd(fdZero)), Vi(1), Vi(0)) }},
	{key: "kevent", args: func() []bpArg {
		return cat(Vi(kqFd), In(zeros(bpKeventSize)), Vi(1), Out(bpKeventSize), Vi(1), In(timespec0()))
	}, null: map[int]syscall.Errno{5: 0}}, // no timeout: an event is pending
	{key: "freebsd11_kevent", args: func() []bpArg {
		return cat(Vi(kqFd), In(zeros(32)), Vi(1), Out(32), Vi(1), In(timespec0()))
	}, null: map[int]syscall.Errno{5: 0}},
	// memory: the address arguments name memory (null and kernel only)
	{key: "mmap", args: func() []bpArg {
		return cat(Addr(0), Vi(int(pg)), Vi(syscall.PROT_READ), Vi(syscall.MAP_PRIVATE|syscall.MAP_ANON), V(negOne), offA(0))
	}, post: func(r uintptr) {
		if r != 0 && r < 1<<47 {
			sysCall(SYS_MUNMAP, r, pg, 0)
		}
	}},
	{key: "munmap", args: func() []bpArg { return cat(Addr(0), Vi(int(pg))) }},
	{key: "mprotect", args: func() []bpArg { return cat(Addr(0), Vi(int(pg)), Vi(syscall.PROT_READ)) }},
	{key: "madvise", args: func() []bpArg { return cat(Addr(0), Vi(int(pg)), Vi(0)) }},
	{key: "msync", args: func() []bpArg { return cat(Addr(0), Vi(int(pg)), Vi(bpMsSync)) }},
	{key: "mlock", args: func() []bpArg { return cat(Addr(0), Vi(int(pg))) }},
	{key: "munlock", args: func() []bpArg { return cat(Addr(0), Vi(int(pg))) }},
	{key: "mincore", args: func() []bpArg { return cat(Fixed(Addr(arena)), Vi(int(2*pg)), Out(2)) }},
	// processes and identity
	{key: "wait4", args: func() []bpArg { return cat(Vi(childPid), Out(4), Vi(0), Out(bpRusageSize)) }, pre: zombie, post: reap},
	// illumos's libc function (wait4 without the rusage)
	{key: "waitpid", args: func() []bpArg { return cat(Vi(childPid), Out(4), Vi(0)) }, pre: zombie, post: reap},
	{key: "wait6", args: func() []bpArg {
		return cat(Vi(bpPPid), Vi(childPid), Out(4), Vi(bpWexited), Out(2*bpRusageSize), Out(bpSiginfoSize))
	}, pre: zombie, post: reap, null: map[int]syscall.Errno{2: 0, 4: 0, 5: 0}}, // each result optional
	// an executable: Linux opens the file before it reads argv and envp
	// (Linux takes a NULL argv as empty, the BSDs read it: EFAULT; a NULL
	// envp is an empty environment everywhere: the program would run)
	{key: "execve", args: func() []bpArg { return cat(P("/bin/true"), In(zeros(8)), In(zeros(8))) }, noValid: true,
		null: map[int]syscall.Errno{1: syscall.EFAULT, 2: bpNotRun}},
	{key: "getgroups", args: func() []bpArg { return cat(Vi(64), Out(256)) }},
	{key: "setgroups", args: func() []bpArg { return cat(Vi(1), In(le32(uint32(syscall.Getgid())))) }},
	{key: "getresuid", args: func() []bpArg { return cat(Out(4), Out(4), Out(4)) }},
	{key: "getresgid", args: func() []bpArg { return cat(Out(4), Out(4), Out(4)) }},
	// illumos's (struct utsname: five 257-byte fields; gethostname over sysinfo)
	{key: "uname", args: func() []bpArg { return cat(Out(5 * 257)) }},
	{key: "gethostname", args: func() []bpArg { return cat(Out(256), Vi(256)) }},
	{key: "getrusage", args: func() []bpArg { return cat(Vi(0), Out(bpRusageSize)) }},
	{key: "getrlimit", args: func() []bpArg { return cat(Vi(syscall.RLIMIT_CORE), Out(16)) }},
	{key: "setrlimit", args: func() []bpArg { return cat(Vi(syscall.RLIMIT_CORE), In(curRlimit())) }},
	{key: "procctl", args: func() []bpArg { return cat(Vi(0), Vi(0), Vi(12), Out(4)) }},                        // P_PID, self, PROC_PDEATHSIG_STATUS
	{key: "cpuset_getaffinity", args: func() []bpArg { return cat(Vi(2), Vi(1), V(negOne), Vi(16), Out(16)) }}, // CPU_LEVEL_WHICH, CPU_WHICH_PID, -1
	{key: "_sched_getaffinity", args: func() []bpArg { return cat(Vi(0), Vi(0), Vi(16), Out(16)) }},
	{key: "cap_getmode", args: func() []bpArg { return cat(Out(4)) }},
	{key: "__sysctl", args: func() []bpArg {
		mib := append(le32(1), le32(1)...) // kern.ostype
		// no new value (newlen 0: newp is never read)
		return cat(In(mib), Vi(2), Out(64), InOut(le64(64)), Fixed(V(0)), Vi(0))
	}, null: map[int]syscall.Errno{2: 0, 3: syscall.ENOMEM}}, // no old value: a size query; no length: 0 bytes fit
	{key: "sysarch", args: func() []bpArg { return cat(Vi(128), Out(8)) }}, // AMD64_GET_FSBASE
	// time
	{key: "gettimeofday", args: func() []bpArg { return cat(Out(16), Out(8)) }},
	{key: "clock_gettime", args: func() []bpArg { return cat(Vi(bpClockRealtime), Out(16)) }},
	{key: "clock_getres", args: func() []bpArg { return cat(Vi(bpClockRealtime), Out(16)) }},
	{key: "nanosleep", args: func() []bpArg { return cat(In(timespec0()), Out(16)) }},
	{key: "clock_nanosleep", args: func() []bpArg { return cat(Vi(0), Vi(0), In(timespec0()), Out(16)) }},
	{key: "setitimer", args: func() []bpArg { return cat(Vi(0), In(zeros(32)), Out(32)) }},
	{key: "getitimer", args: func() []bpArg { return cat(Vi(0), Out(32)) }},
	// signals
	{key: "sigaction", args: func() []bpArg {
		// NetBSD's trampoline and its version (2: siginfo); the others ignore them
		return cat(Vi(int(syscall.SIGWINCH)), In(zeros(32)), Out(32), Fixed(Addr(arena)), Vi(2))
	}},
	{key: "sigprocmask", args: func() []bpArg { return cat(Vi(bpSigBlock), In(zeros(bpSigsetSize)), Out(bpSigsetSize)) }},
	// illumos's libc function: sigprocmask's copies, the error returned (not in errno)
	// OpenBSD's and illumos's libc: sigprocmask's work, *set read and *oset stored by libc itself
	{key: "pthread_sigmask", args: func() []bpArg { return cat(Vi(bpSigBlock), In(zeros(bpSigsetSize)), Out(bpSigsetSize)) },
		libc: true},
	// OpenBSD's and illumos's libc function (the stub or thr_sigsetmask reads *set and stores *oset)
	{key: "sigprocmask_libc", args: func() []bpArg { return cat(Vi(bpSigBlock), In(zeros(bpSigsetSize)), Out(bpSigsetSize)) },
		libc: true},
	{key: "sigpending", args: func() []bpArg { return cat(Out(bpSigsetSize)) }},
	{key: "sigsuspend", args: func() []bpArg { return cat(In(zeros(bpSigsetSize))) }, noValid: true},
	{key: "sigaltstack", args: func() []bpArg { return cat(In(zeros(24)), Out(24)) }},
	{key: "sigreturn", args: func() []bpArg { return cat(In(zeros(1024))) }, noValid: true},
	{key: "setcontext", args: func() []bpArg { return cat(In(zeros(1024))) }, noValid: true},
	{key: "getcontext", args: func() []bpArg { return cat(Out(1024)) }},
	// threads
	{key: "thr_self", args: func() []bpArg { return cat(Out(8)) }},
	{key: "thr_set_name", args: func() []bpArg { return cat(Vi(bpTid()), P("badptr")) },
		null: map[int]syscall.Errno{1: 0}}, // NULL clears the name
	{key: "thr_new", args: func() []bpArg { return cat(In(zeros(104)), Vi(104)) }, noValid: true},
	{key: "_umtx_op", args: func() []bpArg {
		// UMTX_OP_WAIT_UINT_PRIVATE, *obj != val: no wait; uaddr1 is the
		// timeout's size (a number in a pointer's slot), uaddr2 the timeout
		return cat(In(le32(1)), Vi(15), Vi(0), Fixed(V(16)), In(timespec0()))
	}, null: map[int]syscall.Errno{4: 0}}, // no timeout
	{key: "_lwp_create", args: func() []bpArg { return cat(In(zeros(1024)), Vi(0), Fixed(Out(4))) }, noValid: true},
	{key: "_lwp_setname", args: func() []bpArg { return cat(Vi(bpTid()), P("badptr")) }},
	{key: "_lwp_getname", args: func() []bpArg { return cat(Vi(bpTid()), Out(32), Vi(32)) },
		pre: func() { bpSetName("badptr") }}, // a name longer than the mapped byte
	{key: "_lwp_unpark_all", args: func() []bpArg { return cat(In(le32(0x7ffffff0)), Vi(1), Fixed(Addr(0))) }, // hint: never dereferenced
		null: map[int]syscall.Errno{0: 0}}, // NULL: asks for the most LWPs one call unparks
	// OpenBSD's libpthread (librthread): pthread_attr_t is a pointer to an
	// object libc allocates; each function reads *attr (and the object)
	// and stores its result itself.  NULL is a bad pointer like any other.
	{key: "pthread_attr_init", args: func() []bpArg { return cat(Out(8)) }, libc: true},
	{key: "pthread_attr_destroy", args: func() []bpArg { return cat(InOut(le64(uint64(bpAttr())))) }, libc: true},
	{key: "pthread_attr_getstacksize", args: func() []bpArg { return cat(In(le64(uint64(bpAttr()))), Out(8)) }, libc: true},
	{key: "pthread_attr_setstacksize", args: func() []bpArg { return cat(In(le64(uint64(bpAttr()))), Vi(1<<20)) }, libc: true},
	{key: "pthread_attr_getdetachstate", args: func() []bpArg { return cat(In(le64(uint64(bpAttr()))), Out(4)) }, libc: true},
	{key: "pthread_attr_setdetachstate", args: func() []bpArg { return cat(In(le64(uint64(bpAttr()))), Vi(bpDetached)) }, libc: true},
	// *attr read before the thread starts (NULL: the defaults), *thread
	// stored after; the start routine (a libc function that returns at
	// once) and its argument are not dereferenced by pthread_create
	{key: "pthread_create", args: func() []bpArg {
		return cat(Out(8), In(le64(uint64(bpAttr()))), Fixed(V(bpStartFn())), Fixed(V(0)))
	}, libc: true},
	// illumos's libc (port/threads/pthr_attr.c, pthread.c): the same
	// objects, but NULL is checked (EINVAL; pthread_create's thread: not
	// wanted) before anything is dereferenced.  pthread_attr_init is
	// OpenBSD's case (unchecked there too).
	{key: "pthread_attr_destroy_illumos", args: func() []bpArg { return cat(InOut(le64(uint64(bpAttr())))) }, libc: true,
		null: map[int]syscall.Errno{0: syscall.EINVAL}},
	{key: "pthread_attr_getstacksize_illumos", args: func() []bpArg { return cat(In(le64(uint64(bpAttr()))), Out(8)) }, libc: true,
		null: map[int]syscall.Errno{0: syscall.EINVAL, 1: syscall.EINVAL}},
	{key: "pthread_attr_setstacksize_illumos", args: func() []bpArg { return cat(In(le64(uint64(bpAttr()))), Vi(1<<20)) }, libc: true,
		null: map[int]syscall.Errno{0: syscall.EINVAL}},
	{key: "pthread_attr_setdetachstate_illumos", args: func() []bpArg { return cat(In(le64(uint64(bpAttr()))), Vi(bpDetached)) }, libc: true,
		null: map[int]syscall.Errno{0: syscall.EINVAL}},
	{key: "pthread_attr_getstack_illumos", args: func() []bpArg { return cat(In(le64(uint64(bpAttr()))), Out(8), Out(8)) }, libc: true,
		null: map[int]syscall.Errno{0: syscall.EINVAL, 1: syscall.EINVAL, 2: syscall.EINVAL}},
	{key: "pthread_create_illumos", args: func() []bpArg {
		return cat(Out(4), In(le64(uint64(bpAttr()))), Fixed(V(bpStartFn())), Fixed(V(0)))
	}, libc: true, null: map[int]syscall.Errno{0: 0}},
	// void arc4random_buf(void *buf, size_t n): libc fills buf itself
	{key: "arc4random_buf", args: func() []bpArg { return cat(Out(64), Vi(64)) }, libc: true},
	// OpenBSD's futex: a deadline already passed, so the call only releases
	// the lock (the kernel's copyout) and answers EWOULDBLOCK; abort is read
	// only when the sleep would begin
	{key: "__thrsleep", args: func() []bpArg {
		return cat(V(uintptr(0x5eed)), Vi(0), In(timespec0()), Out(4), Fixed(Addr(0)))
	}, null: map[int]syscall.Errno{2: bpNotRun, 3: syscall.EAGAIN}}, // no deadline: sleeps; no lock: nothing to release
	{key: "___lwp_park60", args: func() []bpArg {
		return cat(Vi(0), Vi(0), In(timespec0()), Vi(0), Fixed(Addr(0)), Fixed(Addr(0))) // hints: never dereferenced
	}, null: map[int]syscall.Errno{2: bpNotRun}},
}

// bpModels: calls Linux has no equivalent of.  Their reference is a model
// fed by the Linux kernel's own facts (bpAccessible): the whole object
// cannot be copied in (out) -> EFAULT, as FreeBSD's and NetBSD's copyin and
// copyout answer; such calls get no valid-memory (read-only input) case.
var bpModels = map[string]bool{
	"chflags": true, "lchflags": true, "chflagsat": true, "funlinkat": true, "__realpathat": true,
	"sendfile": true, "kevent": true, "freebsd11_kevent": true, "procctl": true, "cap_getmode": true,
	"__sysctl": true, "sysarch": true, "sigreturn": true, "setcontext": true, "getcontext": true,
	"thr_self": true, "thr_set_name": true, "thr_new": true, "_umtx_op": true, "_lwp_create": true,
	"_lwp_setname": true, "_lwp_getname": true, "_lwp_unpark_all": true, "___lwp_park60": true,
	"wait6": true, "uname": true, "gethostname": true, "__thrsleep": true,
}

// Hooks of the per-OS files for the libc cases: a live pthread_attr_t
// value (what pthread_attr_init stores), a start routine that returns at
// once, PTHREAD_CREATE_DETACHED.  0 where the OS has no such calls.
var (
	bpAttr     = func() uintptr { return 0 }
	bpStartFn  = func() uintptr { return 0 }
	bpDetached = 1
)

func bpModeled(key string) bool { return bpModels[key] }

// bpModel: the reference for a modeled call: EFAULT when the Linux kernel
// cannot copy the whole object (in, out, or both), else the call would run
// (never asked: see kindsFor).
func bpModel(a bpArg, p uintptr) syscall.Errno {
	n := objLen(a)
	if p == 0 {
		return syscall.EFAULT
	}
	switch a.t {
	case 'o':
		if !bpAccessible(p, n, true) {
			return syscall.EFAULT
		}
	case 'x':
		if !bpAccessible(p, n, false) || !bpAccessible(p, n, true) {
			return syscall.EFAULT
		}
	case 'p':
		// a path is read up to its NUL
		if !bpAccessible(p, len(a.in), false) {
			return syscall.EFAULT
		}
	default:
		if !bpAccessible(p, n, false) {
			return syscall.EFAULT
		}
	}
	return 0
}

// bpExcluded: rows with pointer-kind arguments that get no bad pointers,
// and why.  (In every OS's table these are the same calls.)
var bpExcluded = map[string]string{
	"break":           "its argument is the new break, an address compared as a number, never dereferenced",
	"thr_exit":        "ends the calling thread whatever the pointer is",
	"_lwp_exit":       "ends the calling LWP",
	"_lwp_setprivate": "sets the TLS base itself: any value is taken, as on NetBSD",
	"_lwp_unpark":     "its pointer is a sleep-queue hint, never dereferenced",
}

// --- running ---------------------------------------------------------------------

func bpCase(label, name string, f func() string) {
	if caseFilter != nil && !caseFilter.MatchString(family+"/"+label+"/"+name) {
		return
	}
	ch := make(chan string, 1)
	go func() {
		defer func() {
			if p := recover(); p != nil {
				ch <- fmt.Sprintf("PANIC %v", p)
			}
		}()
		ch <- f()
	}()
	var res string
	select {
	case res = <-ch:
	case <-time.After(CaseTimeout):
		res = "TIMEOUT"
	}
	fmt.Printf("CASE %s %s: %s\n", label, name, res)
}

// bpRunChild: one case of a libc function, in a child process ("child
// bpcase KEY ARG KIND"): a fault ends the child, and how it ended is the
// result.  Go reports a fault it cannot turn into a panic (a libc call
// runs on the system stack) or an unrecovered one with the same line,
// "[signal SIGSEGV: segmentation violation code=C addr=A pc=P]": the
// result is "SEGV:" and the si_code's name, "+N" when si_addr is N bytes
// past the bad pointer (the first byte of the object that is not there).
func bpRunChild(s *bpSpec, ti int, kind string) string {
	cmd := exec.Command(self(), "child", "bpcase", s.key, strconv.Itoa(ti), kind)
	cmd.Env = append(os.Environ(), "GOTRACEBACK=none")
	var out, errb strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	if m := bpSignalLine.FindStringSubmatch(errb.String()); m != nil {
		code, _ := strconv.ParseUint(m[2], 0, 64)
		addr, _ := strconv.ParseUint(m[3], 0, 64)
		res := m[1] + ":" + bpSegvCode(code)
		if off := addr - uint64(bpBadValue(kind)); off != 0 {
			if off < 1<<20 {
				res += fmt.Sprintf("+%d", off)
			} else {
				res += fmt.Sprintf("@%#x", addr)
			}
		}
		return res
	}
	if err != nil || out.Len() == 0 {
		e := errb.String()
		if len(e) > 200 {
			e = e[:200]
		}
		return fmt.Sprintf("CHILD %v %q", err, e)
	}
	return strings.TrimSpace(out.String())
}

var bpSignalLine = regexp.MustCompile(`\[signal (SIG[A-Z]+): [^]]*code=(0x[0-9a-f]+) addr=(0x[0-9a-f]+)`)

func bpSegvCode(c uint64) string {
	switch c {
	case 1:
		return "MAPERR"
	case 2:
		return "ACCERR"
	case 0x80:
		return "KERNEL"
	}
	return fmt.Sprintf("%#x", c)
}

// bpBadValue: the pointer a kind passes (bpRun's choice; straddle: the
// object's first byte, on the last mapped byte).
func bpBadValue(kind string) uintptr {
	switch kind {
	case "unmapped":
		return pUn
	case "kernel":
		return kernelAddr
	case "rdonly":
		return pRO + 0x100
	case "straddle":
		return pUn - 1
	}
	return 0
}

func init() {
	children["bpcase"] = func(args []string) int {
		if len(args) != 3 {
			return 111
		}
		ti, _ := strconv.Atoi(args[1])
		for i := range bpSpecs {
			if s := &bpSpecs[i]; s.key == args[0] {
				arenaSetup()
				fmt.Print(bpRun(s, ti, args[2]))
				return 0
			}
		}
		return 111
	}
}

// bpOnly: keys of some guest OSes' semantics ("-" on the others).
var bpOnly = map[string]string{
	"pthread_attr_destroy_illumos": "illumos", "pthread_attr_getstacksize_illumos": "illumos",
	"pthread_attr_setstacksize_illumos": "illumos", "pthread_attr_setdetachstate_illumos": "illumos",
	"pthread_attr_getstack_illumos": "illumos", "pthread_create_illumos": "illumos",
	"sigprocmask_libc": "openbsd illumos",
}

// bpRow: this OS's row for a key ("" on Linux: every key is run).
func bpRow(key string) string {
	if o, ok := bpOnly[key]; ok && osName != "linux" && !strings.Contains(" "+o+" ", " "+osName+" ") {
		return "-"
	}
	if r, ok := bpRows[key]; ok {
		return r
	}
	return key
}

func bpCases() {
	arenaSetup()
	bpFixtures()
	for i := range bpSpecs {
		s := &bpSpecs[i]
		row := bpRow(s.key)
		label := s.key
		if osName != "linux" && row != s.key {
			label = s.key + "@" + row
		}
		for ti, a := range s.args() {
			if a.t == 'v' || a.skip {
				continue
			}
			for _, k := range kindsFor(s, a) {
				if want, ok := s.null[ti]; ok && want == bpNotRun && k == "null" {
					continue
				}
				name := fmt.Sprintf("arg%d-%s", ti, k)
				if row == "-" {
					bpCase(label, name, func() string { return "n/a" })
					continue
				}
				ti, k := ti, k
				if s.libc {
					bpCase(label, name, func() string { return bpRunChild(s, ti, k) })
					continue
				}
				bpCase(label, name, func() string { return bpRun(s, ti, k) })
			}
		}
	}
	bpCoverage()
}

// bpMaster: this OS's master table (bpTable): syscalls.master rows
// "NUM NAME LEVEL HANDLER ARGS ...", or a library personality's
// exports.def rows "X(symbol, handler, conv, LEVEL, class, note, ret,
// nargs, KIND...)".
type bpMasterRow struct {
	nr    uintptr
	level string
	args  []string
}

var bpMaster map[string]bpMasterRow

func bpLoadMaster() {
	src := os.Getenv("DZPROBE_SRC")
	if src == "" {
		fmt.Fprintln(os.Stderr, "badptr: DZPROBE_SRC (the source tree) is not set")
		os.Exit(111)
	}
	f, err := os.Open(src + "/" + bpTable)
	if err != nil {
		fmt.Fprintln(os.Stderr, "badptr:", err)
		os.Exit(111)
	}
	defer f.Close()
	bpMaster = map[string]bpMasterRow{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if line := sc.Text(); strings.HasPrefix(line, "X(") || strings.HasPrefix(line, "LEAN(") {
			w := bpSplitRow(strings.TrimSuffix(line[strings.Index(line, "(")+1:], ")"))
			if strings.HasPrefix(line, "LEAN(") {
				w = append(w[:1], w[2:]...) // LEAN(symbol, fast path, handler, ...)
			}
			if len(w) < 9 {
				continue
			}
			var kinds []string
			for _, k := range w[8:] {
				kinds = append(kinds, strings.ToLower(strings.TrimSpace(k)))
			}
			name := strings.TrimSpace(w[0])
			bpMaster[name] = bpMasterRow{level: strings.ToLower(strings.TrimSpace(w[3])), args: kinds}
			continue
		}
		w := strings.Fields(sc.Text())
		if len(w) < 5 {
			continue
		}
		nr, err := strconv.Atoi(w[0])
		if err != nil {
			continue
		}
		bpMaster[w[1]] = bpMasterRow{nr: uintptr(nr), level: w[2], args: strings.Split(w[4], ",")}
	}
}

// bpSplitRow: an exports.def row's fields, split at the commas outside
// double quotes (a note may hold commas: split there, the kinds would
// shift by one and name the wrong arguments).
func bpSplitRow(s string) []string {
	var w []string
	quoted, start := false, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '"':
			quoted = !quoted
		case ',':
			if !quoted {
				w = append(w, s[start:i])
				start = i + 1
			}
		}
	}
	return append(w, s[start:])
}

var bpPointerKinds = map[string]bool{"ptr": true, "path": true, "str": true, "inbuf": true, "outbuf": true, "mib": true}

// bpCoverage: each implemented row of this OS's table with a pointer-kind
// argument is a case above or listed in bpExcluded.
func bpCoverage() {
	if osName == "linux" {
		return
	}
	covered := map[string]bool{}
	for _, s := range bpSpecs {
		row := bpRow(s.key)
		covered[row] = true
		// each pointer-kind argument of the row is a pointer argument here
		if r, ok := bpMaster[row]; ok && row != "-" {
			args := s.args()
			for i, k := range r.args {
				if bpPointerKinds[k] && (i >= len(args) || args[i].t == 'v' && !args[i].skip) {
					fmt.Printf("CASE %s badptr-arg%d-uncovered: the row's argument %d is a %s, the case passes a value\n", row, i, i, k)
				}
			}
		}
	}
	var missing []string
	for name, r := range bpMaster {
		if r.level == "unimpl" || r.level == "obsolete" {
			continue
		}
		hasPtr := false
		for _, a := range r.args {
			hasPtr = hasPtr || bpPointerKinds[a]
		}
		if hasPtr && !covered[name] && bpExcluded[name] == "" {
			missing = append(missing, name)
		}
	}
	sort.Strings(missing)
	for _, m := range missing {
		fmt.Printf("CASE %s badptr-uncovered: no bad-pointer case for this row (conformance/probes/badptr.go)\n", m)
	}
}

// bpGuestNr: this OS's number for a row, from its master table.
func bpGuestNr(row string) (uintptr, bool) {
	r, ok := bpMaster[row]
	return r.nr, ok
}

func main() {
	if osName != "linux" {
		bpLoadMaster()
	}
	Main(bpCases)
}
