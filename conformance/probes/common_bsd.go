// common_bsd.go — probe primitives FreeBSD and NetBSD share: the same
// calls, structs and conventions, each OS's call numbers (nr*) and struct
// types coming from its own common_<os>.go.  The harness adds this file to
// every BSD build.

//go:build freebsd || netbsd

package main

import (
	"syscall"
	"unsafe"
)

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
