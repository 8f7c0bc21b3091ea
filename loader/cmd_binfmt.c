/* `denizen binfmt install|remove|status|print` and the binfmt_misc entry
 * point (cmd_binfmt.h).
 *
 * One entry per brand whose executables binfmt_misc can tell apart: the
 * kernel compares at most the first 256 bytes of a file with a fixed
 * magic, so the brand must show in the ELF header.  It does for FreeBSD
 * (EI_OSABI 9, always set by its toolchain), for Go's NetBSD and OpenBSD
 * programs (EI_OSABI 2 and 12); NetBSD's own toolchain and illumos leave
 * EI_OSABI at 0 and mark their programs only with a note or an interpreter
 * path at no fixed offset: those run with `denizen run`. */
#define _GNU_SOURCE
#include "loader/cmd_binfmt.h"
#include "loader/cli.h"
#include "loader/selfpath.h"
#include "dz_help.h"   /* generated from docs/man/denizen.1.src */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define DEFAULT_DIR "/proc/sys/fs/binfmt_misc"


static const struct entry {
    const char *os;              /* --os name; the entry is denizen-<os> */
    const char *brand;           /* for people */
    unsigned char osabi;         /* EI_OSABI */
} entries[] = {
    { "freebsd", "FreeBSD", 9 },
    { "netbsd", "NetBSD", 2 },
    { "openbsd", "OpenBSD", 12 },
};
enum { NENTRIES = sizeof entries / sizeof entries[0], MAGIC_LEN = 20 };

/* What binfmt_misc cannot recognise, said by `status` (and the man page). */
static const char unrecognisable[] =
    "not recognisable by binfmt_misc (run them with `denizen run`):\n"
    "  NetBSD programs of NetBSD's own toolchain: EI_OSABI 0, branded only by a\n"
    "    .note.netbsd.ident note at no fixed offset (Go's carry EI_OSABI 2: matched)\n"
    "  illumos/Solaris programs: EI_OSABI 0 and nothing else at a fixed offset\n";

/* The first 20 bytes of an amd64 executable of the brand: ELF, 64-bit,
 * little-endian, version 1, EI_OSABI; e_type ET_EXEC (2) or ET_DYN (3)
 * (the mask drops e_type's low bit), e_machine EM_X86_64 (62).
 * EI_ABIVERSION and the padding vary and are masked out. */
static void magic_of(const struct entry *e, unsigned char magic[MAGIC_LEN], unsigned char mask[MAGIC_LEN])
{
    static const unsigned char m[MAGIC_LEN] = { 0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                                                2, 0, 62, 0 };
    static const unsigned char k[MAGIC_LEN] = { 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0,
                                                0,    0,    0,    0,    0xfe, 0xff, 0xff, 0xff };
    memcpy(magic, m, MAGIC_LEN);
    memcpy(mask, k, MAGIC_LEN);
    magic[7] = e->osabi;
}

/* Every byte as \xHH: binfmt_misc and binfmt-support both read that, and
 * no byte can then be taken for the ':' separator. */
static void hex(char *out, const unsigned char *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        sprintf(out + 4 * i, "\\x%02x", b[i]);
}

struct opts {
    const char *dir, *interp, *binfmts;
    int want[NENTRIES];
};

static int usage_error(const char *what, const char *arg)
{
    fprintf(stderr, "denizen binfmt: %s%s (see denizen binfmt --help)\n", what, arg ? arg : "");
    return 2;
}

static int parse_os(struct opts *o, const char *list)
{
    memset(o->want, 0, sizeof o->want);
    char *copy = strdup(list), *save = NULL;
    if (!copy)
        return -1;
    for (char *t = strtok_r(copy, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
        int k = -1;
        for (int i = 0; i < NENTRIES; i++)
            if (strcmp(t, entries[i].os) == 0)
                k = i;
        if (k < 0) {
            fprintf(stderr, "denizen binfmt: no entry for '%s' (freebsd, netbsd, openbsd%s)\n", t,
                    strcmp(t, "illumos") == 0 ? "; illumos programs cannot be recognised by magic" : "");
            free(copy);
            return -1;
        }
        o->want[k] = 1;
    }
    free(copy);
    return 0;
}

/* Writes s to DIR/name in one write(2), as binfmt_misc wants. */
static int write_file(const char *dir, const char *name, const char *s)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    int fd = open(path, O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return -errno;
    ssize_t n = write(fd, s, strlen(s));
    int e = n < 0 ? errno : 0;
    close(fd);
    return n < 0 ? -e : 0;
}

static int exists(const char *dir, const char *name)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    return access(path, F_OK) == 0;
}

/* The mount must be there, with its register file. */
static int check_dir(const char *dir)
{
    if (exists(dir, "register"))
        return 0;
    fprintf(stderr, "denizen binfmt: binfmt_misc is not mounted at %s (as root: mount -t binfmt_misc "
                    "binfmt_misc %s)\n", dir, dir);
    return -1;
}

static const char *why(int e)
{
    if (e == EPERM || e == EACCES)
        return "permission denied (binfmt_misc entries are registered by root, or in a user "
               "namespace that mounted its own binfmt_misc, Linux 6.7+)";
    return strerror(e);
}

/* The interpreter: --interpreter, or denizen-binfmt beside this denizen. */
static char *interpreter(const struct opts *o)
{
    if (o->interp)
        return strdup(o->interp);
    char *p = dz_self_part(DZ_BINFMT_NAME);
    if (!p)
        fprintf(stderr, "denizen binfmt: cannot find %s (lib/denizen/ or lib/ beside denizen); "
                        "give --interpreter PATH (a link to denizen named %s)\n", DZ_BINFMT_NAME, DZ_BINFMT_NAME);
    return p;
}

static int do_remove_one(const struct opts *o, const struct entry *e, int quiet)
{
    char name[64];
    snprintf(name, sizeof name, "denizen-%s", e->os);
    if (!exists(o->dir, name)) {
        if (!quiet)
            printf("%s: not registered\n", name);
        return 0;
    }
    int r = write_file(o->dir, name, "-1");
    if (r < 0) {
        fprintf(stderr, "denizen binfmt: cannot remove %s: %s\n", name, why(-r));
        return -1;
    }
    if (!quiet)
        printf("%s: removed\n", name);
    return 0;
}

static int do_install(const struct opts *o)
{
    if (check_dir(o->dir) != 0)
        return 1;
    char *interp = interpreter(o);
    if (!interp)
        return 1;
    if (interp[0] != '/' || strchr(interp, ':')) {
        fprintf(stderr, "denizen binfmt: the interpreter must be an absolute path without ':': %s\n", interp);
        free(interp);
        return 2;
    }
    int bad = 0;
    for (int i = 0; i < NENTRIES; i++) {
        if (!o->want[i])
            continue;
        const struct entry *e = &entries[i];
        unsigned char magic[MAGIC_LEN], mask[MAGIC_LEN];
        char hm[4 * MAGIC_LEN + 1], hk[4 * MAGIC_LEN + 1], line[8192];
        magic_of(e, magic, mask);
        hex(hm, magic, MAGIC_LEN);
        hex(hk, mask, MAGIC_LEN);
        /* F: the interpreter is opened now, so it works in chroots and
         * containers without it; P: the program's argv[0] is passed on. */
        snprintf(line, sizeof line, ":denizen-%s:M:0:%s:%s:%s:FP", e->os, hm, hk, interp);
        if (do_remove_one(o, e, 1) != 0) {   /* replace an older one */
            bad = 1;
            continue;
        }
        int r = write_file(o->dir, "register", line);
        if (r < 0) {
            fprintf(stderr, "denizen binfmt: cannot register denizen-%s: %s\n", e->os, why(-r));
            bad = 1;
            continue;
        }
        printf("denizen-%s: registered (%s, EI_OSABI %u) -> %s\n", e->os, e->brand, e->osabi, interp);
    }
    free(interp);
    return bad;
}

static int do_remove(const struct opts *o)
{
    if (check_dir(o->dir) != 0)
        return 1;
    int bad = 0;
    for (int i = 0; i < NENTRIES; i++)
        if (o->want[i] && do_remove_one(o, &entries[i], 0) != 0)
            bad = 1;
    return bad;
}

static int do_status(const struct opts *o)
{
    if (check_dir(o->dir) != 0)
        return 1;
    char path[4096], buf[1024];
    snprintf(path, sizeof path, "%s/status", o->dir);
    FILE *fp = fopen(path, "re");
    const char *state = fp && fgets(buf, sizeof buf, fp) ? strtok(buf, "\n") : "unknown";
    printf("binfmt_misc: %s (%s)\n", o->dir, state ? state : "unknown");
    if (fp)
        fclose(fp);
    for (int i = 0; i < NENTRIES; i++) {
        if (!o->want[i])
            continue;
        const struct entry *e = &entries[i];
        snprintf(path, sizeof path, "%s/denizen-%s", o->dir, e->os);
        fp = fopen(path, "re");
        if (!fp) {
            printf("denizen-%s: not registered (%s, EI_OSABI %u)\n", e->os, e->brand, e->osabi);
            continue;
        }
        /* "enabled", "interpreter P", "flags: PF", "offset", "magic", "mask" */
        char en[64] = "?", interp[4096] = "?", flags[64] = "";
        while (fgets(buf, sizeof buf, fp)) {
            buf[strcspn(buf, "\n")] = 0;
            if (strcmp(buf, "enabled") == 0 || strcmp(buf, "disabled") == 0)
                snprintf(en, sizeof en, "%.63s", buf);
            else if (strncmp(buf, "interpreter ", 12) == 0)
                snprintf(interp, sizeof interp, "%s", buf + 12);
            else if (strncmp(buf, "flags: ", 7) == 0)
                snprintf(flags, sizeof flags, "%.63s", buf + 7);
        }
        fclose(fp);
        printf("denizen-%s: %s (%s, EI_OSABI %u), interpreter %s, flags %s\n", e->os, en, e->brand, e->osabi,
               interp, flags[0] ? flags : "none");
    }
    fputs(unrecognisable, stdout);
    return 0;
}

/* The registration lines, or binfmt-support's format files (the Debian
 * package's /usr/share/binfmts/denizen-<os>). */
static int do_print(const struct opts *o)
{
    char *interp = interpreter(o);
    if (!interp)
        return 1;
    int bad = 0;
    for (int i = 0; i < NENTRIES; i++) {
        if (!o->want[i])
            continue;
        const struct entry *e = &entries[i];
        unsigned char magic[MAGIC_LEN], mask[MAGIC_LEN];
        char hm[4 * MAGIC_LEN + 1], hk[4 * MAGIC_LEN + 1];
        magic_of(e, magic, mask);
        hex(hm, magic, MAGIC_LEN);
        hex(hk, mask, MAGIC_LEN);
        if (!o->binfmts) {
            printf(":denizen-%s:M:0:%s:%s:%s:FP\n", e->os, hm, hk, interp);
            continue;
        }
        char path[4096];
        snprintf(path, sizeof path, "%s/denizen-%s", o->binfmts, e->os);
        FILE *fp = fopen(path, "we");
        if (!fp) {
            fprintf(stderr, "denizen binfmt: %s: %s\n", path, strerror(errno));
            bad = 1;
            continue;
        }
        fprintf(fp, "package denizen\ninterpreter %s\nmagic %s\nmask %s\noffset 0\n"
                    "credentials no\npreserve yes\nfix_binary yes\n", interp, hm, hk);
        if (fclose(fp) != 0) {
            fprintf(stderr, "denizen binfmt: %s: %s\n", path, strerror(errno));
            bad = 1;
        }
    }
    free(interp);
    return bad;
}

int dz_cmd_binfmt(int argc, char **argv)
{
    if (argc < 2 || strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
        fputs(dz_help_binfmt, argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    const char *verb = argv[1];
    struct opts o = { .dir = DEFAULT_DIR };
    for (int i = 0; i < NENTRIES; i++)
        o.want[i] = 1;
    for (int i = 2; i < argc; i++) {
        const char *a = argv[i];
        const char **slot = strcmp(a, "--dir") == 0           ? &o.dir
                            : strcmp(a, "--interpreter") == 0 ? &o.interp
                            : strcmp(a, "--binfmts") == 0     ? &o.binfmts
                                                              : NULL;
        if (strcmp(a, "--os") == 0) {
            if (i + 1 >= argc)
                return usage_error("--os wants a list of freebsd, netbsd, openbsd", NULL);
            if (parse_os(&o, argv[++i]) != 0)
                return 2;   /* said why */
        } else if (slot) {
            if (i + 1 >= argc)
                return usage_error("missing value for ", a);
            *slot = argv[++i];
        } else {
            return usage_error("unknown option ", a);
        }
    }
    if (strcmp(verb, "install") == 0)
        return do_install(&o);
    if (strcmp(verb, "remove") == 0)
        return do_remove(&o);
    if (strcmp(verb, "status") == 0)
        return do_status(&o);
    if (strcmp(verb, "print") == 0)
        return do_print(&o);
    return usage_error("unknown subcommand ", verb);
}

/* Started by the kernel for a registered program, with the P flag:
 *   denizen-binfmt PATH ARGV0 ARGS...
 * (PATH as the program was exec'd, ARGV0 its own argv[0]).  Runs as
 * `denizen run [settings] --argv0 ARGV0 -- PATH ARGS...`, the settings
 * from the environment since there is no command line to give them on. */
int dz_binfmt_entry(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "denizen: %s is started by binfmt_misc (denizen binfmt install); "
                        "run programs by hand with `denizen run PROG`\n", DZ_BINFMT_NAME);
        return 2;
    }
    char **nargv = calloc((size_t)argc + 16, sizeof *nargv);
    if (!nargv)
        return 126;
    int n = 0;
    nargv[n++] = "run";
    /* DENIZEN_TRACE and DENIZEN_TRACE_OPTS: read by run itself. */
    const char *v = getenv("DENIZEN_ROOT");
    if (v && v[0]) {
        nargv[n++] = "--root";
        nargv[n++] = (char *)v;
    }
    v = getenv("DENIZEN_NO_REWRITE");
    if (v && strcmp(v, "1") == 0)
        nargv[n++] = "--no-rewrite";
    v = getenv("DENIZEN_LAZY_MISSING");
    if (v && strcmp(v, "1") == 0)
        nargv[n++] = "--lazy-missing";
    /* Without P there would be no ARGV0; a program exec'd with an empty
     * argv gets "" from the kernel, and keeps it. */
    nargv[n++] = "--argv0";
    nargv[n++] = argc >= 3 ? argv[2] : argv[1];
    nargv[n++] = "--";
    nargv[n++] = argv[1];
    for (int i = 3; i < argc; i++)
        nargv[n++] = argv[i];
    nargv[n] = NULL;
    return dz_cmd_run(n, nargv);
}
