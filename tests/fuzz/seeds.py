#!/usr/bin/env python3
"""Seed corpora for the fuzz targets, made at run time from the real corpus.

    tests/fuzz/seeds.py CORPUS_DIR OUT_DIR

Writes OUT_DIR/<target>/<name> for every target.  The corpus programs are
megabytes each; a seed is small so that the fuzzer runs fast:
  - header truncations (the first 512 bytes and 4 KiB) of each program;
  - a compacted copy: the same ELF headers, program headers and sections,
    with only the bytes the readers look at kept (notes, interpreter,
    dynamic section and every table it points to, the section names, the
    Go pclntab cut to its first functions, the first symbols), each kept
    range in a PT_LOAD of its own at its original address;
  - site-cache files made of the real `mov $nr, %eax; syscall` sites of
    the programs' code (rcache), and synthetic inputs for the text parsers.
Nothing is committed: the seeds are rebuilt from the corpus each time."""
import os
import struct
import sys

PT_LOAD, PT_DYNAMIC, PT_INTERP, PT_NOTE, PT_PHDR, PT_TLS = 1, 2, 3, 4, 6, 7


def u16(b, o): return struct.unpack_from('<H', b, o)[0]
def u32(b, o): return struct.unpack_from('<I', b, o)[0]
def u64(b, o): return struct.unpack_from('<Q', b, o)[0]


class Elf:
    def __init__(self, data):
        self.d = data
        if data[:4] != b'\x7fELF' or data[4] != 2 or data[5] != 1:
            raise ValueError('not ELF64 LSB')
        (self.type, self.machine, _, self.entry, self.phoff, self.shoff, _, _, self.phentsize,
         self.phnum, self.shentsize, self.shnum, self.shstrndx) = struct.unpack_from('<HHIQQQIHHHHHH', data, 16)
        self.ph = [list(struct.unpack_from('<IIQQQQQQ', data, self.phoff + i * 56)) for i in range(self.phnum)]
        self.sh = []
        if self.shoff and self.shentsize == 64 and self.shoff + self.shnum * 64 <= len(data):
            self.sh = [list(struct.unpack_from('<IIQQQQIIQQ', data, self.shoff + i * 64)) for i in range(self.shnum)]

    def off_of(self, vaddr):
        for p in self.ph:
            if p[0] == PT_LOAD and p[3] <= vaddr < p[3] + p[5]:
                return p[2] + vaddr - p[3]
        return None

    def sec_name(self, s):
        if not self.sh or self.shstrndx >= len(self.sh):
            return ''
        st = self.sh[self.shstrndx]
        o = st[4] + s[0]
        e = self.d.find(b'\0', o)
        return self.d[o:e].decode('latin-1')


def dynamic_ranges(e, keep):
    """The file ranges of the dynamic section and the tables it points to."""
    dyn = [p for p in e.ph if p[0] == PT_DYNAMIC]
    if not dyn:
        return
    p = dyn[0]
    tags = {}
    for i in range(p[5] // 16):
        t, v = struct.unpack_from('<qQ', e.d, p[2] + i * 16)
        if t == 0:
            break
        tags.setdefault(t, v)
    def add(vaddr, size):
        o = e.off_of(vaddr) if vaddr else None
        if o is not None and size > 0:
            keep.append((o, min(o + size, len(e.d))))
    add(tags.get(5), tags.get(10, 0))                      # DT_STRTAB, DT_STRSZ
    add(tags.get(7), tags.get(8, 0))                       # DT_RELA, DT_RELASZ
    add(tags.get(23), tags.get(2, 0))                      # DT_JMPREL, DT_PLTRELSZ
    nsym = 0
    if 4 in tags:                                          # DT_HASH
        o = e.off_of(tags[4])
        nb, nc = struct.unpack_from('<II', e.d, o)
        nsym = nc
        add(tags[4], 8 + 4 * (nb + nc))
    if 0x6ffffef5 in tags:                                 # DT_GNU_HASH: keep it whole
        o = e.off_of(tags[0x6ffffef5])
        nb, so, bw, _ = struct.unpack_from('<IIII', e.d, o)
        buckets = o + 16 + bw * 8
        mx = max([u32(e.d, buckets + 4 * i) for i in range(nb)] + [0])
        n = mx
        if mx >= so:
            while not (u32(e.d, buckets + 4 * nb + 4 * (n - so)) & 1):
                n += 1
            n += 1
        nsym = max(nsym, n)
        add(tags[0x6ffffef5], 16 + bw * 8 + 4 * nb + 4 * max(0, n - so))
    for t, sz in ((7, 8), (23, 2)):                        # the highest symbol relocations name
        o = e.off_of(tags.get(t, 0)) if tags.get(t) else None
        if o is not None:
            for i in range(tags.get(sz, 0) // 24):
                nsym = max(nsym, (u64(e.d, o + i * 24 + 8) >> 32) + 1)
    add(tags.get(6), nsym * 24)                            # DT_SYMTAB
    add(tags.get(0x6ffffff0), nsym * 2)                    # DT_VERSYM
    if 0x6ffffffe in tags:                                 # DT_VERNEED, walked
        at = tags[0x6ffffffe]
        for _ in range(tags.get(0x6fffffff, 0)):
            o = e.off_of(at)
            if o is None:
                break
            cnt, aux, nxt = u16(e.d, o + 2), u32(e.d, o + 8), u32(e.d, o + 12)
            add(at, 16)
            a = at + aux
            for _ in range(cnt):
                ao = e.off_of(a)
                if ao is None:
                    break
                add(a, 16)
                a += u32(e.d, ao + 12)
            at += nxt
    for arr, sz in ((0x20, 0x21), (0x19, 0x1b), (0x1a, 0x1c)):   # PREINIT, INIT, FINI arrays
        add(tags.get(arr), tags.get(sz, 0))


def compact(data, funcs=200, nsyms=400):
    e = Elf(data)
    d = bytearray(data)
    keep = [(0, e.phoff + e.phnum * 56)]
    for p in e.ph:
        if p[0] in (PT_INTERP, PT_NOTE, PT_DYNAMIC) and p[5]:
            keep.append((p[2], p[2] + p[5]))
    dynamic_ranges(e, keep)
    if e.sh:
        keep.append((e.shoff, e.shoff + e.shnum * 64))
        st = e.sh[e.shstrndx] if e.shstrndx < len(e.sh) else None
        if st:
            keep.append((st[4], st[4] + st[5]))
        for i, s in enumerate(e.sh):
            name = e.sec_name(s)
            if name == '.gopclntab' and s[5] >= 72:
                o = s[4]
                magic, n = u32(d, o), u64(d, o + 8)
                if magic in (0xfffffff0, 0xfffffff1):          # Go 1.18+: functab moved after the header
                    pcln = u64(d, o + 64)
                    k = min(n, funcs)
                    ft = bytes(d[o + pcln:o + pcln + (k + 1) * 8])
                    struct.pack_into('<Q', d, o + 8, k)
                    struct.pack_into('<Q', d, o + 64, 72)
                    d[o + 72:o + 72 + len(ft)] = ft
                    s[5] = 72 + len(ft)
                else:
                    s[5] = min(s[5], 16 + (funcs + 1) * 16)
                keep.append((o, o + s[5]))
            elif s[1] == 2 and s[9] == 24:                      # SHT_SYMTAB: its first symbols
                s[5] = min(s[5], nsyms * 24)
                keep.append((s[4], s[4] + s[5]))
            struct.pack_into('<IIQQQQIIQQ', d, e.shoff + i * 64, *s)
    # merge, then lay the kept ranges out one after the other (8-aligned)
    keep = sorted((a, min(b, len(d))) for a, b in keep if b > a)
    merged = []
    for a, b in keep:
        if merged and a <= merged[-1][1] + 64:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    out = bytearray()
    newoff = []
    for a, b in merged:
        out += b'\0' * (-len(out) % 16 + (a % 16))
        newoff.append(len(out))
        out += d[a:b]
    def moved(o):
        for (a, b), n in zip(merged, newoff):
            if a <= o < b or o == b:
                return n + o - a
        return None
    # program headers: each PT_LOAD becomes its kept pieces; others move
    phs = []
    for p in e.ph:
        if p[0] == PT_LOAD:
            pieces = [(max(a, p[2]), min(b, p[2] + p[5])) for a, b in merged if a < p[2] + p[5] and b > p[2]]
            for j, (a, b) in enumerate(pieces):
                va = p[3] + a - p[2]
                mem = b - a if j < len(pieces) - 1 else p[3] + p[6] - va
                phs.append([PT_LOAD, p[1], moved(a), va, va, b - a, mem, 16])
            if not pieces:
                phs.append([PT_LOAD, p[1], 0, p[3], p[3], 0, p[6], p[7]])
        else:
            o = moved(p[2]) if p[5] else 0
            phs.append([p[0], p[1], o if o is not None else 0, p[3], p[4], p[5] if o is not None else 0, p[6], p[7]])
    phs = phs[:64]
    # the program header table is at its old place: grow it at the end if needed
    phoff = len(out) + (-len(out) % 8)
    out += b'\0' * (phoff - len(out))
    for p in phs:
        out += struct.pack('<IIQQQQQQ', *p)
    struct.pack_into('<Q', out, 32, phoff)
    struct.pack_into('<H', out, 56, len(phs))
    for p in phs:
        if p[0] == PT_PHDR:
            pass
    # section headers: offsets moved; sections not kept lose their bytes
    if e.sh:
        sho = moved(e.shoff)
        struct.pack_into('<Q', out, 40, sho)
        for i in range(e.shnum):
            s = list(struct.unpack_from('<IIQQQQIIQQ', out, sho + i * 64))
            o = moved(s[4]) if s[5] else None
            if o is None or moved(s[4] + s[5]) is None:
                s[5] = 0 if s[1] != 8 else s[5]
                o = 0
            s[4] = o
            struct.pack_into('<IIQQQQIIQQ', out, sho + i * 64, *s)
    # PT_PHDR now points at nothing meaningful in memory: drop its type
    return bytes(out)


def syscall_sites(data, limit=64):
    """(offset, record bytes) of `mov $nr, %eax; syscall` in data."""
    out = []
    i = data.find(b'\x0f\x05')
    while i >= 0 and len(out) < limit:
        if i >= 5 and data[i - 5] == 0xb8:
            out.append(i - 5)
        i = data.find(b'\x0f\x05', i + 1)
    return out


def rcache_seeds(data, name, put):
    text_at = 0x5a0000000000
    for k, o in enumerate(syscall_sites(data, 8)):
        lo = max(0, o - 200)
        code = data[lo:lo + 512]
        at = o - lo
        rec = struct.pack('<QQQqBB6x16s', 0x3174697365447a64, text_at + at + 5, text_at + at,
                          u32(data, o + 1), 5, 1, data[o:o + 5] + b'\0' * 11)
        bad = bytearray(rec)
        bad[24] ^= 1                                     # a record whose bytes no longer match... in nr
        put('%s-site%d' % (name, k), struct.pack('<H', len(code)) + code + rec + bytes(bad) + rec[:20])


def main():
    corpus, out = sys.argv[1], sys.argv[2]
    targets = ['elf', 'dynlink', 'funcs', 'rcache', 'trace', 'pathmap', 'kevent']
    for t in targets:
        os.makedirs(os.path.join(out, t), exist_ok=True)

    def put(t, name, b):
        with open(os.path.join(out, t, name.replace('/', '_')), 'wb') as f:
            f.write(b)

    progs = []
    for sub, names in (('go', ['hello', 'execsh']), ('esbuild', ['esbuild']), ('lightningcss', ['lightningcss']),
                       ('conformance', ['open'])):
        base = os.path.join(corpus, sub)
        if not os.path.isdir(base):
            continue
        for os_dir in sorted(os.listdir(base)):
            for n in names:
                p = os.path.join(base, os_dir, n)
                if os.path.isfile(p):
                    progs.append(('%s-%s-%s' % (sub, os_dir, n), p))
    if not progs:
        sys.exit('seeds: no programs under %s (scripts/corpus builds them)' % corpus)
    for name, p in progs:
        with open(p, 'rb') as f:
            data = f.read()
        for cut in (512, 4096):
            put('elf', '%s-head%d' % (name, cut), data[:cut])
        try:
            c = compact(data)
        except (ValueError, struct.error, IndexError) as ex:
            print('seeds: %s not compacted: %s' % (p, ex), file=sys.stderr)
            continue
        for t in ('elf', 'dynlink', 'funcs'):
            put(t, name + '-compact', c)
        rcache_seeds(data, name, lambda n, b: put('rcache', n, b))
    # --trace: kinds over values and guest bytes, options, call lists, quoting
    strs = [b'/etc/passwd', b'hi\n\x01\x7f"\\', b'x' * 200, b'/usr/local/lib/libc.so.7']
    for k in range(40):
        for f in (0, 1, 2):
            put('trace', 'arg%d-%d' % (k, f), bytes([0, k, f, 200]) + struct.pack('<QQ', 0x202 if f != 1 else 0, 4)
                + strs[k % len(strs)])
    for i, o in enumerate([b'--trace', b'--trace=/tmp/x', b'--trace-calls=open,%file,!read', b'--trace-time',
                           b'--trace-durations', b'--trace-summary', b'--trace-ff', b'--trace-level=sys',
                           b'--trace-inherit=3:mx']):
        put('trace', 'opt%d' % i, b'\x01' + o)
    put('trace', 'select0', b'\x02open,%file,!%network\0openat\0\x01\0\0\0')
    put('trace', 'quote0', b'\x03\x40\x20\x00' + strs[1] * 4)
    # path mapper: rules NUL links NUL queries
    put('pathmap', 'rules0', b'/opt/legacy=/srv/new;/usr/local=/compat/usr\\;x\n# c\n/a=/b\0'
        b'/srv/new/l>../up\n/b/loop>/b/loop\n/b/abs>/opt/legacy/x\0'
        b'\x00/opt/legacy/l/x\0/usr/local/../local/./bin\0\x01/a/loop\0\x02../a/abs\0/nx/y\0\x04/etc//passwd/')
    put('pathmap', 'rules1', b' /x = /y ; /x/y=/z\0\0/x/y/z\0/x\0/\0..\0')
    # kevent: one change of each filter in each layout
    for lay, fmt in ((0, '<QhHIqQQQQQ'), (1, '<QhHIqQ'), (2, '<QIIIqQQQQQ'), (3, '<QhHIqQ')):
        rows = b''
        for flt in (-1, -2, -5, -6, -7, -11, -4):
            for flags in (0x1, 0x11, 0x2, 0x4001):
                vals = [0 if flt in (-1, -2) else 1, flt & 0xffff if lay == 2 else flt, flags, 0x1000000, 5, 0]
                if lay == 2:
                    vals[1] = {-1: 0, -2: 1, -5: 4, -6: 5, -7: 6, -11: 8, -4: 3}[flt]
                vals += [0] * (fmt.count('Q') + fmt.count('q') + fmt.count('h') + fmt.count('H') + fmt.count('I')
                               - len(vals))
                rows += struct.pack(fmt, *vals[:len(fmt) - 1])
        put('kevent', 'layout%d' % lay, bytes([lay]) + rows)


if __name__ == '__main__':
    main()
