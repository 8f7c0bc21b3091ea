// rlimit.go — getrlimit, setrlimit, getrusage, getpriority, setpriority,
// cpuset_getaffinity, sched_yield.
package main

import (
	"fmt"
	"runtime"
	"strconv"
	"syscall"
	"time"
	"unsafe"
)

func limstr(v uint64) string {
	if v == rlimInfinity {
		return "inf"
	}
	return strconv.FormatUint(v, 10)
}

// rlimit: struct rlimit, two 64-bit words on both systems.
type rlimit struct{ Cur, Max uint64 }

func getrlimit(res int) (rlimit, error) {
	var r rlimit
	_, _, en := rawSysCall(SYS_GETRLIMIT, uintptr(res), uintptr(unsafe.Pointer(&r)), 0)
	return r, errno(en)
}

func setrlimit(res int, r rlimit) error {
	_, _, en := rawSysCall(SYS_SETRLIMIT, uintptr(res), uintptr(unsafe.Pointer(&r)), 0)
	return errno(en)
}

func rl(res int) string {
	r, err := getrlimit(res)
	if err != nil {
		return e(err)
	}
	return fmt.Sprintf("cur=%s max=%s", limstr(r.Cur), limstr(r.Max))
}

func init() {
	// nofile N: a child whose descriptor limit is N opens until it fails.
	children["nofile"] = func(args []string) int {
		n, _ := strconv.Atoi(args[0])
		setrlimit(syscall.RLIMIT_NOFILE, rlimit{Cur: uint64(n), Max: uint64(n)})
		for i := 0; i < 1000; i++ {
			fd, err := syscall.Open("/dev/null", syscall.O_RDONLY, 0)
			if err != nil {
				fmt.Printf("%s highest-below-limit=%s", e(err), yes(true))
				return 0
			}
			if fd >= n {
				fmt.Printf("fd %d not below limit", fd)
				return 1
			}
		}
		fmt.Print("never-failed")
		return 0
	}
	children["fsize"] = func(args []string) int {
		setrlimit(syscall.RLIMIT_FSIZE, rlimit{Cur: 1000, Max: 1000})
		fd, _ := syscall.Open("big", syscall.O_CREAT|syscall.O_WRONLY|syscall.O_TRUNC, 0644)
		n, err := syscall.Write(fd, make([]byte, 1500))
		n2, err2 := syscall.Write(fd, make([]byte, 10))
		fmt.Printf("first=%d %s second=%d %s", n, e(err), n2, e(err2))
		return 0
	}
}

func main() { Main(rlimitCases) }

func rlimitCases() {
	// Same limits as the reference: whatever the harness started us with.
	for _, r := range []struct {
		res  int
		name string
	}{{syscall.RLIMIT_NOFILE, "NOFILE"}, {syscall.RLIMIT_STACK, "STACK"}, {syscall.RLIMIT_CORE, "CORE"},
		{syscall.RLIMIT_CPU, "CPU"}, {syscall.RLIMIT_FSIZE, "FSIZE"}, {syscall.RLIMIT_DATA, "DATA"},
		{RLIMIT_AS_, "AS"}} {
		r := r
		Case("getrlimit", "RLIMIT_"+r.name, func() string { return rl(r.res) })
	}
	// illumos's resource controls: the size of a control block (Go's
	// runtime asks it at start); the reference's model says only "nonzero".
	Case("getrlimit", "rctlblk_size-form", func() string { return "nonzero=" + yes(rctlblkSize() > 0) })
	Case("getrlimit", "EINVAL-bad-resource", func() string {
		_, err := getrlimit(999)
		return e(err)
	})
	Case("getrlimit", "EFAULT", func() string {
		_, _, en := rawSysCall(SYS_GETRLIMIT, syscall.RLIMIT_NOFILE, badPtr, 0)
		return e(en)
	})
	Case("setrlimit", "lower-soft-NOFILE", func() string {
		old, _ := getrlimit(syscall.RLIMIT_NOFILE)
		err := setrlimit(syscall.RLIMIT_NOFILE, rlimit{Cur: 512, Max: old.Max})
		r := e(err) + " " + rl(syscall.RLIMIT_NOFILE)
		setrlimit(syscall.RLIMIT_NOFILE, old)
		return r
	})
	Case("setrlimit", "CORE-zero", func() string {
		old, _ := getrlimit(syscall.RLIMIT_CORE)
		err := setrlimit(syscall.RLIMIT_CORE, rlimit{Cur: 0, Max: old.Max})
		r := e(err) + " " + rl(syscall.RLIMIT_CORE)
		setrlimit(syscall.RLIMIT_CORE, old)
		return r
	})
	Case("setrlimit", "infinity-round-trips", func() string {
		old, _ := getrlimit(syscall.RLIMIT_CPU)
		err := setrlimit(syscall.RLIMIT_CPU, rlimit{Cur: rlimInfinity, Max: rlimInfinity})
		r := e(err) + " " + rl(syscall.RLIMIT_CPU)
		setrlimit(syscall.RLIMIT_CPU, old)
		return r
	})
	Case("setrlimit", "EINVAL-soft-above-hard", func() string {
		return e(setrlimit(syscall.RLIMIT_CORE, rlimit{Cur: 2000, Max: 1000}))
	})
	Case("setrlimit", "EINVAL-bad-resource", func() string {
		return e(setrlimit(999, rlimit{}))
	})
	Case("setrlimit", "NOFILE-limit-enforced", func() string {
		st, out := runChild("nofile", "64")
		return st + " " + out
	})
	Case("setrlimit", "FSIZE-limit-enforced", func() string {
		st, out := runChild("fsize")
		return st + " " + out
	})
	Case("getrusage", "RUSAGE_SELF", func() string {
		// Linux splits run time into user and system by where the ticks
		// fell: a short burn (even 7 ms) can show no user time yet.  Burn
		// until it does, for up to 3 s.
		var ru syscall.Rusage
		var err error
		for t := time.Now(); time.Since(t) < 3*time.Second; {
			x := 0
			for i := 0; i < 20000000; i++ {
				x += i
			}
			runtime.KeepAlive(x)
			if err = syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil || ru.Utime.Nano() > 0 {
				break
			}
		}
		return fmt.Sprintf("%s utime>0=%s maxrss>0=%s usec-in-range=%s", e(err), yes(ru.Utime.Nano() > 0), yes(ru.Maxrss > 0), yes(ru.Utime.Usec < 1e6))
	})
	Case("getrusage", "RUSAGE_CHILDREN", func() string {
		runChild("nofile", "32")
		var ru syscall.Rusage
		err := syscall.Getrusage(syscall.RUSAGE_CHILDREN, &ru)
		return fmt.Sprintf("%s maxrss>0=%s", e(err), yes(ru.Maxrss > 0))
	})
	Case("getrusage", "RUSAGE_THREAD", func() string {
		var ru syscall.Rusage
		err := syscall.Getrusage(RUSAGE_THREAD_, &ru)
		return e(err)
	})
	Case("getrusage", "EINVAL-bad-who", func() string {
		var ru syscall.Rusage
		return e(syscall.Getrusage(77, &ru))
	})
	Case("getrusage", "EFAULT", func() string {
		_, _, en := rawSysCall(SYS_GETRUSAGE, syscall.RUSAGE_SELF, badPtr, 0)
		return e(en)
	})
	Case("getpriority", "self", func() string {
		runtime.LockOSThread() // Linux's nice is the thread's: set and read on one
		defer runtime.UnlockOSThread()
		n, err := getpriorityNice(syscall.PRIO_PROCESS, 0)
		return fmt.Sprintf("%s nice=%d", e(err), n)
	})
	Case("setpriority", "raise-nice-then-read", func() string {
		runtime.LockOSThread() // Linux's nice is the thread's: set and read on one
		defer runtime.UnlockOSThread()
		err := syscall.Setpriority(syscall.PRIO_PROCESS, 0, 5)
		n, _ := getpriorityNice(syscall.PRIO_PROCESS, 0)
		return fmt.Sprintf("%s nice=%d", e(err), n)
	})
	Case("setpriority", "lower-again", func() string {
		runtime.LockOSThread() // Linux's nice is the thread's: set and read on one
		defer runtime.UnlockOSThread()
		err := syscall.Setpriority(syscall.PRIO_PROCESS, 0, 0)
		n, _ := getpriorityNice(syscall.PRIO_PROCESS, 0)
		return fmt.Sprintf("%s nice=%d", e(err), n)
	})
	Case("getpriority", "PRIO_PGRP", func() string {
		_, err := getpriorityNice(syscall.PRIO_PGRP, 0)
		return e(err)
	})
	Case("getpriority", "ESRCH", func() string {
		_, err := getpriorityNice(syscall.PRIO_PROCESS, 0x3ffffff0)
		return e(err)
	})
	Case("getpriority", "EINVAL-bad-which", func() string {
		_, err := getpriorityNice(42, 0)
		return e(err)
	})
	Case("setpriority", "ESRCH", func() string { return e(syscall.Setpriority(syscall.PRIO_PROCESS, 0x3ffffff0, 1)) })
	Case("setpriority", "EINVAL-bad-which", func() string { return e(syscall.Setpriority(42, 0, 1)) })
	Case("cpuset_getaffinity", "count-matches-runtime", func() string {
		n, err := ncpuAffinity(128)
		return fmt.Sprintf("%s cpus=%d", e(err), n)
	})
	Case("getdtablesize", "equals-RLIMIT_NOFILE", func() string {
		n, err := getdtablesize()
		r, _ := getrlimit(syscall.RLIMIT_NOFILE)
		return e(err) + " equal=" + yes(uint64(n) == r.Cur)
	})
	Case("sched_getcpu", "valid-cpu", func() string {
		c, err := schedGetcpu()
		return e(err) + " in-range=" + yes(c >= 0 && c < runtime.NumCPU()*4)
	})
	Case("sched_yield", "returns", func() string {
		_, _, en := rawSysCall(SYS_SCHED_YIELD, 0, 0, 0)
		return e(en)
	})
}
