// perm.go — chmod, fchmod, fchmodat, chown, fchown, lchown, fchownat,
// access, faccessat, utimensat, futimens; and, in a child that gives up
// root, the EACCES/EPERM paths (as a non-root user both runs see EPERM
// from the first setuid instead).
package main

import (
	"fmt"
	"os"
	"runtime"
	"syscall"
	"time"
	"unsafe"
)

func fchmodat(dir int, path string, mode uint32, flags int) error {
	p := cstr(path)
	_, _, en := sysCall6(nrFchmodatFlags, uintptr(int64(dir)), uintptr(unsafe.Pointer(p)), uintptr(mode), uintptr(flags), 0, 0)
	return errno(en)
}

func faccessat(dir int, path string, mode uint32, flags int) error {
	p := cstr(path)
	_, _, en := sysCall6(nrFaccessatFlags, uintptr(int64(dir)), uintptr(unsafe.Pointer(p)), uintptr(mode), uintptr(flags), 0, 0)
	return errno(en)
}

func fchownat(dir int, path string, uid, gid int, flags int) error {
	p := cstr(path)
	_, _, en := sysCall6(SYS_FCHOWNAT, uintptr(int64(dir)), uintptr(unsafe.Pointer(p)), uintptr(uid), uintptr(gid), uintptr(flags), 0)
	return errno(en)
}

func utimensat(dir int, path string, ts *[2]syscall.Timespec, flags int) error {
	p := cstr(path)
	_, _, en := sysCall6(nrUtimensat, uintptr(int64(dir)), uintptr(unsafe.Pointer(p)), uintptr(unsafe.Pointer(ts)), uintptr(flags), 0, 0)
	return errno(en)
}

func perm(path string) string {
	st, err := fstatatN(AT_FDCWD, path, AT_SYMLINK_NOFOLLOW)
	if err != nil {
		return e(err)
	}
	return modestr(st.mode)
}

func owner(path string) string {
	st, err := fstatatN(AT_FDCWD, path, AT_SYMLINK_NOFOLLOW)
	if err != nil {
		return e(err)
	}
	return fmt.Sprintf("%s:%s", uidstr(st.uid), gidstr(st.gid))
}

func times(path string) string {
	st, err := fstatatN(AT_FDCWD, path, AT_SYMLINK_NOFOLLOW)
	if err != nil {
		return e(err)
	}
	return fmt.Sprintf("atime=%d.%09d mtime=%d.%09d", st.atime.Sec, st.atime.Nsec, st.mtime.Sec, st.mtime.Nsec)
}

func recent(t syscall.Timespec) string {
	d := time.Now().Unix() - t.Sec
	return yes(d >= -60 && d <= 60)
}

var ts1 = [2]syscall.Timespec{{Sec: 1000000000, Nsec: 123456789}, {Sec: 1100000000, Nsec: 987654321}}

const (
	R_OK = 4
	W_OK = 2
	X_OK = 1
	F_OK = 0
)

func init() {
	// nobody: give up root for good on the main thread (locked), check that
	// every thread of the process changed, then re-execute from that thread
	// so the permission checks run in a process whose every thread starts
	// with the new credentials.
	children["nobody"] = func(args []string) int {
		runtime.LockOSThread()
		type ask struct{ reply chan int }
		asks := make(chan ask)
		for i := 0; i < 4; i++ { // threads that exist before the change
			ready := make(chan bool)
			go func() {
				runtime.LockOSThread()
				ready <- true
				for a := range asks {
					u, _, _ := rawSysCall(SYS_GETUID, 0, 0, 0)
					a.reply <- int(u)
				}
			}()
			<-ready
		}
		g := e(syscall.Setgroups([]int{65534}))
		gid := e(syscall.Setgid(65534))
		uerr := syscall.Setuid(65534)
		u := fmt.Sprintf("%s uid=%d euid=%d", e(uerr), syscall.Getuid(), syscall.Geteuid())
		Case("setgroups", "drop-to-one-group", func() string { return g })
		Case("setgid", "to-nobody", func() string { return gid })
		Case("setuid", "to-nobody", func() string { return u })
		Case("setuid", "applies-to-every-thread", func() string {
			same := 0
			for i := 0; i < 4; i++ {
				a := ask{make(chan int)}
				asks <- a
				if <-a.reply == syscall.Getuid() {
					same++
				}
			}
			return fmt.Sprintf("threads-with-new-uid=%d/4", same)
		})
		err := syscall.Exec(self(), []string{self(), "child", "nobody-checks"}, os.Environ())
		fmt.Println("exec:", e(err))
		return 1
	}
	children["nobody-checks"] = func(args []string) int {
		Case("open", "EACCES-unreadable-file", func() string {
			fd, err := syscall.Open("secret", syscall.O_RDONLY, 0)
			if err == nil {
				syscall.Close(fd)
			}
			return e(err)
		})
		Case("open", "EACCES-create-in-unwritable-dir", func() string {
			fd, err := syscall.Open("rootdir/new", syscall.O_CREAT|syscall.O_WRONLY, 0644)
			if err == nil {
				syscall.Close(fd)
			}
			return e(err)
		})
		Case("fstatat", "EACCES-unsearchable-dir", func() string {
			_, err := fstatatN(AT_FDCWD, "closed/inner", 0)
			return e(err)
		})
		Case("mkdir", "EACCES", func() string { return e(syscall.Mkdir("rootdir/d", 0755)) })
		Case("unlink", "EACCES", func() string { return e(syscall.Unlink("rootdir/f")) })
		Case("chmod", "EPERM-not-owner", func() string { return e(syscall.Chmod("secret", 0777)) })
		Case("chown", "EPERM-not-root", func() string { return e(syscall.Chown("secret", 65534, 65534)) })
		Case("access", "EACCES-R_OK", func() string { return e(syscall.Access("secret", R_OK)) })
		Case("faccessat", "EACCES-W_OK", func() string { return e(faccessat(AT_FDCWD, "rootdir/f", W_OK, 0)) })
		Case("kill", "EPERM-other-user", func() string { return e(syscall.Kill(1, 0)) })
		Case("setuid", "EPERM-back-to-root", func() string { return e(syscall.Setuid(0)) })
		Case("chroot", "EPERM-not-root", func() string { return e(syscall.Chroot(".")) })
		return 0
	}
}

func main() { Main(permCases) }

func permCases() {
	writeFile("f", "x")
	syscall.Symlink("f", "sl")
	Case("chmod", "0600", func() string { return e(syscall.Chmod("f", 0600)) + " " + perm("f") })
	Case("chmod", "setuid-setgid-sticky", func() string { return e(syscall.Chmod("f", 07755)) + " " + perm("f") })
	Case("chmod", "follows-symlink", func() string {
		err := syscall.Chmod("sl", 0640)
		return e(err) + " target=" + perm("f") + " link=" + perm("sl")
	})
	Case("chmod", "ENOENT", func() string { return e(syscall.Chmod("nope", 0644)) })
	Case("chmod", "ENOTDIR", func() string { return e(syscall.Chmod("f/x", 0644)) })
	Case("chmod", "EFAULT", func() string {
		_, _, en := sysCall(SYS_CHMOD, badPtr, 0644, 0)
		return e(en)
	})
	fd := mustOpen("f", syscall.O_RDONLY, 0)
	Case("fchmod", "read-only-fd-allowed", func() string { return e(syscall.Fchmod(fd, 0604)) + " " + perm("f") })
	Case("fchmod", "EBADF", func() string { return e(syscall.Fchmod(1000, 0644)) })
	syscall.Mkdir("d", 0755)
	dfd := mustOpen("d", syscall.O_RDONLY|O_DIRECTORY_, 0)
	writeFile("d/in", "")
	Case("fchmodat", "relative-to-dirfd", func() string { return e(fchmodat(dfd, "in", 0700, 0)) + " " + perm("d/in") })
	Case("fchmodat", "AT_SYMLINK_NOFOLLOW-regular-file", func() string {
		return e(fchmodat(AT_FDCWD, "f", 0644, AT_SYMLINK_NOFOLLOW)) + " " + perm("f")
	})
	Case("fchmodat", "EINVAL-bad-flag", func() string { return e(fchmodat(AT_FDCWD, "f", 0644, 0x40000000)) })
	Case("fchmodat", "EBADF", func() string { return e(fchmodat(1000, "f", 0644, 0)) })

	Case("chown", "to-other-ids", func() string { return e(syscall.Chown("f", 1234, 4321)) + " " + owner("f") })
	Case("chown", "minus-one-keeps", func() string { return e(syscall.Chown("f", -1, 99)) + " " + owner("f") })
	Case("chown", "follows-symlink", func() string {
		err := syscall.Chown("sl", 4321, 1234)
		return e(err) + " target=" + owner("f")
	})
	Case("chown", "ENOENT", func() string { return e(syscall.Chown("nope", 0, 0)) })
	Case("lchown", "symlink-itself", func() string {
		err := syscall.Lchown("sl", 555, 666)
		return e(err) + " link=" + owner("sl") + " target=" + owner("f")
	})
	Case("lchown", "ENOENT", func() string { return e(syscall.Lchown("nope", 0, 0)) })
	Case("fchown", "open-fd", func() string { return e(syscall.Fchown(fd, 777, 888)) + " " + owner("f") })
	Case("fchown", "EBADF", func() string { return e(syscall.Fchown(1000, 0, 0)) })
	// The same calls under other numbers (NetBSD's __posix_*chown).
	Case("chown", "alias-call", func() string { return e(chownAlias("f", 1235, 4322)) + " " + owner("f") })
	Case("lchown", "alias-call", func() string {
		err := lchownAlias("sl", 556, 667)
		return e(err) + " link=" + owner("sl") + " target=" + owner("f")
	})
	Case("fchown", "alias-call", func() string { return e(fchownAlias(fd, 778, 889)) + " " + owner("f") })
	Case("fchownat", "relative-to-dirfd", func() string { return e(fchownat(dfd, "in", 42, 43, 0)) + " " + owner("d/in") })
	Case("fchownat", "AT_SYMLINK_NOFOLLOW", func() string {
		err := fchownat(AT_FDCWD, "sl", 44, 45, AT_SYMLINK_NOFOLLOW)
		return e(err) + " link=" + owner("sl") + " target=" + owner("f")
	})
	Case("fchownat", "EINVAL-bad-flag", func() string { return e(fchownat(AT_FDCWD, "f", 0, 0, 0x40000000)) })
	syscall.Chown("f", syscall.Getuid(), syscall.Getgid())
	syscall.Chmod("f", 0644)

	Case("access", "F_OK", func() string { return e(syscall.Access("f", F_OK)) })
	Case("access", "R_OK-W_OK", func() string { return e(syscall.Access("f", R_OK|W_OK)) })
	Case("access", "X_OK-no-exec-bit", func() string { return e(syscall.Access("f", X_OK)) })
	Case("access", "X_OK-directory", func() string { return e(syscall.Access("d", X_OK)) })
	Case("access", "ENOENT", func() string { return e(syscall.Access("nope", F_OK)) })
	Case("access", "ENOTDIR", func() string { return e(syscall.Access("f/x", F_OK)) })
	Case("access", "EINVAL-bad-mode", func() string { return e(syscall.Access("f", 0100)) })
	Case("eaccess", "R_OK", func() string { return e(eaccess("f", R_OK)) })
	Case("eaccess", "X_OK-no-exec-bit", func() string { return e(eaccess("f", X_OK)) })
	Case("eaccess", "ENOENT", func() string { return e(eaccess("nope", F_OK)) })
	Case("faccessat", "relative-to-dirfd", func() string { return e(faccessat(dfd, "in", R_OK, 0)) })
	Case("faccessat", "AT_EACCESS", func() string { return e(faccessat(AT_FDCWD, "f", R_OK, AT_EACCESS)) })
	Case("faccessat", "EINVAL-bad-flag", func() string { return e(faccessat(AT_FDCWD, "f", R_OK, 0x40000000)) })
	Case("faccessat", "EBADF", func() string { return e(faccessat(1000, "f", R_OK, 0)) })

	Case("utimensat", "explicit-times", func() string {
		ts := ts1
		return e(utimensat(AT_FDCWD, "f", &ts, 0)) + " " + times("f")
	})
	Case("utimensat", "UTIME_OMIT-atime-UTIME_NOW-mtime", func() string {
		ts := [2]syscall.Timespec{{Nsec: UTIME_OMIT}, {Nsec: UTIME_NOW}}
		err := utimensat(AT_FDCWD, "f", &ts, 0)
		st, _ := fstatatN(AT_FDCWD, "f", 0)
		return fmt.Sprintf("%s atime=%d.%09d mtime-recent=%s", e(err), st.atime.Sec, st.atime.Nsec, recent(st.mtime))
	})
	Case("utimensat", "null-times-is-now", func() string {
		err := utimensat(AT_FDCWD, "f", nil, 0)
		st, _ := fstatatN(AT_FDCWD, "f", 0)
		return e(err) + " atime-recent=" + recent(st.atime) + " mtime-recent=" + recent(st.mtime)
	})
	Case("utimensat", "AT_SYMLINK_NOFOLLOW", func() string {
		ts := ts1
		err := utimensat(AT_FDCWD, "sl", &ts, AT_SYMLINK_NOFOLLOW)
		st, _ := fstatatN(AT_FDCWD, "f", 0)
		return e(err) + " link:" + times("sl") + " target-mtime-recent=" + recent(st.mtime)
	})
	Case("utimensat", "relative-to-dirfd", func() string {
		ts := ts1
		return e(utimensat(dfd, "in", &ts, 0)) + " " + times("d/in")
	})
	Case("utimensat", "EINVAL-bad-nsec", func() string {
		ts := [2]syscall.Timespec{{Sec: 1, Nsec: 1000000000}, {Sec: 1}}
		return e(utimensat(AT_FDCWD, "f", &ts, 0))
	})
	Case("utimensat", "ENOENT", func() string {
		ts := ts1
		return e(utimensat(AT_FDCWD, "nope", &ts, 0))
	})
	Case("utimensat", "EFAULT-times", func() string {
		p := cstr("f")
		_, _, en := sysCall6(nrUtimensat, atfdcwd, uintptr(unsafe.Pointer(p)), badPtr, 0, 0, 0)
		return e(en)
	})
	Case("futimens", "explicit-times", func() string {
		ts := [2]syscall.Timespec{{Sec: 1200000000, Nsec: 5}, {Sec: 1300000000, Nsec: 6}}
		return e(futimens(fd, &ts)) + " " + times("f")
	})
	Case("futimens", "UTIME_OMIT-both", func() string {
		ts := [2]syscall.Timespec{{Nsec: UTIME_OMIT}, {Nsec: UTIME_OMIT}}
		return e(futimens(fd, &ts)) + " " + times("f")
	})
	Case("futimens", "EBADF", func() string {
		ts := ts1
		return e(futimens(1000, &ts))
	})
	Case("futimens", "EINVAL-bad-nsec", func() string {
		ts := [2]syscall.Timespec{{Nsec: -5}, {Nsec: 0}}
		return e(futimens(fd, &ts))
	})
	syscall.Close(fd)
	syscall.Close(dfd)

	// Files only root may touch, for the unprivileged child.
	writeFile("secret", "s")
	syscall.Chmod("secret", 0600)
	syscall.Mkdir("rootdir", 0755)
	writeFile("rootdir/f", "")
	syscall.Mkdir("closed", 0700)
	writeFile("closed/inner", "")
	syscall.Chmod(".", 0755)
	Case("setuid", "unprivileged-child", func() string { return runChildCases("nobody") })
}
