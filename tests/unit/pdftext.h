/*
 * pdftext.h — the text of a PDF as pdftotext (poppler-utils) reads it, for
 * the PDF unit tests.
 */
#ifndef CB_PDFTEXT_H
#define CB_PDFTEXT_H

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "unit.h"

#define PDFTOTEXT "/usr/bin/pdftotext"

/* Writes pdf to a new temporary file; path is a mkstemp template. */
static inline void pdftext_save(const unsigned char *pdf, size_t len, char *path)
{
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, pdf, len), (ssize_t)len);
    close(fd);
}

/* pdftotext's output for pdf (args: e.g. "-bbox"), malloc'ed; NULL when
 * pdftotext is not installed. */
static inline char *pdftext(const unsigned char *pdf, size_t len, const char *args)
{
    char path[] = "/tmp/test_pdftext_XXXXXX", cmd[256];
    if (access(PDFTOTEXT, X_OK) != 0)
        return NULL;
    pdftext_save(pdf, len, path);
    snprintf(cmd, sizeof cmd, PDFTOTEXT " -enc UTF-8 %s %s - 2>/dev/null", args, path);
    FILE *p = popen(cmd, "r");
    assert_non_null(p);
    size_t cap = 1 << 16, n = 0, got;
    char *text = malloc(cap);
    assert_non_null(text);
    while ((got = fread(text + n, 1, cap - n - 1, p)) > 0) {
        n += got;
        if (cap - n < 4096) {
            text = realloc(text, cap *= 2);
            assert_non_null(text);
        }
    }
    text[n] = '\0';
    assert_int_equal(pclose(p), 0);
    unlink(path);
    return text;
}

#endif
