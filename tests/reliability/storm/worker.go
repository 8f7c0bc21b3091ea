package main

import (
	"math/rand"
	"runtime"
	"sync/atomic"
	"syscall"
	"unsafe"
)

const (
	scratchLen = 2 * page
	arenaPages = 64
	poolSize   = 12
	fdBase     = 200 // worker i owns descriptors fdBase+16*i ...
	atFDCWD    = -100
	userTop    = 0x7ffffffff000 // the top of Linux's user address space
)

type worker struct {
	id          int
	r           *rand.Rand
	scratch     []byte
	scratchAddr uintptr
	template    []byte
	arena       uintptr // memory calls only: the storm itself never touches it
	pool        []int
	own         []int
	maps        [][2]uintptr
	progress    uint64
	cur         *call   // the call in progress (read by main for blocked threads)
	tid         uintptr // the thread's id, for kick()
	zeros       []byte  // an empty signal mask for sigsuspend
	stuck       bool
	n           int
}

func newWorker(id int, seed int64) *worker {
	w := &worker{id: id, r: rand.New(rand.NewSource(seed))}
	w.scratchAddr, w.scratch = mapGuarded(scratchLen)
	w.arena, _ = mapGuarded(arenaPages * page)
	w.template = make([]byte, scratchLen)
	w.zeros = make([]byte, 64)
	letters(w.r, w.template)
	for off := 0; off+8 <= scratchLen; off += 8 {
		if w.r.Intn(6) != 0 {
			continue
		}
		var p uintptr
		switch w.r.Intn(5) {
		case 0, 1:
			p = w.scratchAddr + uintptr(w.r.Intn(scratchLen/8)*8)
		case 2:
			p = w.scratchAddr + scratchLen // the guard page after it
		case 3:
			p = names + uintptr(w.r.Intn(page))
		default:
			p = badPtrs[w.r.Intn(len(badPtrs))]
		}
		var b [8]byte
		*(*uintptr)(unsafe.Pointer(&b[0])) = p
		slash := false
		for _, c := range b {
			slash = slash || c == '/'
		}
		if !slash {
			copy(w.template[off:], b[:])
		}
	}
	return w
}

// refreshPool (re)opens the worker's descriptors at fdBase+16*id...: a file, the
// directory, a pipe, a socket pair, a kqueue, a UDP and a listening TCP socket.
func (w *worker) refreshPool() {
	base := fdBase + 16*w.id
	for i := 0; i < 16; i++ {
		syscall.Close(base + i)
	}
	for _, fd := range w.own {
		syscall.Close(fd)
	}
	w.own = w.own[:0]
	var fds []int
	name := []byte("pool" + string(rune('a'+w.id%26)))
	if fd, err := syscall.Open(string(name), syscall.O_RDWR|syscall.O_CREAT, 0644); err == nil {
		fds = append(fds, fd)
	}
	if fd, err := syscall.Open(".", syscall.O_RDONLY, 0); err == nil {
		fds = append(fds, fd)
	}
	var p [2]int
	if syscall.Pipe(p[:]) == nil {
		fds = append(fds, p[0], p[1])
	}
	if sp, err := syscall.Socketpair(syscall.AF_UNIX, syscall.SOCK_STREAM, 0); err == nil {
		fds = append(fds, sp[0], sp[1])
	}
	if kq, err := syscall.Kqueue(); err == nil {
		fds = append(fds, kq)
	}
	if s, err := syscall.Socket(syscall.AF_INET, syscall.SOCK_DGRAM, 0); err == nil {
		fds = append(fds, s)
	}
	if s, err := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM, 0); err == nil {
		syscall.Bind(s, &syscall.SockaddrInet4{Addr: [4]byte{127, 0, 0, 1}})
		syscall.Listen(s, 4)
		fds = append(fds, s)
	}
	w.pool = w.pool[:0]
	for i, fd := range fds {
		syscall.SetNonblock(fd, w.r.Intn(4) != 0)
		if syscall.Dup2(fd, base+i) == nil {
			w.pool = append(w.pool, base+i)
		}
		syscall.Close(fd)
	}
}

func (w *worker) run() {
	runtime.LockOSThread() // one OS thread per worker: the calls come from several threads
	atomic.StoreUintptr(&w.tid, selfTid())
	w.refreshPool()
	for {
		if w.n%4000 == 3999 {
			w.refreshPool()
		}
		w.n++
		c := calls[w.r.Intn(len(calls))]
		w.one(c)
		atomic.AddUint64(&w.progress, 1)
		atomic.AddUint64(&totalCalls, 1)
	}
}

func (w *worker) one(c *call) {
	copy(w.scratch, w.template)
	var a [9]uintptr
	for i := range a {
		if i < len(c.kinds) {
			a[i] = w.arg(c.kinds[i])
		} else {
			a[i] = w.intv()
		}
	}
	arena := false
	switch c.base {
	case "mmap", "munmap", "mprotect", "madvise", "mincore", "msync", "mlock", "munlock", "minherit", "mquery":
		// Only the thread's own arena, and lengths that stay inside it or are invalid.
		pg := uintptr(w.r.Intn(arenaPages))
		a[0] = w.arena + pg*page
		switch w.r.Intn(8) {
		case 0:
			a[0] += uintptr(w.r.Intn(page)) // unaligned
		case 1:
			a[0] = 0
		}
		// Lengths end inside the arena (one page short, for the unaligned start), so
		// that no call reaches the guard page or what lies beyond it (the runtime's
		// memory: a guest that unmaps or protects its own runtime dies, as it would
		// on its own OS), or run to the top of the address space or past it: those
		// cover denizen's own memory too (its stack and vDSO are at the top), which
		// the fence refuses before anything is changed (docs/reliability.md, "The
		// fence"); the invalid ones wrap around the address space.
		room := (arenaPages - 1 - pg) * page
		lens := []uintptr{0, 1, page, room, uintptr(w.r.Intn(int(room) + 1)),
			^uintptr(0), ^uintptr(0) - page + 1, ^uintptr(0) - 2*page,
			1 << 62, userTop - a[0]}
		if room == 0 {
			lens[2] = 0
		}
		a[1] = lens[w.r.Intn(len(lens))]
		if c.base == "munmap" {
			// munmap leaves a hole another mapping (the runtime's, denizen's, another
			// thread's scratch) could take, and later calls on the arena would hit it:
			// unmap only what an earlier mmap of this thread made, or fail.
			if len(w.maps) > 0 && w.r.Intn(2) == 0 {
				m := w.maps[len(w.maps)-1]
				w.maps = w.maps[:len(w.maps)-1]
				a[0], a[1] = m[0], m[1]
			} else {
				a[1] = []uintptr{0, ^uintptr(0), ^uintptr(0) - page + 1}[w.r.Intn(3)]
			}
		}
		if c.base == "mincore" && a[2] != 0 && w.r.Intn(2) == 0 {
			a[2] = w.scratchAddr // the vector: one byte per page
		}
		arena = true
	case "sigsuspend":
		// Mostly an empty mask: a mask of letters blocks SIGALRM, and the thread
		// would sleep until the end.
		if w.r.Intn(16) != 0 {
			a[0] = uintptr(unsafe.Pointer(&w.zeros[0]))
		}
	case "fcntl":
		a[1] = uintptr(fcntlCmds[w.r.Intn(len(fcntlCmds))])
	case "ioctl":
		a[1] = ioctlCmds[w.r.Intn(len(ioctlCmds))]
	}
	w.cur = c
	r1, r2, e := syscall.Syscall9(uintptr(c.nr), a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8])
	atomic.AddUint64(&c.made, 1)
	if e == enosys {
		atomic.AddUint64(&c.hits, 1)
	}
	if e != 0 {
		return
	}
	switch {
	case c.retFD:
		w.keep(int(r1))
	case c.base == "pipe" && len(c.kinds) == 0: // NetBSD pipe(): both ends in rax, rdx
		w.keep(int(r1))
		w.keep(int(r2))
	case c.base == "pipe" || c.base == "socketpair":
		p := a[0]
		if c.base == "socketpair" {
			p = a[3]
		}
		if p >= w.scratchAddr && p+8 <= w.scratchAddr+scratchLen {
			off := p - w.scratchAddr
			w.keep(int(*(*int32)(unsafe.Pointer(&w.scratch[off]))))
			w.keep(int(*(*int32)(unsafe.Pointer(&w.scratch[off+4]))))
		}
	case arena && c.base == "mmap":
		if r1 < w.arena || r1 >= w.arena+arenaPages*page {
			w.maps = append(w.maps, [2]uintptr{r1, a[1]})
			if len(w.maps) > 8 {
				syscall.Syscall(syscall.SYS_MUNMAP, w.maps[0][0], w.maps[0][1], 0)
				w.maps = w.maps[1:]
			}
		}
	}
}

// keep: a descriptor a call made; the worker closes it later (at most 48 open).
func (w *worker) keep(fd int) {
	if fd < 3 || fd >= fdBase {
		return // not a descriptor this call could have made: leave it alone
	}
	w.own = append(w.own, fd)
	if len(w.own) > 48 {
		syscall.Close(w.own[0])
		w.own = w.own[1:]
	}
}

var ints = []uintptr{0, 1, 2, 3, 7, 8, 16, 64, 255, 256, 4096, 0x7fffffff, 0x80000000, 0xffffffff, 1 << 32,
	1 << 63, ^uintptr(0), ^uintptr(0) - 1}

func (w *worker) intv() uintptr {
	switch w.r.Intn(4) {
	case 0:
		return uintptr(w.r.Uint64())
	case 1:
		return uintptr(w.r.Uint32())
	default:
		return ints[w.r.Intn(len(ints))]
	}
}

func (w *worker) fd() uintptr {
	switch n := w.r.Intn(10); {
	case n < 7 && len(w.pool) > 0:
		return uintptr(w.pool[w.r.Intn(len(w.pool))])
	case n < 8 && len(w.own) > 0:
		return uintptr(w.own[w.r.Intn(len(w.own))])
	default:
		bad := []int{-1, atFDCWD, 1 << 20, 0x7fffffff, -0x80000000, 100000}
		return uintptr(bad[w.r.Intn(len(bad))])
	}
}

func (w *worker) ptr() uintptr {
	switch n := w.r.Intn(12); {
	case n < 7:
		return w.scratchAddr + uintptr(w.r.Intn(scratchLen))
	case n == 7:
		return w.scratchAddr + scratchLen - uintptr(w.r.Intn(64)) // runs into the guard page
	case n == 8:
		return names + uintptr(w.r.Intn(page)) // read-only
	default:
		return badPtrs[w.r.Intn(len(badPtrs))]
	}
}

func (w *worker) path() uintptr {
	switch n := w.r.Intn(16); {
	case n < 11:
		// a name: the start of a word of the names page
		off := uintptr(w.r.Intn(page - 16))
		for off > 0 && *(*byte)(unsafe.Pointer(names + off - 1)) != 0 {
			off--
		}
		return names + off
	case n == 11:
		return names + page - uintptr(w.r.Intn(16)+1) // no NUL before the guard page
	case n == 12:
		return longName
	default:
		return badPtrs[w.r.Intn(len(badPtrs))]
	}
}

func (w *worker) size() uintptr {
	sizes := []uintptr{0, 1, 8, 16, 64, 512, page, scratchLen, scratchLen + 1, 1 << 31, ^uintptr(0), 1 << 62}
	if w.r.Intn(3) == 0 {
		return uintptr(w.r.Intn(scratchLen))
	}
	return sizes[w.r.Intn(len(sizes))]
}

func (w *worker) arg(kind string) uintptr {
	switch kind {
	case "fd", "atfd":
		return w.fd()
	case "path":
		return w.path()
	case "ptr", "outbuf", "inbuf", "mib", "str":
		return w.ptr()
	case "size", "ssize":
		return w.size()
	case "off":
		offs := []uintptr{0, 1, page, 1 << 31, 1 << 40, ^uintptr(0), ^uintptr(0) - page + 1, 1 << 62}
		return offs[w.r.Intn(len(offs))]
	case "pid":
		pids := []uintptr{0, 1, ^uintptr(0), uintptr(syscall.Getpid()), 0x7fffffff, uintptr(w.r.Intn(100000))}
		return pids[w.r.Intn(len(pids))]
	case "mode":
		return uintptr(w.r.Intn(0o10000)) // permission bits only: no device nodes
	default:
		return w.intv()
	}
}

// kick sends the worker's own thread a SIGALRM: a call that sleeps (poll, select,
// nanosleep, sigsuspend, kevent) ends with EINTR; one that the runtime's SA_RESTART
// restarts (read of an empty pipe) stays blocked, and main gives up on the thread.
func (w *worker) kick() {
	if tid := atomic.LoadUintptr(&w.tid); tid != 0 {
		syscall.RawSyscall(threadKillNr, tid, uintptr(syscall.SIGALRM), 0)
	}
}
