// common_syscalls.go — how the probes make a raw call on the systems whose
// package syscall numbers them: Linux and the BSDs (on OpenBSD,
// syscall.Syscall goes through libc's syscall(2)).  illumos has no such
// numbers: common_illumos.go gives the same names to its libc functions.

//go:build linux || freebsd || netbsd || openbsd

package main

import (
	"os"
	"syscall"
)

// The wrappers make the objects their pointer arguments point to escape
// to the heap (uintptrescapes): the call may not move them, and on OpenBSD
// syscall.Syscall is Go code whose stack check could move a stack object.
//
//go:uintptrescapes
//go:nosplit
func sysCall(trap, a1, a2, a3 uintptr) (uintptr, uintptr, syscall.Errno) {
	return syscall.Syscall(trap, a1, a2, a3)
}

//go:uintptrescapes
//go:nosplit
func sysCall6(trap, a1, a2, a3, a4, a5, a6 uintptr) (uintptr, uintptr, syscall.Errno) {
	return syscall.Syscall6(trap, a1, a2, a3, a4, a5, a6)
}

//go:uintptrescapes
//go:nosplit
func rawSysCall(trap, a1, a2, a3 uintptr) (uintptr, uintptr, syscall.Errno) {
	return syscall.RawSyscall(trap, a1, a2, a3)
}

//go:uintptrescapes
//go:nosplit
func rawSysCall6(trap, a1, a2, a3, a4, a5, a6 uintptr) (uintptr, uintptr, syscall.Errno) {
	return syscall.RawSyscall6(trap, a1, a2, a3, a4, a5, a6)
}

// The calls the shared probes make by number.
const (
	SYS_CHDIR         = syscall.SYS_CHDIR
	SYS_CHMOD         = syscall.SYS_CHMOD
	SYS_CLOCK_GETRES  = syscall.SYS_CLOCK_GETRES
	SYS_CLOCK_GETTIME = syscall.SYS_CLOCK_GETTIME
	SYS_CLOSE         = syscall.SYS_CLOSE
	SYS_DUP2          = syscall.SYS_DUP2
	SYS_FCHOWNAT      = syscall.SYS_FCHOWNAT
	SYS_FCNTL         = syscall.SYS_FCNTL
	SYS_FORK          = syscall.SYS_FORK
	SYS_GETGROUPS     = syscall.SYS_GETGROUPS
	SYS_GETITIMER     = syscall.SYS_GETITIMER
	SYS_GETRLIMIT     = syscall.SYS_GETRLIMIT
	SYS_GETRUSAGE     = syscall.SYS_GETRUSAGE
	SYS_GETSID        = syscall.SYS_GETSID
	SYS_GETTIMEOFDAY  = syscall.SYS_GETTIMEOFDAY
	SYS_GETUID        = syscall.SYS_GETUID
	SYS_IOCTL         = syscall.SYS_IOCTL
	SYS_LINK          = syscall.SYS_LINK
	SYS_LINKAT        = syscall.SYS_LINKAT
	SYS_MADVISE       = syscall.SYS_MADVISE
	SYS_MINCORE       = syscall.SYS_MINCORE
	SYS_MKDIR         = syscall.SYS_MKDIR
	SYS_MKDIRAT       = syscall.SYS_MKDIRAT
	SYS_MLOCK         = syscall.SYS_MLOCK
	SYS_MPROTECT      = syscall.SYS_MPROTECT
	SYS_MUNLOCK       = syscall.SYS_MUNLOCK
	SYS_MUNMAP        = syscall.SYS_MUNMAP
	SYS_NANOSLEEP     = syscall.SYS_NANOSLEEP
	SYS_OPEN          = syscall.SYS_OPEN
	SYS_OPENAT        = syscall.SYS_OPENAT
	SYS_PIPE2         = syscall.SYS_PIPE2
	SYS_POLL          = syscall.SYS_POLL
	SYS_READ          = syscall.SYS_READ
	SYS_READLINK      = syscall.SYS_READLINK
	SYS_READLINKAT    = syscall.SYS_READLINKAT
	SYS_READV         = syscall.SYS_READV
	SYS_RENAME        = syscall.SYS_RENAME
	SYS_RENAMEAT      = syscall.SYS_RENAMEAT
	SYS_SCHED_YIELD   = syscall.SYS_SCHED_YIELD
	SYS_SELECT        = syscall.SYS_SELECT
	SYS_SENDTO        = syscall.SYS_SENDTO
	SYS_SETGROUPS     = syscall.SYS_SETGROUPS
	SYS_SETITIMER     = syscall.SYS_SETITIMER
	SYS_SETRLIMIT     = syscall.SYS_SETRLIMIT
	SYS_SYMLINKAT     = syscall.SYS_SYMLINKAT
	SYS_UNLINKAT      = syscall.SYS_UNLINKAT
	SYS_WRITE         = syscall.SYS_WRITE
	SYS_WRITEV        = syscall.SYS_WRITEV
)

// sys/dirent.h d_type values
const (
	DT_UNKNOWN = syscall.DT_UNKNOWN
	DT_FIFO    = syscall.DT_FIFO
	DT_CHR     = syscall.DT_CHR
	DT_DIR     = syscall.DT_DIR
	DT_BLK     = syscall.DT_BLK
	DT_REG     = syscall.DT_REG
	DT_LNK     = syscall.DT_LNK
	DT_SOCK    = syscall.DT_SOCK
)

// fcntl.h: O_ASYNC (illumos has none)
const O_ASYNC_ = syscall.O_ASYNC

// Calls and values package syscall has here but not for illumos.
const O_DIRECTORY_ = syscall.O_DIRECTORY

func mkfifo(path string, mode uint32) error { return syscall.Mkfifo(path, mode) }
func dup2(old, new int) error               { return syscall.Dup2(old, new) }
func getpgrp() int                          { return syscall.Getpgrp() }
func getpgid(pid int) (int, error)          { return syscall.Getpgid(pid) }

// The libc forms illumos checks (pthread_sigmask, open64, issetugid,
// getexecname, sem_*): here the plain calls, or a model of the object.
func threadSigmask(how int, set, old *sigset) error { return sigprocmask(how, set, old) }
func open64Form(path string, flags int, mode uint32) (int, error) {
	return syscall.Open(path, flags, mode)
}
func issetugidForm() int { return issetugid() }
func execnameForm() string {
	p, _ := os.Readlink("/proc/self/exe")
	return p
}
func semaphoreForm() string { return "init=ok trywait=ok again=EAGAIN post=ok wait=ok" }

// rctlblkSize: illumos's resource-control block size; here a model.
func rctlblkSize() int { return 1 }
