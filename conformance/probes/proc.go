// proc.go — fork, vfork, execve, wait4, wait6, exit, getpid, getppid,
// getpgrp, setpgid, getpgid, setsid, getsid, procctl: process creation,
// exit statuses and process groups.
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"syscall"
	"time"
)

func init() {
	children["exit"] = func(args []string) int {
		n, _ := strconv.Atoi(args[0])
		return n
	}
	children["_exit"] = func(args []string) int {
		n, _ := strconv.Atoi(args[0])
		exitForm(n)
		return 99
	}
	children["rawexit"] = func(args []string) int {
		n, _ := strconv.Atoi(args[0])
		rawSysCall(nrExitProcess, uintptr(n), 0, 0)
		return 99
	}
	children["sleep"] = func(args []string) int {
		time.Sleep(30 * time.Second)
		return 0
	}
	children["selfkill"] = func(args []string) int {
		n, _ := strconv.Atoi(args[0])
		dfl := mkSigaction(0, 0) // SIG_DFL, so the default action happens
		sigactionRaw(n, &dfl, nil)
		syscall.Kill(os.Getpid(), syscall.Signal(n))
		time.Sleep(5 * time.Second)
		return 98
	}
	children["panic"] = func(args []string) int { panic("probe child panics") }
	children["args"] = func(args []string) int {
		fmt.Printf("argv=%q env=%q", args, os.Getenv("DZPROBE"))
		return 0
	}
	children["ids"] = func(args []string) int {
		// parent's pid as seen by the child; the child's own groups.
		fmt.Printf("ppid=%d pid=%d pgrp=%d sid=%d", syscall.Getppid(), os.Getpid(), getpgrp(), getsid(0))
		return 0
	}
	children["setsid"] = func(args []string) int {
		sid, err := syscall.Setsid()
		fmt.Printf("%s new-session=%s leader=%s", e(err), yes(sid == os.Getpid()), yes(getpgrp() == os.Getpid()))
		_, err = syscall.Setsid()
		fmt.Printf(" again:%s", e(err))
		return 0
	}
	children["setpgid"] = func(args []string) int {
		err := syscall.Setpgid(0, 0)
		pg := getpgrp()
		fmt.Printf("%s own-group=%s", e(err), yes(pg == os.Getpid()))
		return 0
	}
	children["pdeathsig"] = func(args []string) int {
		err := setPdeathsig(int(syscall.SIGUSR1))
		s, err2 := getPdeathsig()
		fmt.Printf("set:%s get:%s sig=%s", e(err), e(err2), signame(syscall.Signal(s)))
		return 0
	}
}

func getsid(pid int) int {
	r, _, en := rawSysCall(SYS_GETSID, uintptr(pid), 0, 0)
	if en != 0 {
		return -int(en)
	}
	return int(r)
}

// startChild: fork+exec this probe in child mode, not waited for.
func startChild(mode string, args ...string) (int, error) {
	return syscall.ForkExec(self(), append([]string{self(), "child", mode}, args...),
		&syscall.ProcAttr{Files: []uintptr{0, 1, 2}})
}

func main() { Main(procCases) }

func procCases() {
	me := os.Getpid()
	for _, code := range []int{0, 3, 255} {
		code := code
		Case("exit", fmt.Sprintf("status-%d", code), func() string {
			st, _ := runChild("exit", strconv.Itoa(code))
			return st
		})
	}
	Case("exit", "_exit-form", func() string {
		st, _ := runChild("_exit", "5")
		return st
	})
	Case("exit", "status-truncated-to-8-bits", func() string {
		st, _ := runChild("rawexit", "258")
		return st
	})
	Case("exit", "go-panic-exit-2", func() string {
		st, _ := runChild("panic")
		return st
	})
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGKILL, syscall.SIGUSR1, syscall.SIGABRT, syscall.SIGSEGV} {
		sig := sig
		Case("kill", "self-default-action-"+signame(sig), func() string {
			st, _ := runChild("selfkill", strconv.Itoa(int(sig)))
			return st
		})
	}
	Case("fork", "child-runs-and-is-waited", func() string {
		pid, err := startChild("exit", "7")
		if err != nil {
			return e(err)
		}
		var ws syscall.WaitStatus
		w, werr := syscall.Wait4(pid, &ws, 0, nil)
		return fmt.Sprintf("%s waited-right-pid=%s %s", e(werr), yes(w == pid), wstatus(ws))
	})
	Case("fork", "raw-fork-child-exit", func() string {
		pid, _, en := rawSysCall(SYS_FORK, 0, 0, 0)
		if en != 0 {
			return e(en)
		}
		if isForkChild(pid) {
			rawSysCall(nrExitProcess, 9, 0, 0)
		}
		var ws syscall.WaitStatus
		w, err := syscall.Wait4(int(pid), &ws, 0, nil)
		return fmt.Sprintf("%s waited-right-pid=%s %s", e(err), yes(w == int(pid)), wstatus(ws))
	})
	Case("vfork", "alias-call-child-exit", func() string {
		pid, err := vforkAliasExit(12)
		if err != nil {
			return e(err)
		}
		var ws syscall.WaitStatus
		w, werr := syscall.Wait4(pid, &ws, 0, nil)
		return fmt.Sprintf("%s waited-right-pid=%s %s", e(werr), yes(w == pid), wstatus(ws))
	})
	Case("vfork", "child-exit", func() string {
		pid, err := vforkExit(11)
		if err != nil {
			return e(err)
		}
		var ws syscall.WaitStatus
		w, werr := syscall.Wait4(pid, &ws, 0, nil)
		return fmt.Sprintf("%s waited-right-pid=%s %s", e(werr), yes(w == pid), wstatus(ws))
	})
	Case("getppid", "child-sees-parent", func() string {
		st, out := runChild("ids")
		return st + " parent-matches=" + yes(strings.HasPrefix(out, fmt.Sprintf("ppid=%d ", me)))
	})
	Case("getpid", "differs-in-child", func() string {
		_, out := runChild("ids")
		return "differs=" + yes(!strings.Contains(out, fmt.Sprintf(" pid=%d ", me)))
	})
	Case("execve", "argv-and-env", func() string {
		os.Setenv("DZPROBE", "value=1 two")
		st, out := runChild("args", "a", "b c", "", "d")
		return st + " " + out
	})
	Case("execve", "ENOENT", func() string {
		_, err := syscall.ForkExec(probeDir+"/nope", []string{"nope"}, &syscall.ProcAttr{})
		return e(err)
	})
	Case("execve", "EACCES-not-executable", func() string {
		writeFile("plain", "data")
		_, err := syscall.ForkExec(probeDir+"/plain", []string{"plain"}, &syscall.ProcAttr{})
		return e(err)
	})
	Case("execve", "EACCES-directory", func() string {
		_, err := syscall.ForkExec(probeDir, []string{"dir"}, &syscall.ProcAttr{})
		return e(err)
	})
	Case("execve", "ENOEXEC-garbage-with-exec-bit", func() string {
		os.WriteFile("garbage", []byte("\x01\x02\x03\x04 not a program"), 0755)
		_, err := syscall.ForkExec(probeDir+"/garbage", []string{"garbage"}, &syscall.ProcAttr{})
		return e(err)
	})
	Case("execve", "ENOTDIR", func() string {
		_, err := syscall.ForkExec(probeDir+"/plain/x", []string{"x"}, &syscall.ProcAttr{})
		return e(err)
	})
	// The libc form of the call where a library OS has one (OpenBSD's waitpid).
	Case("wait4", "waitpid-form", func() string {
		pid, err := startChild("exit", "7")
		if err != nil {
			return e(err)
		}
		w, ws, err := waitpidForm(pid)
		return fmt.Sprintf("%s right-pid=%s %s", e(err), yes(w == pid), wstatus(ws))
	})
	Case("wait4", "ECHILD-no-children", func() string {
		var ws syscall.WaitStatus
		_, err := syscall.Wait4(-1, &ws, 0, nil)
		return e(err)
	})
	Case("wait4", "ECHILD-not-our-child", func() string {
		var ws syscall.WaitStatus
		_, err := syscall.Wait4(1, &ws, 0, nil)
		return e(err)
	})
	Case("wait4", "WNOHANG-running-child", func() string {
		pid, err := startChild("sleep")
		if err != nil {
			return e(err)
		}
		var ws syscall.WaitStatus
		w, werr := syscall.Wait4(pid, &ws, syscall.WNOHANG, nil)
		syscall.Kill(pid, syscall.SIGKILL)
		syscall.Wait4(pid, &ws, 0, nil)
		return fmt.Sprintf("%s returned=%d", e(werr), w)
	})
	Case("wait4", "WUNTRACED-stopped-then-WCONTINUED", func() string {
		pid, err := startChild("sleep")
		if err != nil {
			return e(err)
		}
		defer func() {
			var ws syscall.WaitStatus
			syscall.Kill(pid, syscall.SIGKILL)
			syscall.Wait4(pid, &ws, 0, nil)
		}()
		syscall.Kill(pid, syscall.SIGSTOP)
		var ws1, ws2 syscall.WaitStatus
		_, err1 := syscall.Wait4(pid, &ws1, syscall.WUNTRACED, nil)
		syscall.Kill(pid, syscall.SIGCONT)
		_, err2 := syscall.Wait4(pid, &ws2, WCONTINUED_, nil)
		return fmt.Sprintf("%s %s %s %s", e(err1), wstatus(ws1), e(err2), wstatus(ws2))
	})
	Case("wait4", "any-child-minus-1", func() string {
		pid, _ := startChild("exit", "4")
		var ws syscall.WaitStatus
		w, err := syscall.Wait4(-1, &ws, 0, nil)
		return fmt.Sprintf("%s right-pid=%s %s", e(err), yes(w == pid), wstatus(ws))
	})
	Case("wait4", "rusage-filled", func() string {
		pid, _ := startChild("exit", "0")
		var ws syscall.WaitStatus
		var ru syscall.Rusage
		_, err := syscall.Wait4(pid, &ws, 0, &ru)
		return fmt.Sprintf("%s maxrss>0=%s", e(err), yes(ru.Maxrss > 0))
	})
	Case("wait4", "EINVAL-bad-options", func() string {
		var ws syscall.WaitStatus
		_, err := syscall.Wait4(-1, &ws, 0x100000, nil)
		return e(err)
	})
	Case("wait6", "P_PID-exited", func() string {
		pid, _ := startChild("exit", "5")
		w, ws, err := wait6pid(pid, 0)
		return fmt.Sprintf("%s right-pid=%s %s", e(err), yes(w == pid), wstatus(ws))
	})
	Case("wait6", "P_PID-killed", func() string {
		pid, _ := startChild("sleep")
		syscall.Kill(pid, syscall.SIGKILL)
		w, ws, err := wait6pid(pid, 0)
		return fmt.Sprintf("%s right-pid=%s %s", e(err), yes(w == pid), wstatus(ws))
	})
	Case("wait6", "WNOHANG-running", func() string {
		pid, _ := startChild("sleep")
		w, _, err := wait6pid(pid, syscall.WNOHANG)
		syscall.Kill(pid, syscall.SIGKILL)
		wait6pid(pid, 0)
		return fmt.Sprintf("%s returned=%d", e(err), w)
	})
	Case("wait6", "ECHILD", func() string {
		_, _, err := wait6pid(1, 0)
		return e(err)
	})
	Case("getpgrp", "equals-getpgid-0", func() string {
		pg, err := getpgid(0)
		return e(err) + " same=" + yes(pg == getpgrp())
	})
	Case("getpgid", "ESRCH", func() string {
		_, err := getpgid(0x3ffffff0)
		return e(err)
	})
	Case("getpgid", "of-child", func() string {
		pid, _ := startChild("sleep")
		pg, err := getpgid(pid)
		syscall.Kill(pid, syscall.SIGKILL)
		var ws syscall.WaitStatus
		syscall.Wait4(pid, &ws, 0, nil)
		return e(err) + " inherits-ours=" + yes(pg == getpgrp())
	})
	Case("setpgid", "child-own-group", func() string {
		st, out := runChild("setpgid")
		return st + " " + out
	})
	Case("setpgid", "EACCES-child-after-exec", func() string {
		pid, _ := startChild("sleep")
		err := syscall.Setpgid(pid, pid)
		pg, _ := getpgid(pid)
		syscall.Kill(pid, syscall.SIGKILL)
		var ws syscall.WaitStatus
		syscall.Wait4(pid, &ws, 0, nil)
		return e(err) + " moved=" + yes(pg == pid)
	})
	Case("setpgid", "ESRCH-not-a-child", func() string { return e(syscall.Setpgid(0x3ffffff0, 0)) })
	Case("setpgid", "EINVAL-negative-pgid", func() string { return e(syscall.Setpgid(0, -5)) })
	Case("setsid", "child-new-session", func() string {
		st, out := runChild("setsid")
		return st + " " + out
	})
	Case("getsid", "self", func() string {
		s := getsid(0)
		return "positive=" + yes(s > 0)
	})
	Case("getsid", "ESRCH", func() string {
		s := getsid(0x3ffffff0)
		if s < 0 {
			return e(syscall.Errno(-s))
		}
		return "ok"
	})
	Case("procctl", "PDEATHSIG-set-and-get", func() string {
		st, out := runChild("pdeathsig")
		return st + " " + out
	})
	Case("procctl", "EINVAL-unknown-command", func() string { return e(procctlBadCmd()) })
}
