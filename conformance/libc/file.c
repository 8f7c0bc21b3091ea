/* file: descriptors and paths -- open, read, write, lseek, dup, dup2,
 * pipe2, fcntl, poll, isatty, stat, lstat, fstat, mkdir, chdir, getcwd,
 * realpath, close.  Run in an empty private directory (the first argument). */
#include "probe.h"

int main(int argc, char **argv)
{
    if (argc < 2 || chdir(argv[1]) != 0)
        return 2;
    CASE("chdir", "missing", "%s", RES(chdir("nope")));
    int fd = open("f", O_RDWR | O_CREAT | O_EXCL, 0644);
    CASE("open", "create-excl", "%s", fd >= 0 ? "fd" : ename(errno));
    CASE("open", "excl-exists", "%s", RES(open("f", O_RDWR | O_CREAT | O_EXCL, 0644)));
    CASE("open", "missing", "%s", RES(open("nope", O_RDONLY)));
    CASE("open", "directory-on-file", "%s", RES(open("f", O_RDONLY | O_DIRECTORY)));
    CASE_RET("write", "5-bytes", write(fd, "hello", 5));
    CASE_RET("write", "bad-fd", write(99, "x", 1));
    CASE_RET("lseek", "set-1", lseek(fd, 1, SEEK_SET));
    char buf[64] = { 0 };
    long n = read(fd, buf, sizeof buf);
    CASE("read", "rest", "%ld %s", n, buf);
    CASE_RET("read", "at-eof", read(fd, buf, sizeof buf));
    CASE_RET("lseek", "end", lseek(fd, 0, SEEK_END));
    CASE_RET("lseek", "bad-whence", lseek(fd, 0, 7));
    int d = dup(fd);
    CASE("dup", "shares-offset", "%ld", (long)lseek(d, 0, SEEK_CUR));
    CASE_RET("dup2", "to-50", dup2(fd, 50));
    CASE_RET("dup2", "bad-fd", dup2(99, 51));
    CASE("fcntl", "getfd-after-dup", "%d", fcntl(d, F_GETFD));
    CASE_RET("fcntl", "setfd-cloexec", fcntl(d, F_SETFD, FD_CLOEXEC));
    CASE("fcntl", "getfd-cloexec", "%d", fcntl(d, F_GETFD) & FD_CLOEXEC);
    CASE("fcntl", "getfl-rdwr", "%d", (fcntl(fd, F_GETFL) & 3) == O_RDWR);
    CASE("fcntl", "dupfd-min-20", "%d", fcntl(fd, F_DUPFD, 20));
    CASE_RET("close", "dup", close(d));
    CASE_RET("close", "twice", close(d));
    struct stat st;
    const char *res = RES(fstat(fd, &st));
    CASE("fstat", "size-mode", "%s %ld %d %o", res, (long)st.st_size, S_ISREG(st.st_mode), st.st_mode & 0777);
    CASE("fstat", "bad-fd", "%s", RES(fstat(99, &st)));
    res = RES(stat("f", &st));
    CASE("stat", "file", "%s %ld %ld", res, (long)st.st_size, (long)st.st_nlink);
    CASE("stat", "missing", "%s", RES(stat("nope", &st)));
    CASE("stat", "through-file", "%s", RES(stat("f/x", &st)));
    CASE("mkdir", "new", "%s", RES(mkdir("dir", 0755)));
    CASE("mkdir", "exists", "%s", RES(mkdir("dir", 0755)));
    res = RES(stat("dir", &st));
    CASE("stat", "dir", "%s %d", res, S_ISDIR(st.st_mode));
    res = RES(lstat("dir", &st));
    CASE("lstat", "dir", "%s %d", res, S_ISDIR(st.st_mode));
    CASE("lstat", "missing", "%s", RES(lstat("nope", &st)));
    CASE("open", "dir-for-write", "%s", RES(open("dir", O_WRONLY)));
    int fd2 = open("f", O_WRONLY | O_APPEND);
    CASE_RET("write", "append", write(fd2, "!", 1));
    CASE("fstat", "after-append", "%ld", (fstat(fd2, &st), (long)st.st_size));
    close(fd2);
    fd2 = open("f", O_WRONLY | O_TRUNC);
    CASE("open", "trunc", "%ld", (fstat(fd2, &st), (long)st.st_size));
    close(fd2);
    int p[2];
    res = RES(pipe2(p, O_CLOEXEC));
    CASE("pipe2", "cloexec", "%s %d", res, fcntl(p[0], F_GETFD) & FD_CLOEXEC);
    CASE_RET("pipe2", "bad-flags", pipe2(p + 0, 0x40000000));
    CASE_RET("lseek", "pipe", lseek(p[0], 0, SEEK_SET));
    struct pollfd pf[2] = { { p[0], POLLIN, 0 }, { p[1], POLLOUT, 0 } };
    int pr = poll(pf, 2, 0);
    CASE("poll", "empty-pipe", "%d %d %d", pr, pf[0].revents, pf[1].revents);
    write(p[1], "x", 1);
    pr = poll(pf, 1, 1000);
    CASE("poll", "readable", "%d %d", pr, pf[0].revents);
    CASE("fcntl", "setfl-nonblock", "%s", RES(fcntl(p[0], F_SETFL, O_NONBLOCK)));
    read(p[0], buf, 1);
    CASE_RET("read", "empty-nonblock", read(p[0], buf, 1));
    int tty = isatty(p[0]);
    CASE("isatty", "pipe", "%d %s", tty, ename(errno));
    tty = isatty(99);
    CASE("isatty", "bad-fd", "%d %s", tty, ename(errno));
    char cwd[PATH_MAX], *r = getcwd(cwd, sizeof cwd);
    const char *slash = r ? strrchr(cwd, '/') : 0;
    CASE("getcwd", "base", "%s", slash && strcmp(slash + 1, strrchr(argv[1], '/') + 1) == 0 ? "same" : "differs");
    CASE("getcwd", "small", "%s", getcwd(cwd, 2) ? "ok" : ename(errno));
    char rp[PATH_MAX];
    r = realpath("dir/../f", rp);
    slash = r ? strrchr(rp, '/') : 0;
    CASE("realpath", "dotdot", "%s", slash ? slash + 1 : ename(errno));
    CASE("realpath", "missing", "%s", realpath("nope/x", rp) ? "ok" : ename(errno));
    CASE("chdir", "dir", "%s", RES(chdir("dir")));
    CASE("chdir", "file", "%s", RES(chdir("../f")));
    return 0;
}
