// thread_netbsd.go — the NetBSD side of thread.go: LWP calls.  NetBSD has
// no _umtx_op (Go parks LWPs instead): those cases do not run.
package main

import (
	"syscall"
	"unsafe"
)

func umtxWait(addr *uint32, val uint32, timeoutNs int64, private bool) error { return syscall.ENOSYS }
func umtxWake(addr *uint32, n int, private bool) error                       { return syscall.ENOSYS }
func umtxBadOp() error                                                       { return syscall.ENOSYS }
func umtxWaitFault() error                                                   { return syscall.ENOSYS }

// _lwp_setname(lwpid, name)
func setThreadName(tid int, name string) error {
	p := cstr(name)
	_, _, en := syscall.RawSyscall(nrLwpSetname, uintptr(tid), uintptr(unsafe.Pointer(p)), 0)
	return errno(en)
}

// The TLS base: _lwp_getprivate() / _lwp_setprivate(ptr) (the FS base on amd64).
func getFSBase() (uint64, error) {
	r, _, en := syscall.RawSyscall(nrLwpGetprivate, 0, 0, 0)
	return uint64(r), errno(en)
}

func setFSBase(v uint64) error {
	_, _, en := syscall.RawSyscall(nrLwpSetprivate, uintptr(v), 0, 0)
	return errno(en)
}

func getGSBase() (uint64, error) { return 0, syscall.ENOSYS }
func sysarchBad() error          { return syscall.ENOSYS }
