/* NetBSD amd64 constants, part 3: sysctl MIB numbers (sys/sys/sysctl.h)
 * and the auxiliary vector (sys/sys/exec_elf.h).  Included by
 * abi/netbsd/consts.h (include that one); same sources and conventions. */
#ifndef DZ_ABI_NETBSD_CONSTS_SYS_H
#define DZ_ABI_NETBSD_CONSTS_SYS_H

/* ---- sysctl ---- */
#define NBSD_CTL_MAXNAME    12
#define NBSD_CTL_UNSPEC     0
#define NBSD_CTL_KERN       1
#define NBSD_CTL_VM         2
#define NBSD_CTL_VFS        3
#define NBSD_CTL_NET        4
#define NBSD_CTL_DEBUG      5
#define NBSD_CTL_HW         6
#define NBSD_CTL_MACHDEP    7
#define NBSD_CTL_USER       8
#define NBSD_CTL_QUERY      (-2)    /* list the children of the node named so far */
#define NBSD_CTL_CREATE     (-3)
#define NBSD_CTL_DESTROY    (-4)
#define NBSD_CTL_MMAP       (-5)
#define NBSD_CTL_DESCRIBE   (-6)
#define NBSD_KERN_OSTYPE    1
#define NBSD_KERN_OSRELEASE 2
#define NBSD_KERN_OSREV     3
#define NBSD_KERN_VERSION   4
#define NBSD_KERN_MAXVNODES 5
#define NBSD_KERN_MAXPROC   6
#define NBSD_KERN_MAXFILES  7
#define NBSD_KERN_ARGMAX    8
#define NBSD_KERN_HOSTNAME  10
#define NBSD_KERN_CLOCKRATE 12
#define NBSD_KERN_BOOTTIME  21
#define NBSD_KERN_DOMAINNAME 22
#define NBSD_KERN_PROC_ARGS 48
#define NBSD_KERN_ARND      81
#define NBSD_KERN_PROC_PATHNAME 5  /* kern.proc_args.<pid>.5 */
#define NBSD_HW_MACHINE     1
#define NBSD_HW_MODEL       2
#define NBSD_HW_NCPU        3
#define NBSD_HW_BYTEORDER   4
#define NBSD_HW_PHYSMEM     5
#define NBSD_HW_USERMEM     6
#define NBSD_HW_PAGESIZE    7
#define NBSD_HW_MACHINE_ARCH 10
#define NBSD_HW_ALIGNBYTES  11
#define NBSD_HW_PHYSMEM64   13
#define NBSD_HW_USERMEM64   14
#define NBSD_HW_NCPUONLINE  16
#define NBSD_USER_CS_PATH   1
/* struct sysctlnode sysctl_flags: type in the low 4 bits, the version of
 * the node protocol in the top byte */
#define NBSD_CTLTYPE_NODE   1
#define NBSD_CTLTYPE_INT    2
#define NBSD_CTLTYPE_STRING 3
#define NBSD_CTLTYPE_QUAD   4
#define NBSD_CTLTYPE_STRUCT 5
#define NBSD_CTLTYPE_BOOL   6
#define NBSD_CTLTYPE_MASK   0x0000000f
#define NBSD_SYSCTL_VERSION 0x01000000
#define NBSD_SYSCTL_VERS_MASK 0xff000000u

/* ---- auxiliary vector: sys/sys/exec_elf.h ---- */
#define NBSD_AT_NULL        0
#define NBSD_AT_IGNORE      1
#define NBSD_AT_EXECFD      2
#define NBSD_AT_PHDR        3
#define NBSD_AT_PHENT       4
#define NBSD_AT_PHNUM       5
#define NBSD_AT_PAGESZ      6
#define NBSD_AT_BASE        7
#define NBSD_AT_FLAGS       8
#define NBSD_AT_ENTRY       9
#define NBSD_AT_DCACHEBSIZE 10
#define NBSD_AT_ICACHEBSIZE 11
#define NBSD_AT_UCACHEBSIZE 12
#define NBSD_AT_STACKBASE   13
#define NBSD_AT_EUID        2000   /* AT_SUN_UID */
#define NBSD_AT_RUID        2001
#define NBSD_AT_EGID        2002
#define NBSD_AT_RGID        2003
#define NBSD_AT_SUN_EXECNAME 2014

/* ELF note that brands a NetBSD executable: owner "NetBSD", type 1 */
#define NBSD_NT_NETBSD_IDENT 1

#endif
