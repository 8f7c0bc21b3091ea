// catfiles: prints each argument path with its content (or the error), for
// tests of path handling such as denizen run --root.
package main

import (
	"fmt"
	"os"
)

func main() {
	for _, p := range os.Args[1:] {
		b, err := os.ReadFile(p)
		fmt.Printf("%s: %q %v\n", p, b, err)
	}
}
