package main

import (
	"fmt"
	"syscall"
	"unsafe"
	_ "unsafe"
)

// The libc functions, as imports bound like any other (their address is
// the PLT entry); syscall.sysvicall6 calls one the way package syscall does.
//
//go:cgo_import_dynamic ls_pthread_attr_init pthread_attr_init "libc.so"
//go:cgo_import_dynamic ls_pthread_attr_destroy pthread_attr_destroy "libc.so"
//go:cgo_import_dynamic ls_pthread_attr_getstacksize pthread_attr_getstacksize "libc.so"
//go:cgo_import_dynamic ls_pthread_sigmask pthread_sigmask "libc.so"
//go:cgo_import_dynamic ls_sigaction sigaction "libc.so"
//go:cgo_import_dynamic ls_sem_init sem_init "libc.so"
//go:cgo_import_dynamic ls_sem_post sem_post "libc.so"
//go:cgo_import_dynamic ls_sem_trywait sem_trywait "libc.so"

//go:linkname ls_pthread_attr_init ls_pthread_attr_init
//go:linkname ls_pthread_attr_destroy ls_pthread_attr_destroy
//go:linkname ls_pthread_attr_getstacksize ls_pthread_attr_getstacksize
//go:linkname ls_pthread_sigmask ls_pthread_sigmask
//go:linkname ls_sigaction ls_sigaction
//go:linkname ls_sem_init ls_sem_init
//go:linkname ls_sem_post ls_sem_post
//go:linkname ls_sem_trywait ls_sem_trywait
var ls_pthread_attr_init, ls_pthread_attr_destroy, ls_pthread_attr_getstacksize, ls_pthread_sigmask,
	ls_sigaction, ls_sem_init, ls_sem_post, ls_sem_trywait byte

//go:linkname sysvicall6 syscall.sysvicall6
func sysvicall6(fn, nargs, a1, a2, a3, a4, a5, a6 uintptr) (r1, r2 uintptr, err syscall.Errno)

func pc(b *byte) uintptr { return uintptr(unsafe.Pointer(b)) }

func sysCall(fn, a0, a1, a2 uintptr) (uintptr, syscall.Errno) {
	r, _, en := sysvicall6(fn, 3, a0, a1, a2, 0, 0, 0)
	return r, en
}

func fnAttrInit() uintptr  { return pc(&ls_pthread_attr_init) }
func fnSigaction() uintptr { return pc(&ls_sigaction) }

var liveAttr = new(uintptr)

// illumos's libc answers EINVAL for the NULL pointers it checks; a bad
// non-NULL one faults, and pthread_attr_init stores through its argument
// unchecked.
func faultCases(none, ro uintptr) []faultCase {
	if r, _ := sysCall(pc(&ls_pthread_attr_init), uintptr(unsafe.Pointer(liveAttr)), 0, 0); r != 0 {
		fatal("pthread_attr_init: %d", r)
	}
	attr := uintptr(unsafe.Pointer(liveAttr))
	return []faultCase{
		{"pthread_attr_init(NULL)", pc(&ls_pthread_attr_init), 0, 0, 0},
		{"pthread_attr_init(kernel)", pc(&ls_pthread_attr_init), kernelAddr, 0, kernelAddr},
		{"pthread_attr_init(read-only)", pc(&ls_pthread_attr_init), ro + 8, 0, ro + 8},
		{"pthread_attr_getstacksize(attr, PROT_NONE)", pc(&ls_pthread_attr_getstacksize), attr, none + 16, none + 16},
		{"pthread_attr_destroy(PROT_NONE)", pc(&ls_pthread_attr_destroy), none, 0, none},
		{"pthread_sigmask(SIG_BLOCK, kernel)", pc(&ls_pthread_sigmask), 1, kernelAddr, kernelAddr},
		{"sem_post(kernel)", pc(&ls_sem_post), kernelAddr, 0, kernelAddr},
		{"sem_trywait(PROT_NONE)", pc(&ls_sem_trywait), none + 64, 0, none + 64},
		{"sem_post(NULL)", pc(&ls_sem_post), 0, 0, 0},
	}
}

// validCalls: the same functions given good pointers (or NULL where
// illumos checks it) still work.
func validCalls() string {
	a := new(uintptr)
	if r, _ := sysCall(pc(&ls_pthread_attr_init), uintptr(unsafe.Pointer(a)), 0, 0); r != 0 {
		return fmt.Sprintf("pthread_attr_init: %d", r)
	}
	size := new(uintptr)
	if r, _ := sysCall(pc(&ls_pthread_attr_getstacksize), uintptr(unsafe.Pointer(a)), uintptr(unsafe.Pointer(size)), 0); r != 0 || *size == 0 {
		return fmt.Sprintf("pthread_attr_getstacksize: %d, size %d", r, *size)
	}
	if r, _ := sysCall(pc(&ls_pthread_attr_getstacksize), 0, uintptr(unsafe.Pointer(size)), 0); r != uintptr(syscall.EINVAL) {
		return fmt.Sprintf("pthread_attr_getstacksize(NULL): %d, want EINVAL", r)
	}
	if r, _ := sysCall(pc(&ls_pthread_attr_destroy), uintptr(unsafe.Pointer(a)), 0, 0); r != 0 || *a != 0 {
		return fmt.Sprintf("pthread_attr_destroy: %d", r)
	}
	sem := make([]uint64, 6) // sem_t: 48 bytes
	sp := uintptr(unsafe.Pointer(&sem[0]))
	if r, en := sysCall(pc(&ls_sem_init), sp, 0, 0); r != 0 {
		return fmt.Sprintf("sem_init: %v", en)
	}
	if r, en := sysCall(pc(&ls_sem_post), sp, 0, 0); r != 0 {
		return fmt.Sprintf("sem_post: %v", en)
	}
	if r, en := sysCall(pc(&ls_sem_trywait), sp, 0, 0); r != 0 {
		return fmt.Sprintf("sem_trywait: %v", en)
	}
	if r, _ := sysCall(pc(&ls_sem_trywait), sp, 0, 0); int(r) != -1 {
		return "sem_trywait of an empty semaphore succeeded"
	}
	old := make([]uint32, 4)
	if r, _ := sysCall(pc(&ls_pthread_sigmask), 1, 0, uintptr(unsafe.Pointer(&old[0]))); r != 0 {
		return fmt.Sprintf("pthread_sigmask: %d", r)
	}
	return ""
}
