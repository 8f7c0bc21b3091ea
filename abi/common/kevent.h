/* The neutral kevent: what every BSD personality converts its own struct
 * kevent to and from, and what the one kqueue emulation
 * (syscall-xlate/event/) consumes.  Values are FreeBSD's (the richest set,
 * FreeBSD sys/sys/event.h, 13.2); other personalities map their filter and
 * flag values onto these in abi/<os>/. */
#ifndef DZ_ABI_KEVENT_H
#define DZ_ABI_KEVENT_H
#include <stdint.h>

struct dz_kevent {
    uint64_t ident;
    int16_t  filter;
    uint16_t flags;
    uint32_t fflags;
    int64_t  data;     /* for EV_ERROR: a positive *Linux* errno; the personality maps it */
    uint64_t udata;
    uint64_t ext[4];
};

enum {
    DZ_EVFILT_READ   = -1,
    DZ_EVFILT_WRITE  = -2,
    DZ_EVFILT_AIO    = -3,
    DZ_EVFILT_VNODE  = -4,
    DZ_EVFILT_PROC   = -5,
    DZ_EVFILT_SIGNAL = -6,   /* ident: a *Linux* signal number (personality maps it) */
    DZ_EVFILT_TIMER  = -7,
    DZ_EVFILT_USER   = -11,
};

enum {
    DZ_EV_ADD      = 0x0001,
    DZ_EV_DELETE   = 0x0002,
    DZ_EV_ENABLE   = 0x0004,
    DZ_EV_DISABLE  = 0x0008,
    DZ_EV_ONESHOT  = 0x0010,
    DZ_EV_CLEAR    = 0x0020,
    DZ_EV_RECEIPT  = 0x0040,
    DZ_EV_DISPATCH = 0x0080,
    DZ_EV_ERROR    = 0x4000,
    DZ_EV_EOF      = 0x8000,
};

/* fflags */
#define DZ_NOTE_FFNOP      0x00000000u
#define DZ_NOTE_FFAND      0x40000000u
#define DZ_NOTE_FFOR       0x80000000u
#define DZ_NOTE_FFCOPY     0xc0000000u
#define DZ_NOTE_FFCTRLMASK 0xc0000000u
#define DZ_NOTE_FFLAGSMASK 0x00ffffffu
#define DZ_NOTE_TRIGGER    0x01000000u
#define DZ_NOTE_EXIT       0x80000000u   /* EVFILT_PROC */
#define DZ_NOTE_SECONDS    0x00000001u   /* EVFILT_TIMER units; default milliseconds */
#define DZ_NOTE_MSECONDS   0x00000002u
#define DZ_NOTE_USECONDS   0x00000004u
#define DZ_NOTE_NSECONDS   0x00000008u
#define DZ_NOTE_ABSTIME    0x00000010u

#endif
