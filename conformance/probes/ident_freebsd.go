// ident_freebsd.go — the FreeBSD side of ident.go: sysctl(3)'s MIBs (sys/sys/sysctl.h).
package main

import (
	"syscall"
	"unsafe"
)

// CTL_KERN 1: KERN_OSTYPE 1, KERN_OSRELEASE 2, KERN_HOSTNAME 10,
// KERN_OSRELDATE 24, KERN_ARND 37; CTL_HW 6: HW_MACHINE 1, HW_NCPU 3,
// HW_PAGESIZE 7, HW_PHYSMEM 5.
func osTypeIsNative() (bool, error) {
	s, err := sysctlString(1, 1)
	return s == "FreeBSD", err
}
func hostname() (string, error)  { return sysctlString(1, 10) }
func osrelease() (string, error) { return sysctlString(1, 2) }
func machine() (string, error)   { return sysctlString(6, 1) }
func ncpu() (int64, error)       { return sysctlInt(6, 3) }
func pagesize() (int64, error)   { return sysctlInt(6, 7) }
func physmemMB() (int64, error) {
	v, err := sysctlInt(6, 5)
	return v >> 20, err
}

// Go's syscall package picks the ino64 calls when kern.osreldate >= 1200031.
func modernABI() (bool, error) {
	v, err := sysctlInt(1, 24)
	return v >= 1200031, err
}

func arandom(n int) ([]byte, error) {
	b := make([]byte, n)
	got, err := sysctl([]int32{1, 37}, b, n)
	return b[:got], err
}

// name2oid: sysctl {0, 3} turns "kern.ostype" into its MIB.
func name2oid(name string) ([]int32, error) {
	out := make([]byte, 4*12)
	nb := []byte(name)
	l := uintptr(len(out))
	mib := []int32{0, 3}
	_, _, en := syscall.Syscall6(nrSysctl, uintptr(unsafe.Pointer(&mib[0])), 2, uintptr(unsafe.Pointer(&out[0])),
		uintptr(unsafe.Pointer(&l)), uintptr(unsafe.Pointer(&nb[0])), uintptr(len(nb)))
	if en != 0 {
		return nil, en
	}
	r := make([]int32, l/4)
	for i := range r {
		r[i] = *(*int32)(unsafe.Pointer(&out[4*i]))
	}
	return r, nil
}

// getresuid(2)
func getresuid() (int, int, int, error) {
	var r, e, s uint32
	_, _, en := syscall.RawSyscall(360, uintptr(unsafe.Pointer(&r)), uintptr(unsafe.Pointer(&e)), uintptr(unsafe.Pointer(&s)))
	return int(r), int(e), int(s), errno(en)
}

func getresgid() (int, int, int, error) {
	var r, e, s uint32
	_, _, en := syscall.RawSyscall(361, uintptr(unsafe.Pointer(&r)), uintptr(unsafe.Pointer(&e)), uintptr(unsafe.Pointer(&s)))
	return int(r), int(e), int(s), errno(en)
}

// cap_getmode(2)
func capGetmode() (int, error) {
	var m uint32
	_, _, en := syscall.RawSyscall(517, uintptr(unsafe.Pointer(&m)), 0, 0)
	return int(m), errno(en)
}
