// hello — the start-up workload: the smallest useful Go program. Its run time
// is almost all process start-up (loader, runtime init, first write, exit).
package main

import "os"

func main() {
	os.Stdout.WriteString("hello\n")
}
