// rename.go — rename, renameat.
package main

import (
	"syscall"
	"unsafe"
)

func renameat(od int, old string, nd int, new string) error {
	a, b := cstr(old), cstr(new)
	_, _, en := sysCall6(SYS_RENAMEAT, uintptr(int64(od)), uintptr(unsafe.Pointer(a)),
		uintptr(int64(nd)), uintptr(unsafe.Pointer(b)), 0, 0)
	return errno(en)
}

func exists(path string) string {
	st, err := fstatatN(AT_FDCWD, path, AT_SYMLINK_NOFOLLOW)
	if err != nil {
		return ename(err)
	}
	return ftype(st.mode)
}

func main() { Main(renameCases) }

func renameCases() {
	writeFile("a", "A")
	writeFile("b", "B")
	syscall.Mkdir("d1", 0755)
	syscall.Mkdir("d2", 0755)
	syscall.Mkdir("full", 0755)
	writeFile("full/x", "")
	Case("rename", "file-new-name", func() string {
		err := syscall.Rename("a", "a2")
		return e(err) + " old=" + exists("a") + " new=" + fileText("a2")
	})
	Case("rename", "replaces-file", func() string {
		err := syscall.Rename("a2", "b")
		return e(err) + " b=" + fileText("b") + " a2=" + exists("a2")
	})
	Case("rename", "same-name", func() string { return e(syscall.Rename("b", "b")) + " b=" + fileText("b") })
	// The same call under another number (NetBSD's __posix_rename).
	Case("rename", "alias-call", func() string {
		writeFile("al", "AL")
		err := renameAlias("al", "al2")
		return e(err) + " old=" + exists("al") + " new=" + fileText("al2")
	})
	Case("rename", "hard-links-same-file-noop", func() string {
		syscall.Link("b", "bl")
		err := syscall.Rename("b", "bl")
		return e(err) + " b=" + exists("b") + " bl=" + exists("bl")
	})
	Case("rename", "dir-over-empty-dir", func() string {
		err := syscall.Rename("d1", "d2")
		return e(err) + " d1=" + exists("d1") + " d2=" + exists("d2")
	})
	Case("rename", "ENOTEMPTY-dir-over-full-dir", func() string {
		syscall.Mkdir("d3", 0755)
		return e(syscall.Rename("d3", "full"))
	})
	Case("rename", "EISDIR-file-over-dir", func() string { return e(syscall.Rename("b", "d2")) })
	Case("rename", "ENOTDIR-dir-over-file", func() string { return e(syscall.Rename("d2", "b")) })
	Case("rename", "EINVAL-dir-into-itself", func() string { return e(syscall.Rename("d2", "d2/sub")) })
	Case("rename", "ENOENT-source", func() string { return e(syscall.Rename("nope", "x")) })
	Case("rename", "ENOENT-target-dir", func() string { return e(syscall.Rename("b", "nodir/x")) })
	Case("rename", "ENOTDIR-path-through-file", func() string { return e(syscall.Rename("b/x", "y")) })
	Case("rename", "symlink-renamed-not-target", func() string {
		syscall.Symlink("b", "sl")
		err := syscall.Rename("sl", "sl2")
		return e(err) + " sl2=" + exists("sl2") + " b=" + exists("b")
	})
	Case("rename", "EFAULT", func() string {
		p := cstr("x")
		_, _, en := sysCall(SYS_RENAME, badPtr, uintptr(unsafe.Pointer(p)), 0)
		return e(en)
	})
	d2 := mustOpen("d2", syscall.O_RDONLY|O_DIRECTORY_, 0)
	full := mustOpen("full", syscall.O_RDONLY|O_DIRECTORY_, 0)
	Case("renameat", "between-dirfds", func() string {
		err := renameat(full, "x", d2, "moved")
		return e(err) + " src=" + exists("full/x") + " dst=" + exists("d2/moved")
	})
	Case("renameat", "AT_FDCWD", func() string {
		err := renameat(AT_FDCWD, "b", AT_FDCWD, "b2")
		return e(err) + " b2=" + exists("b2")
	})
	Case("renameat", "EBADF", func() string { return e(renameat(1000, "b2", AT_FDCWD, "x")) })
	Case("renameat", "ENOTDIR-file-dirfd", func() string {
		f := mustOpen("b2", syscall.O_RDONLY, 0)
		defer syscall.Close(f)
		return e(renameat(f, "x", AT_FDCWD, "y"))
	})
	syscall.Close(d2)
	syscall.Close(full)
}

func fileText(path string) string {
	fd, err := syscall.Open(path, syscall.O_RDONLY, 0)
	if err != nil {
		return ename(err)
	}
	defer syscall.Close(fd)
	b := make([]byte, 64)
	n, _ := syscall.Read(fd, b)
	return string(b[:n])
}
