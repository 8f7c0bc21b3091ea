// common_netbsd.go — the NetBSD side of the probes' OS primitives.  Numbers
// come from NetBSD sys/kern/syscalls.master and the headers cited next to
// each value (the same facts as abi/netbsd/consts.h).
package main

import (
	"syscall"
	"unsafe"
)

const osName = "netbsd"

// The NetBSD row each reference (FreeBSD) call name is attributed to, and
// the calls NetBSD does not have ("-": the case is not run).  A case that
// exercises more NetBSD rows lists them after its own.
func init() {
	osCalls = map[string]string{
		// versioned and renamed calls
		"accept4":            "paccept",
		"clock_getres":       "__clock_getres50",
		"clock_gettime":      "__clock_gettime50",
		"cpuset_getaffinity": "_sched_getaffinity",
		"fstat":              "__fstat50",
		"futimes":            "__futimes50",
		"getdirentries":      "__getdents30",
		"getitimer":          "__getitimer50",
		"getrusage":          "__getrusage50",
		"gettimeofday":       "__gettimeofday50",
		"kevent":             "__kevent50",
		"kqueuex":            "kqueue1",
		"lutimes":            "__lutimes50",
		"msync":              "__msync13",
		"nanosleep":          "__nanosleep50",
		"posix_fadvise":      "__posix_fadvise50",
		"ppoll":              "__pollts50",
		"pselect":            "__pselect50",
		"select":             "__select50",
		"setitimer":          "__setitimer50",
		"sigaction":          "__sigaction_sigtramp",
		"sigaltstack":        "__sigaltstack14",
		"sigpending":         "__sigpending14",
		"sigprocmask":        "__sigprocmask14",
		"sigreturn":          "setcontext",
		"sigsuspend":         "__sigsuspend14",
		"socket":             "__socket30",
		"utimes":             "__utimes50",
		"wait4":              "__wait450",
		// threads: LWPs.  Creating a thread is getcontext + _lwp_create; the
		// new LWP sets its TLS base; Go's semaphores park and unpark LWPs.
		"thr_new":      "_lwp_create,getcontext,_lwp_setprivate,___lwp_park60,_lwp_unpark",
		"thr_self":     "_lwp_self",
		"thr_exit":     "_lwp_exit",
		"thr_kill":     "_lwp_kill",
		"thr_set_name": "_lwp_setname",
		"sysarch":      "_lwp_setprivate,_lwp_getprivate",
		// the same calls under NetBSD's other names
		"rename/alias-call":                 "__posix_rename",
		"chown/alias-call":                  "__posix_chown",
		"lchown/alias-call":                 "__posix_lchown",
		"fchown/alias-call":                 "__posix_fchown",
		"vfork/alias-call-child-exit":       "__vfork14",
		"fstatat/path-stat-follows-symlink": "__stat50",
		"fstatat/path-lstat-symlink":        "__lstat50",
		"mknodat/path-fifo":                 "__mknod50",
		"pipe2/no-flags-two-results":        "pipe",
		"fcntl/dup-to-fd-cloexec":           "dup3",
		// SOCK_NOSIGPIPE (0x40000000) is a valid flag on NetBSD
		"accept4/EINVAL-bad-flags": "-",
		// the pthread attributes object is libc's, not the kernel's
		"thr_new/attr-stacksize-detachstate": "-",
		// illumos's libc forms and event ports: no such calls here
		"thr_new/semaphore-form":           "-",
		"kqueue/port-form-readable-pipe":   "-",
		"kqueue/port-form-empty-times-out": "-",
		"sendfile/out-in-offset-form":      "-",
		"execve/own-path-form":             "-",
		"getrlimit/rctlblk_size-form":      "-",
		// FreeBSD-only calls and cases
		"__realpathat":                      "-",
		"_umtx_op":                          "-",
		"cap_getmode":                       "-",
		"chflagsat":                         "-",
		"close_range":                       "-",
		"copy_file_range":                   "-",
		"eaccess":                           "-",
		"freebsd11_kevent":                  "-",
		"fstatfs":                           "-",
		"funlinkat":                         "-",
		"futimesat":                         "-",
		"getdtablesize":                     "-",
		"getrandom":                         "-",
		"getresgid":                         "-",
		"getresuid":                         "-",
		"procctl":                           "-",
		"sched_getcpu":                      "-",
		"sendfile":                          "-",
		"setresgid":                         "-",
		"setresuid":                         "-",
		"statfs":                            "-",
		"thr_kill2":                         "-",
		"wait6":                             "-",
		"__sysctl/kern.osreldate-ino64-abi": "-",
		"__sysctl/name2oid-kern.ostype":     "-",
		"__sysctl/name2oid-ENOENT":          "-",
		"clock_gettime/CLOCK_MONOTONIC-matches-uptime-clock": "-",
		"clock_gettime/CLOCK_REALTIME_FAST":                  "-",
		"clock_gettime/CLOCK_MONOTONIC_FAST":                 "-",
		"clock_gettime/CLOCK_SECOND":                         "-",
		"kevent/USER-trigger":                                "-",
		"kevent/USER-trigger-from-other-thread":              "-",
		"sysarch/get-gs-base":                                "-",
		"sysarch/EINVAL-unknown-op":                          "-",
		"getrusage/RUSAGE_THREAD":                            "-",
		"mmap/MAP_32BIT":                                     "-",
	}
}

// sys/sys/fcntl.h
const (
	AT_FDCWD            = -100
	AT_EACCESS          = 0x0100
	AT_SYMLINK_NOFOLLOW = 0x0200
	AT_SYMLINK_FOLLOW   = 0x0400
	AT_REMOVEDIR        = 0x0800
)

// sys/kern/syscalls.master
const (
	nrPread          = 173 // pread(fd, buf, n, PAD, off): see offArgs
	nrPwrite         = 174
	nrFstat          = 440 // __fstat50
	nrFstatat        = 466
	nrGetdirentries  = 390    // __getdents30 (no basep: a 4th argument is ignored)
	nrGetrandom      = 0x7fff // none (the getrandom cases do not run)
	nrCopyFileRange  = 0x7fff // none
	nrFdatasync      = 241
	nrFutimens       = 472
	nrUtimensat      = 467
	nrExitProcess    = 1
	nrLwpSelf        = 311
	nrLwpKill        = 318
	nrSigprocmask    = 293 // __sigprocmask14
	nrSigpending     = 292
	nrSigsuspend     = 294
	nrSigaltstack    = 281 // __sigaltstack14
	nrClockNanosleep = 477
	nrBreak          = 17
	nrIssetugid      = 305
	nrKqueue1        = 455
	nrKevent         = 435 // __kevent50
	nrLwpSetname     = 323
	nrLwpGetprivate  = 316
	nrLwpSetprivate  = 317
	nrSchedGetaff    = 349
	nrMsync          = 277 // __msync13
	getcwdNr         = 296
	nrPreadv         = 289 // preadv(fd, iov, cnt, PAD, off)
	nrPwritev        = 290
	nrFchmodatFlags  = 463 // fchmodat(fd, path, mode, flag)
	nrFaccessatFlags = 462
	nrMknodat        = 460
	nrMkfifoat       = 459
	nrWait450        = 449
)

// sys/sys/stat.h: the Linux values
const (
	UTIME_NOW  = (1 << 30) - 1
	UTIME_OMIT = (1 << 30) - 2
)

// sys/sys/mman.h
const (
	MADV_FREE_ = 6
	MS_SYNC    = 4
	MS_ASYNC   = 1
)

// sys/sys/time.h.  NetBSD has no FAST/UPTIME/SECOND clocks (those cases do
// not run); the CPU clocks are flags in the high bits.
const (
	CLOCK_REALTIME_FAST  = -1
	CLOCK_MONOTONIC_FAST = -1
	CLOCK_UPTIME         = -1
	CLOCK_SECOND         = -1
	CLOCK_PROCESS_CPU    = 0x40000000
	CLOCK_THREAD_CPU     = 0x20000000
	TIMER_ABSTIME        = 1
)

const GRND_NONBLOCK = 1

// The errno NetBSD documents for these mistakes.
var (
	errNofollowSymlink = syscall.Errno(79) // open(2): EFTYPE for O_NOFOLLOW on a symlink
	errUnlinkDir       = syscall.EPERM     // unlink(2) of a directory
	errGetdentsNotDir  = syscall.ENOTDIR   // getdents(2) on a regular file
)

func fromStat(s *syscall.Stat_t) nstat {
	return nstat{mode: s.Mode, nlink: uint64(s.Nlink), uid: s.Uid, gid: s.Gid, size: s.Size,
		blocks: s.Blocks, blksize: int64(s.Blksize), ino: s.Ino, dev: s.Dev, rdev: s.Rdev,
		atime: s.Atimespec, mtime: s.Mtimespec, ctime: s.Ctimespec}
}

// statfs: NetBSD has statvfs1 instead (the statfs cases do not run).
type nstatfs struct {
	bsize                int64
	blocks, bfree, files uint64
	namemax              int64
}

func statfsN(path string) (nstatfs, error) { return nstatfs{}, syscall.ENOSYS }
func fstatfsN(fd int) (nstatfs, error)     { return nstatfs{}, syscall.ENOSYS }

// getdents: __getdents30(fd, buf, count).
func getdents(fd int, buf []byte) (int, error) {
	var p unsafe.Pointer
	if len(buf) > 0 {
		p = unsafe.Pointer(&buf[0])
	}
	n, _, en := syscall.Syscall(nrGetdirentries, uintptr(fd), uintptr(p), uintptr(len(buf)))
	return int(n), errno(en)
}

// parseDirents: NetBSD struct dirent (sys/sys/dirent.h): fileno 8, reclen
// 2, namlen 2, type 1, name at 13.
func parseDirents(buf []byte) []dent {
	var out []dent
	for len(buf) >= 16 {
		reclen := int(*(*uint16)(unsafe.Pointer(&buf[8])))
		namlen := int(*(*uint16)(unsafe.Pointer(&buf[10])))
		typ := buf[12]
		if reclen == 0 || reclen > len(buf) || 13+namlen > reclen {
			break
		}
		out = append(out, dent{string(buf[13 : 13+namlen]), typ})
		buf = buf[reclen:]
	}
	return out
}

func gettid() int {
	r, _, _ := syscall.RawSyscall(nrLwpSelf, 0, 0, 0)
	return int(r)
}

// tkill: _lwp_kill(lwpid, sig).
func tkill(tid int, sig syscall.Signal) error {
	_, _, en := syscall.RawSyscall(nrLwpKill, uintptr(tid), uintptr(sig), 0)
	return errno(en)
}

// ncpuAffinity: _sched_getaffinity(0, 0, size, set) — the process's CPUs.
func ncpuAffinity(setsize int) (int, error) {
	buf := make([]byte, setsize)
	_, _, en := syscall.RawSyscall6(nrSchedGetaff, 0, 0, uintptr(setsize), uintptr(unsafe.Pointer(&buf[0])), 0, 0)
	if en != 0 {
		return 0, en
	}
	return popcount(buf), nil
}

func mkfifoat(dir int, path string, mode uint32) error {
	p := cstr(path)
	_, _, en := syscall.Syscall(nrMkfifoat, uintptr(int64(dir)), uintptr(unsafe.Pointer(p)), uintptr(mode))
	return errno(en)
}

// sys/sys/signal.h; struct sigaction {handler; sigset_t sa_mask; int sa_flags}
const (
	SA_ONSTACK  = 0x0001
	SA_RESTART  = 0x0002
	SA_SIGINFO  = 0x0040
	sigactionNr = 340 // __sigaction_sigtramp
)

type sigactionT struct {
	handler uintptr
	mask    sigset
	flags   int32
	_       int32
}

// sigactionRaw: __sigaction_sigtramp(sig, act, old, NULL, 2): no trampoline
// (the probes only set SIG_DFL and SIG_IGN this way).
func sigactionRaw(sig int, act, old *sigactionT) error {
	_, _, en := syscall.RawSyscall6(sigactionNr, uintptr(sig), uintptr(unsafe.Pointer(act)), uintptr(unsafe.Pointer(old)), 0, 2, 0)
	return errno(en)
}

// FreeBSD-only calls: their cases do not run on NetBSD.
func thrKill2(pid, tid int, sig syscall.Signal) error                { return syscall.ENOSYS }
func setPdeathsig(sig int) error                                     { return syscall.ENOSYS }
func getPdeathsig() (int, error)                                     { return 0, syscall.ENOSYS }
func procctlBadCmd() error                                           { return syscall.ENOSYS }
func eaccess(path string, mode uint32) error                         { return syscall.ENOSYS }
func getdtablesize() (int, error)                                    { return 0, syscall.ENOSYS }
func schedGetcpu() (int, error)                                      { return 0, syscall.ENOSYS }
func wait6pid(pid int, options int) (int, syscall.WaitStatus, error) { return 0, 0, syscall.ENOSYS }

const (
	WEXITED = 0x20
	P_PID   = 1
)

// sys/sys/wait.h: the status word of a continued child (_WCONTINUED 0xffff)
const wstatContinued = 0xffff
const clockMonotonic = 3 // CLOCK_MONOTONIC

func mmapUnalignedOffset(fd int, off int64) (uintptr, error) {
	return mmapRaw(0, 4096, syscall.PROT_READ, syscall.MAP_PRIVATE, fd, off)
}

// offArgs: pread/pwrite/preadv/pwritev keep a PAD argument before the offset.
func offArgs(off int64) (uintptr, uintptr) { return 0, uintptr(off) }

// mmapRaw: mmap(addr, len, prot, flags, fd, PAD, pos): pos is the 7th
// argument, on the stack.
func mmapRaw(addr, length uintptr, prot, flags, fd int, off int64) (uintptr, error) {
	r, _, en := syscall.Syscall9(syscall.SYS_MMAP, addr, length, uintptr(prot), uintptr(flags), uintptr(fd), 0, uintptr(off), 0, 0)
	return r, errno(en)
}

// Numbers package syscall lacks for NetBSD (the setres* and MAP_32BIT
// cases do not run; the others are sys/sys/wait.h, sys/sys/resource.h).
const (
	nrSetresuid    = 0x7fff
	nrSetresgid    = 0x7fff
	MAP_32BIT_     = 0
	WCONTINUED_    = 0x10
	RUSAGE_THREAD_ = 1
)

// sys/kern/syscalls.master: the POSIX-semantics and versioned names of
// calls the other systems have plainly.
const (
	nrPosixRename = 270
	nrVfork14     = 282
	nrPosixChown  = 283
	nrPosixFchown = 284
	nrPosixLchown = 285
	nrStat50      = 439
	nrLstat50     = 441
	nrMknod50     = 450
	nrPipe        = 42
	nrDup3        = 454
	oCloexec      = 0x400000 // sys/sys/fcntl.h O_CLOEXEC
)

func renameAlias(from, to string) error {
	a, b := cstr(from), cstr(to)
	_, _, en := syscall.Syscall(nrPosixRename, uintptr(unsafe.Pointer(a)), uintptr(unsafe.Pointer(b)), 0)
	return errno(en)
}

func chownAlias(path string, uid, gid int) error {
	p := cstr(path)
	_, _, en := syscall.Syscall(nrPosixChown, uintptr(unsafe.Pointer(p)), uintptr(uid), uintptr(gid))
	return errno(en)
}

func lchownAlias(path string, uid, gid int) error {
	p := cstr(path)
	_, _, en := syscall.Syscall(nrPosixLchown, uintptr(unsafe.Pointer(p)), uintptr(uid), uintptr(gid))
	return errno(en)
}

func fchownAlias(fd, uid, gid int) error {
	_, _, en := syscall.Syscall(nrPosixFchown, uintptr(fd), uintptr(uid), uintptr(gid))
	return errno(en)
}

// vforkAliasExit: __vfork14 and an immediate exit in the child.
func vforkAliasExit(code int) (int, error) {
	pid, _, en := syscall.RawSyscall(nrVfork14, 0, 0, 0)
	if en != 0 {
		return 0, en
	}
	if pid == 0 {
		syscall.RawSyscall(nrExitProcess, uintptr(code), 0, 0)
	}
	return int(pid), nil
}

// statPath: __stat50 / __lstat50(path, sb).
func statPath(path string, lstat bool) (nstat, error) {
	var s syscall.Stat_t
	p := cstr(path)
	nr := uintptr(nrStat50)
	if lstat {
		nr = nrLstat50
	}
	_, _, en := syscall.Syscall(nr, uintptr(unsafe.Pointer(p)), uintptr(unsafe.Pointer(&s)), 0)
	return fromStat(&s), errno(en)
}

// mknodPath: __mknod50(path, mode, dev).
func mknodPath(path string, mode uint32) error {
	p := cstr(path)
	_, _, en := syscall.Syscall(nrMknod50, uintptr(unsafe.Pointer(p)), uintptr(mode), 0)
	return errno(en)
}

// pipePlain: pipe(2) answers the two descriptors in rax and rdx.
func pipePlain() ([2]int, error) {
	r1, r2, en := syscall.RawSyscall(nrPipe, 0, 0, 0)
	if en != 0 {
		return [2]int{-1, -1}, en
	}
	return [2]int{int(r1), int(r2)}, nil
}

// dupCloexec: dup3(old, new, O_CLOEXEC).
func dupCloexec(old, new int) error {
	_, _, en := syscall.RawSyscall(nrDup3, uintptr(old), uintptr(new), oCloexec)
	return errno(en)
}
