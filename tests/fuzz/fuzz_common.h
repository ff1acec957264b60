/*
 * fuzz_common.h — what the libFuzzer targets share: a host made once per
 * process the way tests/luatest.c makes one, and a temporary file.
 * Also used by tests/unit/test_fuzz_regressions.c (one host for all).
 */
#ifndef CB_FUZZ_COMMON_H
#define CB_FUZZ_COMMON_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "diag.h"
#include "host.h"

static cli_options fuzz_opt;

/* The host, made on first use; exits when it cannot be made. */
static host *fuzz_host(void)
{
    static host *h;
    if (!h) {
        fuzz_opt = (cli_options){ .output_dir = ".",
                                  .formats = CLI_FMT_MD | CLI_FMT_PDF | CLI_FMT_JSON,
                                  .paper = "a4", .max_input_size = 10000000 };
        char err[4200];
        diag_set_verbosity(getenv("FUZZ_VERBOSE") ? 0 : -1);
        if (!(h = host_new(&fuzz_opt, err, sizeof err))) {
            fprintf(stderr, "fuzz: %s\n", err);
            exit(1);
        }
    }
    return h;
}

/* Writes data to a new temporary file named *.SUFFIX; returns its path
 * (static buffer) or NULL. */
static const char *fuzz_temp(const unsigned char *data, size_t size, const char *suffix)
{
    static char path[256];
    const char *tmp = getenv("TMPDIR");
    snprintf(path, sizeof path, "%s/cb-fuzz-%ld-XXXXXX%s", tmp && *tmp ? tmp : "/tmp",
             (long)getpid(), suffix);
    int fd = mkstemps(path, (int)strlen(suffix));
    if (fd < 0)
        return NULL;
    size_t off = 0;
    while (off < size) {
        ssize_t w = write(fd, data + off, size - off);
        if (w <= 0) {
            close(fd);
            unlink(path);
            return NULL;
        }
        off += (size_t)w;
    }
    close(fd);
    return path;
}

#endif
