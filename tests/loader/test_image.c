/* The loader on crafted files (loader/image.c, loader/brand.c): every
 * malformed input is a clear error with the right exit status, and each
 * brand mark is recognised. */
#include "loader/brand.h"
#include "loader/image.h"
#include "tests/dz_cunit.h"
#include <elf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char path[64];

/* A minimal ELF: header, phdrs at 64, optional note/interp payload at 512,
 * file padded to 4096. */
struct spec {
    unsigned char cls, osabi;
    uint16_t type, machine, phnum;
    uint64_t load_off;           /* PT_LOAD p_offset */
    const char *note_owner;      /* PT_NOTE with this owner, type 1 */
    const char *interp;          /* PT_INTERP */
    size_t size;                 /* file size (0: 4096) */
};

static void write_elf(const struct spec *s)
{
    unsigned char f[4096];
    memset(f, 0, sizeof f);
    Elf64_Ehdr *eh = (Elf64_Ehdr *)f;
    memcpy(eh->e_ident, ELFMAG, SELFMAG);
    eh->e_ident[EI_CLASS] = s->cls ? s->cls : ELFCLASS64;
    eh->e_ident[EI_DATA] = ELFDATA2LSB;
    eh->e_ident[EI_VERSION] = EV_CURRENT;
    eh->e_ident[EI_OSABI] = s->osabi;
    eh->e_type = s->type ? s->type : ET_EXEC;
    eh->e_machine = s->machine ? s->machine : EM_X86_64;
    eh->e_version = EV_CURRENT;
    eh->e_entry = 0x401000;
    eh->e_phoff = 64;
    eh->e_ehsize = sizeof *eh;
    eh->e_phentsize = sizeof(Elf64_Phdr);
    Elf64_Phdr *ph = (Elf64_Phdr *)(f + 64);
    int n = 0;
    ph[n++] = (Elf64_Phdr){ .p_type = PT_LOAD, .p_flags = PF_R | PF_X, .p_offset = s->load_off,
                            .p_vaddr = 0x400000 + s->load_off, .p_filesz = 1024, .p_memsz = 1024,
                            .p_align = 4096 };
    if (s->note_owner) {
        uint32_t namesz = (uint32_t)strlen(s->note_owner) + 1;
        unsigned char *nt = f + 512;
        memcpy(nt, &namesz, 4);
        uint32_t descsz = 4, type = 1, desc = 1302001;
        memcpy(nt + 4, &descsz, 4);
        memcpy(nt + 8, &type, 4);
        memcpy(nt + 12, s->note_owner, namesz);
        memcpy(nt + 12 + ((namesz + 3) & ~3u), &desc, 4);
        ph[n++] = (Elf64_Phdr){ .p_type = PT_NOTE, .p_offset = 512,
                                .p_filesz = 12 + ((namesz + 3) & ~3u) + 4, .p_align = 4 };
    }
    if (s->interp) {
        strcpy((char *)f + 768, s->interp);
        ph[n++] = (Elf64_Phdr){ .p_type = PT_INTERP, .p_offset = 768, .p_filesz = strlen(s->interp) + 1 };
    }
    eh->e_phnum = s->phnum ? s->phnum : (uint16_t)n;
    FILE *fp = fopen(path, "wb");
    fwrite(f, 1, s->size ? s->size : sizeof f, fp);
    fclose(fp);
}

static int open_status(char *err, size_t errlen, struct dz_image *img)
{
    int status = 0;
    int r = dz_image_open(img, path, err, errlen, &status);
    if (r == 0)
        return 0;
    CU_ASSERT_PTR_NULL(strchr(err, '\n'));   /* one line */
    return status;
}

static int brand(const struct spec *s)
{
    struct dz_image img;
    char err[512];
    write_elf(s);
    if (open_status(err, sizeof err, &img) != 0)
        return -1;
    int os = img.os;
    dz_image_close(&img);
    return os;
}

static void test_missing(void)
{
    struct dz_image img;
    char err[512];
    int status;
    CU_ASSERT_EQUAL(dz_image_open(&img, "/nonexistent/prog", err, sizeof err, &status), -1);
    CU_ASSERT_EQUAL(status, 127);
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "No such file"));
}

static void test_empty_and_text(void)
{
    struct dz_image img;
    char err[512];
    FILE *fp = fopen(path, "w");
    fclose(fp);
    CU_ASSERT_EQUAL(open_status(err, sizeof err, &img), 126);
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "empty"));
    fp = fopen(path, "w");
    fputs("#!/bin/sh\necho hello\n", fp);
    fclose(fp);
    CU_ASSERT_EQUAL(open_status(err, sizeof err, &img), 126);
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "not an ELF"));
}

static void test_wrong_class_type_machine(void)
{
    struct dz_image img;
    char err[512];
    write_elf(&(struct spec){ .cls = ELFCLASS32 });
    CU_ASSERT_EQUAL(open_status(err, sizeof err, &img), 126);
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "32-bit"));
    write_elf(&(struct spec){ .type = ET_REL });
    CU_ASSERT_EQUAL(open_status(err, sizeof err, &img), 126);
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "object file"));
    write_elf(&(struct spec){ .osabi = ELFOSABI_FREEBSD, .machine = EM_AARCH64 });
    CU_ASSERT_EQUAL(open_status(err, sizeof err, &img), 126);
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "FreeBSD aarch64"));
}

static void test_truncated(void)
{
    struct dz_image img;
    char err[512];
    /* headers cut off before the program header table ends */
    write_elf(&(struct spec){ .osabi = ELFOSABI_FREEBSD, .size = 100 });
    CU_ASSERT_EQUAL(open_status(err, sizeof err, &img), 126);
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "ELF"));
    /* a segment that lies past the end of the file */
    write_elf(&(struct spec){ .osabi = ELFOSABI_FREEBSD, .load_off = 8192 });
    CU_ASSERT_EQUAL(open_status(err, sizeof err, &img), 126);
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "truncated"));
    /* more program headers than the table holds */
    write_elf(&(struct spec){ .osabi = ELFOSABI_FREEBSD, .phnum = 300 });
    CU_ASSERT_EQUAL(open_status(err, sizeof err, &img), 126);
}

static void test_brands(void)
{
    CU_ASSERT_EQUAL(brand(&(struct spec){ .osabi = ELFOSABI_FREEBSD }), DZ_OS_FREEBSD);
    CU_ASSERT_EQUAL(brand(&(struct spec){ .note_owner = "FreeBSD" }), DZ_OS_FREEBSD);
    CU_ASSERT_EQUAL(brand(&(struct spec){ .note_owner = "NetBSD" }), DZ_OS_NETBSD);
    CU_ASSERT_EQUAL(brand(&(struct spec){ .osabi = ELFOSABI_OPENBSD }), DZ_OS_OPENBSD);
    CU_ASSERT_EQUAL(brand(&(struct spec){ .note_owner = "OpenBSD" }), DZ_OS_OPENBSD);
    CU_ASSERT_EQUAL(brand(&(struct spec){ .interp = "/lib/amd64/ld.so.1" }), DZ_OS_ILLUMOS);
    CU_ASSERT_EQUAL(brand(&(struct spec){ .interp = "/lib64/ld-linux-x86-64.so.2" }), DZ_OS_LINUX);
    CU_ASSERT_EQUAL(brand(&(struct spec){ 0 }), DZ_OS_LINUX);   /* SYSV, no foreign mark */
}

static void test_abi_note_version(void)
{
    struct dz_image img;
    char err[512];
    write_elf(&(struct spec){ .osabi = ELFOSABI_FREEBSD, .note_owner = "FreeBSD" });
    CU_ASSERT_EQUAL_FATAL(open_status(err, sizeof err, &img), 0);
    CU_ASSERT_EQUAL(img.abi_version, 1302001);
    dz_image_close(&img);
}

static int setup(void)
{
    snprintf(path, sizeof path, "/tmp/dz-loader-test.%d", (int)getpid());
    return 0;
}

static int teardown(void)
{
    unlink(path);
    return 0;
}

static CU_TestInfo tests[] = {
    { "missing file", test_missing },
    { "empty and text files", test_empty_and_text },
    { "wrong class, type, machine", test_wrong_class_type_machine },
    { "truncated files", test_truncated },
    { "brands", test_brands },
    { "ABI note version", test_abi_note_version },
    CU_TEST_INFO_NULL,
};

DZ_CUNIT_MAIN({ "loader image", setup, teardown, NULL, NULL, tests })
