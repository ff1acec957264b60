/*
 * charset.h — which character encoding a file is in, and its text as
 * UTF-8 (iconv does the decoding).
 *
 * Articles saved from the web or from old archives are not all UTF-8: a
 * page of 2003 declares windows-1252 in a <meta> tag, a text saved by
 * Notepad is UTF-16 with a byte order mark.  The rest of callbrief reads
 * UTF-8 only, so such a file is decoded here first.  What is sniffed, in
 * order:
 *   1. a UTF-16 or UTF-32 byte order mark;
 *   2. for a page (is_html), the charset its <meta> tags or XML
 *      declaration give in the first 1024 bytes, labels read as
 *      browsers do (WHATWG Encoding: "iso-8859-1" and "us-ascii" are
 *      windows-1252, "gb2312" is GBK, ...);
 *   3. for any file that is not valid UTF-8 and has no multi-byte UTF-8
 *      sequence at all: windows-1252, the usual legacy 8-bit encoding of
 *      English text (a guess: the caller says so).
 */
#ifndef CB_CHARSET_H
#define CB_CHARSET_H

#include <stddef.h>

enum {
    CHARSET_UTF8 = 0,       /* nothing to decode */
    CHARSET_BOM,            /* a byte order mark says which */
    CHARSET_DECLARED,       /* the page's <meta> or XML declaration */
    CHARSET_GUESSED         /* not UTF-8: read as windows-1252 */
};

/* How the `n` bytes at `p` are encoded: one of the CHARSET_ values, with
 * the iconv name in `name` (size namelen; "" for CHARSET_UTF8).  A
 * declared charset iconv does not know is reported as CHARSET_UTF8 with
 * the label, upper case, in `name` (the caller may warn). */
int charset_sniff(const unsigned char *p, size_t n, int is_html, char *name, size_t namelen);

/* Decodes the `n` bytes at `p` from `name` into *out (malloc'ed, owned by
 * the caller, NUL-terminated, *outlen bytes, byte order mark dropped).
 * A byte sequence the encoding does not define becomes U+FFFD; *bad
 * counts them.  Returns 0, or -1 with a message in err. */
int charset_to_utf8(const unsigned char *p, size_t n, const char *name,
                    unsigned char **out, size_t *outlen, size_t *bad,
                    char *err, size_t errlen);

#endif
