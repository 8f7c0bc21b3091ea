// ident.go — __sysctl (the uname-like MIBs), getuid, geteuid, getgid,
// getegid, getgroups, setgroups, setuid, setgid, seteuid, setegid,
// setreuid, setregid, setresuid, getresuid, getresgid, issetugid, getrandom.
package main

import (
	"fmt"
	"sort"
	"strings"
	"syscall"
	"unsafe"
)

func getrandom(n int, flags int) ([]byte, error) {
	b := make([]byte, n)
	r, _, en := sysCall(nrGetrandom, uintptr(unsafe.Pointer(&b[0])), uintptr(n), uintptr(flags))
	if en != 0 {
		return nil, en
	}
	return b[:randomCount(r, n)], nil
}

func nonzero(b []byte) bool {
	for _, c := range b {
		if c != 0 {
			return true
		}
	}
	return false
}

func main() { Main(identCases) }

func identCases() {
	Case("__sysctl", "kern.ostype-is-this-os", func() string {
		ok, err := osTypeIsNative()
		return e(err) + " " + yes(ok)
	})
	Case("__sysctl", "kern.hostname-matches-host", func() string {
		h, err := hostname()
		return e(err) + " " + h
	})
	Case("__sysctl", "kern.osrelease-nonempty", func() string {
		r, err := osrelease()
		return e(err) + " " + yes(r != "")
	})
	Case("__sysctl", "kern.osreldate-ino64-abi", func() string {
		ok, err := modernABI()
		return e(err) + " " + yes(ok)
	})
	Case("__sysctl", "hw.machine", func() string {
		m, err := machine()
		return e(err) + " " + m
	})
	Case("__sysctl", "hw.ncpu", func() string {
		n, err := ncpu()
		return fmt.Sprintf("%s %d", e(err), n)
	})
	Case("__sysctl", "hw.pagesize", func() string {
		n, err := pagesize()
		return fmt.Sprintf("%s %d", e(err), n)
	})
	Case("__sysctl", "hw.physmem-MB", func() string {
		n, err := physmemMB()
		return fmt.Sprintf("%s %d", e(err), n)
	})
	Case("__sysctl", "kern.arandom", func() string {
		b, err := arandom(32)
		return fmt.Sprintf("%s n=%d nonzero=%s", e(err), len(b), yes(nonzero(b)))
	})
	Case("__sysctl", "ENOENT-unknown-mib", func() string { return e(sysctlUnknown()) })
	Case("__sysctl", "ENOMEM-short-buffer", func() string {
		// what fits is copied: the first bytes of this OS's own kern.ostype
		n, s, err := sysctlShort()
		full, _ := ostypeName()
		return fmt.Sprintf("%s n=%d %d-byte-prefix=%s", e(err), n, len(s), yes(len(s) > 0 && strings.HasPrefix(full, s)))
	})
	Case("__sysctl", "size-query", func() string {
		n, err := sysctlSize()
		h, _ := hostname()
		return e(err) + " matches=" + yes(n == len(h)+1)
	})
	Case("__sysctl", "name2oid-kern.ostype", func() string {
		m, err := name2oid("kern.ostype")
		return fmt.Sprintf("%s %v", e(err), m)
	})
	Case("__sysctl", "name2oid-ENOENT", func() string {
		_, err := name2oid("kern.no_such_node")
		return e(err)
	})
	Case("__sysctl", "EFAULT-bad-mib", func() string { return e(sysctlEFAULT()) })

	writeFile("mine", "")
	st, _ := fstatatN(AT_FDCWD, "mine", 0)
	Case("getuid", "owns-new-files", func() string { return "match=" + yes(uint32(syscall.Getuid()) == st.uid) })
	Case("geteuid", "equals-uid", func() string { return "equal=" + yes(syscall.Geteuid() == syscall.Getuid()) })
	Case("getgid", "group-of-new-files", func() string { return "match=" + yes(uint32(syscall.Getgid()) == st.gid) })
	Case("getegid", "equals-gid", func() string { return "equal=" + yes(syscall.Getegid() == syscall.Getgid()) })
	// FreeBSD 13 keeps the effective gid as the first group and Linux
	// keeps it apart: the lists are compared without it.
	Case("getgroups", "supplementary-list", func() string {
		g, err := syscall.Getgroups()
		return e(err) + " " + supplementary(g)
	})
	Case("getgroups", "count-only", func() string {
		n, _, en := rawSysCall(SYS_GETGROUPS, 0, 0, 0)
		g, _ := syscall.Getgroups()
		return e(en) + " matches=" + yes(int(n) == len(g))
	})
	Case("getgroups", "EINVAL-small-buffer", func() string {
		g, _ := syscall.Getgroups()
		if len(g) < 2 {
			syscall.Setgroups([]int{0, 1, 2})
		}
		var buf [1]uint32
		_, _, en := rawSysCall(SYS_GETGROUPS, 1, uintptr(unsafe.Pointer(&buf[0])), 0)
		syscall.Setgroups(g)
		return e(en)
	})
	Case("setgroups", "same-list", func() string {
		g, _ := syscall.Getgroups()
		return e(syscall.Setgroups(g))
	})
	Case("setgroups", "set-and-read-back", func() string {
		old, _ := syscall.Getgroups()
		err := syscall.Setgroups([]int{syscall.Getegid(), 5, 7, 9})
		g, _ := syscall.Getgroups()
		syscall.Setgroups(old)
		return e(err) + " " + supplementary(g)
	})
	Case("setgroups", "EINVAL-too-many", func() string {
		var buf [70000]uint32
		_, _, en := rawSysCall(SYS_SETGROUPS, 70000, uintptr(unsafe.Pointer(&buf[0])), 0)
		return e(en)
	})
	Case("setuid", "own-uid", func() string { return e(syscall.Setuid(syscall.Getuid())) })
	Case("setgid", "own-gid", func() string { return e(syscall.Setgid(syscall.Getgid())) })
	Case("seteuid", "own-euid", func() string { return e(syscall.Seteuid(syscall.Geteuid())) })
	Case("setegid", "own-egid", func() string { return e(syscall.Setegid(syscall.Getegid())) })
	Case("setreuid", "unchanged", func() string { return e(syscall.Setreuid(-1, -1)) })
	Case("setregid", "unchanged", func() string { return e(syscall.Setregid(-1, -1)) })
	Case("setresuid", "unchanged", func() string {
		_, _, en := rawSysCall(nrSetresuid, ^uintptr(0), ^uintptr(0), ^uintptr(0))
		return e(en)
	})
	Case("setresgid", "unchanged", func() string {
		_, _, en := rawSysCall(nrSetresgid, ^uintptr(0), ^uintptr(0), ^uintptr(0))
		return e(en)
	})
	Case("setresgid", "own-gid", func() string {
		g := uintptr(syscall.Getgid())
		_, _, en := rawSysCall(nrSetresgid, g, g, g)
		return e(en)
	})
	Case("cap_getmode", "not-in-capability-mode", func() string {
		m, err := capGetmode()
		return fmt.Sprintf("%s mode=%d", e(err), m)
	})
	Case("getresuid", "all-equal-uid", func() string {
		r, ef, s, err := getresuid()
		u := syscall.Getuid()
		return e(err) + " " + yes(r == u && ef == u && s == u)
	})
	Case("getresgid", "all-equal-gid", func() string {
		r, ef, s, err := getresgid()
		g := syscall.Getgid()
		return e(err) + " " + yes(r == g && ef == g && s == g)
	})
	Case("issetugid", "not-tainted", func() string { return fmt.Sprint(issetugid()) })
	Case("getrandom", "32-bytes", func() string {
		b, err := getrandom(32, 0)
		return fmt.Sprintf("%s n=%d nonzero=%s", e(err), len(b), yes(nonzero(b)))
	})
	Case("getrandom", "GRND_NONBLOCK", func() string {
		b, err := getrandom(16, GRND_NONBLOCK)
		return fmt.Sprintf("%s n=%d", e(err), len(b))
	})
	Case("getrandom", "two-calls-differ", func() string {
		a, _ := getrandom(16, 0)
		b, _ := getrandom(16, 0)
		return "differ=" + yes(string(a) != string(b))
	})
	// libc's forms (OpenBSD's arc4random_buf and arc4random).
	Case("getrandom", "arc4random_buf-form", func() string {
		a, b := randomBufForm(32), randomBufForm(32)
		return fmt.Sprintf("n=%d nonzero=%s differ=%s", len(a), yes(nonzero(a)), yes(string(a) != string(b)))
	})
	Case("getrandom", "arc4random-form", func() string {
		a, b, c := random32Form(), random32Form(), random32Form()
		return "differ=" + yes(a != b || b != c)
	})
	Case("issetugid", "libc-form", func() string { return fmt.Sprint(issetugidForm()) })
	Case("execve", "own-path-form", func() string { return "is-this-probe=" + yes(execnameForm() == self()) })
	Case("getrandom", "EINVAL-bad-flags", func() string {
		_, err := getrandom(16, 0x100)
		return e(err)
	})
	Case("getrandom", "EFAULT", func() string {
		_, _, en := sysCall(nrGetrandom, badPtr, 16, 0)
		return e(en)
	})
}

func supplementary(g []int) string {
	var s []string
	for _, x := range g {
		if x != syscall.Getegid() {
			s = append(s, fmt.Sprint(x))
		}
	}
	sort.Strings(s)
	return "[" + strings.Join(s, ",") + "]"
}
