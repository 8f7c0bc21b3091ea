/* The virtual-file-system walk and the per-call translation decision (see
 * pathmap.h).  File-system access only through struct dz_pm_fs. */
#include "syscall-xlate/pathmap/pathmap.h"
#include <errno.h>
#include <fcntl.h>
#include <string.h>

#define MAXLINKS 40   /* Linux MAXSYMLINKS */

/* Is v (length vl, absolute, normalised) an OLD (2) or an ancestor of one
 * (1)?  Such components are never read as links: a rule names its OLD
 * lexically. */
static int rule_anchor(const struct dz_pathmap *m, const char *v, size_t vl)
{
    int a = 0;
    for (unsigned i = 0; i < m->n; i++) {
        const struct dz_pm_rule *r = &m->rule[i];
        if (r->old_len >= vl && memcmp(r->old, v, vl) == 0) {
            if (r->old[vl] == '\0')
                return 2;
            if (r->old[vl] == '/')
                a = 1;
        }
    }
    return a;
}

/* Host path of the virtual path v into out; sets *touched when a rule applied. */
static int map_into(const struct dz_pathmap *m, const char *v, char *out, int *touched)
{
    int r = dz_pathmap_forward(m, v, out, DZ_PM_PATH_MAX);
    if (r > 0) {
        *touched = 1;
        return 0;
    }
    if (r < 0)
        return r;
    size_t n = strlen(v);
    if (n + 1 > DZ_PM_PATH_MAX)
        return -ENAMETOOLONG;
    memcpy(out, v, n + 1);
    return 0;
}

int dz_pathmap_resolve(const struct dz_pathmap *m, const char *vdir, const char *path,
                       unsigned flags, const struct dz_pm_fs *fs, char *out, char *vout)
{
    char v[DZ_PM_PATH_MAX];      /* resolved virtual prefix; "/" is "" */
    char rem[DZ_PM_PATH_MAX];    /* what is left to walk, from rp */
    char tmp[DZ_PM_PATH_MAX];
    size_t vl = 0, rp = 0, plen = strlen(path);
    int touched = 0, links = 0;
    int trailing = plen > 1 && path[plen - 1] == '/';
    int follow_last = !(flags & DZ_PM_NOFOLLOW) || trailing;

    if (plen + 1 > sizeof rem)
        return -ENAMETOOLONG;
    memcpy(rem, path, plen + 1);
    if (path[0] != '/' && vdir) {
        long k = dz_path_normalize(vdir, v, sizeof v);
        if (k < 0)
            return (int)k;
        vl = k == 1 ? 0 : (size_t)k;
    }
    v[vl] = '\0';

    for (;;) {
        while (rem[rp] == '/')
            rp++;
        if (!rem[rp])
            break;
        size_t c = rp, cl = 0;
        while (rem[c + cl] && rem[c + cl] != '/')
            cl++;
        rp = c + cl;
        size_t q = rp;
        while (rem[q] == '/')
            q++;
        int last = rem[q] == '\0';

        if (cl == 1 && rem[c] == '.')
            continue;
        if (cl == 2 && rem[c] == '.' && rem[c + 1] == '.') {
            while (vl > 0 && v[vl - 1] != '/')
                vl--;
            if (vl > 0)
                vl--;
            v[vl] = '\0';
            continue;
        }
        size_t vl0 = vl;
        if (vl + 1 + cl + 1 > sizeof v)
            return -ENAMETOOLONG;
        v[vl++] = '/';
        memcpy(v + vl, rem + c, cl);
        vl += cl;
        v[vl] = '\0';

        int anchor = rule_anchor(m, v, vl);
        if (anchor) {
            /* Walking through an OLD: the kernel could not, so the answer
             * counts as mapped even if ".." leads out again. */
            touched |= anchor == 2;
            continue;
        }
        if (last && !follow_last)
            continue;
        int e = map_into(m, v, out, &touched);
        if (e)
            return e;
        long n = fs->readlink(fs->ctx, out, tmp, sizeof tmp - 1);
        if (n == -EINVAL)
            continue;                       /* not a symlink */
        if (n < 0) {
            /* Missing (or unreadable): keep the rest verbatim so the kernel
             * fails, or creates, exactly where it would have. */
            size_t tl = strlen(rem + rp);
            if (vl + tl + 1 > sizeof v)
                return -ENAMETOOLONG;
            memcpy(v + vl, rem + rp, tl + 1);
            vl += tl;
            break;
        }
        if (++links > MAXLINKS)
            return -ELOOP;
        /* Splice: rem = target + "/" + what followed the link. */
        size_t tl = (size_t)n, restl = strlen(rem + rp);
        if (tl + 1 + restl + 1 > sizeof rem)
            return -ENAMETOOLONG;
        if (restl) {
            tmp[tl++] = '/';
            memcpy(tmp + tl, rem + rp, restl + 1);
        } else {
            tmp[tl] = '\0';
        }
        memcpy(rem, tmp, tl + restl + 1);
        rp = 0;
        vl = tmp[0] == '/' ? 0 : vl0;
        v[vl] = '\0';
    }

    if (vl == 0) {
        v[0] = '/';
        v[1] = '\0';
    }
    int e = map_into(m, v, out, &touched);
    if (e)
        return e;
    size_t ol = strlen(out);
    if (trailing && out[ol - 1] != '/') {
        if (ol + 2 > DZ_PM_PATH_MAX)
            return -ENAMETOOLONG;
        out[ol] = '/';
        out[ol + 1] = '\0';
    }
    if (vout)
        memcpy(vout, v, strlen(v) + 1);
    return touched;
}

/* Does a relative path have a ".." component? */
static int has_dotdot(const char *p)
{
    for (const char *s = p; (s = strstr(s, "..")) != NULL; s += 2)
        if ((s == p || s[-1] == '/') && (s[2] == '/' || s[2] == '\0'))
            return 1;
    return 0;
}

/* Could the kernel read an absolute path differently from a plain prefix
 * match: "//", "/./", "/../", or a final "/." or "/.."? */
static int odd(const char *p)
{
    for (const char *s = p; *s; s++) {
        if (s[0] != '/')
            continue;
        if (s[1] == '/')
            return 1;
        if (s[1] == '.' && (s[2] == '/' || s[2] == '\0'))
            return 1;
        if (s[1] == '.' && s[2] == '.' && (s[3] == '/' || s[3] == '\0'))
            return 1;
    }
    return 0;
}

/* Does relative path p name the last component of some OLD?  Without "..",
 * that is the only way it can walk into a mapping from outside. */
static int names_base(const struct dz_pathmap *m, const char *p)
{
    for (const char *s = p; *s;) {
        while (*s == '/')
            s++;
        const char *c = s;
        while (*s && *s != '/')
            s++;
        size_t n = (size_t)(s - c);
        for (unsigned i = 0; i < m->n && n; i++)
            if (m->rule[i].base_len == n && memcmp(m->rule[i].base, c, n) == 0)
                return 1;
    }
    return 0;
}

/* Is out the lexical join of host dir hd and relative path p (no "..")? */
static int same_as_kernel(const char *hd, const char *p, const char *out)
{
    char j[DZ_PM_PATH_MAX], n[DZ_PM_PATH_MAX];
    size_t hl = strlen(hd), pl = strlen(p);
    if (hl + 1 + pl + 1 > sizeof j)
        return 0;
    memcpy(j, hd, hl);
    j[hl] = '/';
    memcpy(j + hl + 1, p, pl + 1);
    long k = dz_path_normalize(j, n, sizeof n);
    if (k < 0)
        return 0;
    size_t ol = strlen(out);
    if (ol > 1 && out[ol - 1] == '/')
        ol--;                      /* trailing slash kept by the walk */
    return (size_t)k == ol && memcmp(n, out, ol) == 0;
}

int dz_pathmap_translate(const struct dz_pathmap *m, const char *root, int dirfd,
                         const char *path, unsigned flags, const struct dz_pm_fs *fs,
                         char *out)
{
    int rules = m && m->n;
    if (!path || !path[0])
        return DZ_PM_SAME;

    if (path[0] != '/') {
        if (!rules)
            return DZ_PM_SAME;
        if (!(flags & DZ_PM_FULL) && !has_dotdot(path) && !names_base(m, path))
            return DZ_PM_SAME;
        char hd[DZ_PM_PATH_MAX], vd[DZ_PM_PATH_MAX];
        if (fs->dirpath(fs->ctx, dirfd, hd, sizeof hd) < 0)
            return DZ_PM_SAME;              /* let the kernel report it */
        int rv = dz_pathmap_reverse(m, hd, vd, sizeof vd);
        int r = dz_pathmap_resolve(m, rv > 0 ? vd : hd, path, flags, fs, out, NULL);
        if (r < 0)
            return r;
        if (!r && rv <= 0)
            return DZ_PM_SAME;
        /* Inside a mapping every step maps; still, a walk that ends where
         * the kernel would (host cwd + path) needs no rewrite. */
        if (!has_dotdot(path) && same_as_kernel(hd, path, out))
            return DZ_PM_SAME;
        return DZ_PM_MAPPED;
    }

    if (rules && ((flags & DZ_PM_FULL) || odd(path) || dz_pathmap_match(m, path, NULL))) {
        int r = dz_pathmap_resolve(m, NULL, path, flags, fs, out, NULL);
        if (r < 0)
            return r;
        if (r)
            return DZ_PM_MAPPED;
    }
    if (root && root[0] && dz_root_lookup(root, path, flags, fs, out) > 0)
        return DZ_PM_ROOTED;
    return DZ_PM_SAME;
}
