// thread_linux.go — the Linux reference for thread.go: futex(2) for
// _umtx_op, prctl(2) for thr_set_name, arch_prctl(2) for sysarch.  Where
// FreeBSD answers differently by design (a WAIT whose value already
// changed returns 0, not EAGAIN; an unknown op is EINVAL, not ENOSYS) the
// FreeBSD answer is given (sys/kern/kern_umtx.c).
package main

import (
	"syscall"
	"unsafe"
)

const (
	FUTEX_WAIT         = 0
	FUTEX_WAKE         = 1
	FUTEX_PRIVATE_FLAG = 128
)

func umtxWait(addr *uint32, val uint32, timeoutNs int64, private bool) error {
	op := uintptr(FUTEX_WAIT)
	if private {
		op |= FUTEX_PRIVATE_FLAG
	}
	var tp uintptr
	var ts syscall.Timespec
	if timeoutNs > 0 {
		ts = syscall.NsecToTimespec(timeoutNs)
		tp = uintptr(unsafe.Pointer(&ts))
	}
	for i := 0; ; i++ {
		_, _, en := syscall.Syscall6(nrFutex, uintptr(unsafe.Pointer(addr)), op, uintptr(val), tp, 0, 0)
		if en == syscall.EAGAIN {
			return nil
		}
		if en != syscall.EINTR || i == 100 { // a Go runtime signal is not the subject
			return errno(en)
		}
	}
}

func umtxWake(addr *uint32, n int, private bool) error {
	op := uintptr(FUTEX_WAKE)
	if private {
		op |= FUTEX_PRIVATE_FLAG
	}
	_, _, en := syscall.Syscall6(nrFutex, uintptr(unsafe.Pointer(addr)), op, uintptr(n), 0, 0, 0)
	return errno(en)
}

func umtxBadOp() error { return syscall.EINVAL }

func umtxWaitFault() error {
	_, _, en := syscall.Syscall6(nrFutex, badPtr, FUTEX_WAIT|FUTEX_PRIVATE_FLAG, 0, 0, 0, 0)
	return errno(en)
}

// thr_set_name: this thread by prctl(PR_SET_NAME); another thread of the
// process through /proc; an unknown thread is ESRCH (FreeBSD tdfind).
func setThreadName(tid int, name string) error {
	if tid == gettid() {
		p := cstr(name)
		_, _, en := syscall.RawSyscall(nrPrctl, 15 /* PR_SET_NAME */, uintptr(unsafe.Pointer(p)), 0)
		return errno(en)
	}
	fd, err := syscall.Open("/proc/self/task/"+itoa(tid)+"/comm", syscall.O_WRONLY, 0)
	if err != nil {
		return syscall.ESRCH
	}
	defer syscall.Close(fd)
	_, err = syscall.Write(fd, []byte(name))
	return err
}

const (
	ARCH_SET_FS = 0x1002
	ARCH_GET_FS = 0x1003
	ARCH_GET_GS = 0x1004
)

func getFSBase() (uint64, error) {
	var v uint64
	_, _, en := syscall.RawSyscall(nrArchPrctl, ARCH_GET_FS, uintptr(unsafe.Pointer(&v)), 0)
	return v, errno(en)
}

func setFSBase(v uint64) error {
	_, _, en := syscall.RawSyscall(nrArchPrctl, ARCH_SET_FS, uintptr(v), 0)
	return errno(en)
}

func getGSBase() (uint64, error) {
	var v uint64
	_, _, en := syscall.RawSyscall(nrArchPrctl, ARCH_GET_GS, uintptr(unsafe.Pointer(&v)), 0)
	return v, errno(en)
}

func sysarchBad() error {
	var v uint64
	_, _, en := syscall.RawSyscall(nrArchPrctl, 999, uintptr(unsafe.Pointer(&v)), 0)
	return errno(en)
}
