// dir.go — mkdir, mkdirat, rmdir, getdirentries, chdir, fchdir, __getcwd,
// chroot.
package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"syscall"
	"unsafe"
)

func mkdirat(dirfd int, path string, mode uint32) error {
	p := cstr(path)
	_, _, en := sysCall(SYS_MKDIRAT, uintptr(int64(dirfd)), uintptr(unsafe.Pointer(p)), uintptr(mode))
	return errno(en)
}

func modeOf(path string) string {
	st, err := fstatatN(AT_FDCWD, path, AT_SYMLINK_NOFOLLOW)
	if err != nil {
		return e(err)
	}
	return modestr(st.mode)
}

// listdir: every entry of the directory open at fd, sorted, with types.
func listdir(fd int, bufsize int) string {
	var names []string
	buf := make([]byte, bufsize)
	for i := 0; i < 1000; i++ {
		n, err := getdents(fd, buf)
		if err != nil {
			return e(err)
		}
		if n == 0 {
			break
		}
		for _, d := range parseDirents(buf[:n]) {
			names = append(names, d.name+":"+dtypestr(d.typ))
		}
	}
	sort.Strings(names)
	return strings.Join(names, " ")
}

func getcwd() string {
	wd, err := syscall.Getwd()
	if err != nil {
		return e(err)
	}
	return relpath(wd)
}

func init() {
	children["chroot"] = func(args []string) int {
		Case("chroot", "into-directory", func() string {
			err := syscall.Chroot(args[0])
			if err != nil {
				return e(err)
			}
			syscall.Chdir("/")
			_, serr := fstatatN(AT_FDCWD, "/marker", 0)
			_, oerr := fstatatN(AT_FDCWD, "/../../marker", 0)
			return fmt.Sprintf("ok marker=%s dotdot-stays-inside=%s", ename(serr), ename(oerr))
		})
		return 0
	}
}

func main() { Main(dirCases) }

func dirCases() {
	writeFile("file", "x")
	Case("mkdir", "new", func() string {
		return e(syscall.Mkdir("d1", 0750)) + " " + modeOf("d1")
	})
	Case("mkdir", "EEXIST", func() string { return e(syscall.Mkdir("d1", 0755)) })
	Case("mkdir", "EEXIST-file", func() string { return e(syscall.Mkdir("file", 0755)) })
	Case("mkdir", "ENOENT-parent", func() string { return e(syscall.Mkdir("nope/d", 0755)) })
	Case("mkdir", "ENOTDIR-parent-is-file", func() string { return e(syscall.Mkdir("file/d", 0755)) })
	Case("mkdir", "trailing-slash", func() string { return e(syscall.Mkdir("d2/", 0755)) + " " + modeOf("d2") })
	Case("mkdir", "EFAULT", func() string {
		_, _, en := sysCall(SYS_MKDIR, badPtr, 0755, 0)
		return e(en)
	})
	Case("mkdir", "ENAMETOOLONG", func() string { return e(syscall.Mkdir(strings.Repeat("d", 256), 0755)) })
	dfd := mustOpen("d1", syscall.O_RDONLY|O_DIRECTORY_, 0)
	Case("mkdirat", "relative-to-dirfd", func() string {
		return e(mkdirat(dfd, "sub", 0700)) + " " + modeOf("d1/sub")
	})
	Case("mkdirat", "AT_FDCWD", func() string { return e(mkdirat(AT_FDCWD, "d3", 0755)) + " " + modeOf("d3") })
	Case("mkdirat", "EBADF", func() string { return e(mkdirat(1000, "x", 0755)) })
	Case("mkdirat", "EEXIST", func() string { return e(mkdirat(dfd, "sub", 0755)) })
	Case("rmdir", "empty", func() string {
		err := syscall.Rmdir("d3")
		return e(err) + " after=" + modeOf("d3")
	})
	Case("rmdir", "ENOTEMPTY", func() string { return e(syscall.Rmdir("d1")) })
	Case("rmdir", "ENOTDIR-file", func() string { return e(syscall.Rmdir("file")) })
	Case("rmdir", "ENOENT", func() string { return e(syscall.Rmdir("nope")) })
	Case("rmdir", "EINVAL-dot", func() string { return e(syscall.Rmdir("d1/.")) })

	syscall.Mkdir("list", 0755)
	writeFile("list/a", "")
	syscall.Mkdir("list/b", 0755)
	syscall.Symlink("a", "list/c")
	mkfifo("list/d", 0644)
	Case("getdirentries", "lists-names-and-types", func() string {
		fd := mustOpen("list", syscall.O_RDONLY|O_DIRECTORY_, 0)
		defer syscall.Close(fd)
		return listdir(fd, 4096)
	})
	Case("getdirentries", "small-buffer-many-calls", func() string {
		fd := mustOpen("list", syscall.O_RDONLY|O_DIRECTORY_, 0)
		defer syscall.Close(fd)
		return listdir(fd, 64)
	})
	Case("getdirentries", "many-entries", func() string {
		syscall.Mkdir("many", 0755)
		for i := 0; i < 300; i++ {
			writeFile(fmt.Sprintf("many/f%03d", i), "")
		}
		fd := mustOpen("many", syscall.O_RDONLY|O_DIRECTORY_, 0)
		defer syscall.Close(fd)
		l := listdir(fd, 1024)
		return fmt.Sprintf("entries=%d", len(strings.Fields(l)))
	})
	Case("getdirentries", "eof-returns-zero", func() string {
		fd := mustOpen("list", syscall.O_RDONLY|O_DIRECTORY_, 0)
		defer syscall.Close(fd)
		listdir(fd, 4096)
		n, err := getdents(fd, make([]byte, 4096))
		return fmt.Sprintf("n=%d %s", n, e(err))
	})
	Case("getdirentries", "rewind-with-lseek", func() string {
		fd := mustOpen("list", syscall.O_RDONLY|O_DIRECTORY_, 0)
		defer syscall.Close(fd)
		listdir(fd, 4096)
		syscall.Seek(fd, 0, 0)
		return listdir(fd, 4096)
	})
	Case("getdirentries", "sees-removal", func() string {
		os.Remove("list/a")
		fd := mustOpen("list", syscall.O_RDONLY|O_DIRECTORY_, 0)
		defer syscall.Close(fd)
		return listdir(fd, 4096)
	})
	Case("getdirentries", "not-a-directory", func() string {
		fd := mustOpen("file", syscall.O_RDONLY, 0)
		defer syscall.Close(fd)
		_, err := getdents(fd, make([]byte, 4096))
		return like(err, errGetdentsNotDir, "not-a-directory")
	})
	Case("getdirentries", "EINVAL-tiny-buffer", func() string {
		fd := mustOpen("list", syscall.O_RDONLY|O_DIRECTORY_, 0)
		defer syscall.Close(fd)
		_, err := getdents(fd, make([]byte, 8))
		return e(err)
	})
	Case("getdirentries", "EBADF", func() string {
		_, err := getdents(1000, make([]byte, 4096))
		return e(err)
	})
	Case("getdirentries", "EFAULT", func() string {
		fd := mustOpen("list", syscall.O_RDONLY|O_DIRECTORY_, 0)
		defer syscall.Close(fd)
		var base [8]byte
		_, _, en := sysCall6(nrGetdirentries, uintptr(fd), badPtr, 4096, uintptr(unsafe.Pointer(&base[0])), 0, 0)
		return e(en)
	})

	Case("__getcwd", "probe-directory", func() string { return getcwd() })
	Case("chdir", "into-subdirectory", func() string {
		err := syscall.Chdir("d1/sub")
		return e(err) + " cwd=" + getcwd()
	})
	Case("chdir", "dotdot", func() string {
		err := syscall.Chdir("../..")
		return e(err) + " cwd=" + getcwd()
	})
	Case("chdir", "ENOTDIR", func() string { return e(syscall.Chdir("file")) })
	Case("chdir", "ENOENT", func() string { return e(syscall.Chdir("nope")) })
	Case("chdir", "EFAULT", func() string {
		_, _, en := sysCall(SYS_CHDIR, badPtr, 0, 0)
		return e(en)
	})
	Case("fchdir", "directory-fd", func() string {
		err := syscall.Fchdir(dfd)
		cwd := getcwd()
		syscall.Chdir(probeDir)
		return e(err) + " cwd=" + cwd
	})
	Case("fchdir", "ENOTDIR-file-fd", func() string {
		fd := mustOpen("file", syscall.O_RDONLY, 0)
		defer syscall.Close(fd)
		return e(syscall.Fchdir(fd))
	})
	Case("fchdir", "EBADF", func() string { return e(syscall.Fchdir(1000)) })
	Case("__getcwd", "after-rename-of-cwd", func() string {
		syscall.Mkdir("old", 0755)
		syscall.Chdir("old")
		syscall.Rename(probeDir+"/old", probeDir+"/renamed")
		cwd := getcwd()
		syscall.Chdir(probeDir)
		return cwd
	})
	Case("__getcwd", "EFAULT", func() string {
		_, _, en := sysCall(getcwdNr, badPtr, 1024, 0)
		return e(en)
	})
	syscall.Mkdir("jail", 0755)
	writeFile("jail/marker", "")
	Case("chroot", "child", func() string { return runChildCases("chroot", probeDir+"/jail") })
	Case("chroot", "ENOTDIR", func() string { return e(syscall.Chroot("file")) })
	Case("chroot", "ENOENT", func() string { return e(syscall.Chroot("nope")) })
	syscall.Close(dfd)
}
