/* The syscalls.master row parser (syscall-xlate/gen/master.c). */
#include "syscall-xlate/gen/master.h"
#include "syscall-xlate/trace/kinds.h"
#include "syscall-xlate/trace/classes.h"
#include "tests/dz_cunit.h"
#include <string.h>

static char prefix[64], err[256];
static struct dz_master_row row;

static int parse(const char *line)
{
    return dz_master_parse_line(line, &row, prefix, sizeof prefix, err, sizeof err);
}

static void test_full_row(void)
{
    CU_ASSERT_EQUAL(parse("5 open full fbsd_open path,oflags,mode -> fd\n"), 1);
    CU_ASSERT_EQUAL(row.nr, 5);
    CU_ASSERT_STRING_EQUAL(row.name, "open");
    CU_ASSERT_STRING_EQUAL(row.handler, "fbsd_open");
    CU_ASSERT_EQUAL(row.nargs, 3);
    CU_ASSERT_EQUAL(row.args[0], DZ_K_PATH);
    CU_ASSERT_EQUAL(row.args[1], DZ_K_OFLAGS);
    CU_ASSERT_EQUAL(row.args[2], DZ_K_MODE);
    CU_ASSERT_EQUAL(row.ret, DZ_K_FD);
}

static void test_default_result_and_void(void)
{
    CU_ASSERT_EQUAL(parse("20 getpid full dz_getpid void"), 1);
    CU_ASSERT_EQUAL(row.nargs, 0);
    CU_ASSERT_EQUAL(row.ret, DZ_K_INT);
}

static void test_note(void)
{
    CU_ASSERT_EQUAL(parse("54 ioctl partial fbsd_ioctl fd,hex,ptr | tty only  \n"), 1);
    CU_ASSERT_STRING_EQUAL(row.note, "tty only");
}

static void test_fast_column(void)
{
    CU_ASSERT_EQUAL(parse("3 read full dz_read fd,outbuf,size -> ssize @linux:read"), 1);
    CU_ASSERT_STRING_EQUAL(row.fast, "linux");
    CU_ASSERT_STRING_EQUAL(row.linux_name, "read");
    CU_ASSERT_EQUAL(row.ret, DZ_K_SSIZE);
    CU_ASSERT_EQUAL(parse("240 nanosleep full dz_nanosleep ptr,ptr @linux-norestart:nanosleep | sleeps"), 1);
    CU_ASSERT_STRING_EQUAL(row.fast, "linux-norestart");
    CU_ASSERT_STRING_EQUAL(row.note, "sleeps");
    CU_ASSERT_EQUAL(parse("232 clock_gettime full dz_clock_gettime clock,ptr @clock"), 1);
    CU_ASSERT_STRING_EQUAL(row.fast, "clock");
    CU_ASSERT_STRING_EQUAL(row.linux_name, "");
    CU_ASSERT_STRING_EQUAL(dz_master_fast_enum(row.fast), "DZ_FAST_CLOCK");
    CU_ASSERT_STRING_EQUAL(dz_master_fast_enum(""), "DZ_FAST_NONE");
    CU_ASSERT_EQUAL(parse("20 getpid full dz_getpid void"), 1);
    CU_ASSERT_STRING_EQUAL(row.fast, "");
    /* a Linux call needs its name, a clock none; an unimplemented row has no fast path */
    CU_ASSERT_EQUAL(parse("3 read full dz_read fd @linux"), -1);
    CU_ASSERT_EQUAL(parse("232 clock_gettime full dz_clock_gettime clock,ptr @clock:x"), -1);
    CU_ASSERT_EQUAL(parse("3 read full dz_read fd @bogus:read"), -1);
    CU_ASSERT_EQUAL(parse("518 pdfork unimpl - ptr,int @linux:fork"), -1);
}

static void test_class_column(void)
{
    CU_ASSERT_EQUAL(parse("5 open full dz_open path,oflags,mode -> fd  [file,desc]"), 1);
    CU_ASSERT_EQUAL(row.cls, DZ_C_FILE | DZ_C_DESC);
    CU_ASSERT_EQUAL(parse("3 read full dz_read fd,outbuf,size -> ssize @linux:read [desc] | a note"), 1);
    CU_ASSERT_EQUAL(row.cls, DZ_C_DESC);
    CU_ASSERT_STRING_EQUAL(row.fast, "linux");
    CU_ASSERT_STRING_EQUAL(row.note, "a note");
    CU_ASSERT_EQUAL(parse("97 socket full dz_socket af,socktype,int -> fd [network]"), 1);
    CU_ASSERT_EQUAL(row.cls, DZ_C_NETWORK);
    CU_ASSERT_EQUAL(parse("20 getpid full dz_getpid void"), 1);   /* no column: no class */
    CU_ASSERT_EQUAL(row.cls, 0u);
    CU_ASSERT_EQUAL(parse("518 pdfork unimpl - ptr,int [process]"), 1);
    CU_ASSERT_EQUAL(row.cls, DZ_C_PROCESS);
    CU_ASSERT_EQUAL(dz_master_class("ipc", 3), (unsigned)DZ_C_IPC);
    CU_ASSERT_EQUAL(dz_master_class("ipcx", 4), 0u);
    /* unknown classes, empty or unclosed lists, a class before @FAST */
    CU_ASSERT_EQUAL(parse("5 open full dz_open path [files]"), -1);
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "files"));
    CU_ASSERT_EQUAL(parse("5 open full dz_open path []"), -1);
    CU_ASSERT_EQUAL(parse("5 open full dz_open path [file"), -1);
    CU_ASSERT_EQUAL(parse("3 read full dz_read fd [desc] @linux:read"), -1);
}

static void test_unimpl_row(void)
{
    CU_ASSERT_EQUAL(parse("518 pdfork unimpl - ptr,int"), 1);
    CU_ASSERT_STRING_EQUAL(row.handler, "");
    CU_ASSERT_STRING_EQUAL(row.level, "unimpl");
}

static void test_comments_and_directive(void)
{
    CU_ASSERT_EQUAL(parse("# comment"), 0);
    CU_ASSERT_EQUAL(parse("   \n"), 0);
    CU_ASSERT_EQUAL(parse("%prefix nbsd"), 0);
    CU_ASSERT_STRING_EQUAL(prefix, "nbsd");
    CU_ASSERT_EQUAL(parse("%bogus x"), -1);
}

static void test_errors(void)
{
    CU_ASSERT_EQUAL(parse("x open full h path"), -1);
    CU_ASSERT_EQUAL(parse("5 open full h pathx"), -1);
    CU_ASSERT_PTR_NOT_NULL(strstr(err, "pathx"));
    CU_ASSERT_EQUAL(parse("5 open sometimes h path"), -1);
    CU_ASSERT_EQUAL(parse("5 open full - path"), -1);          /* full needs a handler */
    CU_ASSERT_EQUAL(parse("5 open unimpl h path"), -1);        /* unimpl must not have one */
    CU_ASSERT_EQUAL(parse("5 open partial h path"), -1);       /* partial needs a note */
    CU_ASSERT_EQUAL(parse("5 open full h path -> nonsense"), -1);
    CU_ASSERT_EQUAL(parse("5 open full h path extra"), -1);
    CU_ASSERT_EQUAL(parse("5 open full h int,int,int,int,int,int,int,int,int"), -1);
}

static void test_kind_lookup(void)
{
    CU_ASSERT_EQUAL(dz_master_kind("inbuf", 5), DZ_K_INBUF);
    CU_ASSERT_EQUAL(dz_master_kind("inbufx", 6), -1);
    CU_ASSERT_EQUAL(dz_master_kind("in", 2), -1);
}

static CU_TestInfo tests[] = {
    { "full row", test_full_row },
    { "default result, void args", test_default_result_and_void },
    { "fast column", test_fast_column },
    { "note", test_note },
    { "class column", test_class_column },
    { "unimplemented row", test_unimpl_row },
    { "comments and directives", test_comments_and_directive },
    { "errors", test_errors },
    { "kind lookup", test_kind_lookup },
    CU_TEST_INFO_NULL,
};

DZ_CUNIT_MAIN({ "master", NULL, NULL, NULL, NULL, tests })
