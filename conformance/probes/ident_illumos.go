// ident_illumos.go — the illumos side of ident.go: no sysctl; the host
// name and the system's name come from gethostname and uname.
package main

import (
	"syscall"
	"unsafe"
)

// struct utsname: five char[257] (sys/utsname.h).
func utsField(i int) (string, error) {
	var u [5 * 257]byte
	_, en := libc(&libc_uname, uintptr(unsafe.Pointer(&u[0])))
	if en != 0 {
		return "", en
	}
	f := u[i*257 : (i+1)*257]
	for j, c := range f {
		if c == 0 {
			f = f[:j]
			break
		}
	}
	return string(f), nil
}

func osTypeIsNative() (bool, error) {
	s, err := utsField(0)
	return s == "SunOS", err
}

func hostname() (string, error) {
	b := make([]byte, 257)
	_, en := libc(&libc_gethostname, uintptr(unsafe.Pointer(&b[0])), uintptr(len(b)))
	if en != 0 {
		return "", en
	}
	for j, c := range b {
		if c == 0 {
			b = b[:j]
			break
		}
	}
	return string(b), nil
}

func osrelease() (string, error)            { return utsField(2) }
func machine() (string, error)              { return "", syscall.ENOSYS }
func ncpu() (int64, error)                  { return 0, syscall.ENOSYS }
func pagesize() (int64, error)              { return 0, syscall.ENOSYS }
func physmemMB() (int64, error)             { return 0, syscall.ENOSYS }
func modernABI() (bool, error)              { return false, syscall.ENOSYS }
func arandom(n int) ([]byte, error)         { return nil, syscall.ENOSYS }
func name2oid(name string) ([]int32, error) { return nil, syscall.ENOSYS }
func getresuid() (int, int, int, error)     { return 0, 0, 0, syscall.ENOSYS }
func getresgid() (int, int, int, error)     { return 0, 0, 0, syscall.ENOSYS }
func capGetmode() (int, error)              { return 0, syscall.ENOSYS }
