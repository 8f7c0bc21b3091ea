// ident_netbsd.go — the NetBSD side of ident.go: sysctl(3)'s MIBs
// (sys/sys/sysctl.h).  NetBSD has no name2oid (its CTL_QUERY walk is
// what Go's syscall.Sysctl uses): those cases do not run.
package main

import (
	"bytes"
	"syscall"
	"unsafe"
)

const nrSysctl = 202

func sysctl(mib []int32, old []byte, oldlen int) (int, error) {
	l := uintptr(oldlen)
	var p unsafe.Pointer
	if old != nil {
		p = unsafe.Pointer(&old[0])
	}
	_, _, en := syscall.Syscall6(nrSysctl, uintptr(unsafe.Pointer(&mib[0])), uintptr(len(mib)),
		uintptr(p), uintptr(unsafe.Pointer(&l)), 0, 0)
	return int(l), errno(en)
}

func sysctlString(mib ...int32) (string, error) {
	b := make([]byte, 1024)
	n, err := sysctl(mib, b, len(b))
	if err != nil {
		return "", err
	}
	return string(bytes.TrimRight(b[:n], "\x00")), nil
}

func sysctlInt(mib ...int32) (int64, error) {
	b := make([]byte, 8)
	n, err := sysctl(mib, b, len(b))
	if err != nil {
		return 0, err
	}
	if n == 4 {
		return int64(*(*int32)(unsafe.Pointer(&b[0]))), nil
	}
	return *(*int64)(unsafe.Pointer(&b[0])), nil
}

// CTL_KERN 1: KERN_OSTYPE 1, KERN_OSRELEASE 2, KERN_HOSTNAME 10, KERN_ARND
// 81; CTL_HW 6: HW_MACHINE 1, HW_NCPU 3, HW_PAGESIZE 7, HW_PHYSMEM64 13.
func osTypeIsNative() (bool, error) {
	s, err := sysctlString(1, 1)
	return s == "NetBSD", err
}
func hostname() (string, error)  { return sysctlString(1, 10) }
func osrelease() (string, error) { return sysctlString(1, 2) }
func machine() (string, error)   { return sysctlString(6, 1) }
func ncpu() (int64, error)       { return sysctlInt(6, 3) }
func pagesize() (int64, error)   { return sysctlInt(6, 7) }
func physmemMB() (int64, error) {
	v, err := sysctlInt(6, 13)
	return v >> 20, err
}

func modernABI() (bool, error) { return false, syscall.ENOSYS }

func arandom(n int) ([]byte, error) {
	b := make([]byte, n)
	got, err := sysctl([]int32{1, 81}, b, n)
	return b[:got], err
}

func sysctlUnknown() error {
	_, err := sysctl([]int32{1, 9999}, make([]byte, 16), 16)
	return err
}

func sysctlShort() (int, string, error) {
	b := make([]byte, 3)
	n, err := sysctl([]int32{1, 1}, b, 3)
	return n, string(b[:n]), err
}

// ostypeName: kern.ostype {CTL_KERN, KERN_OSTYPE}.
func ostypeName() (string, error) { return sysctlString(1, 1) }

func sysctlSize() (int, error) { return sysctl([]int32{1, 10}, nil, 0) }

func name2oid(name string) ([]int32, error) { return nil, syscall.ENOSYS }

func sysctlEFAULT() error {
	l := uintptr(16)
	_, _, en := syscall.Syscall6(nrSysctl, badPtr, 2, 0, uintptr(unsafe.Pointer(&l)), 0, 0)
	return errno(en)
}

func getresuid() (int, int, int, error) { return 0, 0, 0, syscall.ENOSYS }
func getresgid() (int, int, int, error) { return 0, 0, 0, syscall.ENOSYS }
func capGetmode() (int, error)          { return 0, syscall.ENOSYS }
