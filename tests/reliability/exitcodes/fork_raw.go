//go:build linux || freebsd || netbsd

package main

import (
	"syscall"
	"unsafe"
)

// forkExit and forkKill fork a child with a raw system call; the child makes only raw
// calls (the Go runtime is not usable in it: one thread, locks of the others held)
// and ends at once: exit(n), or SIG_DFL then kill(getpid(), s).  BSD and Linux
// children alike see 0 in the first result register.

//go:norace
//go:nosplit
func forkExit(n int) (int, error) {
	r1, _, e := syscall.RawSyscall(syscall.SYS_FORK, 0, 0, 0)
	if e != 0 {
		return 0, e
	}
	if r1 == 0 {
		for {
			syscall.RawSyscall(sysExit, uintptr(n), 0, 0)
		}
	}
	return int(r1), nil
}

//go:norace
//go:nosplit
func forkKill(s syscall.Signal) (int, error) {
	var act [4]uint64 // SIG_DFL, no flags, empty mask (every OS's layout)
	r1, _, e := syscall.RawSyscall(syscall.SYS_FORK, 0, 0, 0)
	if e != 0 {
		return 0, e
	}
	if r1 == 0 {
		syscall.RawSyscall6(sysSigaction, uintptr(s), uintptr(unsafe.Pointer(&act[0])), 0, sigactionArg3, sigactionArg4, 0)
		pid, _, _ := syscall.RawSyscall(sysGetpid, 0, 0, 0)
		syscall.RawSyscall(sysKill, pid, uintptr(s), 0)
		for {
			syscall.RawSyscall(sysExit, 66, 0, 0)
		}
	}
	return int(r1), nil
}
