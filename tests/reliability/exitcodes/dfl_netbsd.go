package main

import (
	"syscall"
	"unsafe"
)

const haveDefault = true

// setDefault: __sigaction_sigtramp(sig, {SIG_DFL}, NULL, NULL, 2): version 2 (siginfo), the
// only one amd64 NetBSD takes; SIG_DFL needs no trampoline.
func setDefault(s syscall.Signal) bool {
	var act [4]uint64
	_, _, e := syscall.RawSyscall6(340, uintptr(s), uintptr(unsafe.Pointer(&act[0])), 0, 0, 2, 0)
	return e == 0
}

const (
	sysExit       = 1
	sysSigaction  = 340 // __sigaction_sigtramp(sig, act, oact, tramp, 2)
	sigactionArg3 = 0
	sigactionArg4 = 2
	sysGetpid     = 20
	sysKill       = 37
)
