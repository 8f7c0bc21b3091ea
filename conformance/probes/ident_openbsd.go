// ident_openbsd.go — the OpenBSD side of ident.go: sysctl(2)'s MIBs
// (sys/sys/sysctl.h).  OpenBSD has no name2oid, getres[ug]id are there but
// not exported (Go does not call them), no capsicum.
package main

import "syscall"

// CTL_KERN 1: KERN_OSTYPE 1, KERN_OSRELEASE 2, KERN_HOSTNAME 10, KERN_ARND
// 37; CTL_HW 6: HW_MACHINE 1, HW_NCPU 3, HW_PAGESIZE 7, HW_PHYSMEM64 19.
func osTypeIsNative() (bool, error) {
	s, err := sysctlString(1, 1)
	return s == "OpenBSD", err
}
func hostname() (string, error)  { return sysctlString(1, 10) }
func osrelease() (string, error) { return sysctlString(1, 2) }
func machine() (string, error)   { return sysctlString(6, 1) }
func ncpu() (int64, error)       { return sysctlInt(6, 3) }
func pagesize() (int64, error)   { return sysctlInt(6, 7) }
func physmemMB() (int64, error) {
	v, err := sysctlInt(6, 19)
	return v >> 20, err
}

func modernABI() (bool, error) { return false, syscall.ENOSYS }

func arandom(n int) ([]byte, error) {
	b := make([]byte, n)
	got, err := sysctl([]int32{1, 37}, b, n)
	if got > n {
		got = n
	}
	return b[:got], err
}

func name2oid(name string) ([]int32, error) { return nil, syscall.ENOSYS }

func getresuid() (int, int, int, error) { return 0, 0, 0, syscall.ENOSYS }
func getresgid() (int, int, int, error) { return 0, 0, 0, syscall.ENOSYS }
func capGetmode() (int, error)          { return 0, syscall.ENOSYS }
