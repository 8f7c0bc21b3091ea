// poll_openbsd.go — ppoll(2) and pselect(2): OpenBSD's libc has both, but
// denizen exports neither (Go does not call them): their cases report ENOSYS.
package main

import (
	"syscall"
	"unsafe"
)

func ppoll(fds []pollFd, ts *syscall.Timespec, mask *sigset) (int, error) {
	var p unsafe.Pointer
	if len(fds) > 0 {
		p = unsafe.Pointer(&fds[0])
	}
	r, _, en := syscall.Syscall6(syscall.SYS_PPOLL, uintptr(p), uintptr(len(fds)), uintptr(unsafe.Pointer(ts)), uintptr(unsafe.Pointer(mask)), 0, 0)
	return int(r), errno(en)
}

func pselect(n int, r *fdSet, ts *syscall.Timespec, mask *sigset) (int, error) {
	x, _, en := syscall.Syscall6(syscall.SYS_PSELECT, uintptr(n), uintptr(unsafe.Pointer(r)), 0, 0, uintptr(unsafe.Pointer(ts)), uintptr(unsafe.Pointer(mask)))
	return int(x), errno(en)
}
