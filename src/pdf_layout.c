/*
 * pdf_layout.c — the typesetter's mechanics, shared by pdf_render.c (block
 * structure) and pdf_table.c (tables): errors and growth of arrays, fonts
 * and measuring, UTF-8 sanitizing, inline fragments, greedy line breaking
 * (ragged right, over-long words broken between characters), drawing a
 * line with its code backgrounds, strike-outs and link annotations, and
 * pages with their vertical space.
 *
 * Ownership: everything allocated here hangs off the pdf_ctx and is freed
 * by pdf_layout_free(); pdf_layout_fail() longjmps, so no function here
 * holds memory in a local across a call that may fail.  Strings handed to
 * libharu are copied into ctx->buf (scratch, valid until the next use).
 */
#include "pdf_layout.h"
#include "pdf_ops.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define S_CODE_SCALE 0.9f /* code spans are set smaller than the text */
#define S_ASCENT 0.928f   /* DejaVu Sans, in ems */
#define S_HEIGHT 1.164f   /* ascent + descent */

static const float S_rgb[PDF_COLOR_COUNT][3] = {
    [PDF_COLOR_TEXT] = {0.10f, 0.10f, 0.12f},
    [PDF_COLOR_HEADING] = {0.07f, 0.19f, 0.36f},
    [PDF_COLOR_QUOTE] = {0.28f, 0.30f, 0.34f},
    [PDF_COLOR_LINK] = {0.04f, 0.32f, 0.70f},
    [PDF_COLOR_MUTED] = {0.45f, 0.46f, 0.49f},
    [PDF_COLOR_RULE] = {0.70f, 0.72f, 0.76f},
    [PDF_COLOR_CODE_BG] = {0.94f, 0.95f, 0.96f},
    [PDF_COLOR_HEAD_BG] = {0.90f, 0.92f, 0.95f},
    [PDF_COLOR_BAR] = {0.74f, 0.78f, 0.84f},
};

/* ---- errors and memory ------------------------------------------------ */

_Noreturn void pdf_layout_fail(pdf_ctx *ctx, const char *fmt, ...)
{
    va_list ap;
    if (ctx->errlen > 0) {
        va_start(ap, fmt);
        vsnprintf(ctx->err, ctx->errlen, fmt, ap);
        va_end(ap);
    }
    longjmp(ctx->fail, 1);
}

void *pdf_layout_grow(pdf_ctx *ctx, void *p, size_t *cap, size_t need,
                      size_t elem)
{
    if (need <= *cap)
        return p;
    size_t n = *cap < 16 ? 16 : *cap;
    while (n < need)
        n = n > SIZE_MAX / 2 ? need : n * 2;
    if (n > SIZE_MAX / elem)
        pdf_layout_fail(ctx, "out of memory");
    void *q = realloc(p, n * elem);
    if (!q)
        pdf_layout_fail(ctx, "out of memory");
    *cap = n;
    return q;
}

char *pdf_layout_strndup(pdf_ctx *ctx, const char *s, size_t n)
{
    char *p = malloc(n + 1);
    if (!p)
        pdf_layout_fail(ctx, "out of memory");
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *pdf_layout_cstr(pdf_ctx *ctx, const char *s, size_t n)
{
    ctx->buf = pdf_layout_grow(ctx, ctx->buf, &ctx->buf_cap, n + 1, 1);
    memmove(ctx->buf, s, n);
    ctx->buf[n] = '\0';
    return ctx->buf;
}

/* ---- fonts and measuring ---------------------------------------------- */

/* libharu writes a Type 0 font with the UTF-8 encoding CMap but no
 * /ToUnicode, so readers guess how to copy, search or read its text aloud
 * (poppler: "Invalid 'begincidrange' operator in ToUnicode CMap").  With
 * that encoding a character code is the CID is the UCS-2 code point:
 * the map is the identity on the BMP, surrogates left out, in bfranges of
 * at most 256 codes and blocks of at most 100 lines (PDF 32000-1, 9.10.3). */
static void S_add_to_unicode(pdf_ctx *ctx, HPDF_Font font)
{
    static const char head[] =
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    static const char tail[] =
        "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    HPDF_Doc doc = ctx->pdf;
    HPDF_Dict cmap = HPDF_DictStream_New(doc->mmgr, doc->xref);
    if (!cmap || HPDF_Dict_Add(font, "ToUnicode", cmap) != HPDF_OK)
        return;                                 /* the error handler has it */
    cmap->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
    char buf[8192];
    size_t len = 0;
    int rows[256], n = 0;
    for (int hi = 0; hi < 256; hi++)
        if (hi < 0xD8 || hi > 0xDF)
            rows[n++] = hi;
    len += (size_t)snprintf(buf + len, sizeof buf - len, "%s", head);
    for (int i = 0; i < n; i++) {
        if (i % 100 == 0)
            len += (size_t)snprintf(buf + len, sizeof buf - len, "%d beginbfrange\n",
                                    n - i < 100 ? n - i : 100);
        len += (size_t)snprintf(buf + len, sizeof buf - len, "<%02X00> <%02XFF> <%02X00>\n",
                                rows[i], rows[i], rows[i]);
        if (i % 100 == 99 || i == n - 1)
            len += (size_t)snprintf(buf + len, sizeof buf - len, "endbfrange\n");
    }
    len += (size_t)snprintf(buf + len, sizeof buf - len, "%s", tail);
    HPDF_Stream_Write(cmap->stream, (const HPDF_BYTE *)buf, (HPDF_UINT)len);
}

HPDF_Font pdf_layout_font(pdf_ctx *ctx, int face)
{
    if (ctx->font[face])
        return ctx->font[face];
    for (int f = 0; f < PDF_FONT_COUNT; f++) /* a fallback shares a file */
        if (ctx->font[f] && strcmp(ctx->fonts.path[f], ctx->fonts.path[face]) == 0) {
            ctx->font[face] = ctx->font[f];
            ctx->space_em[face] = ctx->space_em[f];
            return ctx->font[face];
        }
    const char *name = HPDF_LoadTTFontFromFile(ctx->pdf, ctx->fonts.path[face],
                                               HPDF_TRUE);
    ctx->font[face] = HPDF_GetFont(ctx->pdf, name, "UTF-8");
    if (!ctx->font[face])
        pdf_layout_fail(ctx, "cannot load font %s", ctx->fonts.path[face]);
    S_add_to_unicode(ctx, ctx->font[face]);
    ctx->space_em[face] = pdf_layout_measure(ctx, face, " ", 1);
    return ctx->font[face];
}

/* The character widths of face (pdf_ops_width), made when first asked
 * for; NULL when out of memory (libharu then measures). */
static int32_t *S_widths(pdf_ctx *ctx, int face)
{
    int32_t *w = ctx->cp_w[face];
    if (!w && (w = ctx->cp_w[face] = malloc(0x10000 * sizeof *w)) != NULL)
        memset(w, 0xff, 0x10000 * sizeof *w);
    return w;
}

/* libharu measures at most HPDF_LIMIT_MAX_STRING_LEN bytes at a time;
 * longer text is measured in pieces cut between characters. */
float pdf_layout_measure(pdf_ctx *ctx, int face, const char *s, size_t n)
{
    HPDF_Font font = pdf_layout_font(ctx, face);
    double em = 0;
    while (n > 0) {
        size_t k = n;
        if (k > 60000) {
            k = 60000;
            while (k > 0 && ((unsigned char)s[k] & 0xC0) == 0x80)
                k--;
        }
        em += pdf_ops_width(font, s, k, S_widths(ctx, face)) / 1000.0;
        s += k;
        n -= k;
    }
    return (float)em;
}

float pdf_layout_cp_em(pdf_ctx *ctx, int face, uint32_t cp)
{
    if (cp > 0xFFFF)
        cp = 0xFFFD;
    /* the widths pdf_layout_measure keeps (pdf_ops_width), read directly
     * once known: the value it would return for the one character */
    const int32_t *w = S_widths(ctx, face);
    if (w && w[cp] >= 0)
        return (float)((HPDF_UINT)w[cp] / 1000.0);
    char u[4];
    return pdf_layout_measure(ctx, face, u, pdf_layout_utf8_put(u, cp));
}

/* Starts tracking page's state when it is not the page last drawn on:
 * nothing is known of it. */
static void S_state_of(pdf_ctx *ctx, HPDF_Page page)
{
    if (ctx->state_page == page)
        return;
    ctx->state_page = page;
    ctx->state_face = -1;
    ctx->state_fill = -1;
    ctx->state_size = 0;
}

void pdf_layout_set_font(pdf_ctx *ctx, HPDF_Page page, int face, float size)
{
    S_state_of(ctx, page);
    if (ctx->state_face == face && ctx->state_size == size)
        return;
    pdf_ops_font(page, pdf_layout_font(ctx, face), size);
    ctx->state_face = face;
    ctx->state_size = size;
}

void pdf_layout_set_fill(pdf_ctx *ctx, HPDF_Page page, int color)
{
    S_state_of(ctx, page);
    if (ctx->state_fill == color)
        return;
    pdf_ops_fill(page, S_rgb[color][0], S_rgb[color][1], S_rgb[color][2]);
    ctx->state_fill = color;
}

void pdf_layout_set_stroke(pdf_ctx *ctx, HPDF_Page page, int color)
{
    (void)ctx;
    pdf_ops_stroke(page, S_rgb[color][0], S_rgb[color][1], S_rgb[color][2]);
}

/* ---- UTF-8 ------------------------------------------------------------ */

static int S_cont(const char *s, size_t n, size_t i)
{
    return i < n && ((unsigned char)s[i] & 0xC0) == 0x80;
}

uint32_t pdf_layout_utf8_next(const char *s, size_t n, size_t *i)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t k = *i;
    uint32_t c = u[k];

    *i = k + 1;
    if (c < 0x80)
        return c;
    if (c >= 0xC2 && c <= 0xDF && S_cont(s, n, k + 1)) {
        *i = k + 2;
        return ((c & 0x1F) << 6) | (u[k + 1] & 0x3F);
    }
    if (c >= 0xE0 && c <= 0xEF && S_cont(s, n, k + 1) && S_cont(s, n, k + 2)) {
        uint32_t cp = ((c & 0x0F) << 12) | ((u[k + 1] & 0x3Fu) << 6) | (u[k + 2] & 0x3F);
        if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))
            return 0xFFFD;
        *i = k + 3;
        return cp;
    }
    if (c >= 0xF0 && c <= 0xF4 && S_cont(s, n, k + 1) && S_cont(s, n, k + 2) &&
        S_cont(s, n, k + 3)) {
        uint32_t cp = ((c & 0x07) << 18) | ((u[k + 1] & 0x3Fu) << 12) |
                      ((u[k + 2] & 0x3Fu) << 6) | (u[k + 3] & 0x3F);
        if (cp < 0x10000 || cp > 0x10FFFF)
            return 0xFFFD;
        *i = k + 4;
        return cp;
    }
    return 0xFFFD;
}

size_t pdf_layout_utf8_put(char *out, uint32_t cp)
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp > 0xFFFF)
        cp = 0xFFFD;
    out[0] = (char)(0xE0 | (cp >> 12));
    out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[2] = (char)(0x80 | (cp & 0x3F));
    return 3;
}

static int S_is_space(uint32_t c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
           c == '\v';
}

/* What the PDF shows for c: controls and code points beyond the BMP
 * (libharu's UTF-8 encoder handles 16-bit code points only) become U+FFFD. */
static uint32_t S_printable(uint32_t c)
{
    if (c < 0x20 || (c >= 0x7F && c < 0xA0) || c > 0xFFFF)
        return 0xFFFD;
    return c;
}

/* ---- inline content --------------------------------------------------- */

void pdf_inline_clear(pdf_inline *in)
{
    in->len = in->n = 0;
    in->space = in->brk = 0;
}

void pdf_inline_free(pdf_inline *in)
{
    free(in->text);
    free(in->frag);
    memset(in, 0, sizeof *in);
}

static float S_scale(const pdf_frag *f)
{
    return (f->flags & PDF_FRAG_CODE) ? S_CODE_SCALE : 1.0f;
}

static void S_close_frag(pdf_ctx *ctx, pdf_inline *in)
{
    pdf_frag *f = &in->frag[in->n - 1];
    f->len = (uint32_t)(in->len - f->off);
    f->em = pdf_layout_measure(ctx, f->face, in->text + f->off, f->len) * S_scale(f);
}

static void S_open_frag(pdf_ctx *ctx, pdf_inline *in, int face, int flags,
                        int32_t link)
{
    in->frag = pdf_layout_grow(ctx, in->frag, &in->cap_frag, in->n + 1,
                               sizeof *in->frag);
    pdf_frag *f = &in->frag[in->n++];
    f->off = (uint32_t)in->len;
    f->len = 0;
    f->em = 0;
    f->link = link;
    f->face = (uint8_t)((flags & PDF_FRAG_CODE) ? PDF_FONT_MONO : face);
    f->flags = (uint8_t)(flags | (in->space ? PDF_FRAG_SPACE : 0) |
                         (in->brk ? PDF_FRAG_BREAK : 0));
    in->space = in->brk = 0;
}

void pdf_layout_add_text(pdf_ctx *ctx, pdf_inline *in, const char *s,
                         size_t n, int face, int flags, int32_t link)
{
    int open = 0;
    size_t i = 0;

    if (in->len + 3 * n >= UINT32_MAX)
        pdf_layout_fail(ctx, "document too long");
    in->text = pdf_layout_grow(ctx, in->text, &in->cap, in->len + 3 * n + 1, 1);
    while (i < n) {
        uint32_t c = pdf_layout_utf8_next(s, n, &i);
        if (S_is_space(c)) {
            if (open)
                S_close_frag(ctx, in);
            open = 0;
            in->space = 1;
            continue;
        }
        if (!open)
            S_open_frag(ctx, in, face, flags, link);
        open = 1;
        in->len += pdf_layout_utf8_put(in->text + in->len, S_printable(c));
    }
    if (open)
        S_close_frag(ctx, in);
}

void pdf_layout_add_break(pdf_inline *in)
{
    in->brk = 1;
    in->space = 0;
}

void pdf_layout_add_space(pdf_inline *in)
{
    in->space = 1;
}

char *pdf_layout_plain(pdf_ctx *ctx, const pdf_inline *in, size_t first,
                       size_t end)
{
    size_t n = 0;
    for (size_t i = first; i < end; i++)
        n += in->frag[i].len + 1;
    ctx->buf = pdf_layout_grow(ctx, ctx->buf, &ctx->buf_cap, n + 1, 1);
    n = 0;
    for (size_t i = first; i < end; i++) {
        if (n > 0 && (in->frag[i].flags & (PDF_FRAG_SPACE | PDF_FRAG_BREAK)))
            ctx->buf[n++] = ' ';
        memcpy(ctx->buf + n, in->text + in->frag[i].off, in->frag[i].len);
        n += in->frag[i].len;
    }
    ctx->buf[n] = '\0';
    return ctx->buf;
}

/* ---- line breaking ---------------------------------------------------- */

/* Width (ems) of the space after fragment f. */
static float S_glue_em(pdf_ctx *ctx, const pdf_frag *f)
{
    pdf_layout_font(ctx, f->face);
    return ctx->space_em[f->face] * S_scale(f);
}

static void S_push_piece(pdf_ctx *ctx, uint32_t frag, uint32_t off,
                         uint32_t len, float x, float w)
{
    pdf_lines *L = &ctx->lines;
    L->piece = pdf_layout_grow(ctx, L->piece, &L->cap, L->n + 1, sizeof *L->piece);
    L->piece[L->n++] = (pdf_piece){frag, off, len, x, w};
}

static void S_end_line(pdf_ctx *ctx, size_t *first, float w)
{
    pdf_lines *L = &ctx->lines;
    L->line = pdf_layout_grow(ctx, L->line, &L->cap_lines, L->nlines + 1,
                              sizeof *L->line);
    L->line[L->nlines++] = (pdf_line){*first, L->n - *first, w};
    *first = L->n;
}

/* Sets word [i, j) character by character on fresh lines, wrapping where a
 * character would pass width; returns the x where the word ends. */
static float S_split_word(pdf_ctx *ctx, const pdf_inline *in, size_t i,
                          size_t j, float size, float width, size_t *line_first)
{
    float x = 0;
    for (size_t k = i; k < j; k++) {
        const pdf_frag *f = &in->frag[k];
        size_t p = f->off, start = p, end = f->off + f->len;
        float piece_x = x;
        while (p < end) {
            size_t q = p;
            uint32_t c = pdf_layout_utf8_next(in->text, end, &q);
            float w = pdf_layout_cp_em(ctx, f->face, c) * S_scale(f) * size;
            if (x + w > width && x > 0) {
                if (p > start)
                    S_push_piece(ctx, (uint32_t)k, (uint32_t)start,
                                 (uint32_t)(p - start), piece_x, x - piece_x);
                S_end_line(ctx, line_first, x);
                x = piece_x = 0;
                start = p;
            }
            x += w;
            p = q;
        }
        if (p > start)
            S_push_piece(ctx, (uint32_t)k, (uint32_t)start, (uint32_t)(p - start),
                         piece_x, x - piece_x);
    }
    return x;
}

/* End of the word starting at fragment i, and its width in points. */
static size_t S_word(const pdf_inline *in, size_t i, size_t end, float size,
                     float *w)
{
    *w = in->frag[i].em * size;
    size_t j = i + 1;
    while (j < end && !(in->frag[j].flags & (PDF_FRAG_SPACE | PDF_FRAG_BREAK)))
        *w += in->frag[j++].em * size;
    return j;
}

void pdf_layout_break(pdf_ctx *ctx, const pdf_inline *in, size_t first,
                      size_t end, float size, float width)
{
    pdf_lines *L = &ctx->lines;
    size_t line_first = 0, i = first;
    float x = 0;
    int empty = 1;

    L->n = L->nlines = 0;
    while (i < end) {
        float ww, glue = 0;
        size_t j = S_word(in, i, end, size, &ww);
        if ((in->frag[i].flags & PDF_FRAG_BREAK) && i > first) {
            S_end_line(ctx, &line_first, x);
            x = 0;
            empty = 1;
        }
        if (!empty)
            glue = S_glue_em(ctx, &in->frag[i - 1]) * size;
        if (!empty && x + glue + ww > width) {
            S_end_line(ctx, &line_first, x);
            x = glue = 0;
            empty = 1;
        }
        if (empty && ww > width) {
            x = S_split_word(ctx, in, i, j, size, width, &line_first);
        } else {
            x += glue;
            for (size_t k = i; k < j; k++) {
                float w = in->frag[k].em * size;
                S_push_piece(ctx, (uint32_t)k, in->frag[k].off, in->frag[k].len, x, w);
                x += w;
            }
        }
        empty = 0;
        i = j;
    }
    if (!empty)
        S_end_line(ctx, &line_first, x);
}

void pdf_layout_extent(pdf_ctx *ctx, const pdf_inline *in, size_t first,
                       size_t end, float *min_em, float *max_em)
{
    float line = 0;
    *min_em = *max_em = 0;
    for (size_t i = first; i < end;) {
        float w;
        size_t j = S_word(in, i, end, 1.0f, &w);
        if (in->frag[i].flags & PDF_FRAG_BREAK)
            line = 0;
        else if (i > first)
            line += S_glue_em(ctx, &in->frag[i - 1]);
        line += w;
        if (w > *min_em)
            *min_em = w;
        if (line > *max_em)
            *max_em = line;
        i = j;
    }
}

/* Ends the current preformatted line (the last fragment) at width x. */
static void S_pre_end(pdf_ctx *ctx, size_t *line_first, float x)
{
    pdf_inline *in = &ctx->in;
    pdf_frag *f = &in->frag[in->n - 1];
    f->len = (uint32_t)(in->len - f->off);
    S_push_piece(ctx, (uint32_t)(in->n - 1), f->off, f->len, 0, x);
    S_end_line(ctx, line_first, x);
}

void pdf_layout_preformatted(pdf_ctx *ctx, const char *s, size_t n, float size,
                             float width)
{
    pdf_inline *in = &ctx->in;
    size_t i = 0, line_first = 0, col = 0;
    float x = 0;

    pdf_inline_clear(in);
    ctx->lines.n = ctx->lines.nlines = 0;
    if (n > 0 && s[n - 1] == '\n')
        n--;
    if (n >= UINT32_MAX / 4)
        pdf_layout_fail(ctx, "document too long");
    in->text = pdf_layout_grow(ctx, in->text, &in->cap, 4 * n + 1, 1);
    S_open_frag(ctx, in, PDF_FONT_MONO, 0, -1);
    while (i < n) {
        uint32_t c = pdf_layout_utf8_next(s, n, &i);
        size_t reps = 1;
        if (c == '\n' || c == '\r') {
            if (c == '\r' && i < n && s[i] == '\n')
                i++;
            S_pre_end(ctx, &line_first, x);
            S_open_frag(ctx, in, PDF_FONT_MONO, 0, -1);
            x = 0;
            col = 0;
            continue;
        }
        if (c == '\t') {
            reps = 4 - col % 4;
            c = ' ';
        }
        c = S_printable(c);
        float w = pdf_layout_cp_em(ctx, PDF_FONT_MONO, c) * size;
        for (; reps > 0; reps--, col++) {
            if (x + w > width && x > 0) { /* wrap */
                S_pre_end(ctx, &line_first, x);
                S_open_frag(ctx, in, PDF_FONT_MONO, 0, -1);
                x = 0;
            }
            in->len += pdf_layout_utf8_put(in->text + in->len, c);
            x += w;
        }
    }
    S_pre_end(ctx, &line_first, x);
}

/* ---- drawing lines ---------------------------------------------------- */

float pdf_layout_baseline(float top, float size, float leading)
{
    return top - (leading - S_HEIGHT * size) / 2 - S_ASCENT * size;
}

static int S_clickable(const pdf_ctx *ctx, int32_t link)
{
    return link >= 0 && ctx->link[link].kind != PDF_LINK_NONE;
}

/* Can piece b be drawn in the same string as piece a? */
static int S_same_run(const pdf_ctx *ctx, const pdf_inline *in,
                      const pdf_piece *a, const pdf_piece *b)
{
    const pdf_frag *fa = &in->frag[a->frag], *fb = &in->frag[b->frag];
    return fa->face == fb->face && S_clickable(ctx, fa->link) == S_clickable(ctx, fb->link) &&
           ((fa->flags ^ fb->flags) & (PDF_FRAG_CODE | PDF_FRAG_MUTED)) == 0;
}

/* Does piece p start with the space before its fragment? */
static int S_spaced(const pdf_inline *in, const pdf_piece *p)
{
    const pdf_frag *f = &in->frag[p->frag];
    return p->off == f->off && (f->flags & PDF_FRAG_SPACE);
}

static int S_color_of(const pdf_ctx *ctx, const pdf_frag *f, int dflt)
{
    if (S_clickable(ctx, f->link))
        return PDF_COLOR_LINK;
    return (f->flags & PDF_FRAG_MUTED) ? PDF_COLOR_MUTED : dflt;
}

/* Builds the text of pieces [a, b) (spaces included) in ctx->buf. */
static const char *S_run_text(pdf_ctx *ctx, const pdf_inline *in,
                              const pdf_piece *p, size_t a, size_t b)
{
    size_t n = 0;
    for (size_t k = a; k < b; k++)
        n += p[k].len + 1;
    ctx->buf = pdf_layout_grow(ctx, ctx->buf, &ctx->buf_cap, n + 1, 1);
    n = 0;
    for (size_t k = a; k < b; k++) {
        if (k > a && S_spaced(in, &p[k]))
            ctx->buf[n++] = ' ';
        memcpy(ctx->buf + n, in->text + p[k].off, p[k].len);
        n += p[k].len;
    }
    ctx->buf[n] = '\0';
    return ctx->buf;
}

static void S_draw_code_bg(pdf_ctx *ctx, const pdf_inline *in,
                           const pdf_piece *p, size_t n, float x,
                           float base, float size)
{
    for (size_t a = 0; a < n;) {
        size_t b = a + 1;
        if (!(in->frag[p[a].frag].flags & PDF_FRAG_CODE)) {
            a++;
            continue;
        }
        while (b < n && (in->frag[p[b].frag].flags & PDF_FRAG_CODE))
            b++;
        float x0 = x + p[a].x - 1.5f, x1 = x + p[b - 1].x + p[b - 1].w + 1.5f;
        pdf_layout_rect(ctx, x0, base - 0.27f * size, x1 - x0, 1.12f * size,
                        PDF_COLOR_CODE_BG);
        a = b;
    }
}

static void S_draw_text(pdf_ctx *ctx, const pdf_inline *in, const pdf_piece *p,
                        size_t n, float x, float base, const pdf_style *st)
{
    HPDF_Page page = ctx->page;
    HPDF_Page_BeginText(page);
    for (size_t a = 0; a < n;) {
        size_t b = a + 1;
        while (b < n && S_same_run(ctx, in, &p[a], &p[b]))
            b++;
        const pdf_frag *f = &in->frag[p[a].frag];
        pdf_layout_set_font(ctx, page, f->face, st->size * S_scale(f));
        pdf_layout_set_fill(ctx, page, S_color_of(ctx, f, st->color));
        float w = p[b - 1].x + p[b - 1].w - p[a].x;
        pdf_ops_text(page, x + p[a].x, base, S_run_text(ctx, in, p, a, b), w > 0);
        a = b;
    }
    HPDF_Page_EndText(page);
}

static void S_draw_strikes(pdf_ctx *ctx, const pdf_inline *in,
                           const pdf_piece *p, size_t n, float x, float base,
                           const pdf_style *st)
{
    for (size_t k = 0; k < n; k++) {
        const pdf_frag *f = &in->frag[p[k].frag];
        if (!(f->flags & PDF_FRAG_STRIKE))
            continue;
        float x0 = x + p[k].x;
        if (k > 0 && S_spaced(in, &p[k]) &&
            (in->frag[p[k - 1].frag].flags & PDF_FRAG_STRIKE))
            x0 = x + p[k - 1].x + p[k - 1].w; /* strike the space too */
        pdf_layout_hline(ctx, x0, x + p[k].x + p[k].w, base + 0.3f * st->size,
                         0.06f * st->size, S_color_of(ctx, f, st->color));
    }
}

static void S_annotate(pdf_ctx *ctx, int32_t link, HPDF_Rect r)
{
    if (ctx->nannots >= PDF_RENDER_MAX_LINKS)
        return;
    ctx->nannots++;
    if (ctx->link[link].kind == PDF_LINK_URI) {
        HPDF_Annotation a = HPDF_Page_CreateURILinkAnnot(ctx->page, r,
                                                         ctx->link[link].target);
        HPDF_LinkAnnot_SetBorderStyle(a, 0, 0, 0);
        return;
    }
    ctx->pending_link = pdf_layout_grow(ctx, ctx->pending_link,
                                        &ctx->cap_pending_links,
                                        ctx->npending_links + 1,
                                        sizeof *ctx->pending_link);
    ctx->pending_link[ctx->npending_links++] =
        (pdf_pending_link){ctx->npages - 1, r, link};
}

static void S_draw_links(pdf_ctx *ctx, const pdf_inline *in, const pdf_piece *p,
                         size_t n, float x, float base, float size)
{
    for (size_t a = 0; a < n;) {
        int32_t link = in->frag[p[a].frag].link;
        size_t b = a + 1;
        while (b < n && in->frag[p[b].frag].link == link)
            b++;
        if (S_clickable(ctx, link)) {
            HPDF_Rect r = {x + p[a].x, base - 0.3f * size,
                           x + p[b - 1].x + p[b - 1].w, base + 0.95f * size};
            S_annotate(ctx, link, r);
        }
        a = b;
    }
}

void pdf_layout_draw_line(pdf_ctx *ctx, const pdf_inline *in, size_t i,
                          float x, float baseline, const pdf_style *st)
{
    const pdf_line *l = &ctx->lines.line[i];
    const pdf_piece *p = ctx->lines.piece + l->first;

    S_draw_code_bg(ctx, in, p, l->n, x, baseline, st->size);
    S_draw_text(ctx, in, p, l->n, x, baseline, st);
    S_draw_strikes(ctx, in, p, l->n, x, baseline, st);
    S_draw_links(ctx, in, p, l->n, x, baseline, st->size);
}

/* ---- pages and vertical space ----------------------------------------- */

void pdf_layout_rect(pdf_ctx *ctx, float x, float y, float w, float h,
                     int color)
{
    pdf_layout_set_fill(ctx, ctx->page, color);
    pdf_ops_rectangle(ctx->page, x, y, w, h);
    HPDF_Page_Fill(ctx->page);
}

void pdf_layout_hline(pdf_ctx *ctx, float x0, float x1, float y, float width,
                      int color)
{
    HPDF_Page_SetLineWidth(ctx->page, width);
    pdf_layout_set_stroke(ctx, ctx->page, color);
    pdf_ops_move_to(ctx->page, x0, y);
    pdf_ops_line_to(ctx->page, x1, y);
    HPDF_Page_Stroke(ctx->page);
}

/* Draws the part of each open quote's bar that is on this page. */
static void S_close_bars(pdf_ctx *ctx)
{
    for (size_t i = 0; i < ctx->nframes; i++) {
        pdf_frame *fr = &ctx->frame[i];
        if (fr->kind == PDF_FRAME_QUOTE && fr->indented && fr->bar_top - ctx->y > 1)
            pdf_layout_rect(ctx, fr->bar_x, ctx->y, 2.0f, fr->bar_top - ctx->y,
                            PDF_COLOR_BAR);
    }
}

void pdf_layout_new_page(pdf_ctx *ctx)
{
    if (ctx->page)
        S_close_bars(ctx);
    if (ctx->npages >= PDF_RENDER_MAX_PAGES)
        pdf_layout_fail(ctx, "document too long: more than %d pages",
                        PDF_RENDER_MAX_PAGES);
    ctx->pages = pdf_layout_grow(ctx, ctx->pages, &ctx->cap_pages,
                                 ctx->npages + 1, sizeof *ctx->pages);
    ctx->page = HPDF_AddPage(ctx->pdf);
    HPDF_Page_SetWidth(ctx->page, ctx->page_w);
    HPDF_Page_SetHeight(ctx->page, ctx->page_h);
    ctx->pages[ctx->npages++] = ctx->page;
    ctx->y = ctx->top;
    ctx->at_top = 1;
    ctx->pending = 0;
    for (size_t i = 0; i < ctx->nframes; i++)
        ctx->frame[i].bar_top = ctx->top;
}

void pdf_layout_need(pdf_ctx *ctx, float h)
{
    if (!ctx->at_top && ctx->y - h < ctx->bottom - 0.01f)
        pdf_layout_new_page(ctx);
}

void pdf_layout_gap(pdf_ctx *ctx, float before)
{
    if (!ctx->at_top)
        ctx->y -= ctx->pending > before ? ctx->pending : before;
    ctx->pending = 0;
}

void pdf_layout_after(pdf_ctx *ctx, float after)
{
    if (after > ctx->pending)
        ctx->pending = after;
}

float pdf_layout_left(const pdf_ctx *ctx)
{
    return ctx->nframes ? ctx->frame[ctx->nframes - 1].left : ctx->left;
}

void pdf_layout_flush_markers(pdf_ctx *ctx, float baseline)
{
    if (ctx->nmarkers == 0)
        return;
    HPDF_Page_BeginText(ctx->page);
    for (size_t i = 0; i < ctx->nmarkers; i++) {
        const pdf_marker *m = &ctx->marker[i];
        float w = pdf_layout_measure(ctx, PDF_FONT_REGULAR, m->text,
                                     strlen(m->text)) * m->size;
        pdf_layout_set_font(ctx, ctx->page, PDF_FONT_REGULAR, m->size);
        pdf_layout_set_fill(ctx, ctx->page, m->color);
        HPDF_Page_TextOut(ctx->page, m->right - w, baseline, m->text);
    }
    HPDF_Page_EndText(ctx->page);
    ctx->nmarkers = 0;
}

void pdf_layout_free(pdf_ctx *ctx)
{
    pdf_inline_free(&ctx->in);
    free(ctx->lines.piece);
    free(ctx->lines.line);
    for (int f = 0; f < PDF_FONT_COUNT; f++)
        free(ctx->cp_w[f]);
    for (size_t i = 0; i < ctx->nlinks; i++)
        free(ctx->link[i].target);
    free(ctx->link);
    free(ctx->pending_link);
    free(ctx->pages);
    free(ctx->frame);
    free(ctx->marker);
    free(ctx->buf);
    pdf_font_set_free(&ctx->fonts);
}
