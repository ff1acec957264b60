/*
 * inputs.h — finding the articles named on the command line and reading
 * them as clean UTF-8 text.
 */
#ifndef CB_INPUTS_H
#define CB_INPUTS_H

#include <stddef.h>

typedef struct input_entry {
    char *path;  /* path to open */
    char *id;    /* document id: path relative to the directory argument,
                    or the path as given for a file argument */
} input_entry;

typedef struct input_list {
    input_entry *v;
    size_t n, cap;
} input_list;

/* Whether a file found while walking a directory is an article, by its
 * name: .txt, .text, .md, .markdown, .html, .htm, .jsonl (hidden files
 * are never). */
int inputs_is_article_name(const char *name);

/* The format an article is read as, by its name: "markdown" (.md,
 * .markdown), "jsonl", "html" (.html, .htm) or "text". */
const char *inputs_format_of(const char *path);

/* Appends the articles that `arg` names: the file itself, or every article
 * under the directory (recursively, in byte order of names, hidden entries
 * and symlinked directories skipped).  Returns the number appended, or -1
 * with a message in err (the path does not exist or cannot be read).  The
 * list owns its strings. */
long inputs_collect(const char *arg, input_list *list, char *err, size_t errlen);

void inputs_list_free(input_list *list);

typedef struct input_text {
    char *data;           /* NUL-terminated UTF-8, owned, free with inputs_text_free */
    size_t len;
    char sha256[65];      /* hex digest of the bytes as read */
    size_t replaced;      /* invalid UTF-8 sequences replaced by U+FFFD */
    long first_bad_line;  /* line of the first replacement, 0 if none */
    size_t nuls;          /* NUL bytes dropped (beyond the binary check) */
    int charset_how;      /* CHARSET_ value (charset.h): how `charset` was found */
    char charset[64];     /* the encoding decoded from; "" for UTF-8, or with
                             CHARSET_UTF8 a declared one iconv does not know */
    size_t undecodable;   /* sequences `charset` does not define, now U+FFFD */
    const char *format;   /* static: inputs_format_of(path), or "html" for a
                             text file that opens with HTML markup */
} input_text;

/* Reads `path` (at most max_size bytes) into t: its format (a page saved
 * under a text name, opening with "<!DOCTYPE html" or "<html", is "html"),
 * decoded to UTF-8 from the
 * encoding its byte order mark, its <meta> charset (pages) or, with
 * no UTF-8 in it, windows-1252 says (charset.h), BOM removed, CR LF and CR
 * turned into LF, invalid UTF-8 replaced.  Returns 0, or -1 with a message in
 * err for a file that cannot be used: unreadable, larger than max_size,
 * empty or only white space, or binary (a NUL byte in its first 8 KiB). */
int inputs_read(const char *path, size_t max_size, input_text *t,
                char *err, size_t errlen);

void inputs_text_free(input_text *t);

/* Hex SHA-256 of the file's bytes (at most max_size of them); 0, or -1
 * with a message in err. */
int inputs_sha256_file(const char *path, size_t max_size, char out[65], char *err, size_t errlen);

/* Hex SHA-256 of a buffer. */
void inputs_sha256(const void *data, size_t len, char out[65]);

#endif
