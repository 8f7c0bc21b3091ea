// sigrestart — a blocking read(2) interrupted again and again by a signal
// whose handler has SA_RESTART (Go installs all its handlers so) must not
// fail with EINTR: the kernel restarts it. syscall.Read does not retry by
// itself, so an EINTR reaches this program.
//
// The main goroutine, on its own thread, reads a pipe; another goroutine sends
// SIGUSR1 to exactly that thread 40 times, 2 ms apart, then writes one byte.
// The read must return that byte. Prints "sigrestart ok: N signals" (exit 0)
// or the failure (exit 1). Thread-directed kill: thr_self/thr_kill on
// FreeBSD, gettid/tgkill on Linux.
package main

import (
	"fmt"
	"os"
	"os/signal"
	"runtime"
	"sync/atomic"
	"syscall"
	"time"
	"unsafe"
)

func selfTid() uintptr {
	switch runtime.GOOS {
	case "freebsd":
		var id int64
		syscall.RawSyscall(432, uintptr(unsafe.Pointer(&id)), 0, 0) // thr_self
		return uintptr(id)
	case "linux":
		id, _, _ := syscall.RawSyscall(186, 0, 0, 0) // gettid
		return id
	}
	return 0
}

func kill(tid uintptr) {
	switch runtime.GOOS {
	case "freebsd":
		syscall.RawSyscall(433, tid, uintptr(syscall.SIGUSR1), 0) // thr_kill
	case "linux":
		syscall.RawSyscall(234, uintptr(os.Getpid()), tid, uintptr(syscall.SIGUSR1)) // tgkill
	}
}

func main() {
	if runtime.GOOS != "freebsd" && runtime.GOOS != "linux" {
		fmt.Println("sigrestart ok: not for", runtime.GOOS)
		return
	}
	runtime.LockOSThread()
	var got int32
	ch := make(chan os.Signal, 100)
	signal.Notify(ch, syscall.SIGUSR1)
	go func() {
		for range ch {
			atomic.AddInt32(&got, 1)
		}
	}()
	var p [2]int
	if err := syscall.Pipe(p[:]); err != nil {
		fmt.Println("sigrestart FAIL: pipe:", err)
		os.Exit(1)
	}
	buf := make([]byte, 8)
	// Warm up the read path (a rewritten site, once it has been used).
	for i := 0; i < 8; i++ {
		syscall.Write(p[1], []byte("w"))
		if n, err := syscall.Read(p[0], buf[:1]); n != 1 || err != nil {
			fmt.Println("sigrestart FAIL: warm-up read:", n, err)
			os.Exit(1)
		}
	}
	tid := selfTid()
	const sent = 40
	go func() {
		for i := 0; i < sent; i++ {
			time.Sleep(2 * time.Millisecond)
			kill(tid)
		}
		time.Sleep(20 * time.Millisecond)
		syscall.Write(p[1], []byte("x"))
	}()
	n, err := syscall.Read(p[0], buf)
	if err != nil || n != 1 || buf[0] != 'x' {
		fmt.Printf("sigrestart FAIL: read returned %d, %v (want 1 byte, no error)\n", n, err)
		os.Exit(1)
	}
	time.Sleep(20 * time.Millisecond)
	if g := atomic.LoadInt32(&got); g == 0 {
		fmt.Println("sigrestart FAIL: no SIGUSR1 was delivered")
		os.Exit(1)
	}
	fmt.Printf("sigrestart ok: %d signals\n", sent)
}
