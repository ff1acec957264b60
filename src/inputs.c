/*
 * inputs.c — walking directories in a stable order, and reading files as
 * clean UTF-8.  Strings in input_list and input_text are owned by them.
 */
#include "inputs.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include <nettle/sha2.h>
#include <utf8proc.h>

#include "charset.h"
#include "dirlist.h"

static int S_ends_with(const char *s, size_t n, const char *suffix)
{
    size_t k = strlen(suffix);
    return n > k && strcmp(s + n - k, suffix) == 0;
}

int inputs_is_article_name(const char *name)
{
    static const char *const exts[] = { ".txt", ".text", ".md", ".markdown", ".html", ".htm", ".jsonl" };
    if (name[0] == '.')
        return 0;
    size_t n = strlen(name);
    for (size_t i = 0; i < sizeof exts / sizeof *exts; i++)
        if (S_ends_with(name, n, exts[i]))
            return 1;
    return 0;
}

const char *inputs_format_of(const char *path)
{
    size_t n = strlen(path);
    if (S_ends_with(path, n, ".md") || S_ends_with(path, n, ".markdown"))
        return "markdown";
    if (S_ends_with(path, n, ".jsonl"))
        return "jsonl";
    if (S_ends_with(path, n, ".html") || S_ends_with(path, n, ".htm"))
        return "html";
    return "text";
}

static int S_push(input_list *list, const char *path, const char *id)
{
    if (list->n == list->cap) {
        size_t cap = list->cap ? list->cap * 2 : 32;
        input_entry *v = realloc(list->v, cap * sizeof *v);
        if (!v)
            return -1;
        list->v = v;
        list->cap = cap;
    }
    char *p = strdup(path), *i = strdup(id);
    if (!p || !i) {
        free(p);
        free(i);
        return -1;
    }
    list->v[list->n++] = (input_entry){ p, i };
    return 0;
}

static char *S_join(const char *a, const char *b)
{
    size_t n = strlen(a) + strlen(b) + 2;
    char *p = malloc(n);
    if (p)
        snprintf(p, n, "%s%s%s", a, (*a && a[strlen(a) - 1] != '/') ? "/" : "", b);
    return p;
}

static long S_walk(const char *dir, const char *rel, input_list *list, int depth)
{
    char **names;
    long n = dirlist_read(dir, NULL, NULL, &names), found = 0;
    if (n < 0)
        return 0;
    for (long i = 0; i < n; i++) {
        char *path = S_join(dir, names[i]);
        char *id = *rel ? S_join(rel, names[i]) : strdup(names[i]);
        struct stat st;
        if (path && id && lstat(path, &st) == 0) {
            if (S_ISDIR(st.st_mode) && depth < 64)
                found += S_walk(path, id, list, depth + 1);
            else if (inputs_is_article_name(names[i]) &&
                     (S_ISREG(st.st_mode) || (S_ISLNK(st.st_mode) &&
                      stat(path, &st) == 0 && S_ISREG(st.st_mode))))
                found += S_push(list, path, id) == 0;
        }
        free(path);
        free(id);
    }
    dirlist_free(names, n);
    return found;
}

long inputs_collect(const char *arg, input_list *list, char *err, size_t errlen)
{
    struct stat st;
    if (stat(arg, &st) < 0) {
        snprintf(err, errlen, "%s", strerror(errno));
        return -1;
    }
    if (S_ISDIR(st.st_mode)) {
        if (access(arg, R_OK | X_OK) < 0) {
            snprintf(err, errlen, "cannot read directory: %s", strerror(errno));
            return -1;
        }
        return S_walk(arg, "", list, 0);
    }
    if (S_push(list, arg, arg) < 0) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    return 1;
}

void inputs_list_free(input_list *list)
{
    for (size_t i = 0; i < list->n; i++) {
        free(list->v[i].path);
        free(list->v[i].id);
    }
    free(list->v);
    *list = (input_list){ 0 };
}

static void S_sha256_hex(const void *data, size_t len, char out[65])
{
    struct sha256_ctx ctx;
    unsigned char digest[SHA256_DIGEST_SIZE];
    sha256_init(&ctx);
    sha256_update(&ctx, len, data);
    sha256_digest(&ctx, sizeof digest, digest);
    for (int i = 0; i < SHA256_DIGEST_SIZE; i++)
        snprintf(out + 2 * i, 3, "%02x", digest[i]);
}

static int S_read_file(const char *path, size_t max_size, unsigned char **out,
                       size_t *len, char *err, size_t errlen)
{
    /* O_NONBLOCK: a FIFO named on the command line must be refused below
     * as "not a regular file", not block open() forever. */
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        snprintf(err, errlen, "cannot open: %s", strerror(errno));
        return -1;
    }
    struct stat st;
    if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
        snprintf(err, errlen, "not a regular file");
        close(fd);
        return -1;
    }
    if ((unsigned long long)st.st_size > max_size) {
        snprintf(err, errlen, "file too large (%.1f MB; the limit is %.1f MB), skipped",
                 st.st_size / 1e6, max_size / 1e6);
        close(fd);
        return -1;
    }
    size_t cap = (size_t)st.st_size + 1, n = 0;
    unsigned char *buf = malloc(cap);
    ssize_t r = 0;
    while (buf && (r = read(fd, buf + n, cap - n)) > 0) {
        n += (size_t)r;
        if (n == cap)
            break; /* the file grew while we read it: take what fits */
    }
    close(fd);
    if (!buf || r < 0) {
        snprintf(err, errlen, "cannot read: %s", buf ? strerror(errno) : "out of memory");
        free(buf);
        return -1;
    }
    *out = buf;
    *len = n;
    return 0;
}

static int S_blank(const unsigned char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (p[i] != ' ' && p[i] != '\t' && p[i] != '\n' && p[i] != '\r' && p[i] != '\f')
            return 0;
    return 1;
}

/* Copies src into t->data as clean UTF-8 (see inputs_read). */
static int S_clean(const unsigned char *src, size_t n, input_text *t)
{
    /* Worst case each byte becomes U+FFFD (3 bytes). */
    unsigned char *dst = malloc(3 * n + 1);
    if (!dst)
        return -1;
    size_t i = 0, o = 0;
    long line = 1;
    if (n >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF)
        i = 3;
    while (i < n) {
        unsigned char c = src[i];
        if (c == '\r') {
            dst[o++] = '\n';
            i += (i + 1 < n && src[i + 1] == '\n') ? 2 : 1;
            line++;
        } else if (c == '\0') {
            t->nuls++;
            i++;
        } else if (c < 0x80) {
            dst[o++] = c;
            line += c == '\n';
            i++;
        } else {
            utf8proc_int32_t cp;
            utf8proc_ssize_t k = utf8proc_iterate(src + i, (utf8proc_ssize_t)(n - i), &cp);
            if (k < 0) {
                if (!t->replaced++)
                    t->first_bad_line = line;
                memcpy(dst + o, "\xEF\xBF\xBD", 3);
                o += 3;
                i++;
            } else {
                memcpy(dst + o, src + i, (size_t)k);
                o += (size_t)k;
                i += (size_t)k;
            }
        }
    }
    dst[o] = '\0';
    t->data = (char *)dst;
    t->len = o;
    return 0;
}

static long S_line_of(const unsigned char *p, size_t off)
{
    long line = 1;
    for (size_t i = 0; i < off; i++)
        line += p[i] == '\n';
    return line;
}

/* Whether the bytes open with HTML markup: a doctype or an <html> tag,
 * after a UTF-8 byte order mark, white space, an XML declaration and
 * comments.  (A page saved as "page.txt" is still a page.) */
static int S_opens_with_markup(const unsigned char *p, size_t n)
{
    size_t i = 0;
    if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF)
        i = 3;
    for (int guard = 0; guard < 8; guard++) {
        while (i < n && isspace(p[i]))
            i++;
        const char *close = NULL;
        if (n - i >= 5 && memcmp(p + i, "<?xml", 5) == 0)
            close = "?>";
        else if (n - i >= 4 && memcmp(p + i, "<!--", 4) == 0)
            close = "-->";
        if (!close)
            break;
        size_t k = strlen(close), j = i + 2;
        while (j + k <= n && memcmp(p + j, close, k) != 0)
            j++;
        if (j + k > n)
            return 0;
        i = j + k;
    }
    if (n - i >= 15 && strncasecmp((const char *)p + i, "<!doctype html", 14) == 0
        && (isspace(p[i + 14]) || p[i + 14] == '>'))
        return 1;
    return n - i >= 6 && strncasecmp((const char *)p + i, "<html", 5) == 0
        && (isspace(p[i + 5]) || p[i + 5] == '>');
}

int inputs_read(const char *path, size_t max_size, input_text *t,
                char *err, size_t errlen)
{
    *t = (input_text){ 0 };
    unsigned char *raw;
    size_t n;
    if (S_read_file(path, max_size, &raw, &n, err, errlen) < 0)
        return -1;
    char sha[65];
    S_sha256_hex(raw, n, sha);
    t->format = inputs_format_of(path);
    if (strcmp(t->format, "text") == 0 && S_opens_with_markup(raw, n))
        t->format = "html";
    t->charset_how = charset_sniff(raw, n, strcmp(t->format, "html") == 0, t->charset, sizeof t->charset);
    if (t->charset_how != CHARSET_UTF8) {
        unsigned char *utf8;
        size_t len;
        int ok = charset_to_utf8(raw, n, t->charset, &utf8, &len, &t->undecodable,
                                 err, errlen) == 0;
        free(raw);
        if (!ok)
            return -1;
        raw = utf8;
        n = len;
    }
    int rc = -1;
    const unsigned char *nul = memchr(raw, '\0', n < 8192 ? n : 8192);
    if (n == 0 || S_blank(raw, n))
        snprintf(err, errlen, "empty file, skipped");
    else if (nul)
        snprintf(err, errlen, "binary file (NUL byte at line %ld), skipped",
                 S_line_of(raw, (size_t)(nul - raw)));
    else if (S_clean(raw, n, t) < 0)
        snprintf(err, errlen, "out of memory");
    else {
        memcpy(t->sha256, sha, sizeof sha);
        rc = 0;
    }
    free(raw);
    return rc;
}

void inputs_sha256(const void *data, size_t len, char out[65])
{
    S_sha256_hex(data, len, out);
}

int inputs_sha256_file(const char *path, size_t max_size, char out[65], char *err, size_t errlen)
{
    unsigned char *raw;
    size_t n;
    if (S_read_file(path, max_size, &raw, &n, err, errlen) < 0)
        return -1;
    S_sha256_hex(raw, n, out);
    free(raw);
    return 0;
}

void inputs_text_free(input_text *t)
{
    free(t->data);
    *t = (input_text){ 0 };
}
