package main

import (
	"syscall"
	"unsafe"
)

const haveDefault = true

// setDefault: rt_sigaction(sig, {SIG_DFL}, NULL, 8).
func setDefault(s syscall.Signal) bool {
	var act [4]uint64 // handler, flags, restorer, mask
	_, _, e := syscall.RawSyscall6(syscall.SYS_RT_SIGACTION, uintptr(s), uintptr(unsafe.Pointer(&act[0])), 0, 8, 0, 0)
	return e == 0
}

const (
	sysExit       = syscall.SYS_EXIT_GROUP
	sysSigaction  = syscall.SYS_RT_SIGACTION
	sigactionArg3 = 8 // the mask's size
	sigactionArg4 = 0
	sysGetpid     = syscall.SYS_GETPID
	sysKill       = syscall.SYS_KILL
)
