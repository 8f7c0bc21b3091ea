// ident_netbsd.go — the NetBSD side of ident.go: sysctl(3)'s MIBs
// (sys/sys/sysctl.h).  NetBSD has no name2oid (its CTL_QUERY walk is
// what Go's syscall.Sysctl uses): those cases do not run.
package main

import (
	"syscall"
)

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

func name2oid(name string) ([]int32, error) { return nil, syscall.ENOSYS }

func getresuid() (int, int, int, error) { return 0, 0, 0, syscall.ENOSYS }
func getresgid() (int, int, int, error) { return 0, 0, 0, syscall.ENOSYS }
func capGetmode() (int, error)          { return 0, syscall.ENOSYS }
