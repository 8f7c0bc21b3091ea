/* Lazy resolution of the interposed entry points: dlsym(RTLD_NEXT), and --
 * when that would recurse (a malloc or fopen inside dlsym that lands in a
 * wrapper whose slot is still empty) -- a lookup of our own in the loaded
 * objects' symbol tables, which allocates nothing and calls nothing. */
#include "libshim/preload/real.h"
#include "libshim/preload/shim.h"
#include <dlfcn.h>
#include <elf.h>
#include <link.h>
#include <string.h>

struct dz_real dz_real;

static __thread int resolving;
static int force_elf;       /* DENIZEN_SHIM_RESOLVE=elf: test the fallback */

static uint32_t gnu_hash(const char *s)
{
    uint32_t h = 5381;
    for (; *s; s++)
        h = h * 33 + (unsigned char)*s;
    return h;
}

/* glibc relocates most d_ptr entries in place; the vDSO's are not. */
static const void *dyn_ptr(const struct link_map *l, ElfW(Addr) p)
{
    return (const void *)(p < l->l_addr ? p + l->l_addr : p);
}

/* The default-version definition of `name` in object l, via DT_GNU_HASH. */
static void *lookup_in(const struct link_map *l, const char *name)
{
    const ElfW(Sym) *sym = NULL;
    const char *str = NULL;
    const uint32_t *gh = NULL;
    const ElfW(Half) *ver = NULL;
    for (const ElfW(Dyn) *d = l->l_ld; d && d->d_tag != DT_NULL; d++) {
        switch (d->d_tag) {
        case DT_SYMTAB: sym = dyn_ptr(l, d->d_un.d_ptr); break;
        case DT_STRTAB: str = dyn_ptr(l, d->d_un.d_ptr); break;
        case DT_GNU_HASH: gh = dyn_ptr(l, d->d_un.d_ptr); break;
        case DT_VERSYM: ver = dyn_ptr(l, d->d_un.d_ptr); break;
        }
    }
    if (!sym || !str || !gh || gh[0] == 0)
        return NULL;
    uint32_t nb = gh[0], off = gh[1], bloom_n = gh[2];
    const uint32_t *buckets = (const uint32_t *)((const ElfW(Addr) *)(gh + 4) + bloom_n);
    const uint32_t *chain = buckets + nb;
    uint32_t h = gnu_hash(name);
    for (uint32_t i = buckets[h % nb]; i >= off; i++) {
        uint32_t h2 = chain[i - off];
        const ElfW(Sym) *s = &sym[i];
        if ((h | 1) == (h2 | 1) && s->st_shndx != SHN_UNDEF && s->st_value &&
            strcmp(str + s->st_name, name) == 0 && !(ver && (ver[i] & 0x8000))) {
            void *p = (void *)(l->l_addr + s->st_value);
            if (ELF64_ST_TYPE(s->st_info) == STT_GNU_IFUNC)
                p = ((void *(*)(void))p)();
            return p;
        }
        if (h2 & 1)
            break;
    }
    return NULL;
}

/* RTLD_NEXT by hand: the objects loaded after this one, in order; when
 * this one was dlopen()ed last (`denizen shim`), the ones before it. */
static void *lookup_next(const char *name)
{
    Dl_info info;
    struct link_map *self = NULL, *head;
    if (!dladdr1((void *)&lookup_next, &info, (void **)&self, RTLD_DL_LINKMAP) || !self)
        return NULL;
    for (const struct link_map *l = self->l_next; l; l = l->l_next) {
        void *p = lookup_in(l, name);
        if (p)
            return p;
    }
    for (head = self; head->l_prev; head = head->l_prev)
        ;
    for (const struct link_map *l = head; l && l != self; l = l->l_next) {
        void *p = l->l_name && l->l_name[0] ? lookup_in(l, name) : NULL;
        if (p)
            return p;
    }
    return NULL;
}

void *dz_real_resolve(void **slot, const char *name)
{
    void *p;
    if (resolving || force_elf) {
        p = lookup_next(name);
    } else {
        resolving = 1;
        p = dlsym(RTLD_NEXT, name);
        resolving = 0;
    }
    if (!p) {
        dz_msg2("no next definition of ", name, "; aborting");
        abort();
    }
    __atomic_store_n(slot, p, __ATOMIC_RELEASE);
    return p;
}

/* The exec family may first be called in a vfork child, where dlsym (which
 * takes the loader's lock) had better not run: resolve it up front. */
void dz_real_warm(void)
{
    const char *v = getenv("DENIZEN_SHIM_RESOLVE");
    force_elf = v && strcmp(v, "elf") == 0;
#define DZ_X(n) (void)DZ_REAL(n);
    DZ_REAL_EXEC(DZ_X)
#undef DZ_X
}
