// fsmisc_openbsd.go — the OpenBSD side of fsmisc.go (sys/kern/syscalls.master).
// utimes is the only timeval call denizen exports (futimes, lutimes,
// posix_fadvise and the flags calls are not: Go does not call them).
package main

import (
	"syscall"
	"unsafe"
)

func utimes(path string, tv *[2]syscall.Timeval) error {
	p := cstr(path)
	_, _, en := syscall.Syscall(syscall.SYS_UTIMES, uintptr(unsafe.Pointer(p)), uintptr(unsafe.Pointer(tv)), 0)
	return errno(en)
}

func futimes(fd int, tv *[2]syscall.Timeval) error {
	_, _, en := syscall.Syscall(syscall.SYS_FUTIMES, uintptr(fd), uintptr(unsafe.Pointer(tv)), 0)
	return errno(en)
}

func lutimes(path string, tv *[2]syscall.Timeval) error            { return syscall.ENOSYS }
func futimesat(dir int, path string, tv *[2]syscall.Timeval) error { return syscall.ENOSYS }
func posixFallocate(fd int, off, n int64) error                    { return syscall.ENOSYS }
func posixFadvise(fd int, off, n int64, advice int) error          { return syscall.ENOSYS }
func funlinkat(dir int, path string, fd int, flags int) error      { return syscall.ENOSYS }
func realpathat(dir int, path string, flags int) (string, error)   { return "", syscall.ENOSYS }
func closeRange(lo, hi uint, flags int) error                      { return syscall.ENOSYS }
func sendfile(file, sock int, off int64, n int) (int64, error)     { return 0, syscall.ENOSYS }
func chflagsat(dir int, path string, flags int, atflag int) error  { return syscall.ENOSYS }

// mknodat(fd, path, mode, dev)
func mknodat(dir int, path string, mode uint32, dev uint64) error {
	p := cstr(path)
	_, _, en := syscall.Syscall6(nrMknodat, uintptr(int64(dir)), uintptr(unsafe.Pointer(p)), uintptr(mode), uintptr(dev), 0, 0)
	return errno(en)
}

const FD_NONE = -200

func chflags(path string, flags int) error {
	p := cstr(path)
	_, _, en := syscall.Syscall(syscall.SYS_CHFLAGS, uintptr(unsafe.Pointer(p)), uintptr(flags), 0)
	return errno(en)
}

func fchflags(fd int, flags int) error {
	_, _, en := syscall.Syscall(syscall.SYS_FCHFLAGS, uintptr(fd), uintptr(flags), 0)
	return errno(en)
}

func lchflags(path string, flags int) error { return syscall.ENOSYS }

// sys/sys/stat.h: UF_NODUMP
const UF_NODUMP = 0x1

// sendfileForm: Linux's and illumos's sendfile (the case does not run here).
func sendfileForm() string { return "n/a" }
