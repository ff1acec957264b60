/*
 * charset.c — sniffing a file's character encoding and decoding it to
 * UTF-8 with iconv (see charset.h).
 */
#include "charset.h"

#include <ctype.h>
#include <errno.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#define PRESCAN 1024    /* bytes of a page searched for its charset, as browsers do */

/* WHATWG Encoding labels that name something else than iconv would take
 * them for (browsers read a page labelled iso-8859-1 as windows-1252). */
static const struct { const char *label, *name; } S_labels[] = {
    { "utf-8", "UTF-8" }, { "utf8", "UTF-8" }, { "unicode-1-1-utf-8", "UTF-8" },
    { "utf-16", "UTF-8" }, { "utf-16le", "UTF-8" }, { "utf-16be", "UTF-8" },
    { "us-ascii", "WINDOWS-1252" }, { "ascii", "WINDOWS-1252" },
    { "ansi_x3.4-1968", "WINDOWS-1252" }, { "iso-8859-1", "WINDOWS-1252" },
    { "iso8859-1", "WINDOWS-1252" }, { "iso88591", "WINDOWS-1252" },
    { "iso_8859-1", "WINDOWS-1252" }, { "iso_8859-1:1987", "WINDOWS-1252" },
    { "latin1", "WINDOWS-1252" }, { "l1", "WINDOWS-1252" }, { "cp819", "WINDOWS-1252" },
    { "cp1252", "WINDOWS-1252" }, { "x-cp1252", "WINDOWS-1252" },
    { "windows-1252", "WINDOWS-1252" },
    { "iso-8859-9", "WINDOWS-1254" }, { "iso8859-9", "WINDOWS-1254" },
    { "latin5", "WINDOWS-1254" }, { "iso-8859-11", "WINDOWS-874" },
    { "tis-620", "WINDOWS-874" }, { "gb2312", "GBK" }, { "gb_2312", "GBK" },
    { "x-gbk", "GBK" }, { "chinese", "GBK" }, { "shift_jis", "CP932" },
    { "shift-jis", "CP932" }, { "sjis", "CP932" }, { "ms_kanji", "CP932" },
    { "windows-31j", "CP932" }, { "x-sjis", "CP932" }, { "euc-kr", "CP949" },
    { "ks_c_5601-1987", "CP949" }, { "windows-949", "CP949" },
    { "big5", "BIG5-HKSCS" }, { "x-mac-roman", "MACINTOSH" }, { "macintosh", "MACINTOSH" },
};

static int S_label_char(int c)
{
    return isalnum(c) || c == '-' || c == '_' || c == '.' || c == ':';
}

/* The label after "charset" / "encoding" at p (lower case), into out. */
static int S_read_label(const char *p, const char *end, char *out, size_t outlen)
{
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
        p++;
    if (p >= end || *p != '=')
        return 0;
    p++;
    while (p < end && (*p == ' ' || *p == '"' || *p == '\'' || *p == '\t'))
        p++;
    size_t k = 0;
    while (p < end && S_label_char((unsigned char)*p) && k + 1 < outlen)
        out[k++] = *p++;
    out[k] = '\0';
    return k > 0;
}

/* The charset a page declares in its first PRESCAN bytes (lower case):
 * <meta charset=X>, <meta http-equiv=... content="...; charset=X">, or
 * <?xml ... encoding="X"?>.  0 when none. */
static int S_declared(const unsigned char *p, size_t n, char *label, size_t labellen)
{
    char head[PRESCAN + 1];
    size_t m = n < PRESCAN ? n : PRESCAN;
    for (size_t i = 0; i < m; i++)
        head[i] = (char)tolower(p[i]);
    head[m] = '\0';
    const char *end = head + m;
    if (strncmp(head, "<?xml", 5) == 0) {
        const char *close = strstr(head, "?>"), *enc = strstr(head, "encoding");
        if (enc && (!close || enc < close) && S_read_label(enc + 8, end, label, labellen))
            return 1;
    }
    for (const char *t = strstr(head, "<meta"); t; t = strstr(t + 5, "<meta")) {
        const char *gt = memchr(t, '>', (size_t)(end - t));
        const char *tag_end = gt ? gt : end;
        for (const char *c = strstr(t, "charset"); c && c < tag_end; c = strstr(c + 7, "charset"))
            if (S_read_label(c + 7, tag_end, label, labellen))
                return 1;
    }
    return 0;
}

/* Whether the bytes are UTF-8 that a legacy 8-bit file could not be:
 * 0 when some sequence is invalid and none is a valid multi-byte one. */
static int S_plausibly_utf8(const unsigned char *p, size_t n)
{
    size_t bad = 0, multi = 0;
    for (size_t i = 0; i < n;) {
        if (p[i] < 0x80) {
            i++;
            continue;
        }
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate(p + i, (utf8proc_ssize_t)(n - i), &cp);
        if (k < 0) {
            bad++;
            i++;
        } else {
            multi++;
            i += (size_t)k;
        }
    }
    return bad == 0 || multi > 0;
}

static const char *S_bom(const unsigned char *p, size_t n)
{
    if (n >= 4 && p[0] == 0xFF && p[1] == 0xFE && p[2] == 0 && p[3] == 0)
        return "UTF-32LE";
    if (n >= 4 && p[0] == 0 && p[1] == 0 && p[2] == 0xFE && p[3] == 0xFF)
        return "UTF-32BE";
    if (n >= 2 && p[0] == 0xFF && p[1] == 0xFE)
        return "UTF-16LE";
    if (n >= 2 && p[0] == 0xFE && p[1] == 0xFF)
        return "UTF-16BE";
    return NULL;
}

static int S_known(const char *name)
{
    iconv_t cd = iconv_open("UTF-8", name);
    if (cd == (iconv_t)-1)
        return 0;
    iconv_close(cd);
    return 1;
}

int charset_sniff(const unsigned char *p, size_t n, int is_html, char *name, size_t namelen)
{
    name[0] = '\0';
    const char *bom = S_bom(p, n);
    if (bom) {
        snprintf(name, namelen, "%s", bom);
        return CHARSET_BOM;
    }
    char label[64];
    if (is_html && S_declared(p, n, label, sizeof label)) {
        const char *mapped = NULL;
        for (size_t i = 0; i < sizeof S_labels / sizeof *S_labels && !mapped; i++)
            if (strcmp(label, S_labels[i].label) == 0)
                mapped = S_labels[i].name;
        if (mapped && strcmp(mapped, "UTF-8") == 0)
            return CHARSET_UTF8;
        if (!mapped) {
            for (char *c = label; *c; c++)
                *c = (char)toupper((unsigned char)*c);
            if (!S_known(label)) {
                snprintf(name, namelen, "%s", label);
                return CHARSET_UTF8;
            }
        }
        snprintf(name, namelen, "%s", mapped ? mapped : label);
        return CHARSET_DECLARED;
    }
    if (!S_plausibly_utf8(p, n)) {
        snprintf(name, namelen, "WINDOWS-1252");
        return CHARSET_GUESSED;
    }
    return CHARSET_UTF8;
}

/* Bytes one code unit takes in `name` (what to skip past a bad one). */
static size_t S_unit(const char *name)
{
    if (strncmp(name, "UTF-32", 6) == 0)
        return 4;
    if (strncmp(name, "UTF-16", 6) == 0)
        return 2;
    return 1;
}

int charset_to_utf8(const unsigned char *p, size_t n, const char *name,
                    unsigned char **out, size_t *outlen, size_t *bad,
                    char *err, size_t errlen)
{
    *out = NULL;
    *outlen = 0;
    *bad = 0;
    const char *bom = S_bom(p, n);
    if (bom && strcmp(bom, name) == 0) {
        size_t skip = S_unit(name);
        p += skip;
        n -= skip;
    }
    iconv_t cd = iconv_open("UTF-8", name);
    if (cd == (iconv_t)-1) {
        snprintf(err, errlen, "cannot decode %s: %s", name, strerror(errno));
        return -1;
    }
    size_t cap = 3 * n + 16, unit = S_unit(name);
    char *buf = malloc(cap);
    char *in = (char *)p, *o = buf;
    size_t left = n, room = cap - 1;
    while (buf && left > 0) {
        if (iconv(cd, &in, &left, &o, &room) != (size_t)-1)
            break;
        if (errno == E2BIG || room < 4) {
            size_t used = (size_t)(o - buf);
            char *grown = realloc(buf, cap * 2);
            if (!grown) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = grown;
            o = buf + used;
            room += cap;
            cap *= 2;
            continue;
        }
        /* EILSEQ or EINVAL (a sequence cut at the end): U+FFFD, skip it */
        memcpy(o, "\xEF\xBF\xBD", 3);
        o += 3;
        room -= 3;
        size_t skip = unit < left ? unit : left;
        in += skip;
        left -= skip;
        ++*bad;
    }
    iconv_close(cd);
    if (!buf) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    *o = '\0';
    *out = (unsigned char *)buf;
    *outlen = (size_t)(o - buf);
    return 0;
}
