// badptr_freebsd.go — the FreeBSD side of the bad-pointer family: the keys
// FreeBSD has no row for, sizes and values (sys/sys/*.h), and the raw call.
package main

import (
	"syscall"
	"unsafe"
)

// Keys that are NetBSD's calls: not run here.
var bpRows = map[string]string{
	"uname": "-", "gethostname": "-", // illumos's exports
	"waitpid": "-", "pthread_sigmask": "-", // illumos's libc functions
	// OpenBSD's libc functions
	"pthread_attr_init": "-", "pthread_attr_destroy": "-", "pthread_attr_getstacksize": "-",
	"pthread_attr_setstacksize": "-", "pthread_attr_getdetachstate": "-", "pthread_attr_setdetachstate": "-",
	"pthread_create": "-", "arc4random_buf": "-", "__thrsleep": "-",
	"__posix_rename": "-", "pipe": "-", "getcwd": "-", "getentropy": "-", "__posix_chown": "-", "__posix_lchown": "-",
	"stat": "-", "lstat": "-", "mknod": "-", "__getdents30": "-", "paccept": "-",
	"_sched_getaffinity": "-", "setcontext": "-", "getcontext": "-", "_lwp_create": "-",
	"_lwp_setname": "-", "_lwp_getname": "-", "_lwp_unpark_all": "-", "___lwp_park60": "-",
}

// The master table the guest's cases are checked against.
const bpTable = "syscall-xlate/freebsd/syscalls.master"

const (
	bpStatSize    = 224  // struct stat (ino64)
	bpStatfsSize  = 2344 // struct statfs
	bpRusageSize  = 144
	bpSiginfoSize = 80
	bpSigsetSize  = 16
	bpKeventSize  = 64 // struct kevent (FreeBSD 12+)
	bpSigBlock    = 1
	bpMsSync      = 0
	bpFIONREAD    = 0x4004667f
	bpPPid        = 0  // P_PID
	bpWexited     = 16 // WEXITED
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

// bpKqueue: a kqueue with rfd registered for reading (rfd has data: one
// event is always pending, so kevent copies out).
func bpKqueue(rfd int) int {
	kq, err := syscall.Kqueue()
	if err != nil {
		return -1
	}
	ch := []syscall.Kevent_t{{Ident: uint64(rfd), Filter: syscall.EVFILT_READ, Flags: syscall.EV_ADD}}
	syscall.Kevent(kq, ch, nil, nil)
	return kq
}

func bpTid() int {
	var id int64
	syscall.RawSyscall(nrThrSelf, uintptr(unsafe.Pointer(&id)), 0, 0)
	return int(id)
}

func bpCall(key string, a [7]uintptr, ti int, kind string, args []bpArg) (uintptr, syscall.Errno) {
	nr, ok := bpGuestNr(bpRow(key))
	if !ok {
		return 0, syscall.ENOSYS
	}
	r, _, en := syscall.Syscall9(nr, a[0], a[1], a[2], a[3], a[4], a[5], a[6], 0, 0)
	return r, en
}

func bpSetName(string) {}

// CLOCK_REALTIME
const bpClockRealtime = 0
