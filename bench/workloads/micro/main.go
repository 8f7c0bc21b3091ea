// micro — the in-process workloads of the denizen benchmark.
//
//	micro WORKLOAD N [ARG]
//
// runs N iterations of WORKLOAD after a short warm-up and prints one line,
// "ns/op <float>", the loop's wall time divided by N. The same source is built
// for Linux (run natively) and for each guest OS (run under denizen), so the
// two numbers compare the same Go code on the two system-call paths.
//
// Workloads:
//
//	getpid    syscall.Getpid() (a raw, argument-free call)
//	read      1-byte read(2) from /dev/zero
//	stat      stat(2) of a file (ARG, default: this executable)
//	pingpong  two goroutines on locked OS threads passing a token over channels:
//	          every hop is a futex (Linux) / _umtx_op (FreeBSD) wake and wait
//	sleep     time.Sleep(1ms): timers, netpoll timeouts, wake-ups (1 ms: Go
//	          sleeps in whole milliseconds on Linux, so shorter ones would not compare)
//	walk      filepath.WalkDir over the tree ARG with an lstat of every entry
//	tcp       64-byte echo round trips over loopback TCP (netpoll, non-blocking I/O)
//	thread    create an OS thread and let it exit (a goroutine that ends locked to its
//	          thread takes the thread with it): clone / thr_new / _lwp_create / __tfork,
//	          the new thread's set-up, the exit and the wake-up of the waiter
package main

import (
	"fmt"
	"io"
	"io/fs"
	"net"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"syscall"
	"time"
)

func die(f string, a ...interface{}) {
	fmt.Fprintf(os.Stderr, "micro: "+f+"\n", a...)
	os.Exit(2)
}

func must(err error) {
	if err != nil {
		die("%v", err)
	}
}

// Each workload returns a function that runs n iterations.
type workload func(arg string) func(n int)

var workloads = map[string]workload{
	"getpid":   getpidLoop,
	"read":     readLoop,
	"stat":     statLoop,
	"pingpong": pingpong,
	"sleep":    sleepLoop,
	"walk":     walk,
	"tcp":      tcpEcho,
	"thread":   threadCreate,
}

var sink int

func getpidLoop(string) func(int) {
	return func(n int) {
		s := 0
		for i := 0; i < n; i++ {
			s += syscall.Getpid()
		}
		sink = s
	}
}

func readLoop(string) func(int) {
	fd, err := syscall.Open("/dev/zero", syscall.O_RDONLY, 0)
	must(err)
	var b [1]byte
	return func(n int) {
		for i := 0; i < n; i++ {
			if _, err := syscall.Read(fd, b[:]); err != nil {
				die("read: %v", err)
			}
		}
	}
}

func statLoop(arg string) func(int) {
	path := arg
	if path == "" {
		exe, err := os.Executable()
		must(err)
		path = exe
	}
	return func(n int) {
		var st syscall.Stat_t
		for i := 0; i < n; i++ {
			if err := syscall.Stat(path, &st); err != nil {
				die("stat %s: %v", path, err)
			}
		}
	}
}

func pingpong(string) func(int) {
	ping, pong := make(chan int), make(chan int)
	go func() {
		runtime.LockOSThread()
		for v := range ping {
			pong <- v + 1
		}
	}()
	return func(n int) {
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		for i := 0; i < n; i++ {
			ping <- i
			<-pong
		}
	}
}

func sleepLoop(string) func(int) {
	return func(n int) {
		for i := 0; i < n; i++ {
			time.Sleep(time.Millisecond)
		}
	}
}

func walk(arg string) func(int) {
	if arg == "" {
		die("walk needs a directory")
	}
	return func(n int) {
		for i := 0; i < n; i++ {
			count := 0
			err := filepath.WalkDir(arg, func(p string, d fs.DirEntry, err error) error {
				if err != nil {
					return err
				}
				if _, err := d.Info(); err != nil {
					return err
				}
				count++
				return nil
			})
			must(err)
			sink = count
		}
	}
}

func tcpEcho(string) func(int) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	must(err)
	go func() {
		c, err := ln.Accept()
		must(err)
		buf := make([]byte, 64)
		for {
			if _, err := io.ReadFull(c, buf); err != nil {
				return
			}
			if _, err := c.Write(buf); err != nil {
				return
			}
		}
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	must(err)
	msg := make([]byte, 64)
	buf := make([]byte, 64)
	return func(n int) {
		for i := 0; i < n; i++ {
			if _, err := c.Write(msg); err != nil {
				die("write: %v", err)
			}
			if _, err := io.ReadFull(c, buf); err != nil {
				die("read: %v", err)
			}
		}
	}
}

func threadCreate(string) func(int) {
	done := make(chan struct{})
	return func(n int) {
		for i := 0; i < n; i++ {
			go func() {
				// Exiting while locked terminates the thread: the next
				// goroutine needs a new one.
				runtime.LockOSThread()
				done <- struct{}{}
			}()
			<-done
		}
	}
}

func main() {
	if len(os.Args) < 3 {
		die("usage: micro WORKLOAD N [ARG]")
	}
	w, ok := workloads[os.Args[1]]
	if !ok {
		die("unknown workload %q", os.Args[1])
	}
	n, err := strconv.Atoi(os.Args[2])
	if err != nil || n <= 0 {
		die("bad iteration count %q", os.Args[2])
	}
	arg := ""
	if len(os.Args) > 3 {
		arg = os.Args[3]
	}
	run := w(arg)
	warm := n / 20
	if warm < 1 {
		warm = 1
	}
	run(warm)
	start := time.Now()
	run(n)
	el := time.Since(start)
	fmt.Printf("ns/op %.1f\n", float64(el.Nanoseconds())/float64(n))
}
