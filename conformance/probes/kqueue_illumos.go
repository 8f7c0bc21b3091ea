// kqueue_illumos.go — illumos has no kqueue (event ports instead): the
// kqueue cases do not run.
package main

import (
	"fmt"
	"syscall"
	"unsafe"
)

func newKqueue(call string) (evq, error) { return nil, syscall.ENOSYS }
func kqueuex(flags int) (int, error)     { return -1, syscall.ENOSYS }
func keventOn(fd int, call string) error { return syscall.ENOSYS }
func procExitStatus(data int64) string   { return wstatus(syscall.WaitStatus(data)) }

const KQUEUE_CLOEXEC = 1

// portForm: port_create, port_associate(PORT_SOURCE_FD 4, fd, POLLIN),
// port_getn(port, list, 4, &nget, {0}) — an empty port answers ETIME
// (sys/port.h, port_getn(3C)); port_event_t is 24 bytes.
func portForm(readable bool) string {
	pr, en := libc(&libc_port_create)
	if en != 0 {
		return e(en)
	}
	port := int(int32(pr))
	defer syscall.Close(port)
	r, w := mustPipe()
	defer syscall.Close(r)
	defer syscall.Close(w)
	if readable {
		syscall.Write(w, []byte("x"))
	}
	if _, en := libc(&libc_port_associate, uintptr(port), 4, uintptr(r), 0x1, 0); en != 0 {
		return "associate:" + e(en)
	}
	list := new([4][3]uint64)
	nget := new(uint32)
	*nget = 1
	ts := new(syscall.Timespec)
	_, en = libc(&libc_port_getn, uintptr(port), uintptr(unsafe.Pointer(list)), 4, uintptr(unsafe.Pointer(nget)), uintptr(unsafe.Pointer(ts)))
	if *nget > 0 && en == 0 {
		ev := *(*int32)(unsafe.Pointer(&list[0][0])) // portev_events
		return fmt.Sprintf("events=%d readable=%s", *nget, yes(ev&0x1 != 0))
	}
	if en == 62 { // ETIME: the timeout passed with nothing
		en = 0
	}
	return fmt.Sprintf("events=0 %s", e(errno(en)))
}
