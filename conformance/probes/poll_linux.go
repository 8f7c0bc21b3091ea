// poll_linux.go — ppoll(2) and pselect6(2).
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
	for i := 0; ; i++ {
		r, _, en := syscall.Syscall6(syscall.SYS_PPOLL, uintptr(p), uintptr(len(fds)), uintptr(unsafe.Pointer(ts)), uintptr(unsafe.Pointer(mask)), 8, 0)
		if en != syscall.EINTR || i == 100 {
			return int(r), errno(en)
		}
	}
}

func pselect(n int, r *fdSet, ts *syscall.Timespec, mask *sigset) (int, error) {
	m := struct {
		p    uintptr
		size uintptr
	}{uintptr(unsafe.Pointer(mask)), 8}
	for i := 0; ; i++ {
		x, _, en := syscall.Syscall6(syscall.SYS_PSELECT6, uintptr(n), uintptr(unsafe.Pointer(r)), 0, 0, uintptr(unsafe.Pointer(ts)), uintptr(unsafe.Pointer(&m)))
		if en != syscall.EINTR || i == 100 {
			return int(x), errno(en)
		}
	}
}
