// ident_linux.go — the Linux reference for ident.go.  Linux has no
// sysctl(2): the values come from uname(2), sysinfo(2) and the CPU mask,
// and the answers to FreeBSD-only questions (MIB numbers, error paths of
// __sysctl) are FreeBSD's documented ones (sysctl(3)).
package main

import (
	"runtime"
	"syscall"
	"unsafe"
)

func utsField(f [65]int8) string {
	b := make([]byte, 0, 65)
	for _, c := range f {
		if c == 0 {
			break
		}
		b = append(b, byte(c))
	}
	return string(b)
}

func uname() syscall.Utsname {
	var u syscall.Utsname
	syscall.Uname(&u)
	return u
}

func osTypeIsNative() (bool, error) { return utsField(uname().Sysname) == "Linux", nil }
func hostname() (string, error)     { return utsField(uname().Nodename), nil }
func osrelease() (string, error)    { return utsField(uname().Release), nil }
func machine() (string, error) {
	m := utsField(uname().Machine)
	if m == "x86_64" {
		m = "amd64"
	}
	return m, nil
}
func ncpu() (int64, error)     { return int64(runtime.NumCPU()), nil }
func pagesize() (int64, error) { return int64(syscall.Getpagesize()), nil }
func physmemMB() (int64, error) {
	var si syscall.Sysinfo_t
	err := syscall.Sysinfo(&si)
	return int64(si.Totalram) * int64(si.Unit) >> 20, err
}
func modernABI() (bool, error) { return true, nil }

func arandom(n int) ([]byte, error) {
	b := make([]byte, n)
	_, err := syscall.Read(mustOpen("/dev/urandom", syscall.O_RDONLY, 0), b)
	return b, err
}

func sysctlUnknown() error { return syscall.ENOENT }

func sysctlShort() (int, string, error) { return 3, "Fre", syscall.ENOMEM }

// ostypeName: the kern.ostype sysctlShort's answer is a prefix of.
func ostypeName() (string, error) { return "FreeBSD", nil }

func sysctlSize() (int, error) {
	h, _ := hostname()
	return len(h) + 1, nil
}

func name2oid(name string) ([]int32, error) {
	if name == "kern.ostype" {
		return []int32{1, 1}, nil
	}
	return nil, syscall.ENOENT
}

func sysctlEFAULT() error { return syscall.EFAULT }

func getresuid() (int, int, int, error) {
	var r, e, s uint32
	_, _, en := syscall.RawSyscall(syscall.SYS_GETRESUID, uintptr(unsafe.Pointer(&r)), uintptr(unsafe.Pointer(&e)), uintptr(unsafe.Pointer(&s)))
	return int(r), int(e), int(s), errno(en)
}

func getresgid() (int, int, int, error) {
	var r, e, s uint32
	_, _, en := syscall.RawSyscall(syscall.SYS_GETRESGID, uintptr(unsafe.Pointer(&r)), uintptr(unsafe.Pointer(&e)), uintptr(unsafe.Pointer(&s)))
	return int(r), int(e), int(s), errno(en)
}

// cap_getmode: no Capsicum on Linux; a process never entered capability mode.
func capGetmode() (int, error) { return 0, nil }
