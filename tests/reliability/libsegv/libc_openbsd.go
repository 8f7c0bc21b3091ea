package main

import (
	"fmt"
	"syscall"
	"unsafe"
	_ "unsafe"
)

// The libc functions, as imports bound like any other (their address is
// the PLT entry); syscall.syscall6 calls one the way package syscall does.
//
//go:cgo_import_dynamic ls_pthread_attr_init pthread_attr_init "libpthread.so"
//go:cgo_import_dynamic ls_pthread_attr_destroy pthread_attr_destroy "libpthread.so"
//go:cgo_import_dynamic ls_pthread_attr_getstacksize pthread_attr_getstacksize "libpthread.so"
//go:cgo_import_dynamic ls_pthread_sigmask pthread_sigmask "libpthread.so"
//go:cgo_import_dynamic ls_arc4random_buf arc4random_buf "libc.so"
//go:cgo_import_dynamic ls_sigaction sigaction "libc.so"

//go:linkname ls_pthread_attr_init ls_pthread_attr_init
//go:linkname ls_pthread_attr_destroy ls_pthread_attr_destroy
//go:linkname ls_pthread_attr_getstacksize ls_pthread_attr_getstacksize
//go:linkname ls_pthread_sigmask ls_pthread_sigmask
//go:linkname ls_arc4random_buf ls_arc4random_buf
//go:linkname ls_sigaction ls_sigaction
var ls_pthread_attr_init, ls_pthread_attr_destroy, ls_pthread_attr_getstacksize, ls_pthread_sigmask,
	ls_arc4random_buf, ls_sigaction byte

//go:linkname libcCall6 syscall.syscall6
func libcCall6(fn, a1, a2, a3, a4, a5, a6 uintptr) (r1, r2 uintptr, err syscall.Errno)

func pc(b *byte) uintptr { return uintptr(unsafe.Pointer(b)) }

func sysCall(fn, a0, a1, a2 uintptr) (uintptr, syscall.Errno) {
	r, _, en := libcCall6(fn, a0, a1, a2, 0, 0, 0)
	return r, en
}

func fnAttrInit() uintptr  { return pc(&ls_pthread_attr_init) }
func fnSigaction() uintptr { return pc(&ls_sigaction) }

var liveAttr = new(uintptr)

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
		{"arc4random_buf(read-only, 64)", pc(&ls_arc4random_buf), ro, 64, ro},
	}
}

// validCalls: the same functions given good pointers still work.
func validCalls() string {
	a := new(uintptr)
	if r, _ := sysCall(pc(&ls_pthread_attr_init), uintptr(unsafe.Pointer(a)), 0, 0); r != 0 {
		return fmt.Sprintf("pthread_attr_init: %d", r)
	}
	size := new(uintptr)
	if r, _ := sysCall(pc(&ls_pthread_attr_getstacksize), uintptr(unsafe.Pointer(a)), uintptr(unsafe.Pointer(size)), 0); r != 0 || *size == 0 {
		return fmt.Sprintf("pthread_attr_getstacksize: %d, size %d", r, *size)
	}
	if r, _ := sysCall(pc(&ls_pthread_attr_destroy), uintptr(unsafe.Pointer(a)), 0, 0); r != 0 || *a != 0 {
		return fmt.Sprintf("pthread_attr_destroy: %d", r)
	}
	buf := make([]byte, 64)
	sysCall(pc(&ls_arc4random_buf), uintptr(unsafe.Pointer(&buf[0])), 64, 0)
	old := new(uint32)
	if r, _ := sysCall(pc(&ls_pthread_sigmask), 1, 0, uintptr(unsafe.Pointer(old))); r != 0 {
		return fmt.Sprintf("pthread_sigmask: %d", r)
	}
	return ""
}
