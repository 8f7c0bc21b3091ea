// common_linux.go — the Linux side (the reference) of the probes' OS
// primitives.  Values not exported by Go 1.19's package syscall come from
// the Linux uapi headers cited next to them.
package main

import (
	"syscall"
	"unsafe"
)

const osName = "linux"

// include/uapi/linux/fcntl.h
const (
	AT_FDCWD            = -100
	AT_EACCESS          = 0x200
	AT_SYMLINK_NOFOLLOW = 0x100
	AT_SYMLINK_FOLLOW   = 0x400
	AT_REMOVEDIR        = 0x200
)

// arch/x86/entry/syscalls/syscall_64.tbl
const (
	nrPread            = 17
	nrPwrite           = 18
	nrFstat            = 5
	nrFstatat          = 262 // newfstatat
	nrGetdirentries    = 217 // getdents64
	nrStatfs           = 137
	nrFstatfs          = 138
	nrGetrandom        = 318
	nrCopyFileRange    = 326
	nrFdatasync        = 75
	nrUtimensat        = 280
	nrExitProcess      = 231 // exit_group
	nrGettid           = 186
	nrTgkill           = 234
	nrRtSigprocmask    = 14
	nrRtSigpending     = 127
	nrRtSigsuspend     = 130
	nrSigaltstack      = 131
	nrClockNanosleep   = 230
	nrPrctl            = 157
	nrBrk              = 12
	nrFchmodat2        = 452
	nrFaccessat2       = 439
	nrFutex            = 202
	nrArchPrctl        = 158
	nrSchedGetaffinity = 204
	nrMsync            = 26
	getcwdNr           = 79
	nrPreadv           = 295 // (fd, iov, cnt, pos_l, pos_h): pos_h is 0 here
	nrPwritev          = 296
	nrFchmodatFlags    = 452 // fchmodat2: the Linux fchmodat has no flags
	nrFaccessatFlags   = 439 // faccessat2
)

// include/uapi/linux/stat.h
const (
	UTIME_NOW  = (1 << 30) - 1
	UTIME_OMIT = (1 << 30) - 2
)

// include/uapi/asm-generic/ioctls.h
const (
	FIOCLEX  = 0x5451
	FIONCLEX = 0x5450
	FIONBIO  = 0x5421
	FIONREAD = 0x541B
)

// include/uapi/asm-generic/signal-defs.h, signal.h
const (
	SS_ONSTACK = 1
	SS_DISABLE = 2
)

// include/uapi/asm-generic/mman-common.h
const (
	MADV_FREE_ = 8
	MS_SYNC    = 4
	MS_ASYNC   = 1
)

// include/uapi/linux/time.h: the nearest Linux clock to each FreeBSD one.
const (
	CLOCK_REALTIME_FAST  = 5 // CLOCK_REALTIME_COARSE
	CLOCK_MONOTONIC_FAST = 6 // CLOCK_MONOTONIC_COARSE
	CLOCK_UPTIME         = 1 // CLOCK_MONOTONIC
	CLOCK_SECOND         = 5 // CLOCK_REALTIME_COARSE (whole seconds on FreeBSD)
	CLOCK_PROCESS_CPU    = 2
	CLOCK_THREAD_CPU     = 3
	TIMER_ABSTIME        = 1
)

// include/uapi/linux/random.h
const GRND_NONBLOCK = 1

var (
	errNofollowSymlink = syscall.ELOOP
	errUnlinkDir       = syscall.EISDIR
	errGetdentsNotDir  = syscall.ENOTDIR
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

func fromStat(s *syscall.Stat_t) nstat {
	return nstat{mode: s.Mode, nlink: s.Nlink, uid: s.Uid, gid: s.Gid, size: s.Size,
		blocks: s.Blocks, blksize: s.Blksize, ino: s.Ino, dev: s.Dev, rdev: s.Rdev,
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

type nstatfs struct {
	bsize                int64
	blocks, bfree, files uint64
	namemax              int64
}

// FreeBSD's f_bsize is the fragment size: Linux's f_frsize.
func fromStatfs(s *syscall.Statfs_t) nstatfs {
	return nstatfs{bsize: s.Frsize, blocks: s.Blocks, bfree: s.Bfree, files: s.Files, namemax: s.Namelen}
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

func getdents(fd int, buf []byte) (int, error) {
	var p unsafe.Pointer
	if len(buf) > 0 {
		p = unsafe.Pointer(&buf[0])
	}
	n, _, en := syscall.Syscall(nrGetdirentries, uintptr(fd), uintptr(p), uintptr(len(buf)))
	return int(n), errno(en)
}

type dent struct {
	name string
	typ  uint8
}

// parseDirents: struct linux_dirent64.
func parseDirents(buf []byte) []dent {
	var out []dent
	for len(buf) >= 19 {
		reclen := int(*(*uint16)(unsafe.Pointer(&buf[16])))
		typ := buf[18]
		if reclen == 0 || reclen > len(buf) {
			break
		}
		name := buf[19:reclen]
		for i, c := range name {
			if c == 0 {
				name = name[:i]
				break
			}
		}
		out = append(out, dent{string(name), typ})
		buf = buf[reclen:]
	}
	return out
}

// sysBreak: FreeBSD break(2) semantics on Linux brk(2): brk answers the
// break it ended with; anything but the one asked for is ENOMEM.
func sysBreak(addr uintptr) (uintptr, error) {
	r, _, _ := syscall.RawSyscall(nrBrk, addr, 0, 0)
	if addr != 0 && r != addr {
		return 0, syscall.ENOMEM
	}
	return r, nil
}

func gettid() int {
	r, _, _ := syscall.RawSyscall(nrGettid, 0, 0, 0)
	return int(r)
}

func tkill(tid int, sig syscall.Signal) error {
	_, _, en := syscall.RawSyscall(nrTgkill, uintptr(syscall.Getpid()), uintptr(tid), uintptr(sig))
	return errno(en)
}

// sigset: the kernel's 64-bit sigset; signal n is bit n-1.
type sigset [1]uint64

func (s *sigset) add(sig syscall.Signal)      { s[0] |= 1 << (uint(sig) - 1) }
func (s *sigset) has(sig syscall.Signal) bool { return s[0]&(1<<(uint(sig)-1)) != 0 }

const (
	SIG_BLOCK   = 0
	SIG_UNBLOCK = 1
	SIG_SETMASK = 2
)

func sigprocmask(how int, set, old *sigset) error {
	_, _, en := syscall.RawSyscall6(nrRtSigprocmask, uintptr(how), uintptr(unsafe.Pointer(set)),
		uintptr(unsafe.Pointer(old)), 8, 0, 0)
	return errno(en)
}

func sigpending(set *sigset) error {
	_, _, en := syscall.RawSyscall(nrRtSigpending, uintptr(unsafe.Pointer(set)), 8, 0)
	return errno(en)
}

func sigsuspend(set *sigset) error {
	_, _, en := syscall.Syscall(nrRtSigsuspend, uintptr(unsafe.Pointer(set)), 8, 0)
	return errno(en)
}

// stack_t: include/uapi/asm-generic/signal.h {ss_sp, ss_flags, ss_size}.
type stackT struct {
	sp    uintptr
	flags int32
	_     int32
	size  uintptr
}

func sigaltstack(ss, old *stackT) error {
	_, _, en := syscall.RawSyscall(nrSigaltstack, uintptr(unsafe.Pointer(ss)), uintptr(unsafe.Pointer(old)), 0)
	return errno(en)
}

func mkStack(sp, size uintptr, flags int32) stackT { return stackT{sp: sp, size: size, flags: flags} }
func (s stackT) get() (uintptr, uintptr, int32)    { return s.sp, s.size, s.flags }

// clockNanosleep: the Linux call returns -errno.
func clockNanosleep(clock, flags int, req, rem *syscall.Timespec) error {
	_, _, en := syscall.Syscall6(nrClockNanosleep, uintptr(clock), uintptr(flags),
		uintptr(unsafe.Pointer(req)), uintptr(unsafe.Pointer(rem)), 0, 0)
	return errno(en)
}

// getpriorityNice: the Linux call answers 20 - nice (libc undoes it).
func getpriorityNice(which, who int) (int, error) {
	r, _, en := syscall.Syscall(syscall.SYS_GETPRIORITY, uintptr(which), uintptr(who), 0)
	if en != 0 {
		return 0, en
	}
	return 20 - int(r), nil
}

const rlimInfinity = ^uint64(0)

// issetugid: Linux has no call; a program run by denizen or natively with
// no set-id bits is not tainted.
func issetugid() int { return 0 }

func ncpuAffinity(setsize int) (int, error) {
	buf := make([]byte, setsize)
	r, _, en := syscall.RawSyscall(nrSchedGetaffinity, 0, uintptr(setsize), uintptr(unsafe.Pointer(&buf[0])))
	if en != 0 {
		return 0, en
	}
	return popcount(buf[:r]), nil
}

// futimens: utimensat(fd, NULL, times, 0), as libc does it.
func futimens(fd int, ts *[2]syscall.Timespec) error {
	_, _, en := syscall.Syscall6(nrUtimensat, uintptr(fd), 0, uintptr(unsafe.Pointer(ts)), 0, 0, 0)
	return errno(en)
}

// mkfifoat: mknodat(dir, path, S_IFIFO|mode, 0), as libc does it.
func mkfifoat(dir int, path string, mode uint32) error {
	p := cstr(path)
	_, _, en := syscall.Syscall6(syscall.SYS_MKNODAT, uintptr(int64(dir)), uintptr(unsafe.Pointer(p)), uintptr(syscall.S_IFIFO|mode), 0, 0, 0)
	return errno(en)
}

// include/uapi/asm-generic/signal.h (x86 uses the generic values)
const (
	SA_ONSTACK    = 0x08000000
	SA_RESTART    = 0x10000000
	SA_SIGINFO    = 0x00000004
	nrRtSigaction = 13
	sigactionNr   = nrRtSigaction
)

// the kernel's struct sigaction {handler; flags; restorer; mask}
type sigactionT struct {
	handler  uintptr
	flags    uint64
	restorer uintptr
	mask     sigset
}

func sigactionRaw(sig int, act, old *sigactionT) error {
	_, _, en := syscall.RawSyscall6(nrRtSigaction, uintptr(sig), uintptr(unsafe.Pointer(act)), uintptr(unsafe.Pointer(old)), 8, 0, 0)
	return errno(en)
}

func (a *sigactionT) get() (uintptr, int) { return a.handler, int(a.flags) }
func mkSigaction(handler uintptr, flags int) sigactionT {
	return sigactionT{handler: handler, flags: uint64(flags)}
}

// thrKill2: FreeBSD thr_kill2(pid, tid, sig) is Linux tgkill.
func thrKill2(pid, tid int, sig syscall.Signal) error {
	_, _, en := syscall.RawSyscall(nrTgkill, uintptr(pid), uintptr(tid), uintptr(sig))
	return errno(en)
}

// wait6 by pid: FreeBSD's wait6(P_PID, pid, ...) answers what wait4(pid)
// answers here.
func wait6pid(pid int, options int) (int, syscall.WaitStatus, error) {
	var ws syscall.WaitStatus
	r, err := syscall.Wait4(pid, &ws, options, nil)
	return r, ws, err
}

// include/uapi/linux/prctl.h
const (
	PR_SET_PDEATHSIG = 1
	PR_GET_PDEATHSIG = 2
)

func setPdeathsig(sig int) error {
	_, _, en := syscall.RawSyscall(nrPrctl, PR_SET_PDEATHSIG, uintptr(sig), 0)
	return errno(en)
}

func getPdeathsig() (int, error) {
	var s int32
	_, _, en := syscall.RawSyscall(nrPrctl, PR_GET_PDEATHSIG, uintptr(unsafe.Pointer(&s)), 0)
	return int(s), errno(en)
}

// procctlBadCmd: FreeBSD answers EINVAL for an unknown command.
func procctlBadCmd() error { return syscall.EINVAL }

// vforkExit: the reference for "a vfork child that exits at once" is a
// fork child: a vfork child would share this goroutine's stack, which Go
// code cannot survive on Linux.
func vforkExit(code int) (int, error) {
	pid, _, en := syscall.RawSyscall(syscall.SYS_FORK, 0, 0, 0)
	if en != 0 {
		return 0, en
	}
	if pid == 0 {
		syscall.RawSyscall(nrExitProcess, uintptr(code), 0, 0)
	}
	return int(pid), nil
}

// the status word of a continued child (include/linux/wait.h __W_CONTINUED)
const wstatContinued = 0xffff
const clockMonotonic = 1 // CLOCK_MONOTONIC
const linuxClockShift = 1

// eaccess: faccessat2(AT_FDCWD, path, mode, AT_EACCESS).
func eaccess(path string, mode uint32) error {
	p := cstr(path)
	_, _, en := syscall.Syscall6(nrFaccessatFlags, atfdcwd, uintptr(unsafe.Pointer(p)), uintptr(mode), AT_EACCESS, 0, 0)
	return errno(en)
}

// getdtablesize: the RLIMIT_NOFILE soft limit, as FreeBSD's (and libc's) is.
func getdtablesize() (int, error) {
	var r [2]uint64
	_, _, en := syscall.RawSyscall(syscall.SYS_GETRLIMIT, syscall.RLIMIT_NOFILE, uintptr(unsafe.Pointer(&r[0])), 0)
	return int(r[0]), errno(en)
}

// schedGetcpu: getcpu(2).
func schedGetcpu() (int, error) {
	var cpu uint32
	_, _, en := syscall.RawSyscall(309, uintptr(unsafe.Pointer(&cpu)), 0, 0)
	return int(cpu), errno(en)
}

// pageRound: the FreeBSD semantics the probe expects (the kernel rounds an
// unaligned address down to its page, sys/vm/vm_mmap.c); Linux refuses
// unaligned addresses, so the reference rounds first.
func pageRound(addr, n uintptr) (uintptr, uintptr) {
	off := addr & 4095
	return addr - off, n + off
}

// mmapUnalignedOffset: FreeBSD's answer (vm_mmap.c kern_mmap) built from
// an aligned Linux mapping.
func mmapUnalignedOffset(fd int, off int64) (uintptr, error) {
	pageoff := uintptr(off) & 4095
	r, _, en := syscall.Syscall6(syscall.SYS_MMAP, 0, 4096+pageoff, syscall.PROT_READ, syscall.MAP_PRIVATE, uintptr(fd), uintptr(off)-pageoff)
	if en != 0 {
		return 0, en
	}
	return r + pageoff, nil
}

// offArgs: a 64-bit file offset as the 4th and 5th arguments of pread,
// pwrite, preadv, pwritev (preadv's pos_h is 0 on x86-64).
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

func mknodPath(path string, mode uint32) error {
	p := cstr(path)
	_, _, en := syscall.Syscall6(syscall.SYS_MKNODAT, atfdcwd, uintptr(unsafe.Pointer(p)), uintptr(mode), 0, 0, 0)
	return errno(en)
}

// pipePlain: pipe2(fds, 0).
func pipePlain() ([2]int, error) {
	var p [2]int32
	_, _, en := syscall.RawSyscall(syscall.SYS_PIPE2, uintptr(unsafe.Pointer(&p[0])), 0, 0)
	return [2]int{int(p[0]), int(p[1])}, errno(en)
}

// dupCloexec: dup3(old, new, O_CLOEXEC).
func dupCloexec(old, new int) error {
	_, _, en := syscall.RawSyscall(syscall.SYS_DUP3, uintptr(old), uintptr(new), syscall.O_CLOEXEC)
	return errno(en)
}

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
