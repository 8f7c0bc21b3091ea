// selfkill — sends itself SIGTERM (no handler installed), so the process must
// die by that signal: a shell sees status 143 (128 + 15).
package main

import (
	"fmt"
	"os"
	"syscall"
	"time"
)

func main() {
	if err := syscall.Kill(os.Getpid(), syscall.SIGTERM); err != nil {
		fmt.Fprintf(os.Stderr, "selfkill: kill: %v\n", err)
		os.Exit(1)
	}
	time.Sleep(10 * time.Second)
	fmt.Fprintln(os.Stderr, "selfkill: still alive 10 s after SIGTERM")
	os.Exit(2)
}
