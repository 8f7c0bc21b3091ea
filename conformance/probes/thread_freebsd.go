// thread_freebsd.go — the FreeBSD side of thread.go.
package main

import (
	"syscall"
	"unsafe"
)

// sys/sys/umtx.h
const (
	UMTX_OP_WAKE              = 3
	UMTX_OP_WAIT_UINT         = 11
	UMTX_OP_WAIT_UINT_PRIVATE = 15
	UMTX_OP_WAKE_PRIVATE      = 16
)

// umtxWait: wait while *addr == val, at most timeout (0: forever).
func umtxWait(addr *uint32, val uint32, timeoutNs int64, private bool) error {
	op := uintptr(UMTX_OP_WAIT_UINT)
	if private {
		op = UMTX_OP_WAIT_UINT_PRIVATE
	}
	var ts syscall.Timespec
	var size, tp uintptr
	if timeoutNs > 0 {
		ts = syscall.NsecToTimespec(timeoutNs)
		size, tp = unsafe.Sizeof(ts), uintptr(unsafe.Pointer(&ts))
	}
	for i := 0; ; i++ {
		_, _, en := syscall.Syscall6(nrUmtxOp, uintptr(unsafe.Pointer(addr)), op, uintptr(val), size, tp, 0)
		if en != syscall.EINTR || i == 100 { // a Go runtime signal is not the subject
			return errno(en)
		}
	}
}

func umtxWake(addr *uint32, n int, private bool) error {
	op := uintptr(UMTX_OP_WAKE)
	if private {
		op = UMTX_OP_WAKE_PRIVATE
	}
	_, _, en := syscall.Syscall6(nrUmtxOp, uintptr(unsafe.Pointer(addr)), op, uintptr(n), 0, 0, 0)
	return errno(en)
}

func umtxBadOp() error {
	var w uint32
	_, _, en := syscall.Syscall6(nrUmtxOp, uintptr(unsafe.Pointer(&w)), 999, 0, 0, 0, 0)
	return errno(en)
}

func umtxWaitFault() error {
	_, _, en := syscall.Syscall6(nrUmtxOp, badPtr, UMTX_OP_WAIT_UINT_PRIVATE, 0, 0, 0, 0)
	return errno(en)
}

// thr_set_name(2)
func setThreadName(tid int, name string) error {
	p := cstr(name)
	_, _, en := syscall.RawSyscall(nrThrSetName, uintptr(tid), uintptr(unsafe.Pointer(p)), 0)
	return errno(en)
}

// sysarch(2), machine/sysarch.h
const (
	AMD64_GET_FSBASE = 128
	AMD64_SET_FSBASE = 129
	AMD64_GET_GSBASE = 130
)

func getFSBase() (uint64, error) {
	var v uint64
	_, _, en := syscall.RawSyscall(nrSysarch, AMD64_GET_FSBASE, uintptr(unsafe.Pointer(&v)), 0)
	return v, errno(en)
}

func setFSBase(v uint64) error {
	_, _, en := syscall.RawSyscall(nrSysarch, AMD64_SET_FSBASE, uintptr(unsafe.Pointer(&v)), 0)
	return errno(en)
}

func getGSBase() (uint64, error) {
	var v uint64
	_, _, en := syscall.RawSyscall(nrSysarch, AMD64_GET_GSBASE, uintptr(unsafe.Pointer(&v)), 0)
	return v, errno(en)
}

func sysarchBad() error {
	var v uint64
	_, _, en := syscall.RawSyscall(nrSysarch, 999, uintptr(unsafe.Pointer(&v)), 0)
	return errno(en)
}
