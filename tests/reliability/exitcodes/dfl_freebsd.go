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

// handlerGone: the program's text unmapped up to past its SIGSEGV handler (what the
// storm's break(-1) once did), then a fault: the handler cannot run, the kernel kills
// the process with SIGSEGV.  denizen used to redeliver the fault forever.
func handlerGone() {
	var old [8]uint64
	syscall.RawSyscall(416, uintptr(syscall.SIGSEGV), 0, uintptr(unsafe.Pointer(&old[0])))
	page := uintptr(old[0]) &^ 4095
	syscall.RawSyscall(syscall.SYS_MUNMAP, 0x400000, page+0x10000-0x400000, 0) // the text, up to past the handler
	*(*int)(unsafe.Pointer(uintptr(8))) = 1
}
