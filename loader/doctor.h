/* `denizen doctor`: what denizen finds on this host and whether it can run
 * foreign programs here.  Two halves, so that the report can be tested with
 * made-up hosts: dz_host_facts_read looks at this one, dz_doctor_report only
 * formats whatever facts it is given. */
#ifndef DZ_LOADER_DOCTOR_H
#define DZ_LOADER_DOCTOR_H
#include <stdio.h>

struct dz_host_facts {
    char kernel[128];             /* uname: sysname release version */
    int sud;                      /* Syscall User Dispatch: 1 present, 0 absent */
    int sud_errno;                /* why absent: the probe's prctl errno, or
                                     minus the signal that killed it; or 0 */
    unsigned long hwcap2;         /* AT_HWCAP2 */
    const char *fsgs_env;         /* DENIZEN_FSGSBASE, or NULL */
    long mmap_min_addr;           /* /proc/sys/vm/mmap_min_addr; -1 unknown */
    int vdso_clock;               /* 1: the vDSO exports __vdso_clock_gettime */
    char cache_dir[512];          /* the rewrite cache's directory; "" none */
    int cache_off;                /* 1: DENIZEN_REWRITE_CACHE=0 */
    int cache_writable;           /* it, or the ancestor it would be made in */
    const char *personalities[8]; /* built: "freebsd" ... */
    int npersonalities;
    const char *unbuilt[8];       /* brands known but not built: "illumos" */
    int nunbuilt;
};

/* Fills f from this host and process (forks once, to probe for SUD). */
void dz_host_facts_read(struct dz_host_facts *f);

/* One screen, one fact per line, the verdict last.  0 when denizen can run
 * here, 1 when it cannot (the last line then says why, in one line). */
int dz_doctor_report(const struct dz_host_facts *f, FILE *out);

#endif
