// common.go — helpers compiled into every probe:
//
//	go build -o BIN <family>.go common.go common_<goos>.go [<family>_<goos>.go]
//
// A probe prints one line per case, "CASE <call> <case>: <result>", where
// <call> is the FreeBSD master-table name the case is attributed to (an OS
// that names it otherwise prints "<call>@<its row>", see osCalls).  The
// Linux build runs natively and is the reference; the guest build runs under
// denizen; the harness (conformance/runner) compares the lines.  Results are
// normalized: errno and signal names (from package syscall's per-OS
// constants, generated from each OS's headers), never pids, inode numbers,
// times or addresses.
package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"syscall"
	"time"
	"unsafe"
)

// Errnos both Linux and FreeBSD define; package syscall gives each OS's value.
var errnoNames = map[syscall.Errno]string{
	syscall.EPERM: "EPERM", syscall.ENOENT: "ENOENT", syscall.ESRCH: "ESRCH",
	syscall.EINTR: "EINTR", syscall.EIO: "EIO", syscall.ENXIO: "ENXIO",
	syscall.E2BIG: "E2BIG", syscall.ENOEXEC: "ENOEXEC", syscall.EBADF: "EBADF",
	syscall.ECHILD: "ECHILD", syscall.EDEADLK: "EDEADLK", syscall.ENOMEM: "ENOMEM",
	syscall.EACCES: "EACCES", syscall.EFAULT: "EFAULT", syscall.ENOTBLK: "ENOTBLK",
	syscall.EBUSY: "EBUSY", syscall.EEXIST: "EEXIST", syscall.EXDEV: "EXDEV",
	syscall.ENODEV: "ENODEV", syscall.ENOTDIR: "ENOTDIR", syscall.EISDIR: "EISDIR",
	syscall.EINVAL: "EINVAL", syscall.ENFILE: "ENFILE", syscall.EMFILE: "EMFILE",
	syscall.ENOTTY: "ENOTTY", syscall.ETXTBSY: "ETXTBSY", syscall.EFBIG: "EFBIG",
	syscall.ENOSPC: "ENOSPC", syscall.ESPIPE: "ESPIPE", syscall.EROFS: "EROFS",
	syscall.EMLINK: "EMLINK", syscall.EPIPE: "EPIPE", syscall.EDOM: "EDOM",
	syscall.ERANGE: "ERANGE", syscall.EAGAIN: "EAGAIN", syscall.EINPROGRESS: "EINPROGRESS",
	syscall.EALREADY: "EALREADY", syscall.ENOTSOCK: "ENOTSOCK",
	syscall.EDESTADDRREQ: "EDESTADDRREQ", syscall.EMSGSIZE: "EMSGSIZE",
	syscall.EPROTOTYPE: "EPROTOTYPE", syscall.ENOPROTOOPT: "ENOPROTOOPT",
	syscall.EPROTONOSUPPORT: "EPROTONOSUPPORT", syscall.ESOCKTNOSUPPORT: "ESOCKTNOSUPPORT",
	syscall.EOPNOTSUPP: "EOPNOTSUPP", syscall.EPFNOSUPPORT: "EPFNOSUPPORT",
	syscall.EAFNOSUPPORT: "EAFNOSUPPORT", syscall.EADDRINUSE: "EADDRINUSE",
	syscall.EADDRNOTAVAIL: "EADDRNOTAVAIL", syscall.ENETDOWN: "ENETDOWN",
	syscall.ENETUNREACH: "ENETUNREACH", syscall.ENETRESET: "ENETRESET",
	syscall.ECONNABORTED: "ECONNABORTED", syscall.ECONNRESET: "ECONNRESET",
	syscall.ENOBUFS: "ENOBUFS", syscall.EISCONN: "EISCONN", syscall.ENOTCONN: "ENOTCONN",
	syscall.ESHUTDOWN: "ESHUTDOWN", syscall.ETOOMANYREFS: "ETOOMANYREFS",
	syscall.ETIMEDOUT: "ETIMEDOUT", syscall.ECONNREFUSED: "ECONNREFUSED",
	syscall.ELOOP: "ELOOP", syscall.ENAMETOOLONG: "ENAMETOOLONG",
	syscall.EHOSTDOWN: "EHOSTDOWN", syscall.EHOSTUNREACH: "EHOSTUNREACH",
	syscall.ENOTEMPTY: "ENOTEMPTY", syscall.EUSERS: "EUSERS", syscall.EDQUOT: "EDQUOT",
	syscall.ESTALE: "ESTALE", syscall.EREMOTE: "EREMOTE", syscall.ENOLCK: "ENOLCK",
	syscall.ENOSYS: "ENOSYS", syscall.EIDRM: "EIDRM", syscall.ENOMSG: "ENOMSG",
	syscall.EOVERFLOW: "EOVERFLOW", syscall.ECANCELED: "ECANCELED",
	syscall.EILSEQ: "EILSEQ",
}

// errnoName: add a name an OS defines (in its common_<goos>.go, where package
// syscall lacks it for some OS: EBADMSG, EMULTIHOP, ENOLINK, EPROTO).
func errnoName(en syscall.Errno, name string) { errnoNames[en] = name }

// Signals both systems define.
var signalNames = map[syscall.Signal]string{
	syscall.SIGHUP: "SIGHUP", syscall.SIGINT: "SIGINT", syscall.SIGQUIT: "SIGQUIT",
	syscall.SIGILL: "SIGILL", syscall.SIGTRAP: "SIGTRAP", syscall.SIGABRT: "SIGABRT",
	syscall.SIGBUS: "SIGBUS", syscall.SIGFPE: "SIGFPE", syscall.SIGKILL: "SIGKILL",
	syscall.SIGUSR1: "SIGUSR1", syscall.SIGSEGV: "SIGSEGV", syscall.SIGUSR2: "SIGUSR2",
	syscall.SIGPIPE: "SIGPIPE", syscall.SIGALRM: "SIGALRM", syscall.SIGTERM: "SIGTERM",
	syscall.SIGCHLD: "SIGCHLD", syscall.SIGCONT: "SIGCONT", syscall.SIGSTOP: "SIGSTOP",
	syscall.SIGTSTP: "SIGTSTP", syscall.SIGTTIN: "SIGTTIN", syscall.SIGTTOU: "SIGTTOU",
	syscall.SIGURG: "SIGURG", syscall.SIGXCPU: "SIGXCPU", syscall.SIGXFSZ: "SIGXFSZ",
	syscall.SIGVTALRM: "SIGVTALRM", syscall.SIGPROF: "SIGPROF", syscall.SIGWINCH: "SIGWINCH",
	syscall.SIGIO: "SIGIO", syscall.SIGSYS: "SIGSYS",
}

// ename: "ok" for nil, the errno's name, or a description of a non-errno error.
func ename(err error) string {
	if err == nil {
		return "ok"
	}
	var en syscall.Errno
	if errors.As(err, &en) {
		if en == 0 {
			return "ok"
		}
		if n, ok := errnoNames[en]; ok {
			return n
		}
		return fmt.Sprintf("errno-%d", int(en))
	}
	return "error(" + err.Error() + ")"
}

// e: "err=NAME" — the usual shape of an error-path result.
func e(err error) string { return "err=" + ename(err) }

// errno: the error of a raw syscall as an error (nil when 0).
func errno(en syscall.Errno) error {
	if en == 0 {
		return nil
	}
	return en
}

// fstatatRaw: fstatat with raw path and buffer pointers (EFAULT cases);
// nrFstatat is each OS's (Linux: newfstatat).
func fstatatRaw(dirfd int, path, buf uintptr, flags int) error {
	_, _, en := sysCall6(nrFstatat, uintptr(dirfd), path, buf, uintptr(flags), 0, 0)
	return errno(en)
}

func signame(s syscall.Signal) string {
	if n, ok := signalNames[s]; ok {
		return n
	}
	return fmt.Sprintf("signal-%d", int(s))
}

// wstatus: how a child ended, as its parent sees it, decoded from the raw
// status word by this OS's <sys/wait.h> rules (Go 1.19's BSD WaitStatus
// methods misread stopped/continued, so they are not used).
func wstatus(ws syscall.WaitStatus) string {
	st := uint32(ws)
	low := st & 0x7f
	switch {
	case st == wstatContinued:
		return "continued"
	case low == 0:
		return fmt.Sprintf("exited(%d)", (st>>8)&0xff)
	case low == 0x7f:
		return "stopped(" + signame(syscall.Signal((st>>8)&0xff)) + ")"
	}
	s := "signaled(" + signame(syscall.Signal(low)) + ")"
	if st&0x80 != 0 {
		s += "+core"
	}
	return s
}

// modestr: file type and permission bits ("reg/0644").
func modestr(m uint32) string {
	t := "?"
	switch m & syscall.S_IFMT {
	case syscall.S_IFREG:
		t = "reg"
	case syscall.S_IFDIR:
		t = "dir"
	case syscall.S_IFLNK:
		t = "lnk"
	case syscall.S_IFIFO:
		t = "fifo"
	case syscall.S_IFSOCK:
		t = "sock"
	case syscall.S_IFCHR:
		t = "chr"
	case syscall.S_IFBLK:
		t = "blk"
	}
	return fmt.Sprintf("%s/%04o", t, m&07777)
}

func dtypestr(t uint8) string {
	switch t {
	case DT_REG:
		return "reg"
	case DT_DIR:
		return "dir"
	case DT_LNK:
		return "lnk"
	case DT_FIFO:
		return "fifo"
	case DT_SOCK:
		return "sock"
	case DT_CHR:
		return "chr"
	case DT_UNKNOWN:
		return "unknown"
	}
	return fmt.Sprintf("dt%d", t)
}

// uidstr: "self" for the invoking user, else the number (a value that only
// means something on this machine is never printed raw).
func uidstr(u uint32) string {
	if int(u) == os.Getuid() {
		return "self"
	}
	return fmt.Sprint(u)
}

func gidstr(g uint32) string {
	if int(g) == os.Getgid() {
		return "self"
	}
	return fmt.Sprint(g)
}

func yes(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

func sortedJoin(s []string) string {
	sort.Strings(s)
	return strings.Join(s, ",")
}

// --- running cases ---------------------------------------------------------

// CaseTimeout bounds one case; a probe never hangs the harness.
var CaseTimeout = 10 * time.Second

var probeDir string     // the probe's temporary working directory
var realProbeDir string // the same with symbolic links resolved

// Case runs f and prints its result.  A panic or a timeout is a result
// too: f runs on its own goroutine, and one that never returns is left
// behind (its case reports TIMEOUT) so that the cases after it still run.
// osCalls: where this OS's master table names a call otherwise than the
// reference (FreeBSD's name, the key), "call" or "call/case" -> "row",
// "row,more,rows" (more rows the case exercises here) or "-" (no such call
// on this OS: the case is not run).  Set by a common_<goos>.go that needs it.
var osCalls map[string]string

// caseStart: run first on each case's goroutine, when a common_<goos>.go
// needs it (OpenBSD: a stack big enough that a raw call never moves it).
var caseStart func()

func Case(call, name string, f func() string) {
	label := call
	oc, mapped := osCalls[call+"/"+name]
	if !mapped {
		oc, mapped = osCalls[call]
	}
	if mapped {
		label = call + "@" + oc
		if oc == "-" {
			if caseFilter == nil || caseFilter.MatchString(family+"/"+call+"/"+name) {
				fmt.Printf("CASE %s %s: n/a\n", label, name)
			}
			return
		}
	}
	// Filtered-out cases still run (later cases may build on what they
	// did); only their lines are left out.
	quiet := caseFilter != nil && !caseFilter.MatchString(family+"/"+call+"/"+name)
	ch := make(chan string, 1)
	go func() {
		defer func() {
			if p := recover(); p != nil {
				ch <- fmt.Sprintf("PANIC %v", p)
			}
		}()
		if caseStart != nil {
			caseStart()
		}
		ch <- f()
	}()
	var res string
	select {
	case res = <-ch:
	case <-time.After(CaseTimeout):
		res = fmt.Sprintf("TIMEOUT after %v", CaseTimeout)
	}
	if quiet {
		return
	}
	res = strings.ReplaceAll(res, "\n", "\\n")
	fmt.Printf("CASE %s %s: %s\n", label, name, res)
}

// DZPROBE_FILTER (set by the harness's --filter) selects the cases printed
// by "family/call/case"; family is the probe binary's name.
var (
	family     = filepath.Base(os.Args[0])
	caseFilter *regexp.Regexp
)

func init() {
	if f := os.Getenv("DZPROBE_FILTER"); f != "" {
		caseFilter, _ = regexp.Compile(f)
	}
}

// children: modes a probe re-executes itself in ("PROBE child MODE ARGS...").
var children = map[string]func(args []string) int{}

// Main: set up a private temporary directory (the cwd), run the cases,
// clean up.  A child invocation runs its mode instead.
func Main(cases func()) {
	if len(os.Args) > 2 && os.Args[1] == "child" {
		f, ok := children[os.Args[2]]
		if !ok {
			fmt.Fprintf(os.Stderr, "probe: unknown child mode %q\n", os.Args[2])
			os.Exit(111)
		}
		os.Exit(f(os.Args[3:]))
	}
	d, err := os.MkdirTemp("", "dzprobe-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "probe: mkdtemp:", err)
		os.Exit(111)
	}
	probeDir = d
	realProbeDir, _ = filepath.EvalSymlinks(d)
	if err := os.Chdir(d); err != nil {
		fmt.Fprintln(os.Stderr, "probe: chdir:", err)
		os.Exit(111)
	}
	syscall.Umask(022)
	if caseStart != nil {
		caseStart()
	}
	cases()
	cleanup()
}

func cleanup() {
	if probeDir == "" {
		return
	}
	os.Chdir("/")
	// Undo permission cases so the tree can be removed by a non-root user.
	filepath.Walk(probeDir, func(p string, fi os.FileInfo, err error) error {
		if err == nil && fi.IsDir() {
			os.Chmod(p, 0700)
		}
		return nil
	})
	os.RemoveAll(probeDir)
	probeDir = ""
}

// self: this probe's own path, for re-executing it as a child.
func self() string {
	p := os.Args[0]
	if !filepath.IsAbs(p) {
		if a, err := filepath.Abs(p); err == nil {
			p = a
		}
	}
	return p
}

// runChild: run this probe as "child MODE ARGS..." and report how it ended
// and what it printed on stdout.
func runChild(mode string, args ...string) (string, string) {
	r, w, err := os.Pipe()
	if err != nil {
		return "pipe:" + e(err), ""
	}
	defer r.Close()
	attr := &os.ProcAttr{Files: []*os.File{nil, w, os.Stderr}}
	p, err := os.StartProcess(self(), append([]string{self(), "child", mode}, args...), attr)
	w.Close()
	if err != nil {
		return "start:" + e(err), ""
	}
	out := make(chan string, 1)
	go func() {
		var b strings.Builder
		buf := make([]byte, 4096)
		for {
			n, err := r.Read(buf)
			b.Write(buf[:n])
			if err != nil {
				break
			}
		}
		out <- b.String()
	}()
	st, err := p.Wait()
	if err != nil {
		return "wait:" + e(err), ""
	}
	ws := st.Sys().(syscall.WaitStatus)
	return wstatus(ws), strings.TrimSpace(<-out)
}

// writeFile: create path with content (helper for setting up cases).
func writeFile(path, content string) {
	if err := os.WriteFile(path, []byte(content), 0644); err != nil {
		panic(err)
	}
}

var _ = runtime.GOOS

// cstr: a NUL-terminated copy of s on the heap.
func cstr(s string) *byte {
	p, err := syscall.BytePtrFromString(s)
	if err != nil {
		panic(err)
	}
	return p
}

func popcount(b []byte) int {
	n := 0
	for _, c := range b {
		for ; c != 0; c &= c - 1 {
			n++
		}
	}
	return n
}

// badPtr: an address no process has mapped (below mmap_min_addr / the
// first FreeBSD page), for the EFAULT cases.
const badPtr = uintptr(8)

// like: for a mistake where the two OSes document different errnos, print
// label when err is this OS's errno (want comes from common_<goos>.go).
func like(err error, want syscall.Errno, label string) string {
	var en syscall.Errno
	if errors.As(err, &en) && en == want {
		return "err=" + label
	}
	return e(err)
}

// open helpers for setting up cases (not themselves cases).
func mustOpen(path string, flags int, mode uint32) int {
	fd, err := syscall.Open(path, flags, mode)
	if err != nil {
		panic(fmt.Sprintf("setup open %s: %v", path, err))
	}
	return fd
}

func mustPipe() (int, int) {
	var p [2]int
	if err := syscall.Pipe(p[:]); err != nil {
		panic(err)
	}
	return p[0], p[1]
}

// cloexec: whether fd has FD_CLOEXEC.
func cloexec(fd int) string {
	r, _, en := sysCall(SYS_FCNTL, uintptr(fd), syscall.F_GETFD, 0)
	if en != 0 {
		return e(en)
	}
	return "cloexec=" + yes(r&syscall.FD_CLOEXEC != 0)
}

// flstr: the status flags of an open file, by name.
func flstr(fl int) string {
	var s []string
	switch fl & syscall.O_ACCMODE {
	case syscall.O_RDONLY:
		s = append(s, "RDONLY")
	case syscall.O_WRONLY:
		s = append(s, "WRONLY")
	case syscall.O_RDWR:
		s = append(s, "RDWR")
	}
	for _, f := range []struct {
		v int
		n string
	}{{syscall.O_APPEND, "APPEND"}, {syscall.O_NONBLOCK, "NONBLOCK"}, {O_ASYNC_, "ASYNC"}} {
		if fl&f.v != 0 {
			s = append(s, f.n)
		}
	}
	return strings.Join(s, "|")
}

func getfl(fd int) string {
	r, _, en := sysCall(SYS_FCNTL, uintptr(fd), syscall.F_GETFL, 0)
	if en != 0 {
		return e(en)
	}
	return "fl=" + flstr(int(r))
}

func uintptrOf(p *byte) uintptr { return uintptr(unsafe.Pointer(p)) }

// runChildCases: run this probe as "child MODE ARGS..." with stdout shared,
// so the child prints its own CASE lines; answers how the child ended.
func runChildCases(mode string, args ...string) string {
	attr := &os.ProcAttr{Files: []*os.File{nil, os.Stdout, os.Stderr}}
	p, err := os.StartProcess(self(), append([]string{self(), "child", mode}, args...), attr)
	if err != nil {
		return "start:" + e(err)
	}
	st, err := p.Wait()
	if err != nil {
		return "wait:" + e(err)
	}
	return wstatus(st.Sys().(syscall.WaitStatus))
}

// relpath: a path with the probe's temporary directory shown as <tmp>.
func relpath(p string) string {
	if realProbeDir != "" && strings.HasPrefix(p, realProbeDir) {
		return "<tmp>" + p[len(realProbeDir):]
	}
	return p
}

// ftype: the file type part of a mode ("reg", "dir", ...).
func ftype(m uint32) string { return strings.SplitN(modestr(m), "/", 2)[0] }

// atfdcwd: AT_FDCWD as a raw syscall argument.
var atfdcwd = uintptr(^uint64(99)) // -100

// isForkChild: after a raw fork, whether this is the child (fork returns
// 0 in the child on both systems; FreeBSD also sets rdx to 1 there).
func isForkChild(r1 uintptr) bool { return r1 == 0 }
