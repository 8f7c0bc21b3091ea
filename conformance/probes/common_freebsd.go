// common_freebsd.go — the FreeBSD side of the probes' OS primitives.
// Numbers not in Go 1.19's package syscall (or stale there: it still names
// the pre-ino64 calls) come from FreeBSD sys/kern/syscalls.master and the
// headers cited next to each value.
package main

import (
	"syscall"
	"unsafe"
)

const osName = "freebsd"

// The cases FreeBSD's kernel has no call for ("-": not run).
func init() {
	osCalls = map[string]string{
		// the pthread attributes object is libc's, not the kernel's
		"thr_new/attr-stacksize-detachstate": "-",
		// illumos's libc forms and event ports: no such calls here
		"thr_new/semaphore-form":           "-",
		"kqueue/port-form-readable-pipe":   "-",
		"kqueue/port-form-empty-times-out": "-",
		"sendfile/out-in-offset-form":      "-",
		"execve/own-path-form":             "-",
		"getrlimit/rctlblk_size-form":      "-",
	}
}

// sys/fcntl.h
const (
	AT_FDCWD            = -100
	AT_EACCESS          = 0x0100
	AT_SYMLINK_NOFOLLOW = 0x0200
	AT_SYMLINK_FOLLOW   = 0x0400
	AT_REMOVEDIR        = 0x0800
)

// sys/kern/syscalls.master (FreeBSD 13)
const (
	nrPread             = 475
	nrPwrite            = 476
	nrFstat             = 551
	nrFstatat           = 552
	nrGetdirentries     = 554
	nrStatfs            = 555
	nrFstatfs           = 556
	nrGetrandom         = 563
	nrCopyFileRange     = 569
	nrFdatasync         = 550
	nrFutimens          = 546
	nrUtimensat         = 547
	nrExitProcess       = 1 // exit(2) ends the process
	nrThrSelf           = 432
	nrThrKill           = 433
	nrThrKill2          = 481
	nrSigprocmask       = 340
	nrSigpending        = 343
	nrSigsuspend        = 341
	nrSigaltstack       = 53
	nrClockNanosleep    = 244
	nrWait6             = 532
	nrProcctl           = 544
	nrBreak             = 17
	nrIssetugid         = 253
	nrKqueuex           = 583
	nrKevent            = 560
	nrKevent11          = 363
	nrThrSetName        = 464
	nrUmtxOp            = 454
	nrSysarch           = 165
	nrCpusetGetaffinity = 487
	nrMsync             = 65
	getcwdNr            = 326
	nrPreadv            = 289
	nrPwritev           = 290
	nrFchmodatFlags     = 490 // fchmodat(fd, path, mode, flag)
	nrFaccessatFlags    = 489
	nrMknodat           = 559
	nrPipe2             = 542
)

// sys/sys/stat.h: UTIME_NOW / UTIME_OMIT
const (
	UTIME_NOW  = -1
	UTIME_OMIT = -2
)

// sys/sys/mman.h
const (
	MADV_FREE_ = 5
	MS_SYNC    = 0
	MS_ASYNC   = 1
)

// sys/sys/time.h: clocks FreeBSD has and Linux names differently.
const (
	CLOCK_REALTIME_FAST  = 10
	CLOCK_MONOTONIC_FAST = 12
	CLOCK_UPTIME         = 5
	CLOCK_SECOND         = 13
	CLOCK_PROCESS_CPU    = 15
	CLOCK_THREAD_CPU     = 14
	TIMER_ABSTIME        = 1
)

// sys/sys/random.h
const GRND_NONBLOCK = 1

// Where FreeBSD's documented errno differs from Linux's for the same
// mistake, the probes print a label for "the errno this OS gives".
var (
	errNofollowSymlink = syscall.EMLINK // open(2): O_NOFOLLOW on a symlink
	errUnlinkDir       = syscall.EPERM  // unlink(2): the named file is a directory
	errGetdentsNotDir  = syscall.EINVAL // getdirentries(2): fd is not a directory
)

func fromStat(s *syscall.Stat_t) nstat {
	return nstat{mode: uint32(s.Mode), nlink: s.Nlink, uid: s.Uid, gid: s.Gid, size: s.Size,
		blocks: s.Blocks, blksize: int64(s.Blksize), ino: s.Ino, dev: s.Dev, rdev: s.Rdev,
		atime: s.Atimespec, mtime: s.Mtimespec, ctime: s.Ctimespec}
}

type nstatfs struct {
	bsize                int64
	blocks, bfree, files uint64
	namemax              int64
}

func fromStatfs(s *syscall.Statfs_t) nstatfs {
	return nstatfs{bsize: int64(s.Bsize), blocks: s.Blocks, bfree: s.Bfree, files: s.Files,
		namemax: int64(s.Namemax)}
}

func statfsN(path string) (nstatfs, error) {
	var s syscall.Statfs_t
	p := cstr(path)
	_, _, en := syscall.Syscall(nrStatfs, uintptr(unsafe.Pointer(p)), uintptr(unsafe.Pointer(&s)), 0)
	return fromStatfs(&s), errno(en)
}

func fstatfsN(fd int) (nstatfs, error) {
	var s syscall.Statfs_t
	_, _, en := syscall.Syscall(nrFstatfs, uintptr(fd), uintptr(unsafe.Pointer(&s)), 0)
	return fromStatfs(&s), errno(en)
}

// getdents: getdirentries(2) (the ino64 one).
func getdents(fd int, buf []byte) (int, error) {
	var base uint64
	var p unsafe.Pointer
	if len(buf) > 0 {
		p = unsafe.Pointer(&buf[0])
	}
	n, _, en := syscall.Syscall6(nrGetdirentries, uintptr(fd), uintptr(p), uintptr(len(buf)),
		uintptr(unsafe.Pointer(&base)), 0, 0)
	return int(n), errno(en)
}

// parseDirents: FreeBSD struct dirent (sys/sys/dirent.h, ino64).
func parseDirents(buf []byte) []dent {
	var out []dent
	for len(buf) >= 24 {
		reclen := int(*(*uint16)(unsafe.Pointer(&buf[16])))
		typ := buf[18]
		namlen := int(*(*uint16)(unsafe.Pointer(&buf[20])))
		if reclen == 0 || reclen > len(buf) || 24+namlen > reclen {
			break
		}
		out = append(out, dent{string(buf[24 : 24+namlen]), typ})
		buf = buf[reclen:]
	}
	return out
}

func gettid() int {
	var tid int64
	syscall.RawSyscall(nrThrSelf, uintptr(unsafe.Pointer(&tid)), 0, 0)
	return int(tid)
}

// tkill: signal one thread of this process (thr_kill).
func tkill(tid int, sig syscall.Signal) error {
	_, _, en := syscall.RawSyscall(nrThrKill, uintptr(tid), uintptr(sig), 0)
	return errno(en)
}

// ncpuAffinity: cpuset_getaffinity(CPU_LEVEL_WHICH, CPU_WHICH_PID, -1, ...).
func ncpuAffinity(setsize int) (int, error) {
	buf := make([]byte, setsize)
	_, _, en := syscall.RawSyscall6(nrCpusetGetaffinity, 3, 2, ^uintptr(0), uintptr(setsize),
		uintptr(unsafe.Pointer(&buf[0])), 0)
	if en != 0 {
		return 0, en
	}
	return popcount(buf), nil
}

// mkfifoat(2)
func mkfifoat(dir int, path string, mode uint32) error {
	p := cstr(path)
	_, _, en := syscall.Syscall(497, uintptr(int64(dir)), uintptr(unsafe.Pointer(p)), uintptr(mode))
	return errno(en)
}

// sys/sys/signal.h
const (
	SA_ONSTACK  = 0x0001
	SA_RESTART  = 0x0002
	SA_SIGINFO  = 0x0040
	nrSigaction = 416
	sigactionNr = nrSigaction
)

// struct sigaction {handler; int sa_flags; sigset_t sa_mask}
type sigactionT struct {
	handler uintptr
	flags   int32
	mask    sigset
	_       int32
}

func sigactionRaw(sig int, act, old *sigactionT) error {
	_, _, en := syscall.RawSyscall(nrSigaction, uintptr(sig), uintptr(unsafe.Pointer(act)), uintptr(unsafe.Pointer(old)))
	return errno(en)
}

// thrKill2: thr_kill2(pid, tid, sig)
func thrKill2(pid, tid int, sig syscall.Signal) error {
	_, _, en := syscall.RawSyscall(nrThrKill2, uintptr(pid), uintptr(tid), uintptr(sig))
	return errno(en)
}

// sys/sys/wait.h, sys/sys/procctl.h
const (
	WEXITED               = 16
	P_PID                 = 0
	PROC_PDEATHSIG_CTL    = 11
	PROC_PDEATHSIG_STATUS = 12
)

// wait6(P_PID, pid, &status, WEXITED|options, NULL, NULL)
func wait6pid(pid int, options int) (int, syscall.WaitStatus, error) {
	var st int32
	r, _, en := syscall.Syscall6(nrWait6, P_PID, uintptr(pid), uintptr(unsafe.Pointer(&st)), uintptr(WEXITED|options), 0, 0)
	return int(r), syscall.WaitStatus(st), errno(en)
}

// setPdeathsig / getPdeathsig: procctl(P_PID, 0, PROC_PDEATHSIG_*, &sig)
func setPdeathsig(sig int) error {
	s := int32(sig)
	_, _, en := syscall.RawSyscall6(nrProcctl, P_PID, 0, PROC_PDEATHSIG_CTL, uintptr(unsafe.Pointer(&s)), 0, 0)
	return errno(en)
}

func getPdeathsig() (int, error) {
	var s int32
	_, _, en := syscall.RawSyscall6(nrProcctl, P_PID, 0, PROC_PDEATHSIG_STATUS, uintptr(unsafe.Pointer(&s)), 0, 0)
	return int(s), errno(en)
}

// procctlBadCmd: a command number FreeBSD does not define.
func procctlBadCmd() error {
	var s int32
	_, _, en := syscall.RawSyscall6(nrProcctl, P_PID, 0, 9999, uintptr(unsafe.Pointer(&s)), 0, 0)
	return errno(en)
}

// sys/sys/wait.h: _WCONTINUED
const wstatContinued = 0x13
const clockMonotonic = 4 // CLOCK_MONOTONIC
const linuxClockShift = 0

// eaccess(2)
func eaccess(path string, mode uint32) error {
	p := cstr(path)
	_, _, en := syscall.Syscall(376, uintptr(unsafe.Pointer(p)), uintptr(mode), 0)
	return errno(en)
}

// getdtablesize(2), sched_getcpu(2)
func getdtablesize() (int, error) {
	r, _, en := syscall.RawSyscall(89, 0, 0, 0)
	return int(r), errno(en)
}

func schedGetcpu() (int, error) {
	r, _, en := syscall.RawSyscall(581, 0, 0, 0)
	return int(r), errno(en)
}

// mmapUnalignedOffset: FreeBSD maps from the page and answers the address
// of the offset (vm_mmap.c kern_mmap, pageoff).
func mmapUnalignedOffset(fd int, off int64) (uintptr, error) {
	r, _, en := syscall.Syscall6(syscall.SYS_MMAP, 0, 4096, syscall.PROT_READ, syscall.MAP_PRIVATE, uintptr(fd), uintptr(off))
	return r, errno(en)
}

// offArgs: a 64-bit file offset as the 4th argument of pread, pwrite,
// preadv, pwritev.
func offArgs(off int64) (uintptr, uintptr) { return uintptr(off), 0 }

// mmapRaw: mmap(2) with the offset as the 6th argument.
func mmapRaw(addr, length uintptr, prot, flags, fd int, off int64) (uintptr, error) {
	r, _, en := syscall.Syscall6(syscall.SYS_MMAP, addr, length, uintptr(prot), uintptr(flags), uintptr(fd), uintptr(off))
	return r, errno(en)
}

// Names and numbers package syscall has for this OS but not for NetBSD,
// used by the shared probes through these names.
func init() {
	errnoNames[syscall.ENOTRECOVERABLE] = "ENOTRECOVERABLE"
	errnoNames[syscall.EOWNERDEAD] = "EOWNERDEAD"
}

const (
	nrSetresuid    = syscall.SYS_SETRESUID
	nrSetresgid    = syscall.SYS_SETRESGID
	MAP_32BIT_     = syscall.MAP_32BIT
	WCONTINUED_    = syscall.WCONTINUED
	RUSAGE_THREAD_ = syscall.RUSAGE_THREAD
)

// The calls NetBSD also has under other numbers (the "alias-call" cases)
// and the by-path stat and mknod: here the plain calls.
func renameAlias(from, to string) error { return syscall.Rename(from, to) }
func chownAlias(path string, uid, gid int) error {
	return syscall.Chown(path, uid, gid)
}
func lchownAlias(path string, uid, gid int) error {
	return syscall.Lchown(path, uid, gid)
}
func fchownAlias(fd, uid, gid int) error   { return syscall.Fchown(fd, uid, gid) }
func vforkAliasExit(code int) (int, error) { return vforkExit(code) }
func statPath(path string, lstat bool) (nstat, error) {
	flags := 0
	if lstat {
		flags = AT_SYMLINK_NOFOLLOW
	}
	return fstatatN(AT_FDCWD, path, flags)
}

// mknodPath: mknodat(AT_FDCWD, path, mode, dev) (the FreeBSD 12 call).
func mknodPath(path string, mode uint32) error {
	p := cstr(path)
	_, _, en := syscall.Syscall6(nrMknodat, atfdcwd, uintptr(unsafe.Pointer(p)), uintptr(mode), 0, 0, 0)
	return errno(en)
}

// pipePlain: pipe2(fds, 0).
func pipePlain() ([2]int, error) {
	var p [2]int32
	_, _, en := syscall.RawSyscall(nrPipe2, uintptr(unsafe.Pointer(&p[0])), 0, 0)
	return [2]int{int(p[0]), int(p[1])}, errno(en)
}

// dupCloexec: fcntl(old, F_DUP2FD_CLOEXEC, new) (sys/sys/fcntl.h).
func dupCloexec(old, new int) error {
	_, _, en := syscall.RawSyscall(syscall.SYS_FCNTL, uintptr(old), 18, uintptr(new))
	return errno(en)
}
