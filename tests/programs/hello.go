// hello — a deterministic tour of the basic file and process system calls.
//
// Prints its arguments (with their index), $DENIZEN_HELLO, the cwd, then works
// in a fresh temporary directory: writes a file and reads it back, creates a
// subdirectory and a symlink, lists the directory (sorted: name, size, mode),
// removes everything and checks it is gone. Exits with the code given by its
// first argument that is a number (`hello a "b c" 7` exits 7), else 0.
//
// The output never contains the temporary directory's name, times or pids, so
// two runs of the same binary in the same cwd print the same bytes (the
// integration test compares a native Linux run with a FreeBSD run under
// denizen).
package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
)

func check(what string, err error) {
	if err != nil {
		fmt.Fprintf(os.Stderr, "hello: %s: %v\n", what, err)
		os.Exit(100)
	}
}

func main() {
	for i, a := range os.Args[1:] {
		fmt.Printf("arg[%d]=%q\n", i+1, a)
	}
	v, ok := os.LookupEnv("DENIZEN_HELLO")
	fmt.Printf("DENIZEN_HELLO=%q set=%v\n", v, ok)

	wd, err := os.Getwd()
	check("getwd", err)
	fmt.Printf("cwd=%s\n", wd)

	dir, err := os.MkdirTemp("", "denizen-hello-")
	check("mkdirtemp", err)

	content := "hello from denizen\nline 2\n"
	file := filepath.Join(dir, "greeting.txt")
	check("write", os.WriteFile(file, []byte(content), 0o644))
	check("chmod", os.Chmod(file, 0o640)) // independent of the umask
	back, err := os.ReadFile(file)
	check("read", err)
	fmt.Printf("read %d bytes: %q\n", len(back), string(back))
	if string(back) != content {
		fmt.Fprintln(os.Stderr, "hello: content read back differs")
		os.Exit(101)
	}

	sub := filepath.Join(dir, "sub")
	check("mkdir", os.Mkdir(sub, 0o700))
	check("chmod sub", os.Chmod(sub, 0o750))
	check("write nested", os.WriteFile(filepath.Join(sub, "nested.bin"), make([]byte, 1000), 0o600))
	check("chmod nested", os.Chmod(filepath.Join(sub, "nested.bin"), 0o600))
	check("symlink", os.Symlink("greeting.txt", filepath.Join(dir, "link")))
	check("write empty", os.WriteFile(filepath.Join(dir, "empty"), nil, 0o644))
	check("chmod empty", os.Chmod(filepath.Join(dir, "empty"), 0o604))

	target, err := os.Readlink(filepath.Join(dir, "link"))
	check("readlink", err)
	fmt.Printf("link -> %s\n", target)
	st, err := os.Stat(filepath.Join(dir, "link"))
	check("stat link", err)
	fmt.Printf("stat(link): size=%d mode=%v\n", st.Size(), st.Mode())

	// Sorted walk of the whole tree. Directory sizes depend on the file
	// system, so they are not printed.
	var lines []string
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if p == dir {
			return nil
		}
		info, err := os.Lstat(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		size := strconv.FormatInt(info.Size(), 10)
		if info.IsDir() {
			size = "-"
		}
		lines = append(lines, fmt.Sprintf("%-18s %6s %v", rel, size, info.Mode()))
		return nil
	})
	check("walk", err)
	sort.Strings(lines)
	fmt.Printf("listing (%d entries):\n", len(lines))
	for _, l := range lines {
		fmt.Println("  " + l)
	}

	entries, err := os.ReadDir(dir)
	check("readdir", err)
	names := make([]string, 0, len(entries))
	for _, e := range entries {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	fmt.Printf("readdir: %v\n", names)

	check("remove file", os.Remove(filepath.Join(dir, "empty")))
	check("removeall", os.RemoveAll(dir))
	if _, err := os.Lstat(dir); os.IsNotExist(err) {
		fmt.Println("cleanup: removed")
	} else {
		fmt.Fprintf(os.Stderr, "hello: %s still exists (err=%v)\n", dir, err)
		os.Exit(102)
	}

	code := 0
	for _, a := range os.Args[1:] {
		if n, err := strconv.Atoi(a); err == nil {
			code = n
			break
		}
	}
	fmt.Printf("exit %d\n", code)
	os.Exit(code)
}
