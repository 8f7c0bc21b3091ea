// badptr_netbsd.go — the NetBSD side of the bad-pointer family: NetBSD's
// row for each key (versioned names; "-": FreeBSD's calls NetBSD lacks),
// sizes and values (sys/sys/*.h), and the raw call.
package main

import (
	"syscall"
	"unsafe"
)

var bpRows = map[string]string{
	"uname": "-", "gethostname": "-", // illumos's exports
	"waitpid": "-", "pthread_sigmask": "-", // illumos's libc functions
	// OpenBSD's libc functions
	"pthread_attr_init": "-", "pthread_attr_destroy": "-", "pthread_attr_getstacksize": "-",
	"pthread_attr_setstacksize": "-", "pthread_attr_getdetachstate": "-", "pthread_attr_setdetachstate": "-",
	"pthread_create": "-", "arc4random_buf": "-", "__thrsleep": "-",
	"fstat": "__fstat50", "stat": "__stat50", "lstat": "__lstat50", "mknod": "__mknod50",
	"msync": "__msync13", "sigaltstack": "__sigaltstack14", "sigpending": "__sigpending14",
	"sigprocmask": "__sigprocmask14", "sigsuspend": "__sigsuspend14", "select": "__select50",
	"gettimeofday": "__gettimeofday50", "utimes": "__utimes50", "futimes": "__futimes50",
	"lutimes": "__lutimes50", "setitimer": "__setitimer50", "getitimer": "__getitimer50",
	"clock_gettime": "__clock_gettime50", "clock_getres": "__clock_getres50",
	"nanosleep": "__nanosleep50", "kevent": "__kevent50", "getrusage": "__getrusage50",
	"wait4": "__wait450", "sigaction": "__sigaction_sigtramp",
	// FreeBSD's calls
	"pipe": "-", "getcwd": "-", "getentropy": "-", "eaccess": "-", "chflagsat": "-", "funlinkat": "-", "futimesat": "-", "statfs": "-",
	"fstatfs": "-", "getdirentries": "-", "__realpathat": "-", "copy_file_range": "-",
	"sendfile": "-", "getrandom": "-", "accept4": "-", "freebsd11_kevent": "-", "wait6": "-",
	"getresuid": "-", "getresgid": "-", "procctl": "-", "cpuset_getaffinity": "-",
	"cap_getmode": "-", "sysarch": "-", "sigreturn": "-", "thr_self": "-", "thr_set_name": "-",
	"thr_new": "-", "_umtx_op": "-",
}

// The master table the guest's cases are checked against.
const bpTable = "syscall-xlate/netbsd/syscalls.master"

const (
	bpStatSize    = 256 // struct stat (152) with room
	bpStatfsSize  = 0   // no statfs: statvfs
	bpRusageSize  = 144
	bpSiginfoSize = 128
	bpSigsetSize  = 16
	bpKeventSize  = 40 // struct kevent (__kevent50)
	bpSigBlock    = 1
	bpMsSync      = 4
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

func bpTid() int { return gettid() }

func bpCall(key string, a [7]uintptr, ti int, kind string, args []bpArg) (uintptr, syscall.Errno) {
	nr, ok := bpGuestNr(bpRow(key))
	if !ok {
		return 0, syscall.ENOSYS
	}
	r, _, en := syscall.Syscall9(nr, a[0], a[1], a[2], a[3], a[4], a[5], a[6], 0, 0)
	return r, en
}

// bpSetName: this LWP's name (_lwp_setname, 323).
func bpSetName(name string) {
	syscall.RawSyscall(323, uintptr(gettid()), uintptr(unsafe.Pointer(cstr(name))), 0)
}

// CLOCK_REALTIME
const bpClockRealtime = 0
