// libsegv: a guest whose libc calls fault where its own libc would fault
// (tests/reliability/libsegv.sh).  pthread_attr_init(NULL) and the like
// dereference the caller's pointer in the library itself, so on the real
// OS the process gets SIGSEGV; Go calls such a function on a goroutine's
// stack (a func value whose code is the PLT entry) and, with
// debug.SetPanicOnFault, recovers the fault as a panic carrying si_addr.
//
//	libsegv [recover]  4 threads x 200 rounds of faulting calls, each
//	                   recovered and its address checked, valid calls in
//	                   between; then threads, files, timers and a signal
//	                   must still work: prints "libsegv ok ..." and exits 0
//	libsegv crash      one faulting call the way package syscall calls
//	                   libc (the system stack): Go's fatal "unexpected
//	                   signal" report, exit status 2
//	libsegv default    SIGSEGV set to SIG_DFL (libc sigaction) first: the
//	                   process dies of SIGSEGV
package main

import (
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
	"unsafe"
)

const kernelAddr = uintptr(0xffff800000000000)

// funcval: a Go func value; its code pointer is the C function's.
type funcval struct{ fn, pad uintptr }

// callC: the C function at pc called from this goroutine's stack.  Go's
// register ABI passes its 4th and 5th integer arguments in DI and SI, the
// C ABI's first two (DX holds the func value: a third C argument is the
// address of fv, valid memory).
func callC(pc, a0, a1 uintptr) uintptr {
	fv := &funcval{fn: pc}
	f := *(*func(ax, bx, cx, di, si uintptr) uintptr)(unsafe.Pointer(&fv))
	return f(0, 0, 0, a0, a1)
}

// A call that must fault at want (0: a nil dereference, whose panic has no address).
type faultCase struct {
	name   string
	fn     uintptr
	a0, a1 uintptr
	want   uintptr
}

// tryFault: "" when the call faulted at the expected address.
func tryFault(c faultCase) (msg string) {
	debug.SetPanicOnFault(true) // per goroutine
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		var addr uintptr
		if ae, ok := r.(interface{ Addr() uintptr }); ok {
			addr = ae.Addr()
		}
		if _, ok := r.(runtime.Error); !ok {
			msg = fmt.Sprintf("%s: not a runtime error: %v", c.name, r)
		} else if addr != c.want {
			msg = fmt.Sprintf("%s: fault at %#x, want %#x (%v)", c.name, addr, c.want, r)
		} else {
			msg = ""
		}
	}()
	callC(c.fn, c.a0, c.a1)
	return c.name + ": returned without a fault"
}

//go:linkname rtMmap runtime.mmap
func rtMmap(addr unsafe.Pointer, n uintptr, prot, flags, fd int32, off uint32) (unsafe.Pointer, int)

// mustMap: a page of its own with protection prot (the runtime's mmap:
// package syscall has none on illumos).
func mustMap(prot int) uintptr {
	p, err := rtMmap(nil, uintptr(os.Getpagesize()), int32(prot), syscall.MAP_ANON|syscall.MAP_PRIVATE, -1, 0)
	if err != 0 {
		fatal("mmap: %d", err)
	}
	return uintptr(p)
}

func fatal(f string, a ...interface{}) {
	fmt.Printf("FAIL "+f+"\n", a...)
	os.Exit(1)
}

func main() {
	mode := "recover"
	if len(os.Args) > 1 {
		mode = os.Args[1]
	}
	switch mode {
	case "crash":
		sysCall(fnAttrInit(), 0, 0, 0)
		fatal("pthread_attr_init(NULL) returned")
	case "default":
		act := make([]byte, 64) // every layout's SIG_DFL, no flags, empty mask
		if r, en := sysCall(fnSigaction(), uintptr(syscall.SIGSEGV), uintptr(unsafe.Pointer(&act[0])), 0); int(r) == -1 {
			fatal("sigaction: %v", en)
		}
		sysCall(fnAttrInit(), 0, 0, 0)
		fatal("pthread_attr_init(NULL) returned")
	case "recover":
	default:
		fatal("unknown mode %q", mode)
	}

	none := mustMap(syscall.PROT_NONE)
	ro := mustMap(syscall.PROT_READ)
	cases := faultCases(none, ro)

	const threads, rounds = 4, 200
	var faults int64
	var wg sync.WaitGroup
	errs := make(chan string, threads)
	for g := 0; g < threads; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			runtime.LockOSThread() // each on a thread of its own: faults on 4 threads at once
			for i := 0; i < rounds; i++ {
				for _, c := range cases {
					if m := tryFault(c); m != "" {
						errs <- m
						return
					}
					atomic.AddInt64(&faults, 1)
				}
				if m := validCalls(); m != "" {
					errs <- m
					return
				}
			}
		}()
	}
	wg.Wait()
	select {
	case m := <-errs:
		fatal("%s", m)
	default:
	}

	// The layer is still whole: new threads, files, sleeps, a signal.
	dir, err := os.MkdirTemp("", "libsegv-")
	if err != nil {
		fatal("mkdtemp: %v", err)
	}
	defer os.RemoveAll(dir)
	for g := 0; g < 16; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			runtime.LockOSThread()
			defer runtime.UnlockOSThread()
			p := filepath.Join(dir, fmt.Sprint(g))
			for i := 0; i < 50; i++ {
				want := fmt.Sprintf("%d-%d", g, i)
				if err := os.WriteFile(p, []byte(want), 0o644); err != nil {
					errs <- "write: " + err.Error()
					return
				}
				if b, err := os.ReadFile(p); err != nil || string(b) != want {
					errs <- fmt.Sprintf("read back %q, %v", b, err)
					return
				}
				time.Sleep(100 * time.Microsecond)
			}
		}(g)
	}
	wg.Wait()
	select {
	case m := <-errs:
		fatal("after the faults: %s", m)
	default:
	}
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, syscall.SIGUSR1)
	syscall.Kill(os.Getpid(), syscall.SIGUSR1)
	select {
	case <-sig:
	case <-time.After(5 * time.Second):
		fatal("SIGUSR1 not delivered after the faults")
	}
	if m := validCalls(); m != "" {
		fatal("after the faults: %s", m)
	}
	fmt.Printf("libsegv ok: %d faults recovered on %d threads\n", faults, threads)
}
