// badptr_openbsd.go — the OpenBSD side of the bad-pointer family.  OpenBSD
// is a library personality: the rows are libshim/openbsd/exports.def's, and
// a probe reaches most exports through libc's syscall(2) indirection, which
// denizen binds to the export of the same name with the libc function's
// arguments (libshim/openbsd/proc.c, obsd_syscall).  Numbers: package
// syscall's (OpenBSD sys/kern/syscalls.master).  The libc functions with no
// system call number (bpLibcFns) are called through their PLT entries
// (common_openbsd.go, libc).
package main

import (
	"syscall"
	"unsafe"
)

const bpTable = "libshim/openbsd/exports.def"

// The export of each key ("-": no such export).
var bpRows = map[string]string{
	// libc's sigprocmask faults on a bad pointer (its stub reads *set): the
	// libc key, through the PLT entry; syscall(2) would bind to the same export
	"sigprocmask": "-", "sigprocmask_libc": "sigprocmask",
	"uname": "-", "gethostname": "-", // illumos's exports
	"__getdents30": "getdents", "__getcwd": "-", "getrandom": "-", "__sysctl": "sysctl",
	// not exported (Go never calls them) or not OpenBSD's
	"preadv": "-", "pwritev": "-", "funlinkat": "-", "__posix_chown": "-", "__posix_lchown": "-",
	"eaccess": "-", "chflags": "-", "lchflags": "-", "chflagsat": "-", "__posix_rename": "-",
	"mknod": "-", "mknodat": "-", "lutimes": "-", "futimes": "-", "futimesat": "-", "statfs": "-",
	"fstatfs": "-", "getdirentries": "-", "__realpathat": "-", "copy_file_range": "-", "sendfile": "-",
	"paccept": "-", "select": "-", "freebsd11_kevent": "-", "msync": "-", "mincore": "-", "wait6": "-",
	"getresuid": "-", "getresgid": "-", "procctl": "-", "cpuset_getaffinity": "-",
	"_sched_getaffinity": "-", "cap_getmode": "-", "sysarch": "-", "clock_nanosleep": "-",
	"sigsuspend": "-", "sigreturn": "-", "setcontext": "-", "getcontext": "-", "thr_self": "-",
	"thr_set_name": "-", "thr_new": "-", "_umtx_op": "-", "_lwp_create": "-", "_lwp_setname": "-",
	"_lwp_getname": "-", "_lwp_unpark_all": "-", "___lwp_park60": "-",
}

// The exports' system-call numbers (the export of the same name runs).
var bpNrs = map[string]uintptr{
	"read": syscall.SYS_READ, "write": syscall.SYS_WRITE, "pread": syscall.SYS_PREAD,
	"pwrite": syscall.SYS_PWRITE, "readv": syscall.SYS_READV, "writev": syscall.SYS_WRITEV,
	"open": syscall.SYS_OPEN, "openat": syscall.SYS_OPENAT, "link": syscall.SYS_LINK,
	"linkat": syscall.SYS_LINKAT, "unlink": syscall.SYS_UNLINK, "unlinkat": syscall.SYS_UNLINKAT,
	"chdir": syscall.SYS_CHDIR, "chroot": syscall.SYS_CHROOT, "chmod": syscall.SYS_CHMOD,
	"fchmodat": syscall.SYS_FCHMODAT, "chown": syscall.SYS_CHOWN, "lchown": syscall.SYS_LCHOWN,
	"fchownat": syscall.SYS_FCHOWNAT, "access": syscall.SYS_ACCESS, "faccessat": syscall.SYS_FACCESSAT,
	"symlink": syscall.SYS_SYMLINK, "symlinkat": syscall.SYS_SYMLINKAT, "readlink": syscall.SYS_READLINK,
	"readlinkat": syscall.SYS_READLINKAT, "rename": syscall.SYS_RENAME, "renameat": syscall.SYS_RENAMEAT,
	"mkfifo": syscall.SYS_MKFIFO, "mkfifoat": syscall.SYS_MKFIFOAT, "mkdir": syscall.SYS_MKDIR,
	"mkdirat": syscall.SYS_MKDIRAT, "rmdir": syscall.SYS_RMDIR, "truncate": syscall.SYS_TRUNCATE,
	"utimes": syscall.SYS_UTIMES, "futimens": syscall.SYS_FUTIMENS, "utimensat": syscall.SYS_UTIMENSAT,
	"stat": syscall.SYS_STAT, "lstat": syscall.SYS_LSTAT, "fstat": syscall.SYS_FSTAT,
	"fstatat": syscall.SYS_FSTATAT, "getdents": syscall.SYS_GETDENTS, "getcwd": 304, // __getcwd
	"ioctl": syscall.SYS_IOCTL, "pipe2": syscall.SYS_PIPE2, "pipe": syscall.SYS_PIPE,
	"getentropy": 7, "recvmsg": syscall.SYS_RECVMSG, "sendmsg": syscall.SYS_SENDMSG,
	"recvfrom": syscall.SYS_RECVFROM, "sendto": syscall.SYS_SENDTO, "accept": syscall.SYS_ACCEPT,
	"accept4": syscall.SYS_ACCEPT4, "getpeername": syscall.SYS_GETPEERNAME,
	"getsockname": syscall.SYS_GETSOCKNAME, "connect": syscall.SYS_CONNECT, "bind": syscall.SYS_BIND,
	"setsockopt": syscall.SYS_SETSOCKOPT, "getsockopt": syscall.SYS_GETSOCKOPT,
	"socketpair": syscall.SYS_SOCKETPAIR, "poll": syscall.SYS_POLL, "kevent": syscall.SYS_KEVENT,
	"mmap": syscall.SYS_MMAP, "munmap": syscall.SYS_MUNMAP, "mprotect": syscall.SYS_MPROTECT,
	"madvise": syscall.SYS_MADVISE, "mlock": syscall.SYS_MLOCK, "munlock": syscall.SYS_MUNLOCK,
	"wait4": syscall.SYS_WAIT4, "execve": syscall.SYS_EXECVE, "getgroups": syscall.SYS_GETGROUPS,
	"setgroups": syscall.SYS_SETGROUPS, "getrusage": syscall.SYS_GETRUSAGE,
	"getrlimit": syscall.SYS_GETRLIMIT, "setrlimit": syscall.SYS_SETRLIMIT, "sysctl": 202, // __sysctl
	"gettimeofday": syscall.SYS_GETTIMEOFDAY, "clock_gettime": syscall.SYS_CLOCK_GETTIME,
	"clock_getres": syscall.SYS_CLOCK_GETRES, "nanosleep": syscall.SYS_NANOSLEEP,
	"setitimer": syscall.SYS_SETITIMER, "getitimer": syscall.SYS_GETITIMER,
	"sigaction": syscall.SYS_SIGACTION, "sigprocmask": syscall.SYS_SIGPROCMASK,
	"sigpending": syscall.SYS_SIGPENDING, "sigaltstack": syscall.SYS_SIGALTSTACK,
}

//go:cgo_import_dynamic bp_pthread_create pthread_create "libpthread.so"
//go:cgo_import_dynamic bp_pthread_sigmask pthread_sigmask "libpthread.so"
//go:cgo_import_dynamic bp___thrsleep __thrsleep "libc.so"
//go:cgo_import_dynamic bp_sched_yield sched_yield "libc.so"
//go:cgo_import_dynamic bp_sigprocmask sigprocmask "libc.so"

//go:linkname bp_pthread_create bp_pthread_create
//go:linkname bp_pthread_sigmask bp_pthread_sigmask
//go:linkname bp___thrsleep bp___thrsleep
//go:linkname bp_sched_yield bp_sched_yield
//go:linkname bp_sigprocmask bp_sigprocmask
var bp_pthread_create, bp_pthread_sigmask, bp___thrsleep, bp_sched_yield, bp_sigprocmask byte

// The exports called through their PLT entries, and whether the result is
// the error number itself (the pthread functions, __thrsleep) rather than
// -1 and errno.  Filled by code: the address of an import taken in static
// data would be a relocation the loader is not asked to make.
var (
	bpLibcFns    = map[string]*byte{}
	bpErrnoValue = map[string]bool{}
)

func init() {
	for k, f := range map[string]*byte{
		"pthread_attr_init": &libc_pthread_attr_init, "pthread_attr_destroy": &libc_pthread_attr_destroy,
		"pthread_attr_getstacksize": &libc_pthread_attr_getstacksize, "pthread_attr_setstacksize": &libc_pthread_attr_setstacksize,
		"pthread_attr_getdetachstate": &libc_pthread_attr_getdetachstate, "pthread_attr_setdetachstate": &libc_pthread_attr_setdetachstate,
		"pthread_create": &bp_pthread_create, "pthread_sigmask": &bp_pthread_sigmask, "__thrsleep": &bp___thrsleep,
	} {
		bpLibcFns[k], bpErrnoValue[k] = f, true
	}
	bpLibcFns["arc4random_buf"] = &libc_arc4random_buf
	bpLibcFns["waitpid"] = &libc_waitpid
	bpLibcFns["sigprocmask"] = &bp_sigprocmask
	bpAttr = func() uintptr {
		attr := new(uintptr)
		libc(&libc_pthread_attr_init, uintptr(unsafe.Pointer(attr)))
		return *attr
	}
	bpStartFn = func() uintptr { return uintptr(unsafe.Pointer(&bp_sched_yield)) }
	bpExcluded["thrkill"] = "its pointer is the target's TCB address, compared, never dereferenced"
	bpExcluded["ptrace"] = "its address is dereferenced only by some requests, none of which denizen serves"
}

const (
	bpStatSize    = 128 // struct stat
	bpStatfsSize  = 0
	bpRusageSize  = 144
	bpSiginfoSize = 136
	bpSigsetSize  = 4 // sigset_t: one unsigned int (the libc functions take a pointer)
	bpKeventSize  = 32
	bpSigBlock    = 1
	bpMsSync      = 2
	bpFIONREAD    = 0x4004667f
	bpPPid        = 0
	bpWexited     = 0
)

// struct sockaddr_un: sun_len, sun_family, sun_path.
func bpSockaddrUn(path string) []byte {
	b := make([]byte, 2+len(path)+1)
	b[0] = byte(len(b))
	b[1] = syscall.AF_UNIX
	copy(b[2:], path)
	return b
}

func bpPollfd(fd int) []byte {
	b := make([]byte, 8)
	*(*int32)(unsafe.Pointer(&b[0])) = int32(fd)
	*(*int16)(unsafe.Pointer(&b[4])) = 1 // POLLIN
	return b
}

func bpKqueue(rfd int) int {
	kq, err := syscall.Kqueue()
	if err != nil {
		return -1
	}
	ch := []syscall.Kevent_t{{Ident: uint64(rfd), Filter: syscall.EVFILT_READ, Flags: syscall.EV_ADD}}
	syscall.Kevent(kq, ch, nil, nil)
	return kq
}

func bpTid() int       { return gettid() }
func bpSetName(string) {}

func bpCall(key string, a [7]uintptr, ti int, kind string, args []bpArg) (uintptr, syscall.Errno) {
	if fn, ok := bpLibcFns[bpRow(key)]; ok {
		r, en := libc(fn, a[0], a[1], a[2], a[3], a[4], a[5])
		if bpErrnoValue[key] {
			return r, syscall.Errno(r)
		}
		return r, en
	}
	nr, ok := bpNrs[bpRow(key)]
	if !ok {
		return 0, syscall.ENOSYS
	}
	r, _, en := syscall.Syscall9(nr, a[0], a[1], a[2], a[3], a[4], a[5], a[6], 0, 0)
	return r, en
}

// CLOCK_REALTIME
const bpClockRealtime = 0
