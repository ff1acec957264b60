/*
 * enospc.c — LD_PRELOAD shim: a full disk under one directory.
 *
 *   cc -shared -fPIC -o enospc.so enospc.c -ldl
 *   ENOSPC_DIR=/path/out ENOSPC_AFTER=4096 LD_PRELOAD=./enospc.so callbrief ...
 *
 * write(), writev() and pwrite() on a file whose path (from /proc/self/fd)
 * starts with ENOSPC_DIR succeed for the first ENOSPC_AFTER bytes in all
 * (default 0), then write what still fits and fail with ENOSPC, as a disk
 * that fills up does.  Other files are untouched.  Calls made inside libc
 * (stdio's own writes) bypass the shim; callbrief's output goes through
 * write() in atomic_file.c.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

static long long S_left = -1; /* bytes still allowed; -1 = not read yet */

static int S_target(int fd)
{
    const char *dir = getenv("ENOSPC_DIR");
    if (!dir || !*dir)
        return 0;
    char link[64], path[4096];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    ssize_t n = readlink(link, path, sizeof path - 1);
    if (n <= 0)
        return 0;
    path[n] = '\0';
    return strncmp(path, dir, strlen(dir)) == 0;
}

/* How many of n bytes may be written now: n, fewer, or -1 (ENOSPC). */
static ssize_t S_allow(int fd, size_t n)
{
    if (!S_target(fd))
        return (ssize_t)n;
    if (S_left < 0) {
        const char *a = getenv("ENOSPC_AFTER");
        S_left = a ? atoll(a) : 0;
    }
    long long left = __atomic_load_n(&S_left, __ATOMIC_SEQ_CST);
    if (left <= 0 && n > 0) {
        errno = ENOSPC;
        return -1;
    }
    size_t k = (unsigned long long)left < n ? (size_t)left : n;
    __atomic_sub_fetch(&S_left, (long long)k, __ATOMIC_SEQ_CST);
    return (ssize_t)k;
}

ssize_t write(int fd, const void *buf, size_t n)
{
    static ssize_t (*real)(int, const void *, size_t);
    if (!real)
        real = (ssize_t (*)(int, const void *, size_t))dlsym(RTLD_NEXT, "write");
    ssize_t k = S_allow(fd, n);
    return k < 0 ? -1 : real(fd, buf, (size_t)k);
}

ssize_t pwrite(int fd, const void *buf, size_t n, off_t off)
{
    static ssize_t (*real)(int, const void *, size_t, off_t);
    if (!real)
        real = (ssize_t (*)(int, const void *, size_t, off_t))dlsym(RTLD_NEXT, "pwrite");
    ssize_t k = S_allow(fd, n);
    return k < 0 ? -1 : real(fd, buf, (size_t)k, off);
}

ssize_t writev(int fd, const struct iovec *iov, int cnt)
{
    static ssize_t (*real)(int, const struct iovec *, int);
    if (!real)
        real = (ssize_t (*)(int, const struct iovec *, int))dlsym(RTLD_NEXT, "writev");
    size_t n = 0;
    for (int i = 0; i < cnt; i++)
        n += iov[i].iov_len;
    ssize_t k = S_allow(fd, n);
    if (k < 0)
        return -1;
    if ((size_t)k == n)
        return real(fd, iov, cnt);
    /* a short write: only the first k bytes */
    size_t done = 0;
    for (int i = 0; i < cnt && done < (size_t)k; i++) {
        size_t part = iov[i].iov_len < (size_t)k - done ? iov[i].iov_len : (size_t)k - done;
        ssize_t w = write(fd, iov[i].iov_base, part);
        if (w < 0)
            return done ? (ssize_t)done : -1;
        done += (size_t)w;
    }
    return (ssize_t)done;
}
