// execsh — runs `/bin/sh -c 'echo hi'` through os/exec (fork/exec, pipes,
// wait4) and prints what it read from the pipe.
package main

import (
	"fmt"
	"os"
	"os/exec"
)

func main() {
	out, err := exec.Command("/bin/sh", "-c", "echo hi").Output()
	if err != nil {
		fmt.Fprintf(os.Stderr, "execsh: %v\n", err)
		os.Exit(1)
	}
	fmt.Print(string(out))
}
