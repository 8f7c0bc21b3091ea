// link.go — link, linkat, symlink, symlinkat, readlink, readlinkat,
// unlink, unlinkat.
package main

import (
	"fmt"
	"strings"
	"syscall"
	"unsafe"
)

func linkat(olddir int, old string, newdir int, new string, flags int) error {
	a, b := cstr(old), cstr(new)
	_, _, en := sysCall6(SYS_LINKAT, uintptr(int64(olddir)), uintptr(unsafe.Pointer(a)),
		uintptr(int64(newdir)), uintptr(unsafe.Pointer(b)), uintptr(flags), 0)
	return errno(en)
}

func symlinkat(target string, dir int, path string) error {
	a, b := cstr(target), cstr(path)
	_, _, en := sysCall(SYS_SYMLINKAT, uintptr(unsafe.Pointer(a)), uintptr(int64(dir)), uintptr(unsafe.Pointer(b)))
	return errno(en)
}

func readlinkat(dir int, path string, size int) string {
	p := cstr(path)
	buf := make([]byte, size+1)
	n, _, en := sysCall6(SYS_READLINKAT, uintptr(int64(dir)), uintptr(unsafe.Pointer(p)),
		uintptr(unsafe.Pointer(&buf[0])), uintptr(size), 0, 0)
	if en != 0 {
		return e(en)
	}
	return fmt.Sprintf("n=%d %q", n, buf[:n])
}

func readlink(path string, size int) string {
	buf := make([]byte, size+1)
	n, err := syscall.Readlink(path, buf[:size])
	if err != nil {
		return e(err)
	}
	return fmt.Sprintf("n=%d %q", n, buf[:n])
}

func unlinkat(dir int, path string, flags int) error {
	p := cstr(path)
	_, _, en := sysCall(SYS_UNLINKAT, uintptr(int64(dir)), uintptr(unsafe.Pointer(p)), uintptr(flags))
	return errno(en)
}

func nlink(path string) string {
	st, err := fstatatN(AT_FDCWD, path, AT_SYMLINK_NOFOLLOW)
	if err != nil {
		return e(err)
	}
	return fmt.Sprintf("%s nlink=%d", ftype(st.mode), st.nlink)
}

func main() { Main(linkCases) }

func linkCases() {
	writeFile("file", "data")
	syscall.Mkdir("dir", 0755)
	syscall.Symlink("file", "sym")
	dfd := mustOpen("dir", syscall.O_RDONLY|O_DIRECTORY_, 0)

	Case("link", "new-name", func() string {
		return e(syscall.Link("file", "hard")) + " " + nlink("file")
	})
	Case("link", "EEXIST", func() string { return e(syscall.Link("file", "hard")) })
	Case("link", "ENOENT-source", func() string { return e(syscall.Link("nope", "x")) })
	Case("link", "ENOENT-target-dir", func() string { return e(syscall.Link("file", "nodir/x")) })
	Case("link", "EPERM-directory", func() string { return e(syscall.Link("dir", "dirlink")) })
	Case("link", "EFAULT", func() string {
		p := cstr("x")
		_, _, en := sysCall(SYS_LINK, badPtr, uintptr(unsafe.Pointer(p)), 0)
		return e(en)
	})
	Case("linkat", "relative-to-dirfds", func() string {
		err := linkat(AT_FDCWD, "file", dfd, "in", 0)
		return e(err) + " " + nlink("dir/in")
	})
	Case("linkat", "symlink-not-followed", func() string {
		err := linkat(AT_FDCWD, "sym", AT_FDCWD, "symhard", 0)
		return e(err) + " " + nlink("symhard")
	})
	Case("linkat", "AT_SYMLINK_FOLLOW", func() string {
		err := linkat(AT_FDCWD, "sym", AT_FDCWD, "followed", AT_SYMLINK_FOLLOW)
		return e(err) + " " + nlink("followed")
	})
	Case("linkat", "EINVAL-bad-flag", func() string {
		return e(linkat(AT_FDCWD, "file", AT_FDCWD, "badflag", 0x40000000))
	})
	Case("linkat", "EBADF", func() string { return e(linkat(1000, "file", AT_FDCWD, "x", 0)) })
	Case("symlink", "create-and-lstat", func() string {
		err := syscall.Symlink("some/target", "s1")
		st, _ := fstatatN(AT_FDCWD, "s1", AT_SYMLINK_NOFOLLOW)
		return fmt.Sprintf("%s %s size=%d", e(err), ftype(st.mode), st.size)
	})
	Case("symlink", "dangling-allowed", func() string { return e(syscall.Symlink("does/not/exist", "s2")) })
	Case("symlink", "EEXIST", func() string { return e(syscall.Symlink("x", "file")) })
	Case("symlink", "ENOENT-dir", func() string { return e(syscall.Symlink("x", "nodir/s")) })
	Case("symlinkat", "relative-to-dirfd", func() string {
		err := symlinkat("../file", dfd, "up")
		return e(err) + " via=" + fileText("dir/up")
	})
	Case("symlinkat", "EBADF", func() string { return e(symlinkat("x", 1000, "y")) })
	Case("readlink", "target", func() string { return readlink("s1", 64) })
	Case("readlink", "truncates-to-buffer", func() string { return readlink("s1", 4) })
	Case("readlink", "EINVAL-not-symlink", func() string { return readlink("file", 64) })
	Case("readlink", "ENOENT", func() string { return readlink("nope", 64) })
	Case("readlink", "ENOTDIR", func() string { return readlink("file/x", 64) })
	Case("readlink", "EFAULT-buffer", func() string {
		p := cstr("s1")
		_, _, en := sysCall(SYS_READLINK, uintptr(unsafe.Pointer(p)), badPtr, 64)
		return e(en)
	})
	Case("readlinkat", "relative-to-dirfd", func() string { return readlinkat(dfd, "up", 64) })
	Case("readlinkat", "AT_FDCWD", func() string { return readlinkat(AT_FDCWD, "sym", 64) })
	Case("readlinkat", "EBADF", func() string { return readlinkat(1000, "sym", 64) })
	Case("unlink", "file", func() string {
		err := syscall.Unlink("hard")
		return e(err) + " left=" + nlink("file")
	})
	Case("unlink", "symlink-not-target", func() string {
		err := syscall.Unlink("sym")
		return e(err) + " target=" + nlink("file")
	})
	Case("unlink", "ENOENT", func() string { return e(syscall.Unlink("nope")) })
	Case("unlink", "directory", func() string {
		return like(syscall.Unlink("dir"), errUnlinkDir, "is-a-directory")
	})
	Case("unlink", "ENOTDIR", func() string { return e(syscall.Unlink("file/x")) })
	Case("unlink", "open-file-stays-readable", func() string {
		writeFile("open", "still here")
		fd := mustOpen("open", syscall.O_RDONLY, 0)
		defer syscall.Close(fd)
		err := syscall.Unlink("open")
		b := make([]byte, 32)
		n, _ := syscall.Read(fd, b)
		st, _ := fstatN(fd)
		return fmt.Sprintf("%s read=%q nlink=%d", e(err), b[:n], st.nlink)
	})
	Case("unlinkat", "file-in-dirfd", func() string {
		err := unlinkat(dfd, "in", 0)
		return e(err) + " after=" + nlink("dir/in")
	})
	Case("unlinkat", "AT_REMOVEDIR", func() string {
		syscall.Mkdir("dir/sub", 0755)
		err := unlinkat(dfd, "sub", AT_REMOVEDIR)
		return e(err) + " after=" + nlink("dir/sub")
	})
	Case("unlinkat", "AT_REMOVEDIR-on-file", func() string { return e(unlinkat(AT_FDCWD, "file", AT_REMOVEDIR)) })
	Case("unlinkat", "AT_REMOVEDIR-ENOTEMPTY", func() string { return e(unlinkat(AT_FDCWD, "dir", AT_REMOVEDIR)) })
	Case("unlinkat", "directory-without-flag", func() string {
		return like(unlinkat(AT_FDCWD, "dir", 0), errUnlinkDir, "is-a-directory")
	})
	Case("unlinkat", "EINVAL-bad-flag", func() string { return e(unlinkat(AT_FDCWD, "file", 0x40000000)) })
	Case("unlinkat", "EBADF", func() string { return e(unlinkat(1000, "file", 0)) })
	Case("unlink", "ENAMETOOLONG", func() string { return e(syscall.Unlink(strings.Repeat("u", 256))) })
	syscall.Close(dfd)
}

func fileText(path string) string {
	fd, err := syscall.Open(path, syscall.O_RDONLY, 0)
	if err != nil {
		return e(err)
	}
	defer syscall.Close(fd)
	b := make([]byte, 64)
	n, _ := syscall.Read(fd, b)
	return fmt.Sprintf("%q", b[:n])
}
