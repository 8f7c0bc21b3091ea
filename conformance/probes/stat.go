// stat.go — fstat, fstatat (stat and lstat), statfs, fstatfs.
package main

import (
	"fmt"
	"syscall"
	"time"
)

func stdesc(st nstat, err error) string {
	if err != nil {
		return e(err)
	}
	s := "mode=" + modestr(st.mode) + fmt.Sprintf(" nlink=%d uid=%s gid=%s", st.nlink, uidstr(st.uid), gidstr(st.gid))
	if st.mode&syscall.S_IFMT != syscall.S_IFDIR {
		s += fmt.Sprintf(" size=%d", st.size)
	}
	return s
}

func fsdesc(s nstatfs, err error) string {
	if err != nil {
		return e(err)
	}
	return fmt.Sprintf("bsize=%d blocks=%d files=%d namemax=%d bfree<=blocks=%s",
		s.bsize, s.blocks, s.files, s.namemax, yes(s.bfree <= s.blocks))
}

func main() { Main(statCases) }

func statCases() {
	writeFile("file", "12345")
	syscall.Mkdir("dir", 0755)
	syscall.Symlink("file", "link")
	syscall.Symlink("missing", "dangling")
	fd := mustOpen("file", syscall.O_RDWR, 0)
	dfd := mustOpen("dir", syscall.O_RDONLY, 0)

	Case("fstat", "regular-file", func() string { return stdesc(fstatN(fd)) })
	Case("fstat", "directory", func() string { return stdesc(fstatN(dfd)) })
	Case("fstat", "pipe", func() string {
		r, w := mustPipe()
		defer syscall.Close(r)
		defer syscall.Close(w)
		st, err := fstatN(r)
		return e(err) + " mode-type=" + modestr(st.mode&syscall.S_IFMT)
	})
	Case("fstat", "dev-null", func() string {
		n := mustOpen("/dev/null", syscall.O_RDONLY, 0)
		defer syscall.Close(n)
		st, err := fstatN(n)
		return e(err) + " mode=" + modestr(st.mode)
	})
	Case("fstat", "size-follows-writes", func() string {
		syscall.Pwrite(fd, []byte("abcdefgh"), 10)
		st, err := fstatN(fd)
		return fmt.Sprintf("%s size=%d", e(err), st.size)
	})
	Case("fstat", "blocks-and-blksize", func() string {
		st, err := fstatN(fd)
		return fmt.Sprintf("%s blksize>0=%s blocks>=0=%s", e(err), yes(st.blksize > 0), yes(st.blocks >= 0))
	})
	Case("fstat", "same-file-same-ino-dev", func() string {
		f2 := mustOpen("file", syscall.O_RDONLY, 0)
		defer syscall.Close(f2)
		a, _ := fstatN(fd)
		b, err := fstatN(f2)
		return fmt.Sprintf("%s same-ino=%s same-dev=%s", e(err), yes(a.ino == b.ino), yes(a.dev == b.dev))
	})
	Case("fstat", "mtime-advances-on-write", func() string {
		a, _ := fstatN(fd)
		time.Sleep(20 * time.Millisecond)
		syscall.Pwrite(fd, []byte("z"), 0)
		b, err := fstatN(fd)
		later := b.mtime.Sec > a.mtime.Sec || (b.mtime.Sec == a.mtime.Sec && b.mtime.Nsec > a.mtime.Nsec)
		return e(err) + " later=" + yes(later)
	})
	Case("fstat", "times-near-now", func() string {
		st, err := fstatN(fd)
		now := time.Now().Unix()
		d := now - st.mtime.Sec
		return e(err) + " within-60s=" + yes(d >= -60 && d <= 60)
	})
	Case("fstat", "EBADF", func() string {
		_, err := fstatN(1000)
		return e(err)
	})
	Case("fstat", "EFAULT-bad-buffer", func() string {
		_, _, en := sysCall(nrFstat, uintptr(fd), badPtr, 0)
		return e(en)
	})
	Case("fstatat", "stat-regular", func() string { return stdesc(fstatatN(AT_FDCWD, "file", 0)) })
	Case("fstatat", "stat-follows-symlink", func() string { return stdesc(fstatatN(AT_FDCWD, "link", 0)) })
	// By path alone (NetBSD's __stat50 and __lstat50; fstatat elsewhere).
	Case("fstatat", "path-stat-follows-symlink", func() string { return stdesc(statPath("link", false)) })
	Case("fstatat", "path-lstat-symlink", func() string {
		st, err := statPath("link", true)
		return e(err) + " " + modestr(st.mode)
	})
	Case("fstatat", "lstat-symlink", func() string {
		return stdesc(fstatatN(AT_FDCWD, "link", AT_SYMLINK_NOFOLLOW))
	})
	Case("fstatat", "lstat-dangling", func() string {
		return stdesc(fstatatN(AT_FDCWD, "dangling", AT_SYMLINK_NOFOLLOW))
	})
	Case("fstatat", "stat-dangling-ENOENT", func() string {
		return stdesc(fstatatN(AT_FDCWD, "dangling", 0))
	})
	Case("fstatat", "directory-nlink", func() string {
		syscall.Mkdir("dir/sub", 0700)
		return stdesc(fstatatN(AT_FDCWD, "dir", 0))
	})
	Case("fstatat", "relative-to-dirfd", func() string {
		writeFile("dir/inner", "in")
		return stdesc(fstatatN(dfd, "inner", 0))
	})
	Case("fstatat", "hard-link-count", func() string {
		syscall.Link("file", "hard")
		a, _ := fstatatN(AT_FDCWD, "file", 0)
		b, err := fstatatN(AT_FDCWD, "hard", 0)
		return fmt.Sprintf("%s nlink=%d same-ino=%s", e(err), b.nlink, yes(a.ino == b.ino))
	})
	Case("fstatat", "setuid-sticky-bits", func() string {
		writeFile("suid", "")
		syscall.Chmod("suid", 06755)
		syscall.Mkdir("sticky", 0755)
		syscall.Chmod("sticky", 01777)
		a, _ := fstatatN(AT_FDCWD, "suid", 0)
		b, err := fstatatN(AT_FDCWD, "sticky", 0)
		return e(err) + " " + modestr(a.mode) + " " + modestr(b.mode)
	})
	Case("fstatat", "ENOENT", func() string { return stdesc(fstatatN(AT_FDCWD, "missing", 0)) })
	Case("fstatat", "ENOENT-empty-path", func() string { return stdesc(fstatatN(AT_FDCWD, "", 0)) })
	Case("fstatat", "ENOTDIR", func() string { return stdesc(fstatatN(AT_FDCWD, "file/x", 0)) })
	Case("fstatat", "EBADF-bad-dirfd", func() string { return stdesc(fstatatN(1000, "file", 0)) })
	Case("fstatat", "EINVAL-bad-flag", func() string { return stdesc(fstatatN(AT_FDCWD, "file", 0x40000000)) })
	Case("fstatat", "EFAULT-bad-path", func() string {
		var st [256]byte
		return e(fstatatRaw(AT_FDCWD, badPtr, uintptrOf(&st[0]), 0))
	})
	Case("fstatat", "EFAULT-bad-buffer", func() string {
		p := cstr("file")
		return e(fstatatRaw(AT_FDCWD, uintptrOf(p), badPtr, 0))
	})
	Case("fstatat", "ELOOP", func() string {
		syscall.Symlink("l2", "l1")
		syscall.Symlink("l1", "l2")
		return stdesc(fstatatN(AT_FDCWD, "l1", 0))
	})
	Case("statfs", "cwd", func() string { return fsdesc(statfsN(".")) })
	Case("statfs", "ENOENT", func() string { return fsdesc(statfsN("missing")) })
	Case("statfs", "ENOTDIR", func() string { return fsdesc(statfsN("file/x")) })
	Case("fstatfs", "open-file", func() string { return fsdesc(fstatfsN(fd)) })
	Case("fstatfs", "matches-statfs", func() string {
		a, _ := statfsN(".")
		b, err := fstatfsN(dfd)
		return e(err) + " same-blocks=" + yes(a.blocks == b.blocks && a.bsize == b.bsize)
	})
	Case("fstatfs", "EBADF", func() string { return fsdesc(fstatfsN(1000)) })
	syscall.Close(fd)
	syscall.Close(dfd)
}
