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

// handlerGone: the program's text unmapped up to past its SIGSEGV handler (what the
// storm's break(-1) once did), then a fault: the handler cannot run, the kernel kills
// the process with SIGSEGV.  denizen used to redeliver the fault forever.
func handlerGone() {
	var old [8]uint64
	syscall.RawSyscall6(syscall.SYS_RT_SIGACTION, uintptr(syscall.SIGSEGV), 0, uintptr(unsafe.Pointer(&old[0])), 8, 0, 0)
	page := uintptr(old[0]) &^ 4095
	syscall.RawSyscall(syscall.SYS_MUNMAP, 0x400000, page+0x10000-0x400000, 0) // the text, up to past the handler
	*(*int)(unsafe.Pointer(uintptr(8))) = 1
}
