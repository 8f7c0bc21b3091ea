// fsmisc_netbsd.go — the NetBSD side of fsmisc.go (sys/kern/syscalls.master).
package main

import (
	"syscall"
	"unsafe"
)

func utimes(path string, tv *[2]syscall.Timeval) error {
	p := cstr(path)
	_, _, en := syscall.Syscall(420, uintptr(unsafe.Pointer(p)), uintptr(unsafe.Pointer(tv)), 0) // __utimes50
	return errno(en)
}

func futimes(fd int, tv *[2]syscall.Timeval) error {
	_, _, en := syscall.Syscall(423, uintptr(fd), uintptr(unsafe.Pointer(tv)), 0) // __futimes50
	return errno(en)
}

func lutimes(path string, tv *[2]syscall.Timeval) error {
	p := cstr(path)
	_, _, en := syscall.Syscall(424, uintptr(unsafe.Pointer(p)), uintptr(unsafe.Pointer(tv)), 0) // __lutimes50
	return errno(en)
}

func futimesat(dir int, path string, tv *[2]syscall.Timeval) error { return syscall.ENOSYS }

// posix_fallocate(fd, PAD, pos, len) 479 and __posix_fadvise50(fd, PAD,
// offset, len, advice) 416 answer the error as the call's value.
func posixFallocate(fd int, off, n int64) error {
	r, _, en := syscall.Syscall6(479, uintptr(fd), 0, uintptr(off), uintptr(n), 0, 0)
	if en != 0 {
		return en
	}
	return errno(syscall.Errno(r))
}

func posixFadvise(fd int, off, n int64, advice int) error {
	r, _, en := syscall.Syscall6(416, uintptr(fd), 0, uintptr(off), uintptr(n), uintptr(advice), 0)
	if en != 0 {
		return en
	}
	return errno(syscall.Errno(r))
}

// mknodat(fd, path, mode, uint32 dev) 460: NetBSD's dev_t encoding
// (major in bits 8..19, minor in 0..7 and 20..31).
func mknodat(dir int, path string, mode uint32, dev uint64) error {
	p := cstr(path)
	_, _, en := syscall.Syscall6(nrMknodat, uintptr(int64(dir)), uintptr(unsafe.Pointer(p)), uintptr(mode), uintptr(dev), 0, 0)
	return errno(en)
}

// FreeBSD-only calls: their cases do not run on NetBSD.
func funlinkat(dir int, path string, fd int, flags int) error     { return syscall.ENOSYS }
func realpathat(dir int, path string, flags int) (string, error)  { return "", syscall.ENOSYS }
func closeRange(lo, hi uint, flags int) error                     { return syscall.ENOSYS }
func sendfile(file, sock int, off int64, n int) (int64, error)    { return 0, syscall.ENOSYS }
func chflagsat(dir int, path string, flags int, atflag int) error { return syscall.ENOSYS }

const FD_NONE = -200

func chflags(path string, flags int) error {
	p := cstr(path)
	_, _, en := syscall.Syscall(34, uintptr(unsafe.Pointer(p)), uintptr(flags), 0)
	return errno(en)
}

func fchflags(fd int, flags int) error {
	_, _, en := syscall.Syscall(35, uintptr(fd), uintptr(flags), 0)
	return errno(en)
}

func lchflags(path string, flags int) error {
	p := cstr(path)
	_, _, en := syscall.Syscall(304, uintptr(unsafe.Pointer(p)), uintptr(flags), 0)
	return errno(en)
}

// sys/sys/stat.h: UF_NODUMP
const UF_NODUMP = 0x1

// sendfileForm: Linux's and illumos's sendfile (the case does not run here).
func sendfileForm() string { return "n/a" }
