// poll_netbsd.go — __pollts50 and __pselect50 (sys/kern/syscalls.master).
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
		r, _, en := syscall.Syscall6(437, uintptr(p), uintptr(len(fds)), uintptr(unsafe.Pointer(ts)), uintptr(unsafe.Pointer(mask)), 0, 0)
		if en != syscall.EINTR || i == 100 {
			return int(r), errno(en)
		}
	}
}

func pselect(n int, r *fdSet, ts *syscall.Timespec, mask *sigset) (int, error) {
	for i := 0; ; i++ {
		x, _, en := syscall.Syscall6(436, uintptr(n), uintptr(unsafe.Pointer(r)), 0, 0, uintptr(unsafe.Pointer(ts)), uintptr(unsafe.Pointer(mask)))
		if en != syscall.EINTR || i == 100 {
			return int(x), errno(en)
		}
	}
}
