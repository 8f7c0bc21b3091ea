// signal.go — sigaction, sigprocmask, sigpending, sigsuspend, sigaltstack,
// kill, thr_kill, thr_kill2, sigreturn, setitimer, getitimer.  Go's runtime
// owns the handlers (installed with sigaction, returning through
// sigreturn); os/signal tells the probe what was delivered.  Mask cases
// run on a locked OS thread.
package main

import (
	"fmt"
	"os"
	"os/signal"
	"runtime"
	"runtime/debug"
	"strings"
	"syscall"
	"time"
	"unsafe"
)

var sigch = make(chan os.Signal, 16)

// got: wait up to d for sig; other signals that arrive are dropped.
func got(sig syscall.Signal, d time.Duration) string {
	t := time.After(d)
	for {
		select {
		case s := <-sigch:
			if s == sig {
				return "delivered"
			}
		case <-t:
			return "not-delivered"
		}
	}
}

func drain() {
	for {
		select {
		case <-sigch:
		default:
			return
		}
	}
}

func saflags(f int) string {
	var s []string
	for _, x := range []struct {
		v int
		n string
	}{{SA_ONSTACK, "ONSTACK"}, {SA_RESTART, "RESTART"}, {SA_SIGINFO, "SIGINFO"}} {
		if f&x.v != 0 {
			s = append(s, x.n)
		}
	}
	return strings.Join(s, "|")
}

type itimerval struct{ interval, value syscall.Timeval }

func setitimer(which int, v, old *itimerval) error {
	_, _, en := rawSysCall(SYS_SETITIMER, uintptr(which), uintptr(unsafe.Pointer(v)), uintptr(unsafe.Pointer(old)))
	return errno(en)
}

func getitimer(which int, v *itimerval) error {
	_, _, en := rawSysCall(SYS_GETITIMER, uintptr(which), uintptr(unsafe.Pointer(v)), 0)
	return errno(en)
}

func tvms(t syscall.Timeval) int64 { return t.Sec*1000 + int64(t.Usec)/1000 }

// onThread: run f on a locked OS thread.
func onThread(f func() string) string {
	ch := make(chan string)
	go func() {
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		ch <- f()
	}()
	return <-ch
}

const (
	ITIMER_REAL    = 0
	ITIMER_VIRTUAL = 1
	ITIMER_PROF    = 2
)

func main() { Main(signalCases) }

func signalCases() {
	signal.Notify(sigch, syscall.SIGUSR1, syscall.SIGUSR2, syscall.SIGALRM, syscall.SIGCHLD, syscall.SIGVTALRM, syscall.SIGPROF, syscall.SIGWINCH)
	me := os.Getpid()

	Case("sigaction", "handler-runs-kill-self", func() string {
		drain()
		err := syscall.Kill(me, syscall.SIGUSR1)
		return e(err) + " " + got(syscall.SIGUSR1, 5*time.Second)
	})
	Case("sigaction", "query-installed-handler", func() string {
		var old sigactionT
		err := sigactionRaw(int(syscall.SIGUSR1), nil, &old)
		h, f := old.get()
		return fmt.Sprintf("%s handler-set=%s flags=%s", e(err), yes(h > 1), saflags(f))
	})
	Case("sigaction", "SIG_IGN-then-restore", func() string {
		var old sigactionT
		ign := mkSigaction(1, 0) // SIG_IGN
		err := sigactionRaw(int(syscall.SIGWINCH), &ign, &old)
		drain()
		syscall.Kill(me, syscall.SIGWINCH)
		r := got(syscall.SIGWINCH, 300*time.Millisecond)
		var now sigactionT
		sigactionRaw(int(syscall.SIGWINCH), &old, &now)
		h, _ := now.get()
		return fmt.Sprintf("%s while-ignored=%s was-ign=%s", e(err), r, yes(h == 1))
	})
	Case("sigaction", "EINVAL-SIGKILL", func() string {
		a := mkSigaction(1, 0)
		return e(sigactionRaw(int(syscall.SIGKILL), &a, nil))
	})
	Case("sigaction", "EINVAL-signal-0", func() string {
		var old sigactionT
		return e(sigactionRaw(0, nil, &old))
	})
	Case("sigaction", "EINVAL-signal-200", func() string {
		var old sigactionT
		return e(sigactionRaw(200, nil, &old))
	})
	Case("sigaction", "SIGCHLD-on-child-exit", func() string {
		drain()
		st, _ := runChild("exit", "0")
		return st + " " + got(syscall.SIGCHLD, 5*time.Second)
	})
	Case("sigaction", "EFAULT-bad-action", func() string {
		_, _, en := rawSysCall6(sigactionNr, uintptr(syscall.SIGUSR1), badPtr, 0, 8, 0, 0)
		return e(en)
	})
	Case("kill", "signal-0-self", func() string { return e(syscall.Kill(me, 0)) })
	Case("kill", "raise-form", func() string {
		err := raiseForm(syscall.SIGUSR1)
		return e(err) + " " + got(syscall.SIGUSR1, 5*time.Second)
	})
	Case("kill", "signal-0-own-group", func() string { return e(syscall.Kill(0, 0)) })
	Case("kill", "ESRCH", func() string { return e(syscall.Kill(0x3ffffff0, 0)) })
	Case("kill", "EINVAL-bad-signal", func() string { return e(syscall.Kill(me, 200)) })
	Case("kill", "SIGTERM-child", func() string {
		p, err := os.StartProcess(self(), []string{self(), "child", "sleep"}, &os.ProcAttr{})
		if err != nil {
			return e(err)
		}
		time.Sleep(100 * time.Millisecond)
		kerr := syscall.Kill(p.Pid, syscall.SIGTERM)
		st, _ := p.Wait()
		return e(kerr) + " " + wstatus(st.Sys().(syscall.WaitStatus))
	})
	Case("kill", "SIGKILL-child", func() string {
		p, err := os.StartProcess(self(), []string{self(), "child", "sleep"}, &os.ProcAttr{})
		if err != nil {
			return e(err)
		}
		kerr := syscall.Kill(p.Pid, syscall.SIGKILL)
		st, _ := p.Wait()
		return e(kerr) + " " + wstatus(st.Sys().(syscall.WaitStatus))
	})
	Case("sigprocmask", "block-query-unblock", func() string {
		return onThread(func() string {
			var set, old, cur sigset
			set.add(syscall.SIGUSR2)
			err := sigprocmask(SIG_BLOCK, &set, &old)
			sigprocmask(SIG_BLOCK, nil, &cur)
			blocked := cur.has(syscall.SIGUSR2)
			sigprocmask(SIG_SETMASK, &old, nil)
			sigprocmask(SIG_BLOCK, nil, &cur)
			return fmt.Sprintf("%s blocked=%s after-restore=%s", e(err), yes(blocked), yes(cur.has(syscall.SIGUSR2)))
		})
	})
	Case("sigprocmask", "blocked-signal-waits-until-unblocked", func() string {
		return onThread(func() string {
			drain()
			var set, old sigset
			set.add(syscall.SIGUSR2)
			sigprocmask(SIG_BLOCK, &set, &old)
			tkill(gettid(), syscall.SIGUSR2)
			during := got(syscall.SIGUSR2, 200*time.Millisecond)
			var pend sigset
			perr := sigpending(&pend)
			sigprocmask(SIG_SETMASK, &old, nil)
			after := got(syscall.SIGUSR2, 5*time.Second)
			return fmt.Sprintf("while-blocked=%s pending=%s(%s) after-unblock=%s", during, yes(pend.has(syscall.SIGUSR2)), ename(perr), after)
		})
	})
	Case("sigprocmask", "SIGKILL-cannot-be-blocked", func() string {
		return onThread(func() string {
			var set, old, cur sigset
			set.add(syscall.SIGKILL)
			set.add(syscall.SIGSTOP)
			err := sigprocmask(SIG_BLOCK, &set, &old)
			sigprocmask(SIG_BLOCK, nil, &cur)
			sigprocmask(SIG_SETMASK, &old, nil)
			return fmt.Sprintf("%s kill-blocked=%s stop-blocked=%s", e(err), yes(cur.has(syscall.SIGKILL)), yes(cur.has(syscall.SIGSTOP)))
		})
	})
	Case("sigprocmask", "EINVAL-bad-how", func() string {
		var set sigset
		return e(sigprocmask(99, &set, nil))
	})
	Case("sigpending", "none-pending", func() string {
		var pend sigset
		err := sigpending(&pend)
		return fmt.Sprintf("%s usr1=%s usr2=%s", e(err), yes(pend.has(syscall.SIGUSR1)), yes(pend.has(syscall.SIGUSR2)))
	})
	Case("sigsuspend", "returns-EINTR-after-handler", func() string {
		return onThread(func() string {
			drain()
			var set, old sigset
			set.add(syscall.SIGUSR1)
			sigprocmask(SIG_BLOCK, &set, &old)
			tid := gettid()
			go func() {
				time.Sleep(50 * time.Millisecond)
				tkill(tid, syscall.SIGUSR1)
			}()
			var empty sigset
			err := sigsuspend(&empty)
			sigprocmask(SIG_SETMASK, &old, nil)
			return e(err) + " " + got(syscall.SIGUSR1, 5*time.Second)
		})
	})
	Case("sigaltstack", "query-runtime-stack", func() string {
		return onThread(func() string {
			var old stackT
			err := sigaltstack(nil, &old)
			sp, size, flags := old.get()
			return fmt.Sprintf("%s set=%s size=%d flags=%d", e(err), yes(sp != 0), size, flags)
		})
	})
	Case("sigaltstack", "install-query-restore", func() string {
		return onThread(func() string {
			buf := make([]byte, 65536)
			base := uintptr(unsafe.Pointer(&buf[0]))
			ns := mkStack(base, 65536, 0)
			var old, cur stackT
			err := sigaltstack(&ns, &old)
			sigaltstack(nil, &cur)
			sp, size, flags := cur.get()
			r := fmt.Sprintf("%s ours=%s size=%d flags=%d", e(err), yes(sp == base), size, flags)
			// A signal delivered now runs Go's handler on our stack.
			drain()
			tkill(gettid(), syscall.SIGUSR1)
			r += " " + got(syscall.SIGUSR1, 5*time.Second)
			sigaltstack(&old, nil)
			runtime.KeepAlive(buf)
			return r
		})
	})
	Case("sigaltstack", "SS_DISABLE", func() string {
		return onThread(func() string {
			var old, cur stackT
			dis := mkStack(0, 0, SS_DISABLE)
			err := sigaltstack(&dis, &old)
			sigaltstack(nil, &cur)
			_, _, flags := cur.get()
			sigaltstack(&old, nil)
			return fmt.Sprintf("%s disabled=%s", e(err), yes(flags&SS_DISABLE != 0))
		})
	})
	Case("sigaltstack", "ENOMEM-too-small", func() string {
		return onThread(func() string {
			buf := make([]byte, 1024)
			ns := mkStack(uintptr(unsafe.Pointer(&buf[0])), 1024, 0)
			return e(sigaltstack(&ns, nil))
		})
	})
	Case("sigaltstack", "EINVAL-bad-flags", func() string {
		return onThread(func() string {
			buf := make([]byte, 65536)
			ns := mkStack(uintptr(unsafe.Pointer(&buf[0])), 65536, 0x40)
			return e(sigaltstack(&ns, nil))
		})
	})
	Case("sigaltstack", "EFAULT", func() string {
		_, _, en := rawSysCall(nrSigaltstack, badPtr, 0, 0)
		return e(en)
	})
	Case("thr_kill", "own-thread", func() string {
		return onThread(func() string {
			drain()
			err := tkill(gettid(), syscall.SIGUSR2)
			return e(err) + " " + got(syscall.SIGUSR2, 5*time.Second)
		})
	})
	Case("sigprocmask", "pthread_sigmask-form", func() string {
		runtime.LockOSThread() // the mask is the thread's: both calls on one
		defer runtime.UnlockOSThread()
		var set, old, now sigset
		set.add(syscall.SIGUSR2)
		err := threadSigmask(SIG_BLOCK, &set, &old)
		threadSigmask(SIG_SETMASK, &old, &now)
		return e(err) + " blocked=" + yes(now.has(syscall.SIGUSR2)) + " was=" + yes(old.has(syscall.SIGUSR2))
	})
	Case("thr_kill", "signal-0-probe", func() string { return e(tkill(gettid(), 0)) })
	Case("thr_kill", "ESRCH-bad-thread", func() string { return e(tkill(0x3ffffff0, syscall.SIGUSR2)) })
	Case("thr_kill", "EINVAL-bad-signal", func() string { return e(tkill(gettid(), 200)) })
	Case("thr_kill2", "own-thread", func() string {
		return onThread(func() string {
			drain()
			err := thrKill2(me, gettid(), syscall.SIGUSR1)
			return e(err) + " " + got(syscall.SIGUSR1, 5*time.Second)
		})
	})
	Case("thr_kill2", "ESRCH-other-pid", func() string { return e(thrKill2(0x3ffffff0, gettid(), syscall.SIGUSR1)) })
	Case("sigreturn", "fault-handler-resumes", func() string {
		old := debug.SetPanicOnFault(true)
		defer debug.SetPanicOnFault(old)
		r := func() (s string) {
			defer func() {
				if p := recover(); p != nil {
					s = "recovered"
				}
			}()
			_ = *(*int)(unsafe.Pointer(uintptr(16)))
			return "no-fault"
		}()
		return r + " continues"
	})
	Case("sigreturn", "async-preemption", func() string {
		// A loop with no calls only yields to another goroutine when the
		// runtime preempts it with a signal and resumes it via sigreturn.
		prev := runtime.GOMAXPROCS(1)
		defer runtime.GOMAXPROCS(prev)
		var stop int32
		done := make(chan bool)
		go func() {
			for i := 0; stop == 0; i++ {
			}
			done <- true
		}()
		time.Sleep(50 * time.Millisecond)
		stop = 1
		select {
		case <-done:
			return "preempted-and-resumed"
		case <-time.After(5 * time.Second):
			return "stuck"
		}
	})
	Case("setitimer", "ITIMER_REAL-fires-SIGALRM", func() string {
		drain()
		v := itimerval{value: syscall.Timeval{Usec: 50000}}
		err := setitimer(ITIMER_REAL, &v, nil)
		return e(err) + " " + got(syscall.SIGALRM, 5*time.Second)
	})
	Case("setitimer", "returns-old-value", func() string {
		v := itimerval{value: syscall.Timeval{Sec: 30}}
		setitimer(ITIMER_REAL, &v, nil)
		var old itimerval
		zero := itimerval{}
		err := setitimer(ITIMER_REAL, &zero, &old)
		ms := tvms(old.value)
		return fmt.Sprintf("%s old-in-(29s,30s]=%s", e(err), yes(ms > 29000 && ms <= 30000))
	})
	Case("getitimer", "armed-and-disarmed", func() string {
		v := itimerval{value: syscall.Timeval{Sec: 20}, interval: syscall.Timeval{Sec: 5}}
		setitimer(ITIMER_REAL, &v, nil)
		var cur itimerval
		err := getitimer(ITIMER_REAL, &cur)
		a := fmt.Sprintf("%s value-in-(19s,20s]=%s interval=%dms", e(err), yes(tvms(cur.value) > 19000 && tvms(cur.value) <= 20000), tvms(cur.interval))
		zero := itimerval{}
		setitimer(ITIMER_REAL, &zero, nil)
		getitimer(ITIMER_REAL, &cur)
		return a + fmt.Sprintf(" after-disarm=%d/%d", tvms(cur.value), tvms(cur.interval))
	})
	Case("setitimer", "ITIMER_VIRTUAL-arms", func() string {
		v := itimerval{value: syscall.Timeval{Sec: 10}}
		err := setitimer(ITIMER_VIRTUAL, &v, nil)
		var cur itimerval
		getitimer(ITIMER_VIRTUAL, &cur)
		zero := itimerval{}
		setitimer(ITIMER_VIRTUAL, &zero, nil)
		return e(err) + " armed=" + yes(tvms(cur.value) > 0)
	})
	Case("setitimer", "EINVAL-bad-which", func() string {
		v := itimerval{}
		return e(setitimer(99, &v, nil))
	})
	Case("setitimer", "EINVAL-bad-usec", func() string {
		v := itimerval{value: syscall.Timeval{Usec: 2000000}}
		return e(setitimer(ITIMER_REAL, &v, nil))
	})
	Case("getitimer", "EINVAL-bad-which", func() string {
		var v itimerval
		return e(getitimer(99, &v))
	})
	Case("getitimer", "EFAULT", func() string {
		_, _, en := rawSysCall(SYS_GETITIMER, ITIMER_REAL, badPtr, 0)
		return e(en)
	})
}

func init() {
	children["exit"] = func(args []string) int {
		var n int
		fmt.Sscan(args[0], &n)
		return n
	}
	children["sleep"] = func(args []string) int {
		time.Sleep(30 * time.Second)
		return 0
	}
}
