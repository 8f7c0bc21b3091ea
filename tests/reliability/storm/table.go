package main

import "strings"

// masterRow is one row of syscall-xlate/<os>/syscalls.master (table_gen.go, made
// by mktable.awk at test time).
type masterRow struct {
	nr    int
	name  string
	level string // full | partial | stub | unimpl | obsolete
	args  string // argument kinds, comma-separated ("void": none)
	ret   string // result kind ("fd": a new descriptor the storm must close)
}

// baseName strips what the BSDs add to a call's name when they version it
// (__msync13, ___lwp_park60, freebsd11_kevent, compat_50_...), so one
// exclusion covers every version of a call.
func baseName(name string) string {
	for _, p := range []string{"compat_", "freebsd", "old_"} {
		if strings.HasPrefix(name, p) {
			if i := strings.IndexByte(name[len(p):], '_'); i >= 0 && p != "old_" {
				name = name[len(p)+i+1:]
			} else if p == "old_" {
				name = name[len(p):]
			}
		}
	}
	name = strings.TrimLeft(name, "_")
	return strings.TrimRight(name, "0123456789")
}

// excluded: the calls the storm never makes, and why.  Everything else in the
// table (every implemented row and every unimplemented or obsolete one) is
// called with random arguments.  Unimplemented rows on this list would only
// answer ENOSYS, but the list is by name so that it stays right when one of
// them becomes implemented.
var excluded = map[string]string{}

func exclude(why string, names ...string) {
	for _, n := range names {
		excluded[n] = why
	}
}

func init() {
	exclude("ends the process or the calling thread (the storm must run its N seconds)",
		"exit", "thr_exit", "lwp_exit", "abort2")
	exclude("creates processes or threads that run at random addresses, or replaces the program (fork bomb, lost test)",
		"fork", "vfork", "rfork", "pdfork", "clone", "posix_spawn", "execve", "fexecve", "execv",
		"thr_new", "lwp_create")
	exclude("sends signals: a random pid (kill(-1, SIGKILL) as root) reaches other host processes, our own pid/threads die",
		"kill", "killpg", "okillpg", "thr_kill", "thr_kill2", "lwp_kill", "pdkill", "sigqueue", "sigqueueinfo",
		"ktimer_create", "timer_create", "aio_read", "aio_write", "aio_fsync", "aio_mlock", "lio_listio",
		"aio_readv", "aio_writev")
	exclude("changes the Go runtime's own signal handling, signal stacks, TLS or thread state (the guest would crash, not denizen)",
		"sigaction", "sigaction_sigtramp", "sigprocmask", "sigaltstack", "sigreturn", "osigreturn",
		"setcontext", "swapcontext", "sysarch", "lwp_setprivate", "lwp_suspend", "lwp_ctl")
	exclude("stops or replaces the storm's own interval timer (the signal source of the test)",
		"setitimer")
	exclude("closes descriptors the storm does not own (the runtime's kqueue and pipe): the guest would hang",
		"closefrom", "close_range")
	exclude("changes the identity, session or process group of the test process",
		"setuid", "seteuid", "setgid", "setegid", "setreuid", "setregid", "setresuid", "setresgid",
		"setgroups", "setlogin", "setsid", "setpgid", "cap_enter", "setugid", "chroot", "fchroot")
	exclude("changes host-wide state as root (clock, mounts, swap, scheduling of other processes, host name, limits)",
		"reboot", "swapon", "swapoff", "swapctl", "mount", "nmount", "unmount", "acct", "jail", "jail_attach",
		"jail_set", "jail_remove", "settimeofday", "clock_settime", "adjtime", "ntp_adjtime", "sethostname",
		"setdomainname", "kenv", "kldload", "kldunload", "kldunloadf", "modctl", "setpriority", "rtprio",
		"rtprio_thread", "sched_setparam", "sched_setscheduler", "sched_setaffinity", "cpuset_setaffinity",
		"cpuset_setid", "cpuset", "cpuset_setdomain", "setfib", "procctl", "ptrace", "ktrace", "fktrace",
		"quotactl", "nfssvc", "audit", "auditon", "auditctl", "setaudit", "setaudit_addr", "uuidgen", "sync",
		"setrlimit", "ksem_init", "ksem_open", "ksem_unlink", "ksem_close", "ksem_post", "ksem_wait",
		"ksem_trywait", "ksem_timedwait", "ksem_destroy", "ksem_getvalue")
	exclude("device nodes (mknod of the host's disk as root) or disk space (posix_fallocate of 2 GB)",
		"mknod", "mknodat", "posix_fallocate")
	exclude("creates or removes host-global objects outside the temporary directory (POSIX shm and queues, SysV IPC)",
		"shm_open", "shm_open2", "shm_unlink", "shm_rename", "mq_open", "mq_unlink", "msgsys", "semsys",
		"shmsys", "semctl", "semget", "semop", "semconfig", "msgctl", "msgget", "msgsnd", "msgrcv", "shmat",
		"shmctl", "shmdt", "shmget")
	exclude("remaps memory at addresses the storm cannot confine to its own arena",
		"mremap")
	exclude("indirect system calls (would reach the excluded calls by number)",
		"syscall")
}
