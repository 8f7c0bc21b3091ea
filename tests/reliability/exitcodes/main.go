// exitcodes — how a program ends, for tests/reliability/exit_matrix.sh:
//
//	exitcodes code N       exit with status N (0-255)
//	exitcodes signal NAME  send itself signal NAME (its own OS's number) and wait to die
//	                       (the Go runtime's handling: some signals end it by exit 2, some
//	                       are ignored)
//	exitcodes dfl NAME     the same after setting SIG_DFL with a raw sigaction (the OS's
//	                       default action: death by the signal); raw-syscall OSes only
//	exitcodes handler-gone unmap its own text up to past its SIGSEGV handler, then
//	                       fault: the handler cannot run and the kernel kills the
//	                       process with SIGSEGV (raw-syscall OSes only)
//	exitcodes parent raw|exec  the guest as a parent: children that end every way, and
//	                       what wait4 said of each, one line each ("code 7: exited 7",
//	                       "dfl TERM: killed by SIGTERM").  Raw-syscall OSes fork
//	                       children that exit(N) or kill themselves at once (every code,
//	                       cheap: "raw"); both also run themselves for each signal
//	                       ("signal"); "exec" runs itself for a sample of codes instead
//	                       of forking (OSes where Go makes no raw system calls).
//
// Built for Linux (the reference) and for each guest OS; the driver compares both.
package main

import (
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"syscall"
	"time"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: exitcodes code N | signal NAME | parent")
		os.Exit(64)
	}
	switch os.Args[1] {
	case "code":
		n, _ := strconv.Atoi(os.Args[2])
		os.Exit(n)
	case "signal", "dfl":
		s, ok := signals[os.Args[2]]
		if !ok {
			fmt.Fprintf(os.Stderr, "exitcodes: no signal %s here\n", os.Args[2])
			os.Exit(65)
		}
		if os.Args[1] == "dfl" && !setDefault(s) {
			os.Exit(67)
		}
		syscall.Kill(os.Getpid(), s)
		time.Sleep(300 * time.Millisecond)
		fmt.Fprintf(os.Stderr, "exitcodes: still alive after %s\n", os.Args[2])
		os.Exit(66)
	case "handler-gone":
		handlerGone()
		os.Exit(67)
	case "parent":
		parent(len(os.Args) > 2 && os.Args[2] == "raw")
	}
}

func describe(args ...string) string {
	cmd := exec.Command(os.Args[0], args...)
	cmd.Stderr = nil
	err := cmd.Run()
	if cmd.ProcessState == nil {
		return "not run: " + fmt.Sprint(err)
	}
	return status(cmd.ProcessState.Sys().(syscall.WaitStatus))
}

func status(ws syscall.WaitStatus) string {
	switch {
	case ws.Exited():
		return fmt.Sprintf("exited %d", ws.ExitStatus())
	case ws.Signaled():
		for name, s := range signals {
			if s == ws.Signal() {
				return "killed by SIG" + name
			}
		}
		return fmt.Sprintf("killed by signal %d", int(ws.Signal()))
	}
	return fmt.Sprintf("status %#x", uint32(ws))
}

func waitFor(pid int, err error) string {
	if err != nil {
		return "fork: " + err.Error()
	}
	var ws syscall.WaitStatus
	if _, err := syscall.Wait4(pid, &ws, 0, nil); err != nil {
		return "wait4: " + err.Error()
	}
	return status(ws)
}

var sampleCodes = []int{0, 1, 2, 3, 42, 64, 100, 126, 127, 128, 129, 137, 143, 200, 254, 255}

func parent(raw bool) {
	if raw {
		for n := 0; n < 256; n++ {
			fmt.Printf("code %d: %s\n", n, waitFor(forkExit(n)))
		}
		for _, name := range signalOrder {
			if s, ok := signals[name]; ok {
				fmt.Printf("dfl %s: %s\n", name, waitFor(forkKill(s)))
			}
		}
	} else {
		for _, n := range sampleCodes {
			fmt.Printf("code %d: %s\n", n, describe("code", strconv.Itoa(n)))
		}
	}
	for _, name := range signalOrder {
		if _, ok := signals[name]; ok {
			fmt.Printf("signal %s: %s\n", name, describe("signal", name))
		}
	}
}
