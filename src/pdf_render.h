/*
 * pdf_render.h — typesets a Markdown briefing (CommonMark + the GFM table,
 * strikethrough and autolink extensions) as a PDF with libharu and the
 * DejaVu fonts.  The PDF is laid out from the very text written to
 * briefing.md.
 *
 * Output is deterministic: identical input and options give identical
 * bytes (no clock, no random document ID; the creation date comes only from
 * opts.date).
 *
 * Ownership: the caller owns md, opts and its strings (only read during the
 * call) and the returned buffer (*out, malloc'ed; free() it).
 */
#ifndef CB_PDF_RENDER_H
#define CB_PDF_RENDER_H

#include <stddef.h>

struct pdf_figure_set;

enum { PDF_PAPER_A4 = 0, PDF_PAPER_LETTER = 1 };

typedef struct {
    const char *title;    /* /Title and running header; NULL or "": the first
                             level-1 heading */
    const char *author;   /* /Author, NULL or "" = none */
    const char *subject;  /* /Subject, NULL or "" = none */
    int paper;            /* PDF_PAPER_A4 | PDF_PAPER_LETTER */
    long long date;       /* Unix time (UTC) for /CreationDate and /ModDate;
                             < 0 = no date */
    const char *font_dir; /* directory of the DejaVu .ttf files; NULL or ""
                             = CB_FONT_DIR, else fontconfig */
    const struct pdf_figure_set *figures; /* images drawn as figures (see
                             pdf_figure.h): an image whose URL names one is
                             drawn in its place; NULL = none */
    int threads;          /* 0: libharu compresses the pages' contents as it
                             saves; N: they are compressed first, on N
                             threads (pdf_deflate.h).  The same bytes */
    size_t piece_bytes;   /* the Markdown is parsed and typeset in pieces of
                             at least this many bytes (see pdf_render.c);
                             0 = PDF_RENDER_PIECE, SIZE_MAX = in one piece */
} pdf_render_opts;

#define PDF_RENDER_PIECE (256u << 10)

/* Default options: A4, no metadata, no date, fonts found as configured. */
void pdf_render_opts_init(pdf_render_opts *o);

/* Typesets md[0..len) (any bytes: invalid UTF-8 and NULs are shown as
 * U+FFFD).  o may be NULL for the defaults.  Returns 0 and sets *out (a
 * malloc'ed PDF the caller frees) and *out_len; or returns -1, leaves *out
 * NULL and writes a one-line reason to err (errlen > 0), e.g.
 * "DejaVu Sans not found: install the Debian package fonts-dejavu-core". */
int pdf_render_markdown(const char *md, size_t len, const pdf_render_opts *o,
                        unsigned char **out, size_t *out_len,
                        char *err, size_t errlen);

/* Checks the fonts pdf_render_markdown would use (font_dir as in the
 * options).  Returns 0 and writes to msg the fallbacks taken for missing
 * faces ("" when all five were found, else e.g. "DejaVu Sans Oblique not
 * found (Debian package fonts-dejavu-extra): italic text uses the regular
 * face"); or returns -1 with the error in msg.  For start-up diagnostics. */
int pdf_render_font_info(const char *font_dir, char *msg, size_t len);

/* Limits that keep hostile input bounded; past them pdf_render_markdown
 * returns -1 ("document too long: ..."), or stops adding bookmarks and
 * clickable areas (the text is still typeset). */
#define PDF_RENDER_MAX_PAGES 20000
#define PDF_RENDER_MAX_OUTLINE 2000
#define PDF_RENDER_MAX_LINKS 20000

#endif
