// fsmisc.go — flock, utimes, futimes, lutimes, futimesat, posix_fallocate,
// posix_fadvise, mknodat, funlinkat, __realpathat, close_range, sendfile,
// chflags, fchflags, lchflags, chflagsat.
package main

import (
	"fmt"
	"strconv"
	"syscall"
)

var tv1 = [2]syscall.Timeval{{Sec: 1000000000, Usec: 250000}, {Sec: 1100000000, Usec: 750000}}

func tstr(path string, flags int) string {
	st, err := fstatatN(AT_FDCWD, path, flags)
	if err != nil {
		return e(err)
	}
	return fmt.Sprintf("atime=%d.%09d mtime=%d.%09d", st.atime.Sec, st.atime.Nsec, st.mtime.Sec, st.mtime.Nsec)
}

func init() {
	// trylock FD: what a second process gets from LOCK_EX|LOCK_NB.
	children["trylock"] = func(args []string) int {
		path := args[0]
		fd, _ := syscall.Open(path, syscall.O_RDONLY, 0)
		err := syscall.Flock(fd, syscall.LOCK_EX|syscall.LOCK_NB)
		fmt.Print(e(err))
		return 0
	}
}

func main() { Main(fsmiscCases) }

func fsmiscCases() {
	writeFile("f", "0123456789")
	syscall.Symlink("f", "sl")
	syscall.Mkdir("d", 0755)
	fd := mustOpen("f", syscall.O_RDWR, 0)
	// sendfile(out, in, &off, n): Linux's and illumos's form.
	Case("sendfile", "out-in-offset-form", func() string { return sendfileForm() })
	Case("flock", "LOCK_EX-blocks-other-process", func() string {
		err := syscall.Flock(fd, syscall.LOCK_EX)
		st, out := runChild("trylock", probeDir+"/f")
		return e(err) + " child=" + st + " " + out
	})
	Case("flock", "LOCK_UN-releases", func() string {
		err := syscall.Flock(fd, syscall.LOCK_UN)
		_, out := runChild("trylock", probeDir+"/f")
		return e(err) + " other=" + out
	})
	Case("flock", "LOCK_SH-shared-allows-shared", func() string {
		err := syscall.Flock(fd, syscall.LOCK_SH)
		f2 := mustOpen("f", syscall.O_RDONLY, 0)
		defer syscall.Close(f2)
		err2 := syscall.Flock(f2, syscall.LOCK_SH|syscall.LOCK_NB)
		syscall.Flock(fd, syscall.LOCK_UN)
		return e(err) + " " + e(err2)
	})
	Case("flock", "EBADF", func() string { return e(syscall.Flock(1000, syscall.LOCK_EX)) })
	Case("utimes", "explicit-times", func() string {
		tv := tv1
		return e(utimes("f", &tv)) + " " + tstr("f", 0)
	})
	Case("utimes", "null-is-now", func() string {
		err := utimes("f", nil)
		st, _ := fstatatN(AT_FDCWD, "f", 0)
		return e(err) + " recent=" + yes(st.mtime.Sec > 1200000000)
	})
	Case("utimes", "ENOENT", func() string {
		tv := tv1
		return e(utimes("nope", &tv))
	})
	Case("utimes", "EINVAL-bad-usec", func() string {
		tv := [2]syscall.Timeval{{Usec: 1000000}, {}}
		return e(utimes("f", &tv))
	})
	Case("futimes", "explicit-times", func() string {
		tv := [2]syscall.Timeval{{Sec: 1200000000, Usec: 1}, {Sec: 1300000000, Usec: 2}}
		return e(futimes(fd, &tv)) + " " + tstr("f", 0)
	})
	Case("futimes", "EBADF", func() string {
		tv := tv1
		return e(futimes(1000, &tv))
	})
	Case("lutimes", "symlink-itself", func() string {
		tv := tv1
		return e(lutimes("sl", &tv)) + " link:" + tstr("sl", AT_SYMLINK_NOFOLLOW)
	})
	Case("futimesat", "relative-to-dirfd", func() string {
		writeFile("d/in", "")
		dfd := mustOpen("d", syscall.O_RDONLY|O_DIRECTORY_, 0)
		defer syscall.Close(dfd)
		tv := tv1
		return e(futimesat(dfd, "in", &tv)) + " " + tstr("d/in", 0)
	})
	Case("futimesat", "EBADF", func() string {
		tv := tv1
		return e(futimesat(1000, "in", &tv))
	})
	Case("posix_fallocate", "extends-file", func() string {
		err := posixFallocate(fd, 0, 8192)
		st, _ := fstatN(fd)
		return fmt.Sprintf("%s size=%d", e(err), st.size)
	})
	Case("posix_fallocate", "EINVAL-zero-length", func() string { return e(posixFallocate(fd, 0, 0)) })
	Case("posix_fallocate", "EBADF", func() string { return e(posixFallocate(1000, 0, 10)) })
	Case("posix_fallocate", "ESPIPE-pipe", func() string {
		r, w := mustPipe()
		defer syscall.Close(r)
		defer syscall.Close(w)
		return e(posixFallocate(w, 0, 10))
	})
	Case("posix_fadvise", "WILLNEED", func() string { return e(posixFadvise(fd, 0, 0, 3)) })
	Case("posix_fadvise", "SEQUENTIAL-DONTNEED", func() string {
		return e(posixFadvise(fd, 0, 100, 2)) + " " + e(posixFadvise(fd, 0, 100, 4))
	})
	Case("posix_fadvise", "EINVAL-bad-advice", func() string { return e(posixFadvise(fd, 0, 0, 99)) })
	Case("posix_fadvise", "EBADF", func() string { return e(posixFadvise(1000, 0, 0, 0)) })
	Case("posix_fadvise", "ESPIPE-pipe", func() string {
		r, w := mustPipe()
		defer syscall.Close(r)
		defer syscall.Close(w)
		return e(posixFadvise(r, 0, 0, 0))
	})
	Case("mknodat", "fifo", func() string {
		err := mknodat(AT_FDCWD, "fifo", syscall.S_IFIFO|0640, 0)
		st, _ := fstatatN(AT_FDCWD, "fifo", 0)
		return e(err) + " " + modestr(st.mode)
	})
	Case("mknodat", "EEXIST", func() string { return e(mknodat(AT_FDCWD, "fifo", syscall.S_IFIFO|0640, 0)) })
	// By path alone (NetBSD's __mknod50; mknodat elsewhere).
	Case("mknodat", "path-fifo", func() string {
		err := mknodPath("fifo2", syscall.S_IFIFO|0604)
		st, _ := fstatatN(AT_FDCWD, "fifo2", 0)
		return e(err) + " " + modestr(st.mode)
	})
	Case("mknodat", "ENOENT", func() string { return e(mknodat(AT_FDCWD, "no/fifo", syscall.S_IFIFO|0640, 0)) })
	Case("funlinkat", "FD_NONE-file", func() string {
		writeFile("gone", "")
		err := funlinkat(AT_FDCWD, "gone", FD_NONE, 0)
		_, serr := fstatatN(AT_FDCWD, "gone", 0)
		return e(err) + " after=" + ename(serr)
	})
	Case("funlinkat", "AT_REMOVEDIR", func() string {
		syscall.Mkdir("rmd", 0755)
		return e(funlinkat(AT_FDCWD, "rmd", FD_NONE, AT_REMOVEDIR))
	})
	Case("funlinkat", "ENOENT", func() string { return e(funlinkat(AT_FDCWD, "nope", FD_NONE, 0)) })
	Case("__realpathat", "resolves-symlink-and-dotdot", func() string {
		p, err := realpathat(AT_FDCWD, "d/../sl", 0)
		return e(err) + " " + relpath(p)
	})
	Case("__realpathat", "directory", func() string {
		p, err := realpathat(AT_FDCWD, "./d/", 0)
		return e(err) + " " + relpath(p)
	})
	Case("__realpathat", "ENOENT", func() string {
		_, err := realpathat(AT_FDCWD, "missing/x", 0)
		return e(err)
	})
	Case("__realpathat", "EINVAL-flags", func() string {
		_, err := realpathat(AT_FDCWD, "f", 1)
		return e(err)
	})
	Case("close_range", "closes-range", func() string {
		for i := 0; i < 3; i++ {
			dup2(fd, 300+i)
		}
		err := closeRange(300, 301, 0)
		_, a := fstatN(300)
		_, b := fstatN(301)
		_, c := fstatN(302)
		syscall.Close(302)
		return e(err) + " " + ename(a) + " " + ename(b) + " " + ename(c)
	})
	Case("close_range", "CLOSE_RANGE_CLOEXEC", func() string {
		dup2(fd, 310)
		defer syscall.Close(310)
		err := closeRange(310, 310, 1<<2)
		return e(err) + " " + cloexec(310)
	})
	Case("close_range", "EINVAL-low-above-high", func() string { return e(closeRange(20, 10, 0)) })
	Case("sendfile", "file-to-socket", func() string {
		p, err := syscall.Socketpair(syscall.AF_UNIX, syscall.SOCK_STREAM, 0)
		if err != nil {
			return e(err)
		}
		defer syscall.Close(p[0])
		defer syscall.Close(p[1])
		n, serr := sendfile(fd, p[0], 2, 5)
		b := make([]byte, 16)
		m, _ := syscall.Read(p[1], b)
		return fmt.Sprintf("%s sent=%d got=%q", e(serr), n, b[:m])
	})
	Case("sendfile", "EBADF", func() string {
		p, _ := syscall.Socketpair(syscall.AF_UNIX, syscall.SOCK_STREAM, 0)
		defer syscall.Close(p[0])
		defer syscall.Close(p[1])
		_, err := sendfile(1000, p[0], 0, 5)
		return e(err)
	})
	Case("chflags", "no-flags", func() string { return e(chflags("f", 0)) })
	Case("chflags", "ENOENT", func() string { return e(chflags("nope", 0)) })
	Case("fchflags", "no-flags", func() string { return e(fchflags(fd, 0)) })
	Case("lchflags", "no-flags-symlink", func() string { return e(lchflags("sl", 0)) })
	Case("chflagsat", "no-flags", func() string { return e(chflagsat(AT_FDCWD, "f", 0, 0)) })
	_ = strconv.Itoa
	syscall.Close(fd)
}
