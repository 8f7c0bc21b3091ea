package main

import (
	"syscall"
	"unsafe"
)

const haveDefault = true

// setDefault: sigaction(sig, {SIG_DFL}, NULL); struct sigaction is handler, flags, mask.
func setDefault(s syscall.Signal) bool {
	var act [4]uint64
	_, _, e := syscall.RawSyscall(416, uintptr(s), uintptr(unsafe.Pointer(&act[0])), 0)
	return e == 0
}

const (
	sysExit       = 1
	sysSigaction  = 416
	sigactionArg3 = 0
	sigactionArg4 = 0
	sysGetpid     = 20
	sysKill       = 37
)
