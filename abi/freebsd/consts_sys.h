/* FreeBSD amd64 constants, part 2: threads and umtx, sysarch, cpuset,
 * sysctl MIB numbers, ELF notes and auxv numbers.  Included by
 * abi/freebsd/consts.h (include that one); same sources and conventions. */
#ifndef DZ_ABI_FREEBSD_CONSTS_SYS_H
#define DZ_ABI_FREEBSD_CONSTS_SYS_H

/* ---- threads and futexes: sys/sys/thr.h, sys/sys/umtx.h, sys/sys/_umtx.h ---- */
#define FBSD_THR_SUSPENDED    0x0001
#define FBSD_THR_SYSTEM_SCOPE 0x0002
#define FBSD_UMTX_OP_LOCK              0
#define FBSD_UMTX_OP_UNLOCK            1
#define FBSD_UMTX_OP_WAIT              2
#define FBSD_UMTX_OP_WAKE              3
#define FBSD_UMTX_OP_MUTEX_TRYLOCK     4
#define FBSD_UMTX_OP_MUTEX_LOCK        5
#define FBSD_UMTX_OP_MUTEX_UNLOCK      6
#define FBSD_UMTX_OP_SET_CEILING       7
#define FBSD_UMTX_OP_CV_WAIT           8
#define FBSD_UMTX_OP_CV_SIGNAL         9
#define FBSD_UMTX_OP_CV_BROADCAST      10
#define FBSD_UMTX_OP_WAIT_UINT         11
#define FBSD_UMTX_OP_RW_RDLOCK         12
#define FBSD_UMTX_OP_RW_WRLOCK         13
#define FBSD_UMTX_OP_RW_UNLOCK         14
#define FBSD_UMTX_OP_WAIT_UINT_PRIVATE 15
#define FBSD_UMTX_OP_WAKE_PRIVATE      16
#define FBSD_UMTX_OP_MUTEX_WAIT        17
#define FBSD_UMTX_OP_MUTEX_WAKE        18
#define FBSD_UMTX_OP_SEM_WAIT          19
#define FBSD_UMTX_OP_SEM_WAKE          20
#define FBSD_UMTX_OP_NWAKE_PRIVATE     21
#define FBSD_UMTX_OP_MUTEX_WAKE2       22
#define FBSD_UMTX_OP_SEM2_WAIT         23
#define FBSD_UMTX_OP_SEM2_WAKE         24
#define FBSD_UMTX_OP_SHM               25
#define FBSD_UMTX_OP_ROBUST_LISTS      26
#define FBSD_UMTX_OP_GET_MIN_TIMEOUT   27   /* 13.3+ */
#define FBSD_UMTX_OP_SET_MIN_TIMEOUT   28   /* 13.3+ */
#define FBSD_UMTX_ABSTIME              1

/* ---- sysarch: x86/include/sysarch.h ---- */
#define FBSD_AMD64_GET_FSBASE 128
#define FBSD_AMD64_SET_FSBASE 129
#define FBSD_AMD64_GET_GSBASE 130
#define FBSD_AMD64_SET_GSBASE 131

/* ---- cpuset: sys/sys/cpuset.h ---- */
#define FBSD_CPU_LEVEL_ROOT   1
#define FBSD_CPU_LEVEL_CPUSET 2
#define FBSD_CPU_LEVEL_WHICH  3
#define FBSD_CPU_WHICH_TID    1
#define FBSD_CPU_WHICH_PID    2

/* ---- sysctl MIBs: sys/sys/sysctl.h ---- */
#define FBSD_CTL_SYSCTL   0      /* "magic" numbers: {0, 3} is name2oid */
#define FBSD_CTL_KERN     1
#define FBSD_CTL_VM       2
#define FBSD_CTL_VFS      3
#define FBSD_CTL_NET      4
#define FBSD_CTL_DEBUG    5
#define FBSD_CTL_HW       6
#define FBSD_CTL_MACHDEP  7
#define FBSD_CTL_USER     8
#define FBSD_CTL_P1003_1B 9
#define FBSD_CTL_MAXNAME  24
#define FBSD_CTL_SYSCTL_DEBUG      0
#define FBSD_CTL_SYSCTL_NAME       1
#define FBSD_CTL_SYSCTL_NEXT       2
#define FBSD_CTL_SYSCTL_NAME2OID   3
#define FBSD_CTL_SYSCTL_OIDFMT     4
#define FBSD_CTL_SYSCTL_OIDDESCR   5
#define FBSD_CTL_SYSCTL_OIDLABEL   6
#define FBSD_CTL_SYSCTL_NEXTNOSKIP 7
#define FBSD_KERN_OSTYPE     1
#define FBSD_KERN_OSRELEASE  2
#define FBSD_KERN_OSREV      3
#define FBSD_KERN_VERSION    4
#define FBSD_KERN_MAXPROC    6
#define FBSD_KERN_MAXFILES   7
#define FBSD_KERN_ARGMAX     8
#define FBSD_KERN_HOSTNAME   10
#define FBSD_KERN_HOSTID     11
#define FBSD_KERN_CLOCKRATE  12
#define FBSD_KERN_PROC       14
#define FBSD_KERN_NGROUPS    18
#define FBSD_KERN_BOOTTIME   21
#define FBSD_KERN_OSRELDATE  24

/* The release denizen presents (kern.osrelease, kern.osreldate, AT_OSRELDATE):
 * FreeBSD 13.2.  An osreldate >= 1200031 makes Go use the ino64 calls. */
#define FBSD_DZ_OSRELEASE "13.2-RELEASE"
#define FBSD_DZ_OSRELDATE 1302001
#define FBSD_KERN_PS_STRINGS 32
#define FBSD_KERN_USRSTACK   33
#define FBSD_KERN_IOV_MAX    35
#define FBSD_KERN_HOSTUUID   36
#define FBSD_KERN_ARND       37
#define FBSD_KERN_PROC_ALL      0
#define FBSD_KERN_PROC_PID      1
#define FBSD_KERN_PROC_ARGS     7
#define FBSD_KERN_PROC_PATHNAME 12
#define FBSD_HW_MACHINE      1
#define FBSD_HW_MODEL        2
#define FBSD_HW_NCPU         3
#define FBSD_HW_BYTEORDER    4
#define FBSD_HW_PHYSMEM      5
#define FBSD_HW_USERMEM      6
#define FBSD_HW_PAGESIZE     7
#define FBSD_HW_FLOATINGPT   10
#define FBSD_HW_MACHINE_ARCH 11
#define FBSD_HW_REALMEM      12

/* ---- ELF: sys/sys/elf_common.h (auxv numbers: ABI-NOTES §0.2) ---- */
#define FBSD_NT_FREEBSD_ABI_TAG     1
#define FBSD_NT_FREEBSD_NOINIT_TAG  2
#define FBSD_NT_FREEBSD_ARCH_TAG    3
#define FBSD_NT_FREEBSD_FEATURE_CTL 4
#define FBSD_AT_NULL          0
#define FBSD_AT_IGNORE        1
#define FBSD_AT_EXECFD        2
#define FBSD_AT_PHDR          3
#define FBSD_AT_PHENT         4
#define FBSD_AT_PHNUM         5
#define FBSD_AT_PAGESZ        6
#define FBSD_AT_BASE          7
#define FBSD_AT_FLAGS         8
#define FBSD_AT_ENTRY         9
#define FBSD_AT_NOTELF        10
#define FBSD_AT_UID           11
#define FBSD_AT_EUID          12
#define FBSD_AT_GID           13
#define FBSD_AT_EGID          14
#define FBSD_AT_EXECPATH      15
#define FBSD_AT_CANARY        16
#define FBSD_AT_CANARYLEN     17
#define FBSD_AT_OSRELDATE     18
#define FBSD_AT_NCPUS         19
#define FBSD_AT_PAGESIZES     20
#define FBSD_AT_PAGESIZESLEN  21
#define FBSD_AT_TIMEKEEP      22
#define FBSD_AT_STACKPROT     23
#define FBSD_AT_EHDRFLAGS     24
#define FBSD_AT_HWCAP         25
#define FBSD_AT_HWCAP2        26
#define FBSD_AT_BSDFLAGS      27
#define FBSD_AT_ARGC          28
#define FBSD_AT_ARGV          29
#define FBSD_AT_ENVC          30
#define FBSD_AT_ENVV          31
#define FBSD_AT_PS_STRINGS    32
#define FBSD_AT_FXRNG         33
#define FBSD_AT_KPRELOAD      34
#define FBSD_AT_USRSTACKBASE  35
#define FBSD_AT_USRSTACKLIM   36
#define FBSD_AT_COUNT         37

#endif
