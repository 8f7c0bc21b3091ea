// open.go — open, openat, close, umask: flags and their error paths.
package main

import (
	"fmt"
	"strings"
	"syscall"
	"unsafe"
)

func openRaw(path string, flags int, mode uint32) (int, error) {
	p := cstr(path)
	fd, _, en := sysCall(SYS_OPEN, uintptr(unsafe.Pointer(p)), uintptr(flags), uintptr(mode))
	return int(fd), errno(en)
}

func openatRaw(dirfd int, path string, flags int, mode uint32) (int, error) {
	p := cstr(path)
	dfd := int64(dirfd)
	fd, _, en := sysCall6(SYS_OPENAT, uintptr(dfd), uintptr(unsafe.Pointer(p)), uintptr(flags), uintptr(mode), 0, 0)
	return int(fd), errno(en)
}

// opened: the result of an open, closing the descriptor afterwards.
func opened(fd int, err error, more ...func(fd int) string) string {
	if err != nil {
		return e(err)
	}
	defer syscall.Close(fd)
	s := []string{"ok"}
	for _, f := range more {
		s = append(s, f(fd))
	}
	return strings.Join(s, " ")
}

func statMode(fd int) string {
	st, err := fstatN(fd)
	if err != nil {
		return "fstat:" + e(err)
	}
	if st.mode&syscall.S_IFMT == syscall.S_IFDIR {
		return "mode=" + modestr(st.mode) // a directory's size depends on the file system
	}
	return "mode=" + modestr(st.mode) + fmt.Sprintf(" size=%d", st.size)
}

func content(fd int) string {
	b := make([]byte, 64)
	n, err := syscall.Pread(fd, b, 0)
	if err != nil {
		return "pread:" + e(err)
	}
	return fmt.Sprintf("content=%q", b[:n])
}

func fileContent(path string) string {
	fd, err := syscall.Open(path, syscall.O_RDONLY, 0)
	if err != nil {
		return "open:" + e(err)
	}
	defer syscall.Close(fd)
	return content(fd)
}

func main() { Main(openCases) }

func openCases() {
	writeFile("file", "hello")
	syscall.Mkdir("dir", 0755)
	syscall.Symlink("file", "link")
	syscall.Symlink("nowhere", "dangling")
	syscall.Symlink("nowhere2", "dangling2")

	Case("open", "open64-form", func() string {
		writeFile("o64", "hello")
		fd, err := open64Form("o64", syscall.O_RDONLY, 0)
		return opened(fd, err, statMode)
	})
	Case("open", "O_RDONLY-existing", func() string {
		fd, err := openRaw("file", syscall.O_RDONLY, 0)
		return opened(fd, err, getfl, statMode)
	})
	Case("open", "O_WRONLY-flags", func() string {
		fd, err := openRaw("file", syscall.O_WRONLY, 0)
		return opened(fd, err, getfl)
	})
	Case("open", "O_RDWR-flags", func() string {
		fd, err := openRaw("file", syscall.O_RDWR, 0)
		return opened(fd, err, getfl)
	})
	Case("open", "O_CREAT-new-mode-after-umask", func() string {
		fd, err := openRaw("new1", syscall.O_CREAT|syscall.O_WRONLY, 0666)
		return opened(fd, err, statMode)
	})
	Case("open", "O_CREAT-existing-keeps-content", func() string {
		fd, err := openRaw("file", syscall.O_CREAT|syscall.O_RDWR, 0600)
		return opened(fd, err, statMode, content)
	})
	Case("open", "O_EXCL-existing", func() string {
		fd, err := openRaw("file", syscall.O_CREAT|syscall.O_EXCL|syscall.O_WRONLY, 0644)
		return opened(fd, err)
	})
	Case("open", "O_EXCL-new", func() string {
		fd, err := openRaw("new2", syscall.O_CREAT|syscall.O_EXCL|syscall.O_WRONLY, 0640)
		return opened(fd, err, statMode)
	})
	Case("open", "O_EXCL-dangling-symlink", func() string {
		fd, err := openRaw("dangling", syscall.O_CREAT|syscall.O_EXCL|syscall.O_WRONLY, 0644)
		return opened(fd, err)
	})
	Case("open", "O_CREAT-through-dangling-symlink", func() string {
		fd, err := openRaw("dangling", syscall.O_CREAT|syscall.O_WRONLY, 0644)
		_, serr := fstatatN(AT_FDCWD, "nowhere", 0)
		return opened(fd, err) + " target-created=" + ename(serr)
	})
	Case("open", "O_TRUNC", func() string {
		writeFile("trunc", "0123456789")
		fd, err := openRaw("trunc", syscall.O_TRUNC|syscall.O_WRONLY, 0)
		return opened(fd, err, statMode)
	})
	Case("open", "O_APPEND-writes-at-end", func() string {
		writeFile("app", "abc")
		fd, err := openRaw("app", syscall.O_APPEND|syscall.O_WRONLY, 0)
		if err != nil {
			return e(err)
		}
		syscall.Seek(fd, 0, 0)
		syscall.Write(fd, []byte("XY"))
		return opened(fd, nil, getfl) + " " + fileContent("app")
	})
	Case("open", "O_NONBLOCK-flag", func() string {
		fd, err := openRaw("file", syscall.O_RDONLY|syscall.O_NONBLOCK, 0)
		return opened(fd, err, getfl)
	})
	Case("open", "O_CLOEXEC", func() string {
		fd, err := openRaw("file", syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
		return opened(fd, err, cloexec)
	})
	Case("open", "no-O_CLOEXEC", func() string {
		fd, err := openRaw("file", syscall.O_RDONLY, 0)
		return opened(fd, err, cloexec)
	})
	Case("open", "O_DIRECTORY-on-dir", func() string {
		fd, err := openRaw("dir", syscall.O_RDONLY|O_DIRECTORY_, 0)
		return opened(fd, err, statMode)
	})
	Case("open", "O_DIRECTORY-on-file-ENOTDIR", func() string {
		fd, err := openRaw("file", syscall.O_RDONLY|O_DIRECTORY_, 0)
		return opened(fd, err)
	})
	Case("open", "O_NOFOLLOW-symlink", func() string {
		fd, err := openRaw("link", syscall.O_RDONLY|syscall.O_NOFOLLOW, 0)
		if err != nil {
			return like(err, errNofollowSymlink, "symlink-refused")
		}
		return opened(fd, err)
	})
	Case("open", "O_NOFOLLOW-regular", func() string {
		fd, err := openRaw("file", syscall.O_RDONLY|syscall.O_NOFOLLOW, 0)
		return opened(fd, err)
	})
	Case("open", "follows-symlink", func() string {
		fd, err := openRaw("link", syscall.O_RDONLY, 0)
		return opened(fd, err, statMode, content)
	})
	Case("open", "ENOENT", func() string {
		fd, err := openRaw("missing", syscall.O_RDONLY, 0)
		return opened(fd, err)
	})
	Case("open", "ENOENT-dangling-symlink", func() string {
		fd, err := openRaw("dangling2", syscall.O_RDONLY, 0)
		return opened(fd, err)
	})
	Case("open", "ENOENT-missing-dir-O_CREAT", func() string {
		fd, err := openRaw("nodir/x", syscall.O_CREAT|syscall.O_WRONLY, 0644)
		return opened(fd, err)
	})
	Case("open", "ENOTDIR-through-file", func() string {
		fd, err := openRaw("file/x", syscall.O_RDONLY, 0)
		return opened(fd, err)
	})
	Case("open", "EISDIR-write-dir", func() string {
		fd, err := openRaw("dir", syscall.O_WRONLY, 0)
		return opened(fd, err)
	})
	Case("open", "ENAMETOOLONG-component", func() string {
		fd, err := openRaw(strings.Repeat("n", 300), syscall.O_RDONLY, 0)
		return opened(fd, err)
	})
	Case("open", "EFAULT-bad-path", func() string {
		_, _, en := sysCall(SYS_OPEN, badPtr, syscall.O_RDONLY, 0)
		return e(en)
	})
	Case("open", "ELOOP-symlink-loop", func() string {
		syscall.Symlink("loop2", "loop1")
		syscall.Symlink("loop1", "loop2")
		fd, err := openRaw("loop1", syscall.O_RDONLY, 0)
		return opened(fd, err)
	})
	Case("open", "lowest-free-descriptor", func() string {
		a, _ := openRaw("file", syscall.O_RDONLY, 0)
		b, _ := openRaw("file", syscall.O_RDONLY, 0)
		syscall.Close(a)
		c, err := openRaw("file", syscall.O_RDONLY, 0)
		defer syscall.Close(b)
		defer syscall.Close(c)
		return fmt.Sprintf("reused=%s %s", yes(c == a), e(err))
	})
	dir := mustOpen("dir", syscall.O_RDONLY|O_DIRECTORY_, 0)
	writeFile("dir/inner", "inside")
	Case("openat", "relative-to-dirfd", func() string {
		fd, err := openatRaw(dir, "inner", syscall.O_RDONLY, 0)
		return opened(fd, err, content)
	})
	Case("openat", "AT_FDCWD", func() string {
		fd, err := openatRaw(AT_FDCWD, "file", syscall.O_RDONLY, 0)
		return opened(fd, err, content)
	})
	Case("openat", "absolute-ignores-dirfd", func() string {
		fd, err := openatRaw(1000, probeDir+"/file", syscall.O_RDONLY, 0)
		return opened(fd, err, content)
	})
	Case("openat", "O_CREAT-in-dirfd", func() string {
		fd, err := openatRaw(dir, "made", syscall.O_CREAT|syscall.O_WRONLY, 0600)
		_, serr := fstatatN(AT_FDCWD, "dir/made", 0)
		return opened(fd, err, statMode) + " visible=" + ename(serr)
	})
	Case("openat", "EBADF-bad-dirfd", func() string {
		fd, err := openatRaw(1000, "file", syscall.O_RDONLY, 0)
		return opened(fd, err)
	})
	Case("openat", "ENOTDIR-file-dirfd", func() string {
		f := mustOpen("file", syscall.O_RDONLY, 0)
		defer syscall.Close(f)
		fd, err := openatRaw(f, "x", syscall.O_RDONLY, 0)
		return opened(fd, err)
	})
	Case("openat", "dotdot-from-dirfd", func() string {
		fd, err := openatRaw(dir, "../file", syscall.O_RDONLY, 0)
		return opened(fd, err, content)
	})
	Case("openat", "O_EXCL-existing", func() string {
		fd, err := openatRaw(dir, "inner", syscall.O_CREAT|syscall.O_EXCL|syscall.O_RDWR, 0600)
		return opened(fd, err)
	})
	syscall.Close(dir)
	Case("close", "open-descriptor", func() string {
		fd := mustOpen("file", syscall.O_RDONLY, 0)
		return e(syscall.Close(fd))
	})
	Case("close", "EBADF-twice", func() string {
		fd := mustOpen("file", syscall.O_RDONLY, 0)
		syscall.Close(fd)
		return e(syscall.Close(fd))
	})
	Case("close", "EBADF-negative", func() string {
		_, _, en := sysCall(SYS_CLOSE, ^uintptr(0), 0, 0)
		return e(en)
	})
	Case("umask", "returns-previous", func() string {
		old := syscall.Umask(077)
		old2 := syscall.Umask(022)
		return fmt.Sprintf("first=%04o second=%04o", old, old2)
	})
	Case("umask", "applies-to-create", func() string {
		syscall.Umask(027)
		fd, err := openRaw("masked", syscall.O_CREAT|syscall.O_WRONLY, 0777)
		syscall.Umask(022)
		return opened(fd, err, statMode)
	})
	Case("umask", "applies-to-mkdir", func() string {
		syscall.Umask(077)
		err := syscall.Mkdir("maskdir", 0777)
		syscall.Umask(022)
		st, _ := fstatatN(AT_FDCWD, "maskdir", 0)
		return e(err) + " mode=" + modestr(st.mode)
	})
}
