// common_bsd.go — probe primitives FreeBSD and NetBSD share: the same
// calls, structs and conventions, each OS's call numbers (nr*) and struct
// types coming from its own common_<os>.go.  The harness adds this file to
// every BSD build.

//go:build freebsd || netbsd

package main

import (
	"bytes"
	"syscall"
	"unsafe"
)

// sigset: sigset_t is 4 x uint32 on both; signal n is bit n-1.
type sigset [4]uint32

const (
	SIG_BLOCK   = 1
	SIG_UNBLOCK = 2
	SIG_SETMASK = 3
)

// stack_t: sys/sys/signal.h {ss_sp, ss_size, ss_flags}.
type stackT struct {
	sp    uintptr
	size  uintptr
	flags int32
	_     int32
}

// clockNanosleep: both return the error number as the call's value.
func clockNanosleep(clock, flags int, req, rem *syscall.Timespec) error {
	r, _, en := syscall.Syscall6(nrClockNanosleep, uintptr(clock), uintptr(flags),
		uintptr(unsafe.Pointer(req)), uintptr(unsafe.Pointer(rem)), 0, 0)
	if en != 0 {
		return en
	}
	return errno(syscall.Errno(r))
}

// sys/sys/resource.h
const rlimInfinity = 0x7fffffffffffffff

// issetugid(2)
func issetugid() int {
	r, _, _ := syscall.RawSyscall(nrIssetugid, 0, 0, 0)
	return int(r)
}

// __sysctl(2) is 202 on both.
const nrSysctl = 202

// sysctl: __sysctl(mib, len, old, &oldlen, NULL, 0); old nil asks the size.
func sysctl(mib []int32, old []byte, oldlen int) (int, error) {
	l := uintptr(oldlen)
	var p unsafe.Pointer
	if old != nil {
		p = unsafe.Pointer(&old[0])
	}
	_, _, en := syscall.Syscall6(nrSysctl, uintptr(unsafe.Pointer(&mib[0])), uintptr(len(mib)),
		uintptr(p), uintptr(unsafe.Pointer(&l)), 0, 0)
	return int(l), errno(en)
}

func sysctlString(mib ...int32) (string, error) {
	b := make([]byte, 1024)
	n, err := sysctl(mib, b, len(b))
	if err != nil {
		return "", err
	}
	return string(bytes.TrimRight(b[:n], "\x00")), nil
}

func sysctlInt(mib ...int32) (int64, error) {
	b := make([]byte, 8)
	n, err := sysctl(mib, b, len(b))
	if err != nil {
		return 0, err
	}
	if n == 4 {
		return int64(*(*int32)(unsafe.Pointer(&b[0]))), nil
	}
	return *(*int64)(unsafe.Pointer(&b[0])), nil
}

// The MIBs both number alike: CTL_KERN 1: KERN_OSTYPE 1, KERN_HOSTNAME 10.

func sysctlUnknown() error {
	_, err := sysctl([]int32{1, 9999}, make([]byte, 16), 16)
	return err
}

// sysctlShort: kern.ostype into a 3-byte buffer: ENOMEM, what fits copied.
func sysctlShort() (int, string, error) {
	b := make([]byte, 3)
	n, err := sysctl([]int32{1, 1}, b, 3)
	return n, string(b[:n]), err
}

// ostypeName: kern.ostype {CTL_KERN, KERN_OSTYPE}.
func ostypeName() (string, error) { return sysctlString(1, 1) }

// sysctlSize: the length a NULL buffer reports for kern.hostname.
func sysctlSize() (int, error) { return sysctl([]int32{1, 10}, nil, 0) }

// sysctlEFAULT: a MIB pointer the kernel cannot read.
func sysctlEFAULT() error {
	l := uintptr(16)
	_, _, en := syscall.Syscall6(nrSysctl, badPtr, 2, 0, uintptr(unsafe.Pointer(&l)), 0, 0)
	return errno(en)
}

type nstat struct {
	mode                uint32
	nlink               uint64
	uid, gid            uint32
	size, blocks        int64
	blksize             int64
	ino, dev, rdev      uint64
	atime, mtime, ctime syscall.Timespec
}

func fstatN(fd int) (nstat, error) {
	var s syscall.Stat_t
	_, _, en := syscall.Syscall(nrFstat, uintptr(fd), uintptr(unsafe.Pointer(&s)), 0)
	return fromStat(&s), errno(en)
}

func fstatatN(dirfd int, path string, flags int) (nstat, error) {
	var s syscall.Stat_t
	p := cstr(path)
	_, _, en := syscall.Syscall6(nrFstatat, uintptr(dirfd), uintptr(unsafe.Pointer(p)),
		uintptr(unsafe.Pointer(&s)), uintptr(flags), 0, 0)
	return fromStat(&s), errno(en)
}

type dent struct {
	name string
	typ  uint8
}

func (s *sigset) add(sig syscall.Signal) { s[(sig-1)/32] |= 1 << ((uint(sig) - 1) % 32) }

func (s *sigset) has(sig syscall.Signal) bool {
	return s[(sig-1)/32]&(1<<((uint(sig)-1)%32)) != 0
}

func sigprocmask(how int, set, old *sigset) error {
	_, _, en := syscall.RawSyscall(nrSigprocmask, uintptr(how), uintptr(unsafe.Pointer(set)),
		uintptr(unsafe.Pointer(old)))
	return errno(en)
}

func sigpending(set *sigset) error {
	_, _, en := syscall.RawSyscall(nrSigpending, uintptr(unsafe.Pointer(set)), 0, 0)
	return errno(en)
}

func sigsuspend(set *sigset) error {
	_, _, en := syscall.Syscall(nrSigsuspend, uintptr(unsafe.Pointer(set)), 0, 0)
	return errno(en)
}

func sigaltstack(ss, old *stackT) error {
	_, _, en := syscall.RawSyscall(nrSigaltstack, uintptr(unsafe.Pointer(ss)), uintptr(unsafe.Pointer(old)), 0)
	return errno(en)
}

func mkStack(sp, size uintptr, flags int32) stackT { return stackT{sp: sp, size: size, flags: flags} }

func (s stackT) get() (uintptr, uintptr, int32) { return s.sp, s.size, s.flags }

// getpriorityNice: getpriority(2) gives the nice value itself.
func getpriorityNice(which, who int) (int, error) {
	r, _, en := syscall.Syscall(syscall.SYS_GETPRIORITY, uintptr(which), uintptr(who), 0)
	return int(int32(r)), errno(en)
}

func (a *sigactionT) get() (uintptr, int) { return a.handler, int(a.flags) }

func mkSigaction(handler uintptr, flags int) sigactionT {
	return sigactionT{handler: handler, flags: int32(flags)}
}

// futimens(2)
func futimens(fd int, ts *[2]syscall.Timespec) error {
	_, _, en := syscall.Syscall(nrFutimens, uintptr(fd), uintptr(unsafe.Pointer(ts)), 0)
	return errno(en)
}

// pageRound / mmapUnalignedOffset: both kernels round an unaligned address
// of mprotect, munmap, madvise, msync and mincore down to its page
// themselves (FreeBSD sys/vm/vm_mmap.c, NetBSD uvm_mmap.c).
func pageRound(addr, n uintptr) (uintptr, uintptr) { return addr, n }

// sysBreak: break(2) (obreak) — 0 asks for the current break.
func sysBreak(addr uintptr) (uintptr, error) {
	r, _, en := syscall.RawSyscall(nrBreak, addr, 0, 0)
	return r, errno(en)
}

// vforkExit: vfork(2) and an immediate exit in the child (no Go code runs
// in the child between the two raw calls).
func vforkExit(code int) (int, error) {
	pid, _, en := syscall.RawSyscall(syscall.SYS_VFORK, 0, 0, 0)
	if en != 0 {
		return 0, en
	}
	if pid == 0 {
		syscall.RawSyscall(nrExitProcess, uintptr(code), 0, 0)
	}
	return int(pid), nil
}

// sys/sys/filio.h (the same encoding on every BSD)
const (
	FIOCLEX  = 0x20006601
	FIONCLEX = 0x20006602
	FIONBIO  = 0x8004667e
	FIONREAD = 0x4004667f
)

// sys/sys/signal.h (NetBSD: sys/sys/sigtypes.h)
const (
	SS_ONSTACK = 0x1
	SS_DISABLE = 0x4
)

// Errnos package syscall lacks for OpenBSD or illumos.
func init() {
	errnoName(syscall.EBADMSG, "EBADMSG")
	errnoName(syscall.EMULTIHOP, "EMULTIHOP")
	errnoName(syscall.ENOLINK, "ENOLINK")
	errnoName(syscall.EPROTO, "EPROTO")
}

// Values package syscall lacks for some OS (common_<goos>.go of those).
const (
	MAP_STACK_ = syscall.MAP_STACK
	RLIMIT_AS_ = syscall.RLIMIT_AS
)

// The libc forms of calls (OpenBSD's waitpid, raise, usleep; the pthread
// attributes object): here the system calls they stand for, and a model of
// the attributes object (what is set reads back).
func waitpidForm(pid int) (int, syscall.WaitStatus, error) {
	var ws syscall.WaitStatus
	w, err := syscall.Wait4(pid, &ws, 0, nil)
	return w, ws, err
}

func raiseForm(sig syscall.Signal) error { return syscall.Kill(syscall.Getpid(), sig) }

func usleepForm(us int) error {
	ts := syscall.NsecToTimespec(int64(us) * 1000)
	return syscall.Nanosleep(&ts, nil)
}

func attrRoundtrip() string { return "stacksize=262144 detached=yes" }

// getrandom answers the number of bytes it wrote.
func randomCount(r uintptr, n int) int { return int(r) }

// libc's random forms: here getrandom(2).
func randomBufForm(n int) []byte {
	b := make([]byte, n)
	r, _, en := syscall.Syscall(nrGetrandom, uintptr(unsafe.Pointer(&b[0])), uintptr(n), 0)
	if en != 0 {
		return nil
	}
	return b[:r]
}

func random32Form() uint32 {
	b := randomBufForm(4)
	if len(b) < 4 {
		return 0
	}
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

// _exit's form: the raw exit call.
func exitForm(code int) { syscall.RawSyscall(nrExitProcess, uintptr(code), 0, 0) }

// CLOCK_REALTIME
const clockRealtime = 0
