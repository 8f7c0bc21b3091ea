// badptr_linux.go — the Linux reference of the bad-pointer family: each key
// made as the Linux call that takes the same pointer the same way.  Calls
// Linux lacks (bpModels) are answered by bpModel.
package main

import (
	"syscall"
	"unsafe"
)

// No table: the reference runs every key.
const bpTable = ""

// Every key is run on Linux.
var bpRows = map[string]string{}

const (
	bpStatSize             = 144 // struct stat
	bpStatfsSize           = 120 // struct statfs
	bpRusageSize           = 144
	bpSiginfoSize          = 128
	bpSigsetSize           = 8 // the kernel's sigset_t
	bpKeventSize           = 64
	bpSigBlock             = 0 // SIG_BLOCK
	bpMsSync               = 4 // MS_SYNC
	bpFIONREAD             = 0x541b
	bpPPid                 = 1 // P_PID
	bpWexited              = 4 // WEXITED
	linuxAtSymlinkNofollow = 0x100
	linuxSysGetrandom      = 318
	linuxSysCopyFileRange  = 326
)

func bpSockaddrUn(path string) []byte {
	b := make([]byte, 2+len(path)+1)
	*(*uint16)(unsafe.Pointer(&b[0])) = syscall.AF_UNIX
	copy(b[2:], path)
	return b
}

func bpPollfd(fd int) []byte {
	b := make([]byte, 8)
	*(*int32)(unsafe.Pointer(&b[0])) = int32(fd)
	*(*int16)(unsafe.Pointer(&b[4])) = 1 // POLLIN
	return b
}

func bpKqueue(int) int { return -1 }
func bpTid() int       { return syscall.Gettid() }

// The Linux call of each key: its number, and the guest's arguments in
// Linux's order (nil: the same order).
type lxCall struct {
	nr  uintptr
	arg func(a [7]uintptr) [6]uintptr
}

func same(a [7]uintptr) [6]uintptr { return [6]uintptr{a[0], a[1], a[2], a[3], a[4], a[5]} }

var lxCalls = map[string]lxCall{
	"read": {syscall.SYS_READ, nil}, "write": {syscall.SYS_WRITE, nil},
	"pread": {syscall.SYS_PREAD64, nil}, "pwrite": {syscall.SYS_PWRITE64, nil},
	"readv": {syscall.SYS_READV, nil}, "writev": {syscall.SYS_WRITEV, nil},
	"preadv": {syscall.SYS_PREADV, nil}, "pwritev": {syscall.SYS_PWRITEV, nil},
	"open": {syscall.SYS_OPEN, nil}, "openat": {syscall.SYS_OPENAT, nil},
	"link": {syscall.SYS_LINK, nil}, "linkat": {syscall.SYS_LINKAT, nil},
	"unlink": {syscall.SYS_UNLINK, nil}, "unlinkat": {syscall.SYS_UNLINKAT, nil},
	"chdir": {syscall.SYS_CHDIR, nil}, "chroot": {syscall.SYS_CHROOT, nil},
	"chmod": {syscall.SYS_CHMOD, nil}, "fchmodat": {syscall.SYS_FCHMODAT, nil},
	"chown": {syscall.SYS_CHOWN, nil}, "lchown": {syscall.SYS_LCHOWN, nil},
	"fchownat":      {syscall.SYS_FCHOWNAT, nil},
	"__posix_chown": {syscall.SYS_CHOWN, nil}, "__posix_lchown": {syscall.SYS_LCHOWN, nil},
	"access": {syscall.SYS_ACCESS, nil}, "faccessat": {syscall.SYS_FACCESSAT, nil},
	"eaccess": {syscall.SYS_FACCESSAT, func(a [7]uintptr) [6]uintptr { return [6]uintptr{atfdcwd, a[0], a[1]} }},
	"symlink": {syscall.SYS_SYMLINK, nil}, "symlinkat": {syscall.SYS_SYMLINKAT, nil},
	"readlink": {syscall.SYS_READLINK, nil}, "readlinkat": {syscall.SYS_READLINKAT, nil},
	"rename": {syscall.SYS_RENAME, nil}, "__posix_rename": {syscall.SYS_RENAME, nil},
	"renameat": {syscall.SYS_RENAMEAT, nil},
	"mkfifo":   {syscall.SYS_MKNOD, func(a [7]uintptr) [6]uintptr { return [6]uintptr{a[0], a[1] | syscall.S_IFIFO, 0} }},
	"mkfifoat": {syscall.SYS_MKNODAT, func(a [7]uintptr) [6]uintptr { return [6]uintptr{a[0], a[1], a[2] | syscall.S_IFIFO, 0} }},
	"mknod":    {syscall.SYS_MKNOD, nil}, "mknodat": {syscall.SYS_MKNODAT, nil},
	"mkdir": {syscall.SYS_MKDIR, nil}, "mkdirat": {syscall.SYS_MKDIRAT, nil},
	"rmdir": {syscall.SYS_RMDIR, nil}, "truncate": {syscall.SYS_TRUNCATE, nil},
	"utimes": {syscall.SYS_UTIMES, nil},
	"lutimes": {syscall.SYS_UTIMENSAT, func(a [7]uintptr) [6]uintptr {
		return [6]uintptr{atfdcwd, a[0], a[1], linuxAtSymlinkNofollow}
	}},
	"futimes":   {syscall.SYS_FUTIMESAT, func(a [7]uintptr) [6]uintptr { return [6]uintptr{a[0], 0, a[1]} }},
	"futimesat": {syscall.SYS_FUTIMESAT, nil},
	"futimens":  {syscall.SYS_UTIMENSAT, func(a [7]uintptr) [6]uintptr { return [6]uintptr{a[0], 0, a[1], 0} }},
	"utimensat": {syscall.SYS_UTIMENSAT, nil},
	"stat":      {syscall.SYS_STAT, nil}, "lstat": {syscall.SYS_LSTAT, nil},
	"fstat": {syscall.SYS_FSTAT, nil}, "fstatat": {syscall.SYS_NEWFSTATAT, nil},
	"statfs": {syscall.SYS_STATFS, nil}, "fstatfs": {syscall.SYS_FSTATFS, nil},
	"getdirentries": {syscall.SYS_GETDENTS64, nil}, "__getdents30": {syscall.SYS_GETDENTS64, nil},
	"__getcwd": {syscall.SYS_GETCWD, nil}, "getcwd": {syscall.SYS_GETCWD, nil}, "ioctl": {syscall.SYS_IOCTL, nil},
	"pipe2": {syscall.SYS_PIPE2, nil}, "pipe": {syscall.SYS_PIPE, nil}, "copy_file_range": {linuxSysCopyFileRange, nil},
	"getrandom": {linuxSysGetrandom, nil},
	"recvmsg":   {syscall.SYS_RECVMSG, nil}, "sendmsg": {syscall.SYS_SENDMSG, nil},
	"recvfrom": {syscall.SYS_RECVFROM, nil}, "sendto": {syscall.SYS_SENDTO, nil},
	"accept": {syscall.SYS_ACCEPT, nil}, "accept4": {syscall.SYS_ACCEPT4, nil},
	"paccept":     {syscall.SYS_ACCEPT4, func(a [7]uintptr) [6]uintptr { return [6]uintptr{a[0], a[1], a[2], a[4]} }},
	"getpeername": {syscall.SYS_GETPEERNAME, nil}, "getsockname": {syscall.SYS_GETSOCKNAME, nil},
	"connect": {syscall.SYS_CONNECT, nil}, "bind": {syscall.SYS_BIND, nil},
	"setsockopt": {syscall.SYS_SETSOCKOPT, nil}, "getsockopt": {syscall.SYS_GETSOCKOPT, nil},
	"socketpair": {syscall.SYS_SOCKETPAIR, nil},
	"select":     {syscall.SYS_SELECT, nil}, "poll": {syscall.SYS_POLL, nil},
	"mmap": {syscall.SYS_MMAP, nil}, "munmap": {syscall.SYS_MUNMAP, nil},
	"mprotect": {syscall.SYS_MPROTECT, nil}, "madvise": {syscall.SYS_MADVISE, nil},
	"msync": {syscall.SYS_MSYNC, nil}, "mlock": {syscall.SYS_MLOCK, nil},
	"munlock": {syscall.SYS_MUNLOCK, nil}, "mincore": {syscall.SYS_MINCORE, nil},
	"wait4": {syscall.SYS_WAIT4, nil}, "waitpid": {syscall.SYS_WAIT4, func(a [7]uintptr) [6]uintptr { return [6]uintptr{a[0], a[1], a[2], 0} }}, "execve": {syscall.SYS_EXECVE, nil},
	"getgroups": {syscall.SYS_GETGROUPS, nil}, "setgroups": {syscall.SYS_SETGROUPS, nil},
	"getresuid": {syscall.SYS_GETRESUID, nil}, "getresgid": {syscall.SYS_GETRESGID, nil},
	"getrusage": {syscall.SYS_GETRUSAGE, nil},
	"getrlimit": {syscall.SYS_GETRLIMIT, nil}, "setrlimit": {syscall.SYS_SETRLIMIT, nil},
	"cpuset_getaffinity": {syscall.SYS_SCHED_GETAFFINITY, func(a [7]uintptr) [6]uintptr { return [6]uintptr{0, a[3], a[4]} }},
	"_sched_getaffinity": {syscall.SYS_SCHED_GETAFFINITY, func(a [7]uintptr) [6]uintptr { return [6]uintptr{0, a[2], a[3]} }},
	"gettimeofday":       {syscall.SYS_GETTIMEOFDAY, nil},
	"clock_gettime":      {syscall.SYS_CLOCK_GETTIME, nil}, "clock_getres": {syscall.SYS_CLOCK_GETRES, nil},
	"nanosleep": {syscall.SYS_NANOSLEEP, nil}, "clock_nanosleep": {syscall.SYS_CLOCK_NANOSLEEP, nil},
	"setitimer": {syscall.SYS_SETITIMER, nil}, "getitimer": {syscall.SYS_GETITIMER, nil},
	"sigaction":   {syscall.SYS_RT_SIGACTION, func(a [7]uintptr) [6]uintptr { return [6]uintptr{a[0], a[1], a[2], 8} }},
	"sigprocmask": {syscall.SYS_RT_SIGPROCMASK, func(a [7]uintptr) [6]uintptr { return [6]uintptr{a[0], a[1], a[2], 8} }},
	"sigpending":  {syscall.SYS_RT_SIGPENDING, func(a [7]uintptr) [6]uintptr { return [6]uintptr{a[0], 8} }},
	"sigsuspend":  {syscall.SYS_RT_SIGSUSPEND, func(a [7]uintptr) [6]uintptr { return [6]uintptr{a[0], 8} }},
	"sigaltstack": {syscall.SYS_SIGALTSTACK, nil},
}

// Arguments Linux's call has no counterpart of: answered by the model.
var lxModelArgs = map[string]int{"getdirentries": 3, "paccept": 3}

// The libc functions that dereference their pointers themselves (bpSpec.libc),
// as loads and stores made natively, in the order and widths of OpenBSD's
// libc (lib/librthread/rthread_attr.c, rthread.c; lib/libc/sys/w_sigprocmask.c
// and its stub): a bad pointer faults here as it does there, and the child
// running the case dies of it (bpRunChild).  The result of a call that does
// not fault is its error number (0: "ok").
var lxLibc = map[string]func(a [7]uintptr) syscall.Errno{
	"pthread_attr_init": func(a [7]uintptr) syscall.Errno { st8(a[0], uint64(bpAttr())); return 0 },
	"pthread_attr_destroy": func(a [7]uintptr) syscall.Errno {
		ld8(a[0]) // free(*attr)
		st8(a[0], 0)
		return 0
	},
	"pthread_attr_getstacksize": func(a [7]uintptr) syscall.Errno {
		st8(a[1], ld8(uintptr(ld8(a[0]))+lxAttrStack))
		return 0
	},
	"pthread_attr_setstacksize": func(a [7]uintptr) syscall.Errno {
		st8(uintptr(ld8(a[0]))+lxAttrStack, uint64(a[1]))
		return 0
	},
	"pthread_attr_getdetachstate": func(a [7]uintptr) syscall.Errno {
		st4(a[1], ld4(uintptr(ld8(a[0]))+lxAttrDetach))
		return 0
	},
	"pthread_attr_setdetachstate": func(a [7]uintptr) syscall.Errno {
		st4(uintptr(ld8(a[0]))+lxAttrDetach, uint32(a[1]))
		return 0
	},
	"pthread_create": func(a [7]uintptr) syscall.Errno {
		if a[1] != 0 {
			ld8(uintptr(ld8(a[1]))) // thread->attr = *(*attr)
		}
		st8(a[0], uint64(bpAttr())) // *thread = the new thread, once it runs
		return 0
	},
	"pthread_attr_getstack_illumos": func(a [7]uintptr) syscall.Errno {
		obj := uintptr(ld8(a[0]))
		st8(a[1], ld8(obj+lxAttrStack+8))
		st8(a[2], ld8(obj+lxAttrStack))
		return 0
	},
	"pthread_sigmask": func(a [7]uintptr) syscall.Errno {
		if a[1] != 0 {
			ld4(a[1]) // the stub passes *set to the kernel
		}
		if a[2] != 0 {
			st4(a[2], 0) // and stores the old mask
		}
		return 0
	},
	"arc4random_buf": func(a [7]uintptr) syscall.Errno {
		for i := uintptr(0); i < a[1]; i++ {
			st1(a[0]+i, byte(i)^0x5a)
		}
		return 0
	},
}

// The fields the model touches in its attribute object (any offsets
// inside lxAttrObj do: the object is valid memory).
const (
	lxAttrStack  = 16
	lxAttrDetach = 32
)

var lxAttrObj = make([]byte, 64)

// Loads and stores of one width at an address (a fault here is the case's result).
var lxSink uint64

func ld8(p uintptr) uint64 {
	v := *(*uint64)(unsafe.Pointer(p))
	lxSink += v
	return v
}

func ld4(p uintptr) uint32 {
	v := *(*uint32)(unsafe.Pointer(p))
	lxSink += uint64(v)
	return v
}

func st8(p uintptr, v uint64) { *(*uint64)(unsafe.Pointer(p)) = v }
func st4(p uintptr, v uint32) { *(*uint32)(unsafe.Pointer(p)) = v }
func st1(p uintptr, v byte)   { *(*byte)(unsafe.Pointer(p)) = v }

func init() {
	bpAttr = func() uintptr { return addrOf(lxAttrObj) }
	// illumos's: the same loads and stores once its NULL checks pass (the
	// spec's null map answers those)
	for _, k := range []string{"pthread_attr_destroy", "pthread_attr_getstacksize", "pthread_attr_setstacksize",
		"pthread_attr_setdetachstate", "pthread_create"} {
		lxLibc[k+"_illumos"] = lxLibc[k]
	}
	lxLibc["sigprocmask_libc"] = lxLibc["pthread_sigmask"]
}

func bpCall(key string, a [7]uintptr, ti int, kind string, args []bpArg) (uintptr, syscall.Errno) {
	if f, ok := lxLibc[key]; ok {
		return 0, f(a)
	}
	if bpModeled(key) || lxModelArgs[key] == ti && ti != 0 {
		return 0, bpModel(args[ti], a[ti])
	}
	if key == "getentropy" {
		return 0, lxGetentropy(a[0], int(a[1]))
	}
	c, ok := lxCalls[key]
	if !ok {
		return 0, syscall.ENOSYS
	}
	x := same(a)
	if c.arg != nil {
		x = c.arg(a)
	}
	r, _, en := syscall.Syscall6(c.nr, x[0], x[1], x[2], x[3], x[4], x[5])
	return r, en
}

func bpSetName(string) {}

// lxGetentropy: glibc's getentropy, getrandom until the buffer is full; a
// buffer running into unmapped memory fails on the call after the first
// bytes (EFAULT), as OpenBSD's getentropy fails the whole copy.
func lxGetentropy(buf uintptr, n int) syscall.Errno {
	for done := 0; done < n; {
		r, _, en := syscall.Syscall(linuxSysGetrandom, buf+uintptr(done), uintptr(n-done), 0)
		if en != 0 {
			return en
		}
		done += int(r)
	}
	return 0
}

// CLOCK_REALTIME
const bpClockRealtime = 0
