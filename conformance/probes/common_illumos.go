// common_illumos.go — the illumos side of the probes' OS primitives.
//
// illumos is a library personality: Go's package syscall calls libc (its
// sysvicall6 on a function of libc.so), and it has no system-call numbers
// of its own (Go 1.19 knows two).  So here the probes' raw calls are libc
// calls: each SYS_* and nr* name is an index into ilmCalls, the libc
// function it stands for (its import binds to denizen's export,
// libshim/illumos/exports.def: the rows of the illumos matrix), called the
// way package syscall calls one.  A name with no export is ilmNone: its
// cases do not run ("-" in osCalls).  Values and layouts: illumos
// usr/src/uts/common/sys/*.h as cited.
package main

import (
	"fmt"
	"syscall"
	"unsafe"
)

const osName = "illumos"

//go:linkname sysvicall6 syscall.sysvicall6
func sysvicall6(fn, nargs, a1, a2, a3, a4, a5, a6 uintptr) (r1, r2 uintptr, err syscall.Errno)

//go:linkname rawSysvicall6 syscall.rawSysvicall6
func rawSysvicall6(fn, nargs, a1, a2, a3, a4, a5, a6 uintptr) (r1, r2 uintptr, err syscall.Errno)

// The raw-call names of the shared probes, as indices into ilmCalls.
const (
	ilmNone = iota
	SYS_CHDIR
	SYS_CHMOD
	SYS_CLOCK_GETRES
	SYS_CLOCK_GETTIME
	SYS_CLOSE
	SYS_DUP2
	SYS_FCHOWNAT
	SYS_FCNTL
	SYS_FORK
	SYS_GETGROUPS
	SYS_GETITIMER
	SYS_GETRLIMIT
	SYS_GETRUSAGE
	SYS_GETSID
	SYS_GETTIMEOFDAY
	SYS_GETUID
	SYS_IOCTL
	SYS_LINK
	SYS_LINKAT
	SYS_MADVISE
	SYS_MINCORE
	SYS_MKDIR
	SYS_MKDIRAT
	SYS_MLOCK
	SYS_MPROTECT
	SYS_MUNLOCK
	SYS_MUNMAP
	SYS_NANOSLEEP
	SYS_OPEN
	SYS_OPENAT
	SYS_PIPE2
	SYS_POLL
	SYS_READ
	SYS_READLINK
	SYS_READLINKAT
	SYS_READV
	SYS_RENAME
	SYS_RENAMEAT
	SYS_SCHED_YIELD
	SYS_SELECT
	SYS_SENDTO
	SYS_SETGROUPS
	SYS_SETITIMER
	SYS_SETRLIMIT
	SYS_SYMLINKAT
	SYS_UNLINKAT
	SYS_WRITE
	SYS_WRITEV
	nrPread
	nrPwrite
	nrFstat
	nrFstatat
	nrGetdirentries
	nrGetrandom
	getcwdNr
	nrSigaltstack
	nrUtimensat
	sigactionNr
	nrExitProcess
	nrSigprocmask
	nrPipe
	nrKill
	nrMmap
	nrGetpid
	nrGetpgid
	ilmNcalls
)

// Calls illumos's libc has that denizen does not export (Go does not
// call them): their cases do not run.
const (
	nrCopyFileRange  = ilmNone
	nrFdatasync      = ilmNone
	nrMsync          = ilmNone
	nrPreadv         = ilmNone
	nrPwritev        = ilmNone
	nrFchmodatFlags  = ilmNone
	nrFaccessatFlags = ilmNone
	nrSetresuid      = ilmNone
	nrSetresgid      = ilmNone
)

//go:cgo_import_dynamic libc_chdir chdir "libc.so"
//go:cgo_import_dynamic libc_chmod chmod "libc.so"
//go:cgo_import_dynamic libc_clock_getres clock_getres "libc.so"
//go:cgo_import_dynamic libc_clock_gettime clock_gettime "libc.so"
//go:cgo_import_dynamic libc_close close "libc.so"
//go:cgo_import_dynamic libc_dup2 dup2 "libc.so"
//go:cgo_import_dynamic libc_fcntl fcntl "libc.so"
//go:cgo_import_dynamic libc_fork fork "libc.so"
//go:cgo_import_dynamic libc_getgroups getgroups "libc.so"
//go:cgo_import_dynamic libc_getitimer getitimer "libc.so"
//go:cgo_import_dynamic libc_getrlimit getrlimit "libc.so"
//go:cgo_import_dynamic libc_getrusage getrusage "libc.so"
//go:cgo_import_dynamic libc_gettimeofday gettimeofday "libc.so"
//go:cgo_import_dynamic libc_getuid getuid "libc.so"
//go:cgo_import_dynamic libc_ioctl ioctl "libc.so"
//go:cgo_import_dynamic libc_link link "libc.so"
//go:cgo_import_dynamic libc_madvise madvise "libc.so"
//go:cgo_import_dynamic libc_mkdir mkdir "libc.so"
//go:cgo_import_dynamic libc_mprotect mprotect "libc.so"
//go:cgo_import_dynamic libc_munmap munmap "libc.so"
//go:cgo_import_dynamic libc_nanosleep nanosleep "libc.so"
//go:cgo_import_dynamic libc_open open "libc.so"
//go:cgo_import_dynamic libc_openat openat "libc.so"
//go:cgo_import_dynamic libc_pipe2 pipe2 "libc.so"
//go:cgo_import_dynamic libc_poll poll "libc.so"
//go:cgo_import_dynamic libc_read read "libc.so"
//go:cgo_import_dynamic libc_readlink readlink "libc.so"
//go:cgo_import_dynamic libc_rename rename "libc.so"
//go:cgo_import_dynamic libc_sched_yield sched_yield "libc.so"
//go:cgo_import_dynamic libc_select select "libc.so"
//go:cgo_import_dynamic libc___xnet_sendto __xnet_sendto "libsocket.so"
//go:cgo_import_dynamic libc_setgroups setgroups "libc.so"
//go:cgo_import_dynamic libc_setitimer setitimer "libc.so"
//go:cgo_import_dynamic libc_setrlimit setrlimit "libc.so"
//go:cgo_import_dynamic libc_unlinkat unlinkat "libc.so"
//go:cgo_import_dynamic libc_write write "libc.so"
//go:cgo_import_dynamic libc_readv readv "libc.so"
//go:cgo_import_dynamic libc_writev writev "libc.so"
//go:cgo_import_dynamic libc_pread pread "libc.so"
//go:cgo_import_dynamic libc_pwrite pwrite "libc.so"
//go:cgo_import_dynamic libc_fstat fstat "libc.so"
//go:cgo_import_dynamic libc_fstatat fstatat "libc.so"
//go:cgo_import_dynamic libc_getdents getdents "libc.so"
//go:cgo_import_dynamic libc_getrandom getrandom "libc.so"
//go:cgo_import_dynamic libc_getcwd getcwd "libc.so"
//go:cgo_import_dynamic libc_sigaltstack sigaltstack "libc.so"
//go:cgo_import_dynamic libc_utimensat utimensat "libc.so"
//go:cgo_import_dynamic libc_sigaction sigaction "libc.so"
//go:cgo_import_dynamic libc__exit _exit "libc.so"
//go:cgo_import_dynamic libc_sigprocmask sigprocmask "libc.so"
//go:cgo_import_dynamic libc_pipe pipe "libc.so"
//go:cgo_import_dynamic libc_kill kill "libc.so"
//go:cgo_import_dynamic libc_mmap mmap "libc.so"
//go:cgo_import_dynamic libc_getpid getpid "libc.so"
//go:cgo_import_dynamic libc_getpgid getpgid "libc.so"

//go:linkname libc_chdir libc_chdir
//go:linkname libc_chmod libc_chmod
//go:linkname libc_clock_getres libc_clock_getres
//go:linkname libc_clock_gettime libc_clock_gettime
//go:linkname libc_close libc_close
//go:linkname libc_dup2 libc_dup2
//go:linkname libc_fcntl libc_fcntl
//go:linkname libc_fork libc_fork
//go:linkname libc_getgroups libc_getgroups
//go:linkname libc_getitimer libc_getitimer
//go:linkname libc_getrlimit libc_getrlimit
//go:linkname libc_getrusage libc_getrusage
//go:linkname libc_gettimeofday libc_gettimeofday
//go:linkname libc_getuid libc_getuid
//go:linkname libc_ioctl libc_ioctl
//go:linkname libc_link libc_link
//go:linkname libc_madvise libc_madvise
//go:linkname libc_mkdir libc_mkdir
//go:linkname libc_mprotect libc_mprotect
//go:linkname libc_munmap libc_munmap
//go:linkname libc_nanosleep libc_nanosleep
//go:linkname libc_open libc_open
//go:linkname libc_openat libc_openat
//go:linkname libc_pipe2 libc_pipe2
//go:linkname libc_poll libc_poll
//go:linkname libc_read libc_read
//go:linkname libc_readlink libc_readlink
//go:linkname libc_rename libc_rename
//go:linkname libc_sched_yield libc_sched_yield
//go:linkname libc_select libc_select
//go:linkname libc___xnet_sendto libc___xnet_sendto
//go:linkname libc_setgroups libc_setgroups
//go:linkname libc_setitimer libc_setitimer
//go:linkname libc_setrlimit libc_setrlimit
//go:linkname libc_unlinkat libc_unlinkat
//go:linkname libc_write libc_write
//go:linkname libc_readv libc_readv
//go:linkname libc_writev libc_writev
//go:linkname libc_pread libc_pread
//go:linkname libc_pwrite libc_pwrite
//go:linkname libc_fstat libc_fstat
//go:linkname libc_fstatat libc_fstatat
//go:linkname libc_getdents libc_getdents
//go:linkname libc_getrandom libc_getrandom
//go:linkname libc_getcwd libc_getcwd
//go:linkname libc_sigaltstack libc_sigaltstack
//go:linkname libc_utimensat libc_utimensat
//go:linkname libc_sigaction libc_sigaction
//go:linkname libc__exit libc__exit
//go:linkname libc_sigprocmask libc_sigprocmask
//go:linkname libc_pipe libc_pipe
//go:linkname libc_kill libc_kill
//go:linkname libc_mmap libc_mmap
//go:linkname libc_getpid libc_getpid
//go:linkname libc_getpgid libc_getpgid
var libc_chdir, libc_chmod, libc_clock_getres, libc_clock_gettime, libc_close, libc_dup2,
	libc_fcntl, libc_fork, libc_getgroups, libc_getitimer, libc_getrlimit, libc_getrusage,
	libc_gettimeofday, libc_getuid, libc_ioctl, libc_link, libc_madvise, libc_mkdir,
	libc_mprotect, libc_munmap, libc_nanosleep, libc_open, libc_openat, libc_pipe2, libc_poll,
	libc_read, libc_readlink, libc_rename, libc_sched_yield, libc_select, libc___xnet_sendto,
	libc_setgroups, libc_setitimer, libc_setrlimit, libc_unlinkat, libc_write, libc_pread,
	libc_pwrite, libc_fstat, libc_fstatat, libc_getdents, libc_getrandom, libc_getcwd,
	libc_sigaltstack, libc_utimensat, libc_sigaction, libc__exit, libc_sigprocmask, libc_pipe,
	libc_kill, libc_mmap, libc_getpid, libc_getpgid, libc_readv, libc_writev byte

// ilmCalls: each raw-call name's libc function (its PLT entry).  Filled
// by code: the address of an import taken in static data would be a
// relocation the loader is not asked to make.
var ilmCalls [ilmNcalls]*byte

func init() {
	ilmCalls[SYS_CHDIR] = &libc_chdir
	ilmCalls[SYS_CHMOD] = &libc_chmod
	ilmCalls[SYS_CLOCK_GETRES] = &libc_clock_getres
	ilmCalls[SYS_CLOCK_GETTIME] = &libc_clock_gettime
	ilmCalls[SYS_CLOSE] = &libc_close
	ilmCalls[SYS_DUP2] = &libc_dup2
	ilmCalls[SYS_FCNTL] = &libc_fcntl
	ilmCalls[SYS_FORK] = &libc_fork
	ilmCalls[SYS_GETGROUPS] = &libc_getgroups
	ilmCalls[SYS_GETITIMER] = &libc_getitimer
	ilmCalls[SYS_GETRLIMIT] = &libc_getrlimit
	ilmCalls[SYS_GETRUSAGE] = &libc_getrusage
	ilmCalls[SYS_GETTIMEOFDAY] = &libc_gettimeofday
	ilmCalls[SYS_GETUID] = &libc_getuid
	ilmCalls[SYS_IOCTL] = &libc_ioctl
	ilmCalls[SYS_LINK] = &libc_link
	ilmCalls[SYS_MADVISE] = &libc_madvise
	ilmCalls[SYS_MKDIR] = &libc_mkdir
	ilmCalls[SYS_MPROTECT] = &libc_mprotect
	ilmCalls[SYS_MUNMAP] = &libc_munmap
	ilmCalls[SYS_NANOSLEEP] = &libc_nanosleep
	ilmCalls[SYS_OPEN] = &libc_open
	ilmCalls[SYS_OPENAT] = &libc_openat
	ilmCalls[SYS_PIPE2] = &libc_pipe2
	ilmCalls[SYS_POLL] = &libc_poll
	ilmCalls[SYS_READ] = &libc_read
	ilmCalls[SYS_READLINK] = &libc_readlink
	ilmCalls[SYS_RENAME] = &libc_rename
	ilmCalls[SYS_SCHED_YIELD] = &libc_sched_yield
	ilmCalls[SYS_SELECT] = &libc_select
	ilmCalls[SYS_SENDTO] = &libc___xnet_sendto
	ilmCalls[SYS_SETGROUPS] = &libc_setgroups
	ilmCalls[SYS_SETITIMER] = &libc_setitimer
	ilmCalls[SYS_SETRLIMIT] = &libc_setrlimit
	ilmCalls[SYS_UNLINKAT] = &libc_unlinkat
	ilmCalls[SYS_WRITE] = &libc_write
	ilmCalls[SYS_READV] = &libc_readv
	ilmCalls[SYS_WRITEV] = &libc_writev
	ilmCalls[nrPread] = &libc_pread
	ilmCalls[nrPwrite] = &libc_pwrite
	ilmCalls[nrFstat] = &libc_fstat
	ilmCalls[nrFstatat] = &libc_fstatat
	ilmCalls[nrGetdirentries] = &libc_getdents
	ilmCalls[nrGetrandom] = &libc_getrandom
	ilmCalls[getcwdNr] = &libc_getcwd
	ilmCalls[nrSigaltstack] = &libc_sigaltstack
	ilmCalls[nrUtimensat] = &libc_utimensat
	ilmCalls[sigactionNr] = &libc_sigaction
	ilmCalls[nrExitProcess] = &libc__exit
	ilmCalls[nrSigprocmask] = &libc_sigprocmask
	ilmCalls[nrPipe] = &libc_pipe
	ilmCalls[nrKill] = &libc_kill
	ilmCalls[nrMmap] = &libc_mmap
	ilmCalls[nrGetpid] = &libc_getpid
	ilmCalls[nrGetpgid] = &libc_getpgid
}

// ilmCall: the libc function behind a raw-call name, called as package
// syscall calls one (errno read after the call); a name with no function
// fails with ENOSYS, as a call denizen does not provide would.
//
//go:uintptrescapes
func ilmCall(raw bool, trap, a1, a2, a3, a4, a5, a6 uintptr) (uintptr, uintptr, syscall.Errno) {
	if trap >= ilmNcalls || ilmCalls[trap] == nil {
		return ^uintptr(0), 0, syscall.ENOSYS
	}
	fn := uintptr(unsafe.Pointer(ilmCalls[trap]))
	if raw {
		return rawSysvicall6(fn, 6, a1, a2, a3, a4, a5, a6)
	}
	return sysvicall6(fn, 6, a1, a2, a3, a4, a5, a6)
}

//go:uintptrescapes
func sysCall(trap, a1, a2, a3 uintptr) (uintptr, uintptr, syscall.Errno) {
	return ilmCall(false, trap, a1, a2, a3, 0, 0, 0)
}

//go:uintptrescapes
func sysCall6(trap, a1, a2, a3, a4, a5, a6 uintptr) (uintptr, uintptr, syscall.Errno) {
	return ilmCall(false, trap, a1, a2, a3, a4, a5, a6)
}

//go:uintptrescapes
func rawSysCall(trap, a1, a2, a3 uintptr) (uintptr, uintptr, syscall.Errno) {
	return ilmCall(true, trap, a1, a2, a3, 0, 0, 0)
}

//go:uintptrescapes
func rawSysCall6(trap, a1, a2, a3, a4, a5, a6 uintptr) (uintptr, uintptr, syscall.Errno) {
	return ilmCall(true, trap, a1, a2, a3, a4, a5, a6)
}

func init() {
	fdcwd := AT_FDCWD
	atfdcwd = uintptr(fdcwd) // the shared probes' raw AT_FDCWD argument
	osCalls = map[string]string{
		// illumos's names for the calls
		"getdirentries":                      "getdents",
		"sendto":                             "__xnet_sendto",
		"socket":                             "__xnet_socket",
		"socketpair":                         "__xnet_socketpair",
		"bind":                               "__xnet_bind",
		"connect":                            "__xnet_connect",
		"listen":                             "__xnet_listen",
		"getsockopt":                         "__xnet_getsockopt",
		"sendmsg":                            "__xnet_sendmsg",
		"recvmsg":                            "__xnet_recvmsg",
		"thr_self":                           "pthread_self",
		"thr_kill":                           "pthread_kill",
		"thr_exit":                           "pthread_create",
		"issetugid/libc-form":                "issetugid",
		"execve/own-path-form":               "getexecname",
		"sigprocmask/pthread_sigmask-form":   "pthread_sigmask",
		"open/open64-form":                   "open64",
		"thr_new/semaphore-form":             "sem_init,sem_trywait,sem_post,sem_wait",
		"thr_new/attr-stacksize-detachstate": "pthread_attr_init,pthread_attr_setstacksize,pthread_attr_getstacksize,pthread_attr_getstack,pthread_attr_setdetachstate,pthread_attr_destroy",
		"kqueue/port-form-readable-pipe":     "port_create,port_associate,port_getn",
		"kqueue/port-form-empty-times-out":   "port_create,port_associate,port_getn",
		"sendfile/out-in-offset-form":        "sendfile",
		"getrlimit/rctlblk_size-form":        "rctlblk_size",
		"getrandom/arc4random_buf-form":      "getrandom",
		// illumos's dirents carry no type (sys/dirent.h): the cases that
		// list types cannot show them (the other getdents cases run)
		"getdirentries/lists-names-and-types":   "-",
		"getdirentries/small-buffer-many-calls": "-",
		"getdirentries/rewind-with-lseek":       "-",
		"getdirentries/sees-removal":            "-",
		// no FIFO can be made (mkfifo and mknod are not exported)
		"open/fifo-O_RDONLY-O_NONBLOCK":                 "-",
		"open/fifo-O_WRONLY-O_NONBLOCK-no-reader-ENXIO": "-",
		"open/fifo-both-ends-transfer":                  "-",
		"thr_new":                                       "pthread_create,pthread_attr_init,pthread_attr_setstack,pthread_attr_getstack,pthread_attr_setdetachstate,pthread_attr_destroy,pthread_self,malloc,sem_init,sem_post,sem_reltimedwait_np",
		"exit/_exit-form":                               "_exit",
		"wait4/waitpid-form":                            "waitpid",
		"kill/raise-form":                               "raise",
		"nanosleep/usleep-form":                         "usleep",
		"fstatat/path-stat-follows-symlink":             "stat",
		"fstatat/path-lstat-symlink":                    "lstat",
		"pipe2/no-flags-two-results":                    "pipe",
		"__getcwd":                                      "getcwd",
		"sigreturn":                                     "sigaction",
		"__sysctl/kern.hostname-matches-host":           "gethostname",
		"__sysctl/kern.ostype-is-this-os":               "uname",
		// every failing libc call reads its errno through ___errno
		"wait4/ECHILD-no-children": "wait4,___errno",
	}
	// calls and cases illumos's libc does not have, or denizen does not
	// export (Go does not call them): not run
	for _, c := range []string{"kqueue", "kevent", "kqueuex", "freebsd11_kevent", "__sysctl",
		"thr_kill2", "thr_set_name", "_umtx_op", "sysarch",
		"cpuset_getaffinity", "sigsuspend", "sigpending", "setresuid", "setresgid", "getresuid",
		"getresgid", "pselect", "ppoll", "preadv", "pwritev",
		"posix_fallocate", "posix_fadvise", "msync", "mincore", "mlock", "munlock", "mknodat",
		"mkfifo", "mkfifoat", "lutimes", "futimes", "utimes", "futimesat", "chflags", "fchflags",
		"lchflags", "chflagsat", "statfs", "fstatfs", "break", "clock_nanosleep", "copy_file_range",
		"__realpathat", "cap_getmode", "close_range", "eaccess", "funlinkat", "getdtablesize",
		"procctl", "sched_getcpu", "sendfile", "getrandom/arc4random-form", "fcntl/dup-to-fd-cloexec", "wait6", "fchownat", "linkat", "symlinkat", "readlinkat",
		"renameat", "mkdirat", "getsid", "fdatasync", "faccessat", "fchmodat", "dup3", "vfork",
		"getpgrp", "mkfifo",
		"issetugid", "getdtablecount", "getrandom/EINVAL-bad-flags",
		"clock_gettime/CLOCK_MONOTONIC-matches-uptime-clock", "clock_gettime/CLOCK_REALTIME_FAST",
		"clock_gettime/CLOCK_MONOTONIC_FAST", "clock_gettime/CLOCK_SECOND",
		"getrusage/RUSAGE_THREAD", "mmap/MAP_32BIT", "getrlimit/RLIMIT_AS"} {
		osCalls[c] = "-"
	}
}

// sys/fcntl.h
const (
	AT_FDCWD            = -3041965 // 0xffd19553
	AT_EACCESS          = 0x4
	AT_SYMLINK_NOFOLLOW = 0x1000
	AT_SYMLINK_FOLLOW   = 0x2000
	AT_REMOVEDIR        = 0x1
)

// sys/stat.h
const (
	UTIME_NOW  = -1
	UTIME_OMIT = -2
)

// sys/fcntl.h: no O_ASYNC
const O_ASYNC_ = 0

// sys/mman.h
const (
	MADV_FREE_ = 5
	MS_SYNC    = 0x4
	MS_ASYNC   = 0x1
	MAP_STACK_ = 0 // none
	MAP_32BIT_ = 0x80
)

// sys/time_impl.h: CLOCK_MONOTONIC is CLOCK_HIGHRES; no FAST/UPTIME/SECOND.
const (
	CLOCK_REALTIME_FAST  = -1
	CLOCK_MONOTONIC_FAST = -1
	CLOCK_UPTIME         = -1
	CLOCK_SECOND         = -1
	CLOCK_PROCESS_CPU    = 5
	CLOCK_THREAD_CPU     = 2
	TIMER_ABSTIME        = 1
)

const clockMonotonic = 4
const clockRealtime = 3 // CLOCK_REALTIME

// sys/random.h
const GRND_NONBLOCK = 1

// The errno illumos documents for these mistakes.
var (
	errNofollowSymlink = syscall.ELOOP   // open(2): O_NOFOLLOW on a symlink
	errUnlinkDir       = syscall.EPERM   // unlink(2) of a directory
	errGetdentsNotDir  = syscall.ENOTDIR // getdents(2) on a regular file
)

// sys/dirent.h: illumos's entries carry no type (DT_* are the BSD values,
// for the shared formatting only).
const (
	DT_UNKNOWN = 0
	DT_FIFO    = 1
	DT_CHR     = 2
	DT_DIR     = 4
	DT_BLK     = 6
	DT_REG     = 8
	DT_LNK     = 10
	DT_SOCK    = 12
)

// sys/signal.h: sigset_t {unsigned int __sigbits[4]}; signal n is bit n-1.
type sigset [4]uint32

const (
	SIG_BLOCK   = 1
	SIG_UNBLOCK = 2
	SIG_SETMASK = 3
)

func (s *sigset) add(sig syscall.Signal) { s[(sig-1)/32] |= 1 << ((uint(sig) - 1) % 32) }
func (s *sigset) has(sig syscall.Signal) bool {
	return s[(sig-1)/32]&(1<<((uint(sig)-1)%32)) != 0
}

func sigprocmask(how int, set, old *sigset) error {
	_, _, en := rawSysCall(nrSigprocmask, uintptr(how), uintptr(unsafe.Pointer(set)), uintptr(unsafe.Pointer(old)))
	return errno(en)
}

func sigpending(set *sigset) error { return syscall.ENOSYS }
func sigsuspend(set *sigset) error { return syscall.ENOSYS }

// stack_t {ss_sp, ss_size, ss_flags}
type stackT struct {
	sp    uintptr
	size  uintptr
	flags int32
	_     int32
}

func sigaltstack(ss, old *stackT) error {
	_, _, en := rawSysCall(nrSigaltstack, uintptr(unsafe.Pointer(ss)), uintptr(unsafe.Pointer(old)), 0)
	return errno(en)
}

func mkStack(sp, size uintptr, flags int32) stackT { return stackT{sp: sp, size: size, flags: flags} }
func (s stackT) get() (uintptr, uintptr, int32)    { return s.sp, s.size, s.flags }

const (
	SS_ONSTACK = 0x1
	SS_DISABLE = 0x2
)

// struct sigaction {int sa_flags; handler; sigset_t sa_mask; int sa_resv[2]}
const (
	SA_ONSTACK = 0x1
	SA_RESTART = 0x4
	SA_SIGINFO = 0x8
)

type sigactionT struct {
	flags   int32
	_       int32
	handler uintptr
	mask    sigset
	_       [2]int32
}

func (a *sigactionT) get() (uintptr, int) { return a.handler, int(a.flags) }
func mkSigaction(handler uintptr, flags int) sigactionT {
	return sigactionT{handler: handler, flags: int32(flags)}
}

func sigactionRaw(sig int, act, old *sigactionT) error {
	_, _, en := rawSysCall(sigactionNr, uintptr(sig), uintptr(unsafe.Pointer(act)), uintptr(unsafe.Pointer(old)))
	return errno(en)
}

func clockNanosleep(clock, flags int, req, rem *syscall.Timespec) error { return syscall.ENOSYS }

// sys/resource.h: RLIM_INFINITY is 2^64-3
const rlimInfinity = 0xfffffffffffffffd

const RLIMIT_AS_ = syscall.RLIMIT_AS

func issetugid() int { return issetugidForm() }

// No sysctl: the name2oid/MIB cases do not run.
func sysctl(mib []int32, old []byte, oldlen int) (int, error) { return 0, syscall.ENOSYS }
func sysctlString(mib ...int32) (string, error)               { return "", syscall.ENOSYS }
func sysctlInt(mib ...int32) (int64, error)                   { return 0, syscall.ENOSYS }
func sysctlUnknown() error                                    { return syscall.ENOSYS }
func sysctlShort() (int, string, error)                       { return 0, "", syscall.ENOSYS }
func ostypeName() (string, error)                             { return "", syscall.ENOSYS }
func sysctlSize() (int, error)                                { return 0, syscall.ENOSYS }
func sysctlEFAULT() error                                     { return syscall.ENOSYS }

type nstat struct {
	mode                uint32
	nlink               uint64
	uid, gid            uint32
	size, blocks        int64
	blksize             int64
	ino, dev, rdev      uint64
	atime, mtime, ctime syscall.Timespec
}

func fromStat(s *syscall.Stat_t) nstat {
	return nstat{mode: s.Mode, nlink: uint64(s.Nlink), uid: s.Uid, gid: s.Gid, size: s.Size,
		blocks: s.Blocks, blksize: int64(s.Blksize), ino: s.Ino, dev: s.Dev, rdev: s.Rdev,
		atime: s.Atim, mtime: s.Mtim, ctime: s.Ctim}
}

func fstatN(fd int) (nstat, error) {
	var s syscall.Stat_t
	_, _, en := sysCall(nrFstat, uintptr(fd), uintptr(unsafe.Pointer(&s)), 0)
	return fromStat(&s), errno(en)
}

func fstatatN(dirfd int, path string, flags int) (nstat, error) {
	var s syscall.Stat_t
	p := cstr(path)
	_, _, en := sysCall6(nrFstatat, uintptr(dirfd), uintptr(unsafe.Pointer(p)),
		uintptr(unsafe.Pointer(&s)), uintptr(flags), 0, 0)
	return fromStat(&s), errno(en)
}

type nstatfs struct {
	bsize                int64
	blocks, bfree, files uint64
	namemax              int64
}

func statfsN(path string) (nstatfs, error) { return nstatfs{}, syscall.ENOSYS }
func fstatfsN(fd int) (nstatfs, error)     { return nstatfs{}, syscall.ENOSYS }

type dent struct {
	name string
	typ  uint8
}

func getdents(fd int, buf []byte) (int, error) {
	var p unsafe.Pointer
	if len(buf) > 0 {
		p = unsafe.Pointer(&buf[0])
	}
	n, _, en := sysCall(nrGetdirentries, uintptr(fd), uintptr(p), uintptr(len(buf)))
	return int(n), errno(en)
}

// parseDirents: struct dirent (sys/dirent.h): ino 8, off 8, reclen 2,
// NUL-terminated name at 18; no type.
func parseDirents(buf []byte) []dent {
	var out []dent
	for len(buf) >= 19 {
		reclen := int(*(*uint16)(unsafe.Pointer(&buf[16])))
		if reclen < 19 || reclen > len(buf) {
			break
		}
		name := buf[18:reclen]
		for i, c := range name {
			if c == 0 {
				name = name[:i]
				break
			}
		}
		out = append(out, dent{string(name), DT_UNKNOWN})
		buf = buf[reclen:]
	}
	return out
}

//go:cgo_import_dynamic libc_pthread_self pthread_self "libc.so"
//go:cgo_import_dynamic libc_pthread_kill pthread_kill "libc.so"
//go:cgo_import_dynamic libc_waitpid waitpid "libc.so"
//go:cgo_import_dynamic libc_raise raise "libc.so"
//go:cgo_import_dynamic libc_usleep usleep "libc.so"
//go:cgo_import_dynamic libc_uname uname "libc.so"
//go:cgo_import_dynamic libc_gethostname gethostname "libc.so"

//go:linkname libc_pthread_self libc_pthread_self
//go:linkname libc_pthread_kill libc_pthread_kill
//go:linkname libc_waitpid libc_waitpid
//go:linkname libc_raise libc_raise
//go:linkname libc_usleep libc_usleep
//go:linkname libc_uname libc_uname
//go:linkname libc_gethostname libc_gethostname
var libc_pthread_self, libc_pthread_kill, libc_waitpid, libc_raise, libc_usleep, libc_uname, libc_gethostname byte

func libc(fn *byte, a ...uintptr) (uintptr, syscall.Errno) {
	var v [6]uintptr
	copy(v[:], a)
	r, _, en := sysvicall6(uintptr(unsafe.Pointer(fn)), uintptr(len(a)), v[0], v[1], v[2], v[3], v[4], v[5])
	return r, en
}

// gettid: the thread's pthread_t; tkill: pthread_kill (an error number).
func gettid() int {
	r, _ := libc(&libc_pthread_self)
	return int(r)
}

func tkill(tid int, sig syscall.Signal) error {
	r, _ := libc(&libc_pthread_kill, uintptr(tid), uintptr(sig))
	return errno(syscall.Errno(r))
}

func ncpuAffinity(setsize int) (int, error)                          { return 0, syscall.ENOSYS }
func mkfifoat(dir int, path string, mode uint32) error               { return syscall.ENOSYS }
func thrKill2(pid, tid int, sig syscall.Signal) error                { return syscall.ENOSYS }
func setPdeathsig(sig int) error                                     { return syscall.ENOSYS }
func getPdeathsig() (int, error)                                     { return 0, syscall.ENOSYS }
func procctlBadCmd() error                                           { return syscall.ENOSYS }
func eaccess(path string, mode uint32) error                         { return syscall.ENOSYS }
func getdtablesize() (int, error)                                    { return 0, syscall.ENOSYS }
func schedGetcpu() (int, error)                                      { return 0, syscall.ENOSYS }
func wait6pid(pid int, options int) (int, syscall.WaitStatus, error) { return 0, 0, syscall.ENOSYS }

const (
	WEXITED = 0x1
	P_PID   = 0
)

// sys/wait.h: a continued child's status word
const wstatContinued = 0xffff

func pageRound(addr, n uintptr) (uintptr, uintptr) { return addr, n }
func sysBreak(addr uintptr) (uintptr, error)       { return 0, syscall.ENOSYS }
func vforkExit(code int) (int, error)              { return 0, syscall.ENOSYS }

func futimens(fd int, ts *[2]syscall.Timespec) error {
	_, en := libc(&libc_futimens, uintptr(fd), uintptr(unsafe.Pointer(ts)))
	return errno(en)
}

// sys/filio.h
const (
	FIOCLEX  = 0x20006601
	FIONCLEX = 0x20006602
	FIONBIO  = 0x8004667e
	FIONREAD = 0x4004667f
)

func mmapUnalignedOffset(fd int, off int64) (uintptr, error) {
	return mmapRaw(0, 4096, syscall.PROT_READ, syscall.MAP_PRIVATE, fd, off)
}

// offArgs: libc's pread/pwrite take the offset 4th.
func offArgs(off int64) (uintptr, uintptr) { return uintptr(off), 0 }

func mmapRaw(addr, length uintptr, prot, flags, fd int, off int64) (uintptr, error) {
	r, _, en := sysCall6(nrMmap, addr, length, uintptr(prot), uintptr(flags), uintptr(fd), uintptr(off))
	return r, errno(en)
}

const (
	WCONTINUED_    = syscall.WCONTINUED
	RUSAGE_THREAD_ = 1
)

func renameAlias(from, to string) error           { return syscall.Rename(from, to) }
func chownAlias(path string, uid, gid int) error  { return syscall.Chown(path, uid, gid) }
func lchownAlias(path string, uid, gid int) error { return syscall.Lchown(path, uid, gid) }
func fchownAlias(fd, uid, gid int) error          { return syscall.Fchown(fd, uid, gid) }
func vforkAliasExit(code int) (int, error)        { return 0, syscall.ENOSYS }
func statPath(path string, lstat bool) (nstat, error) {
	var s syscall.Stat_t
	var err error
	if lstat {
		err = syscall.Lstat(path, &s)
	} else {
		err = syscall.Stat(path, &s)
	}
	return fromStat(&s), err
}

func mknodPath(path string, mode uint32) error { return syscall.ENOSYS }

// pipePlain: pipe(fds).
func pipePlain() ([2]int, error) {
	var p [2]int32
	_, _, en := rawSysCall(nrPipe, uintptr(unsafe.Pointer(&p[0])), 0, 0)
	return [2]int{int(p[0]), int(p[1])}, errno(en)
}

func dupCloexec(old, new int) error { return syscall.ENOSYS }

// libc's forms
func waitpidForm(pid int) (int, syscall.WaitStatus, error) {
	st := new(int32)
	r, en := libc(&libc_waitpid, uintptr(pid), uintptr(unsafe.Pointer(st)), 0)
	return int(int32(r)), syscall.WaitStatus(*st), errno(en)
}

func raiseForm(sig syscall.Signal) error {
	_, en := libc(&libc_raise, uintptr(sig))
	return errno(en)
}

func usleepForm(us int) error {
	_, en := libc(&libc_usleep, uintptr(us))
	return errno(en)
}

func randomCount(r uintptr, n int) int { return int(r) }

func randomBufForm(n int) []byte {
	b := make([]byte, n)
	r, _, en := sysCall(nrGetrandom, uintptr(unsafe.Pointer(&b[0])), uintptr(n), 0)
	if en != 0 {
		return nil
	}
	return b[:r]
}

func random32Form() uint32 { return 0 }

func exitForm(code int) { rawSysCall(nrExitProcess, uintptr(code), 0, 0) }

// sys/fcntl.h O_DIRECTORY; mkfifo, getpgrp and getpgid are not exported
// (their cases do not run); dup2 is.
const O_DIRECTORY_ = 0x1000000

func mkfifo(path string, mode uint32) error { return syscall.ENOSYS }
func dup2(old, new int) error {
	_, _, en := sysCall(SYS_DUP2, uintptr(old), uintptr(new), 0)
	return errno(en)
}
func getpgrp() int {
	r, _ := getpgid(0)
	return r
}
func getpgid(pid int) (int, error) {
	r, _, en := rawSysCall(nrGetpgid, uintptr(pid), 0, 0)
	return int(r), errno(en)
}

//go:cgo_import_dynamic libc_pthread_sigmask pthread_sigmask "libc.so"
//go:cgo_import_dynamic libc_open64 open64 "libc.so"
//go:cgo_import_dynamic libc_issetugid issetugid "libc.so"
//go:cgo_import_dynamic libc_getexecname getexecname "libc.so"
//go:cgo_import_dynamic libc_sem_init sem_init "libc.so"
//go:cgo_import_dynamic libc_sem_trywait sem_trywait "libc.so"
//go:cgo_import_dynamic libc_sem_post sem_post "libc.so"
//go:cgo_import_dynamic libc_sem_wait sem_wait "libc.so"
//go:cgo_import_dynamic libc_pthread_attr_init pthread_attr_init "libc.so"
//go:cgo_import_dynamic libc_pthread_attr_destroy pthread_attr_destroy "libc.so"
//go:cgo_import_dynamic libc_pthread_attr_setstacksize pthread_attr_setstacksize "libc.so"
//go:cgo_import_dynamic libc_pthread_attr_getstacksize pthread_attr_getstacksize "libc.so"
//go:cgo_import_dynamic libc_pthread_attr_getstack pthread_attr_getstack "libc.so"
//go:cgo_import_dynamic libc_pthread_attr_setdetachstate pthread_attr_setdetachstate "libc.so"
//go:cgo_import_dynamic libc_port_create port_create "libc.so"
//go:cgo_import_dynamic libc_port_associate port_associate "libc.so"
//go:cgo_import_dynamic libc_port_getn port_getn "libc.so"
//go:cgo_import_dynamic libc_sendfile sendfile "libsendfile.so"

//go:linkname libc_pthread_sigmask libc_pthread_sigmask
//go:linkname libc_open64 libc_open64
//go:linkname libc_issetugid libc_issetugid
//go:linkname libc_getexecname libc_getexecname
//go:linkname libc_sem_init libc_sem_init
//go:linkname libc_sem_trywait libc_sem_trywait
//go:linkname libc_sem_post libc_sem_post
//go:linkname libc_sem_wait libc_sem_wait
//go:linkname libc_pthread_attr_init libc_pthread_attr_init
//go:linkname libc_pthread_attr_destroy libc_pthread_attr_destroy
//go:linkname libc_pthread_attr_setstacksize libc_pthread_attr_setstacksize
//go:linkname libc_pthread_attr_getstacksize libc_pthread_attr_getstacksize
//go:linkname libc_pthread_attr_getstack libc_pthread_attr_getstack
//go:linkname libc_pthread_attr_setdetachstate libc_pthread_attr_setdetachstate
//go:linkname libc_port_create libc_port_create
//go:linkname libc_port_associate libc_port_associate
//go:linkname libc_port_getn libc_port_getn
//go:linkname libc_sendfile libc_sendfile
var libc_pthread_sigmask, libc_open64, libc_issetugid, libc_getexecname, libc_sem_init,
	libc_sem_trywait, libc_sem_post, libc_sem_wait, libc_pthread_attr_init,
	libc_pthread_attr_destroy, libc_pthread_attr_setstacksize, libc_pthread_attr_getstacksize,
	libc_pthread_attr_getstack, libc_pthread_attr_setdetachstate, libc_port_create,
	libc_port_associate, libc_port_getn, libc_sendfile byte

// pthread_sigmask answers an error number.
func threadSigmask(how int, set, old *sigset) error {
	r, _ := libc(&libc_pthread_sigmask, uintptr(how), uintptr(unsafe.Pointer(set)), uintptr(unsafe.Pointer(old)))
	return errno(syscall.Errno(r))
}

func open64Form(path string, flags int, mode uint32) (int, error) {
	p := cstr(path)
	r, en := libc(&libc_open64, uintptr(unsafe.Pointer(p)), uintptr(flags), uintptr(mode))
	return int(int32(r)), errno(en)
}

func issetugidForm() int {
	r, _ := libc(&libc_issetugid)
	return int(r)
}

// const char *getexecname(void)
func execnameForm() string {
	r, _ := libc(&libc_getexecname)
	if r == 0 {
		return ""
	}
	var b []byte
	for p := r; ; p++ {
		c := *(*byte)(unsafe.Pointer(p))
		if c == 0 {
			break
		}
		b = append(b, c)
	}
	return string(b)
}

// sem_t is 32 bytes (sys/synch.h); the calls answer -1 + errno.
func semaphoreForm() string {
	sem := new([4]uint64)
	s := uintptr(unsafe.Pointer(sem))
	_, en := libc(&libc_sem_init, s, 0, 1)
	out := "init=" + ename(errno(en))
	_, en = libc(&libc_sem_trywait, s)
	out += " trywait=" + ename(errno(en))
	_, en = libc(&libc_sem_trywait, s)
	out += " again=" + ename(errno(en))
	_, en = libc(&libc_sem_post, s)
	out += " post=" + ename(errno(en))
	_, en = libc(&libc_sem_wait, s)
	return out + " wait=" + ename(errno(en))
}

// The attributes object: what is set reads back (getstack's size too);
// PTHREAD_CREATE_DETACHED is 0x40 (sys/types.h... pthread.h).
func attrRoundtrip() string {
	attr := new([8]uintptr)
	a := uintptr(unsafe.Pointer(attr))
	if r, _ := libc(&libc_pthread_attr_init, a); r != 0 {
		return "init:" + e(syscall.Errno(r))
	}
	defer libc(&libc_pthread_attr_destroy, a)
	if r, _ := libc(&libc_pthread_attr_setstacksize, a, 262144); r != 0 {
		return "setstacksize:" + e(syscall.Errno(r))
	}
	detached := "no"
	if r, _ := libc(&libc_pthread_attr_setdetachstate, a, 0x40); r == 0 {
		detached = "yes"
	}
	size, addr, size2 := new(uintptr), new(uintptr), new(uintptr)
	if r, _ := libc(&libc_pthread_attr_getstacksize, a, uintptr(unsafe.Pointer(size))); r != 0 {
		return "getstacksize:" + e(syscall.Errno(r))
	}
	if r, _ := libc(&libc_pthread_attr_getstack, a, uintptr(unsafe.Pointer(addr)), uintptr(unsafe.Pointer(size2))); r != 0 || *size2 != *size {
		return fmt.Sprintf("getstack:%s size=%d", e(syscall.Errno(r)), *size2)
	}
	return fmt.Sprintf("stacksize=%d detached=%s", *size, detached)
}

//go:cgo_import_dynamic libc_getpriority getpriority "libc.so"
//go:cgo_import_dynamic libc_futimens futimens "libc.so"
//go:linkname libc_getpriority libc_getpriority
//go:linkname libc_futimens libc_futimens
var libc_getpriority, libc_futimens byte

// getpriority answers the nice value (-1 and errno on error).
func getpriorityNice(which, who int) (int, error) {
	r, en := libc(&libc_getpriority, uintptr(which), uintptr(who))
	return int(int32(r)), errno(en)
}

//go:cgo_import_dynamic libc_rctlblk_size rctlblk_size "libc.so"
//go:linkname libc_rctlblk_size libc_rctlblk_size
var libc_rctlblk_size byte

// size_t rctlblk_size(void)
func rctlblkSize() int {
	r, _ := libc(&libc_rctlblk_size)
	return int(r)
}
