// execsh — runs /bin/sh through os/exec (fork/exec, pipes, wait4) and
// prints what it read from the pipe; then runs grep the same way to print
// its blocked-signal mask, which execve carries over from the guest (not
// from the engine).  (The shell would not do: dash clears its mask.)
package main

import (
	"fmt"
	"os"
	"os/exec"
)

func run(name string, args ...string) {
	out, err := exec.Command(name, args...).Output()
	if err != nil {
		fmt.Fprintf(os.Stderr, "execsh: %s: %v\n", name, err)
		os.Exit(1)
	}
	fmt.Print(string(out))
}

func main() {
	run("/bin/sh", "-c", "echo hi")
	run("/bin/grep", "SigBlk", "/proc/self/status")
}
