// common_openbsd.go — the OpenBSD side of the probes' OS primitives.
//
// OpenBSD is a library personality: Go 1.19's package syscall calls libc
// for everything, and its raw syscall.Syscall goes through libc's
// syscall(2) indirection — denizen binds both to libshim/openbsd, so every
// case here exercises an export (libshim/openbsd/exports.def), the rows
// of the OpenBSD matrix.  Numbers come from OpenBSD sys/kern/syscalls.master
// (package syscall's zsysnum_openbsd_amd64.go) and the headers cited next to
// each value.  A number passed to syscall(2) reaches the export of the same
// name with the libc function's arguments (libshim/openbsd/proc.c), so the
// primitives pass what the libc function takes.
package main

import (
	"fmt"
	"runtime/debug"
	"syscall"
	"unsafe"
)

// Go 1.19's syscall.Syscall is a Go function here (libc's syscall(2) via
// the runtime), not a NOSPLIT stub: its stack check may move a small
// goroutine stack while a uintptr argument still points into the old one
// (the call then fills a dead copy: fstat answered mode 0).  So each case
// starts on a stack grown well past what a call needs, and the collector,
// which would shrink it again, is off (a probe is short).
func init() {
	debug.SetGCPercent(-1)
	caseStart = func() { growStack(32) }
}

//go:noinline
func growStack(n int) byte {
	var b [1024]byte
	b[n] = byte(n)
	if n > 0 {
		return growStack(n-1) + b[n]
	}
	return b[0]
}

const osName = "openbsd"

// The export each reference (FreeBSD) call name is attributed to, and the
// calls OpenBSD's libc does not offer ("-": the case is not run).
func init() {
	osCalls = map[string]string{
		"thr_self":                           "getthrid",
		"thr_kill":                           "thrkill",
		"thr_new":                            "pthread_create,__thrsleep,__thrwakeup,pthread_attr_init,pthread_attr_getstacksize,pthread_attr_setdetachstate,pthread_attr_destroy,pthread_sigmask",
		"thr_new/attr-stacksize-detachstate": "pthread_attr_setstacksize,pthread_attr_init,pthread_attr_getstacksize,pthread_attr_setdetachstate,pthread_attr_getdetachstate,pthread_attr_destroy",
		"wait4/waitpid-form":                 "waitpid",
		"kill/raise-form":                    "raise",
		"nanosleep/usleep-form":              "usleep",
		"fstatat/path-stat-follows-symlink":  "stat",
		"fstatat/path-lstat-symlink":         "lstat",
		"pipe2/no-flags-two-results":         "pipe",
		"fcntl/dup-to-fd-cloexec":            "dup3,syscall", // through libc's syscall(2), as every raw call here
		"__getcwd":                           "getcwd",
		"sigreturn":                          "sigaction",
		"getrandom/EINVAL-bad-flags":         "-",
		"getrandom/arc4random_buf-form":      "arc4random_buf",
		"getrandom/arc4random-form":          "arc4random",
		"exit/_exit-form":                    "_exit",
		// every failing libc call reads its errno through __errno
		"wait4/ECHILD-no-children": "wait4,__errno",
		// illumos's libc forms and event ports: no such calls here
		"thr_new/semaphore-form":           "-",
		"kqueue/port-form-readable-pipe":   "-",
		"kqueue/port-form-empty-times-out": "-",
		"sendfile/out-in-offset-form":      "-",
		"execve/own-path-form":             "-",
		"getrlimit/rctlblk_size-form":      "-",
		// in OpenBSD's libc, not exported by denizen (Go does not call them)
		"sigsuspend":         "-",
		"setresuid":          "-",
		"setresgid":          "-",
		"getresuid":          "-",
		"getresgid":          "-",
		"select":             "-",
		"pselect":            "-",
		"ppoll":              "-",
		"preadv":             "-",
		"pwritev":            "-",
		"posix_fallocate":    "-",
		"posix_fadvise":      "-",
		"msync":              "-",
		"mincore":            "-",
		"mknodat":            "-",
		"lutimes":            "-",
		"futimes":            "-",
		"chflags":            "-",
		"fchflags":           "-",
		"lchflags":           "-",
		"statfs":             "-",
		"fstatfs":            "-",
		"break":              "-",
		"clock_nanosleep":    "-",
		"getdirentries":      "getdents",
		"kqueuex":            "-",
		"sigaltstack":        "sigaltstack",
		"cpuset_getaffinity": "-",
		"thr_exit":           "-",
		"thr_set_name":       "-",
		"sysarch":            "-",
		"__sysctl":           "sysctl",
		"getrandom":          "getentropy",
		// FreeBSD-only calls and cases
		"__realpathat":                      "-",
		"_umtx_op":                          "-",
		"cap_getmode":                       "-",
		"chflagsat":                         "-",
		"close_range":                       "-",
		"copy_file_range":                   "-",
		"eaccess":                           "-",
		"freebsd11_kevent":                  "-",
		"funlinkat":                         "-",
		"futimesat":                         "-",
		"getdtablesize":                     "-",
		"procctl":                           "-",
		"sched_getcpu":                      "-",
		"sendfile":                          "-",
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
		"getrusage/RUSAGE_THREAD":                            "-",
		"mmap/MAP_32BIT":                                     "-",
		"getrlimit/RLIMIT_AS":                                "-",
	}
}

// sys/sys/errno.h: the errnos package syscall lacks (OpenBSD has no
// EMULTIHOP or ENOLINK).
func init() {
	errnoName(92, "EBADMSG")
	errnoName(95, "EPROTO")
}

// sys/sys/fcntl.h
const (
	AT_FDCWD            = -100
	AT_EACCESS          = 0x01
	AT_SYMLINK_NOFOLLOW = 0x02
	AT_SYMLINK_FOLLOW   = 0x04
	AT_REMOVEDIR        = 0x08
)

// sys/kern/syscalls.master
const (
	nrPread          = 173 // pread(fd, buf, n, off): see offArgs
	nrPwrite         = 174
	nrFstat          = 53
	nrFstatat        = 42
	nrGetdirentries  = 99 // getdents(fd, buf, n)
	nrGetrandom      = 7  // getentropy(buf, n)
	nrCopyFileRange  = 0x7fff
	nrFdatasync      = 95
	nrFutimens       = 85
	nrUtimensat      = 84
	nrExitProcess    = 1
	nrGetthrid       = 299
	nrThrkill        = 119
	nrSigprocmask    = 48
	nrSigpending     = 52
	nrSigsuspend     = 111
	nrSigaltstack    = 288
	nrClockNanosleep = 0x7fff // none: libc's clock_nanosleep is nanosleep
	nrBreak          = 17
	nrIssetugid      = 253
	nrKevent         = 72
	nrMsync          = 256
	getcwdNr         = 304 // __getcwd
	nrPreadv         = 267
	nrPwritev        = 268
	nrFchmodatFlags  = 314
	nrFaccessatFlags = 313
	nrMknodat        = 320
	nrMkfifoat       = 319
	nrSysctl         = 202
	nrPipe2          = 101
	nrDup3           = 102
	nrSigaction      = 46
	sigactionNr      = nrSigaction
)

// sys/sys/stat.h
const (
	UTIME_NOW  = -2
	UTIME_OMIT = -1
)

// sys/sys/mman.h
const (
	MADV_FREE_ = 6
	MS_SYNC    = 0x2
	MS_ASYNC   = 0x1
)

// sys/sys/_time.h.  OpenBSD has no FAST/SECOND clocks (those cases do not
// run); CLOCK_UPTIME is 5.
const (
	CLOCK_REALTIME_FAST  = -1
	CLOCK_MONOTONIC_FAST = -1
	CLOCK_UPTIME         = 5
	CLOCK_SECOND         = -1
	CLOCK_PROCESS_CPU    = 2
	CLOCK_THREAD_CPU     = 4
	TIMER_ABSTIME        = 1
)

const GRND_NONBLOCK = 1

// The errno OpenBSD documents for these mistakes.
var (
	errNofollowSymlink = syscall.ELOOP  // open(2): O_NOFOLLOW on a symlink
	errUnlinkDir       = syscall.EPERM  // unlink(2) of a directory
	errGetdentsNotDir  = syscall.EINVAL // getdents(2) on a regular file
)

// sigset_t is one unsigned int; signal n is bit n-1 (sys/sys/signal.h).
type sigset [1]uint32

const (
	SIG_BLOCK   = 1
	SIG_UNBLOCK = 2
	SIG_SETMASK = 3
)

func (s *sigset) add(sig syscall.Signal) { s[0] |= 1 << (uint(sig) - 1) }
func (s *sigset) has(sig syscall.Signal) bool {
	return s[0]&(1<<(uint(sig)-1)) != 0
}

// The libc signal-mask calls: sigprocmask(how, set, old), sigpending(set);
// sigsuspend has no export (Go never calls it): its cases report ENOSYS.
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

// stack_t: sys/sys/signal.h {ss_sp, ss_size, ss_flags}.
type stackT struct {
	sp    uintptr
	size  uintptr
	flags int32
	_     int32
}

func sigaltstack(ss, old *stackT) error {
	_, _, en := syscall.RawSyscall(nrSigaltstack, uintptr(unsafe.Pointer(ss)), uintptr(unsafe.Pointer(old)), 0)
	return errno(en)
}

func mkStack(sp, size uintptr, flags int32) stackT { return stackT{sp: sp, size: size, flags: flags} }
func (s stackT) get() (uintptr, uintptr, int32)    { return s.sp, s.size, s.flags }

const (
	SS_ONSTACK = 0x1
	SS_DISABLE = 0x4
)

// sys/sys/signal.h; struct sigaction {handler; sigset_t sa_mask; int sa_flags}
const (
	SA_ONSTACK = 0x0001
	SA_RESTART = 0x0002
	SA_SIGINFO = 0x0040
)

type sigactionT struct {
	handler uintptr
	mask    sigset
	flags   int32
}

func (a *sigactionT) get() (uintptr, int) { return a.handler, int(a.flags) }
func mkSigaction(handler uintptr, flags int) sigactionT {
	return sigactionT{handler: handler, flags: int32(flags)}
}

func sigactionRaw(sig int, act, old *sigactionT) error {
	_, _, en := syscall.RawSyscall(nrSigaction, uintptr(sig), uintptr(unsafe.Pointer(act)), uintptr(unsafe.Pointer(old)))
	return errno(en)
}

// clock_nanosleep: not in OpenBSD's libc of Go's era (its cases report ENOSYS).
func clockNanosleep(clock, flags int, req, rem *syscall.Timespec) error {
	_, _, en := syscall.Syscall6(nrClockNanosleep, uintptr(clock), uintptr(flags),
		uintptr(unsafe.Pointer(req)), uintptr(unsafe.Pointer(rem)), 0, 0)
	return errno(en)
}

// sys/sys/resource.h
const rlimInfinity = 0x7fffffffffffffff

func issetugid() int {
	r, _, _ := syscall.RawSyscall(nrIssetugid, 0, 0, 0)
	return int(r)
}

// sysctl(mib, len, old, &oldlen, NULL, 0); old nil asks the size.
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
	for n > 0 && b[n-1] == 0 {
		n--
	}
	return string(b[:n]), nil
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

// CTL_KERN 1: KERN_OSTYPE 1, KERN_HOSTNAME 10 (sys/sys/sysctl.h).
// sysctlUnknown: OpenBSD answers EOPNOTSUPP for a name its kern_sysctl
// does not know where the others answer ENOENT: printed as theirs.
func sysctlUnknown() error {
	_, err := sysctl([]int32{1, 9999}, make([]byte, 16), 16)
	if err == syscall.EOPNOTSUPP {
		return syscall.ENOENT
	}
	return err
}

func sysctlShort() (int, string, error) {
	b := make([]byte, 3)
	n, err := sysctl([]int32{1, 1}, b, 3)
	if n > 3 {
		n = 3
	}
	return n, string(b[:n]), err
}

func ostypeName() (string, error) { return sysctlString(1, 1) }
func sysctlSize() (int, error)    { return sysctl([]int32{1, 10}, nil, 0) }
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

func fromStat(s *syscall.Stat_t) nstat {
	return nstat{mode: s.Mode, nlink: uint64(s.Nlink), uid: s.Uid, gid: s.Gid, size: s.Size,
		blocks: s.Blocks, blksize: int64(s.Blksize), ino: s.Ino, dev: uint64(s.Dev), rdev: uint64(s.Rdev),
		atime: s.Atim, mtime: s.Mtim, ctime: s.Ctim}
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

// statfs: no export (Go's os package does not ask); the cases do not run.
type nstatfs struct {
	bsize                int64
	blocks, bfree, files uint64
	namemax              int64
}

func statfsN(path string) (nstatfs, error) { return nstatfs{}, syscall.ENOSYS }
func fstatfsN(fd int) (nstatfs, error)     { return nstatfs{}, syscall.ENOSYS }

type dent struct {
	name string
	typ  uint8
}

func getdents(fd int, buf []byte) (int, error) {
	var p unsafe.Pointer
	if len(buf) > 0 {
		p = unsafe.Pointer(&buf[0])
	}
	n, _, en := syscall.Syscall(nrGetdirentries, uintptr(fd), uintptr(p), uintptr(len(buf)))
	return int(n), errno(en)
}

// parseDirents: OpenBSD struct dirent (sys/sys/dirent.h): fileno 8, off 8,
// reclen 2, type 1, namlen 1, pad 4, name at 24.
func parseDirents(buf []byte) []dent {
	var out []dent
	for len(buf) >= 24 {
		reclen := int(*(*uint16)(unsafe.Pointer(&buf[16])))
		typ := buf[18]
		namlen := int(buf[19])
		if reclen == 0 || reclen > len(buf) || 24+namlen > reclen {
			break
		}
		out = append(out, dent{string(buf[24 : 24+namlen]), typ})
		buf = buf[reclen:]
	}
	return out
}

func gettid() int {
	r, _, _ := syscall.RawSyscall(nrGetthrid, 0, 0, 0)
	return int(r)
}

// tkill: thrkill(tid, sig, NULL).
func tkill(tid int, sig syscall.Signal) error {
	_, _, en := syscall.RawSyscall(nrThrkill, uintptr(tid), uintptr(sig), 0)
	return errno(en)
}

func ncpuAffinity(setsize int) (int, error) { return 0, syscall.ENOSYS }

func mkfifoat(dir int, path string, mode uint32) error {
	p := cstr(path)
	_, _, en := syscall.Syscall(nrMkfifoat, uintptr(int64(dir)), uintptr(unsafe.Pointer(p)), uintptr(mode))
	return errno(en)
}

// FreeBSD-only calls: their cases do not run on OpenBSD.
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

// sys/sys/wait.h: _WCONTINUED 0xffff
const wstatContinued = 0xffff
const clockMonotonic = 3 // CLOCK_MONOTONIC

func getpriorityNice(which, who int) (int, error) {
	r, _, en := syscall.Syscall(syscall.SYS_GETPRIORITY, uintptr(which), uintptr(who), 0)
	return int(int32(r)), errno(en)
}

func futimens(fd int, ts *[2]syscall.Timespec) error {
	_, _, en := syscall.Syscall(nrFutimens, uintptr(fd), uintptr(unsafe.Pointer(ts)), 0)
	return errno(en)
}

func pageRound(addr, n uintptr) (uintptr, uintptr) { return addr, n }

// break(2): no export (libc's brk/sbrk are gone); its cases report ENOSYS.
func sysBreak(addr uintptr) (uintptr, error) {
	r, _, en := syscall.RawSyscall(nrBreak, addr, 0, 0)
	return r, errno(en)
}

// vforkExit: vfork and an immediate exit in the child.
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

// sys/sys/filio.h
const (
	FIOCLEX  = 0x20006601
	FIONCLEX = 0x20006602
	FIONBIO  = 0x8004667e
	FIONREAD = 0x4004667f
)

func mmapUnalignedOffset(fd int, off int64) (uintptr, error) {
	return mmapRaw(0, 4096, syscall.PROT_READ, syscall.MAP_PRIVATE, fd, off)
}

// offArgs: libc's pread/pwrite/preadv/pwritev take the offset 4th.
func offArgs(off int64) (uintptr, uintptr) { return uintptr(off), 0 }

func mmapRaw(addr, length uintptr, prot, flags, fd int, off int64) (uintptr, error) {
	r, _, en := syscall.Syscall6(syscall.SYS_MMAP, addr, length, uintptr(prot), uintptr(flags), uintptr(fd), uintptr(off))
	return r, errno(en)
}

// sys/sys/mman.h MAP_STACK; OpenBSD has no RLIMIT_AS (its case does not run).
const (
	MAP_STACK_ = 0x4000
	RLIMIT_AS_ = -1
)

// sys/sys/wait.h, sys/sys/resource.h; OpenBSD has no MAP_32BIT.
const (
	nrSetresuid    = syscall.SYS_SETRESUID
	nrSetresgid    = syscall.SYS_SETRESGID
	MAP_32BIT_     = 0
	WCONTINUED_    = 0x8
	RUSAGE_THREAD_ = 1
)

// The "alias-call" cases: here the plain calls.
func renameAlias(from, to string) error           { return syscall.Rename(from, to) }
func chownAlias(path string, uid, gid int) error  { return syscall.Chown(path, uid, gid) }
func lchownAlias(path string, uid, gid int) error { return syscall.Lchown(path, uid, gid) }
func fchownAlias(fd, uid, gid int) error          { return syscall.Fchown(fd, uid, gid) }
func vforkAliasExit(code int) (int, error)        { return vforkExit(code) }
func statPath(path string, lstat bool) (nstat, error) {
	var s syscall.Stat_t
	var err error
	if lstat {
		err = syscall.Lstat(path, &s)
	} else {
		err = syscall.Stat(path, &s)
	}
	return fromStat(&s), err
}

func mknodPath(path string, mode uint32) error {
	p := cstr(path)
	_, _, en := syscall.Syscall(syscall.SYS_MKNOD, uintptr(unsafe.Pointer(p)), uintptr(mode), 0)
	return errno(en)
}

// pipePlain: pipe(fds).
func pipePlain() ([2]int, error) {
	var p [2]int32
	_, _, en := syscall.RawSyscall(syscall.SYS_PIPE, uintptr(unsafe.Pointer(&p[0])), 0, 0)
	return [2]int{int(p[0]), int(p[1])}, errno(en)
}

// dupCloexec: dup3(old, new, O_CLOEXEC).
func dupCloexec(old, new int) error {
	_, _, en := syscall.RawSyscall(nrDup3, uintptr(old), uintptr(new), syscall.O_CLOEXEC)
	return errno(en)
}

// Calls into libc's own functions, for the exports Go's package syscall
// does not reach: the import binds to denizen's export like any other
// (its address here is the PLT entry), and syscall.syscall6 makes the call
// the way package syscall does (the result; errno when it is -1).
//
//go:linkname libcCall6 syscall.syscall6
func libcCall6(fn, a1, a2, a3, a4, a5, a6 uintptr) (r1, r2 uintptr, err syscall.Errno)

//go:cgo_import_dynamic libc_waitpid waitpid "libc.so"
//go:cgo_import_dynamic libc_raise raise "libc.so"
//go:cgo_import_dynamic libc_usleep usleep "libc.so"
//go:cgo_import_dynamic libc__exit _exit "libc.so"
//go:cgo_import_dynamic libc_arc4random arc4random "libc.so"
//go:cgo_import_dynamic libc_arc4random_buf arc4random_buf "libc.so"
//go:cgo_import_dynamic libc_pthread_attr_init pthread_attr_init "libpthread.so"
//go:cgo_import_dynamic libc_pthread_attr_destroy pthread_attr_destroy "libpthread.so"
//go:cgo_import_dynamic libc_pthread_attr_setstacksize pthread_attr_setstacksize "libpthread.so"
//go:cgo_import_dynamic libc_pthread_attr_getstacksize pthread_attr_getstacksize "libpthread.so"
//go:cgo_import_dynamic libc_pthread_attr_setdetachstate pthread_attr_setdetachstate "libpthread.so"
//go:cgo_import_dynamic libc_pthread_attr_getdetachstate pthread_attr_getdetachstate "libpthread.so"

//go:linkname libc_waitpid libc_waitpid
//go:linkname libc_raise libc_raise
//go:linkname libc_usleep libc_usleep
//go:linkname libc__exit libc__exit
//go:linkname libc_arc4random libc_arc4random
//go:linkname libc_arc4random_buf libc_arc4random_buf
//go:linkname libc_pthread_attr_init libc_pthread_attr_init
//go:linkname libc_pthread_attr_destroy libc_pthread_attr_destroy
//go:linkname libc_pthread_attr_setstacksize libc_pthread_attr_setstacksize
//go:linkname libc_pthread_attr_getstacksize libc_pthread_attr_getstacksize
//go:linkname libc_pthread_attr_setdetachstate libc_pthread_attr_setdetachstate
//go:linkname libc_pthread_attr_getdetachstate libc_pthread_attr_getdetachstate
var libc_waitpid, libc_raise, libc_usleep, libc__exit, libc_arc4random, libc_arc4random_buf, libc_pthread_attr_init, libc_pthread_attr_destroy,
	libc_pthread_attr_setstacksize, libc_pthread_attr_getstacksize, libc_pthread_attr_setdetachstate,
	libc_pthread_attr_getdetachstate byte

func libc(fn *byte, a ...uintptr) (uintptr, syscall.Errno) {
	var v [6]uintptr
	copy(v[:], a)
	r, _, en := libcCall6(uintptr(unsafe.Pointer(fn)), v[0], v[1], v[2], v[3], v[4], v[5])
	return r, en
}

// pid_t waitpid(pid_t, int *, int)
func waitpidForm(pid int) (int, syscall.WaitStatus, error) {
	st := new(int32)
	r, en := libc(&libc_waitpid, uintptr(pid), uintptr(unsafe.Pointer(st)), 0)
	return int(int32(r)), syscall.WaitStatus(*st), errno(en)
}

// int raise(int)
func raiseForm(sig syscall.Signal) error {
	_, en := libc(&libc_raise, uintptr(sig))
	return errno(en)
}

// int usleep(useconds_t)
func usleepForm(us int) error {
	_, en := libc(&libc_usleep, uintptr(us))
	return errno(en)
}

// pthread_attr_t is a pointer libc allocates (pthread_attr_init); the
// pthread_attr_* calls answer an error number (PTHREAD_CREATE_DETACHED 1).
func attrRoundtrip() string {
	attr := new(uintptr)
	a := uintptr(unsafe.Pointer(attr))
	if r, _ := libc(&libc_pthread_attr_init, a); r != 0 {
		return "init:" + e(syscall.Errno(r))
	}
	defer libc(&libc_pthread_attr_destroy, a)
	if r, _ := libc(&libc_pthread_attr_setstacksize, a, 262144); r != 0 {
		return "setstacksize:" + e(syscall.Errno(r))
	}
	if r, _ := libc(&libc_pthread_attr_setdetachstate, a, 1); r != 0 {
		return "setdetachstate:" + e(syscall.Errno(r))
	}
	size, state := new(uintptr), new(int32)
	if r, _ := libc(&libc_pthread_attr_getstacksize, a, uintptr(unsafe.Pointer(size))); r != 0 {
		return "getstacksize:" + e(syscall.Errno(r))
	}
	if r, _ := libc(&libc_pthread_attr_getdetachstate, a, uintptr(unsafe.Pointer(state))); r != 0 {
		return "getdetachstate:" + e(syscall.Errno(r))
	}
	return fmt.Sprintf("stacksize=%d detached=%s", *size, yes(*state == 1))
}

// getentropy answers 0: it fills the whole buffer or fails.
func randomCount(r uintptr, n int) int {
	if r == 0 {
		return n
	}
	return int(r)
}

// void arc4random_buf(void *, size_t); uint32_t arc4random(void)
func randomBufForm(n int) []byte {
	b := make([]byte, n)
	libc(&libc_arc4random_buf, uintptr(unsafe.Pointer(&b[0])), uintptr(n))
	return b
}

func random32Form() uint32 {
	r, _ := libc(&libc_arc4random)
	return uint32(r)
}

// void _exit(int)
func exitForm(code int) { libc(&libc__exit, uintptr(code)) }

// CLOCK_REALTIME
const clockRealtime = 0
