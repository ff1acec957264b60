/*
 * pdf_layout.h — internal to the PDF typesetter (pdf_render.c, pdf_layout.c,
 * pdf_table.c): the layout state shared by the three files, inline content
 * ("fragments"), line breaking, drawing lines, pages.
 *
 * Coordinates are PDF points, origin bottom-left; ctx->y is the top of the
 * free space on the current page and moves down.
 *
 * Errors: every failure (libharu's error handler, an allocation, a limit)
 * ends in pdf_layout_fail(), which writes the message and longjmps to
 * ctx->fail in pdf_render_markdown().  So nothing between setjmp and the
 * cleanup may own memory on the C stack: every buffer hangs off the ctx and
 * is freed by pdf_layout_free().
 */
#ifndef CB_PDF_LAYOUT_H
#define CB_PDF_LAYOUT_H

#include <hpdf.h>
#include <setjmp.h>
#include <stddef.h>
#include <stdint.h>

#include "pdf_font.h"
#include "pdf_render.h"

/* Fragment flags. */
enum {
    PDF_FRAG_SPACE = 1,  /* a breakable space precedes the fragment */
    PDF_FRAG_BREAK = 2,  /* a forced line break precedes the fragment */
    PDF_FRAG_CODE = 4,   /* code span: mono, 0.9 size, grey background */
    PDF_FRAG_STRIKE = 8, /* strikethrough */
    PDF_FRAG_MUTED = 16  /* grey text (image placeholders) */
};

/* A run of non-space text in one style.  A word is one fragment or several
 * consecutive ones without PDF_FRAG_SPACE between them. */
typedef struct {
    uint32_t off, len; /* bytes in pdf_inline.text */
    float em;          /* advance, in ems of the block's font size */
    int32_t link;      /* index into ctx->link, -1 = none */
    uint8_t face;      /* pdf_font_face (PDF_FONT_MONO for code) */
    uint8_t flags;
} pdf_frag;

/* Inline content of one paragraph, heading, or of all cells of a table:
 * sanitized UTF-8 (BMP only, no controls) and the fragments over it. */
typedef struct {
    char *text;
    size_t len, cap;
    pdf_frag *frag;
    size_t n, cap_frag;
    int space; /* whitespace seen since the last fragment */
    int brk;   /* hard line break seen since the last fragment */
} pdf_inline;

/* Part of a line: a fragment or, for a word broken across lines, a piece of
 * one.  x and w are points from the line's start. */
typedef struct {
    uint32_t frag, off, len;
    float x, w;
} pdf_piece;

typedef struct {
    size_t first, n; /* pieces */
    float w;
} pdf_line;

typedef struct {
    pdf_piece *piece;
    size_t n, cap;
    pdf_line *line;
    size_t nlines, cap_lines;
} pdf_lines;

enum { PDF_ALIGN_LEFT, PDF_ALIGN_CENTER, PDF_ALIGN_RIGHT };

enum {
    PDF_COLOR_TEXT, PDF_COLOR_HEADING, PDF_COLOR_QUOTE, PDF_COLOR_LINK,
    PDF_COLOR_MUTED, PDF_COLOR_RULE, PDF_COLOR_CODE_BG, PDF_COLOR_HEAD_BG,
    PDF_COLOR_BAR, PDF_COLOR_COUNT
};

/* How a block's lines are set. */
typedef struct {
    float size, leading;
    int color, align;
} pdf_style;

enum { PDF_FRAME_QUOTE, PDF_FRAME_LIST, PDF_FRAME_ITEM };

/* An open container block. */
typedef struct {
    uint8_t kind;
    uint8_t indented; /* 0 when the nesting cap kept it at its parent's x */
    uint8_t ordered, tight, paren, bullet_level;
    float left;       /* left edge of the content inside */
    float bar_x, bar_top;
    float gutter;     /* list: width of the marker column */
    long long number; /* list: number of the next item */
} pdf_frame;

typedef struct {
    char text[32];
    float right, size; /* x where the marker ends; font size */
    int color;
} pdf_marker;

enum { PDF_LINK_NONE, PDF_LINK_URI, PDF_LINK_INTERNAL };

typedef struct {
    char *target; /* URI (percent-encoded) or decoded anchor */
    int kind;
} pdf_link;

/* An internal link waiting for its target to be known. */
typedef struct {
    size_t page;
    HPDF_Rect rect;
    int32_t link;
} pdf_pending_link;

/* A heading that internal links may point at. */
typedef struct {
    size_t page;
    float top;
} pdf_anchor;

typedef struct pdf_table pdf_table;

typedef struct pdf_ctx {
    HPDF_Doc pdf;
    jmp_buf fail;
    char *err;
    size_t errlen;
    int reading;        /* reading the saved stream: EOF is no error */
    pdf_render_opts opts;

    pdf_font_set fonts;
    HPDF_Font font[PDF_FONT_COUNT]; /* loaded on first use */
    float space_em[PDF_FONT_COUNT];
    int32_t *cp_w[PDF_FONT_COUNT];  /* libharu's widths of BMP characters, thousandths
                                       of an em, -1 = not asked (pdf_ops_width) */
    HPDF_Encoder utf8;

    HPDF_Page *pages;
    size_t npages, cap_pages;
    void *deflated;   /* pdf_deflate.c's work while it runs, or NULL */
    HPDF_Page page;
    /* What the content stream of state_page last set: font face and size,
     * fill colour (-1: not known).  Text state and colour persist across
     * text objects, so a line of runs in the same style does not repeat
     * them (a 7,000-page briefing holds every page's stream in memory
     * until it is saved). */
    HPDF_Page state_page;
    int state_face, state_fill;
    float state_size;
    float page_w, page_h, left, right, top, bottom;
    float y, pending; /* pending: vertical space owed before the next block */
    int at_top;       /* nothing placed on this page yet */
    float min_width;  /* nesting never narrows the text below this */

    pdf_frame *frame;
    size_t nframes, cap_frames;
    pdf_marker *marker;
    size_t nmarkers, cap_markers;

    pdf_inline in;    /* inline content being collected */
    pdf_lines lines;  /* scratch: lines of the block being placed */
    int collecting;
    int emph, strong, strike, image, heading, quotes;
    int32_t cur_link;
    size_t first_page; /* where the last placed block's first line went */
    float first_top;

    pdf_link *link;
    size_t nlinks, cap_links;
    pdf_pending_link *pending_link;
    size_t npending_links, cap_pending_links;
    size_t nannots;
    pdf_anchor *anchor;
    size_t nanchors, cap_anchors;
    struct pdf_map *slugs, *slug_base; /* anchor lookup, duplicate counts */

    HPDF_Outline last_h1;
    size_t noutlines;
    char *doc_title;  /* first level-1 heading, as text */
    char *heading_text; /* plain text of the heading being placed */
    int title_done;

    pdf_table *table;
    char *buf;        /* scratch for strings handed to libharu */
    size_t buf_cap;
    int ok;
} pdf_ctx;

/* Errors and memory: never return on failure. */
#if defined(__GNUC__)
#define PDF_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define PDF_PRINTF(a, b)
#endif
_Noreturn void pdf_layout_fail(pdf_ctx *ctx, const char *fmt, ...) PDF_PRINTF(2, 3);
void *pdf_layout_grow(pdf_ctx *ctx, void *p, size_t *cap, size_t need,
                      size_t elem);
char *pdf_layout_strndup(pdf_ctx *ctx, const char *s, size_t n);
char *pdf_layout_cstr(pdf_ctx *ctx, const char *s, size_t n); /* ctx->buf */

/* Fonts and measuring (ems of the font size). */
HPDF_Font pdf_layout_font(pdf_ctx *ctx, int face);
float pdf_layout_measure(pdf_ctx *ctx, int face, const char *s, size_t n);
float pdf_layout_cp_em(pdf_ctx *ctx, int face, uint32_t cp);
void pdf_layout_set_font(pdf_ctx *ctx, HPDF_Page page, int face, float size);
void pdf_layout_set_fill(pdf_ctx *ctx, HPDF_Page page, int color);
void pdf_layout_set_stroke(pdf_ctx *ctx, HPDF_Page page, int color);

/* UTF-8: next code point of s[*i..n), 0xFFFD for an invalid sequence. */
uint32_t pdf_layout_utf8_next(const char *s, size_t n, size_t *i);
size_t pdf_layout_utf8_put(char *out, uint32_t cp); /* 1..3 bytes */

/* Inline content. */
void pdf_inline_clear(pdf_inline *in);
void pdf_inline_free(pdf_inline *in);
void pdf_layout_add_text(pdf_ctx *ctx, pdf_inline *in, const char *s,
                         size_t n, int face, int flags, int32_t link);
void pdf_layout_add_break(pdf_inline *in);
void pdf_layout_add_space(pdf_inline *in);
/* The plain text of fragments [first, end), words joined by one space. */
char *pdf_layout_plain(pdf_ctx *ctx, const pdf_inline *in, size_t first,
                       size_t end);

/* Breaks fragments [first, end) into lines of at most width points at the
 * given size (the lines are in ctx->lines, replaced each call).  Words
 * wider than a line are broken between characters. */
void pdf_layout_break(pdf_ctx *ctx, const pdf_inline *in, size_t first,
                      size_t end, float size, float width);
/* Sets preformatted text (code, HTML blocks) in the mono face: one line
 * per source line, tabs to 4 columns, wrapped between characters at
 * width.  Replaces ctx->in and ctx->lines. */
void pdf_layout_preformatted(pdf_ctx *ctx, const char *s, size_t n, float size,
                             float width);
/* Width in ems of the widest word and of the longest unbroken line. */
void pdf_layout_extent(pdf_ctx *ctx, const pdf_inline *in, size_t first,
                       size_t end, float *min_em, float *max_em);

/* Draws line i of ctx->lines with its left end at x and its baseline at
 * baseline; links become annotations. */
void pdf_layout_draw_line(pdf_ctx *ctx, const pdf_inline *in, size_t i,
                          float x, float baseline, const pdf_style *st);
float pdf_layout_baseline(float top, float size, float leading);

/* Pages and vertical space. */
void pdf_layout_new_page(pdf_ctx *ctx);
void pdf_layout_need(pdf_ctx *ctx, float h);  /* new page unless h fits */
void pdf_layout_gap(pdf_ctx *ctx, float before); /* start a block */
void pdf_layout_after(pdf_ctx *ctx, float after); /* end a block */
float pdf_layout_left(const pdf_ctx *ctx);    /* content left edge */
void pdf_layout_flush_markers(pdf_ctx *ctx, float baseline);
void pdf_layout_rect(pdf_ctx *ctx, float x, float y, float w, float h,
                     int color);
void pdf_layout_hline(pdf_ctx *ctx, float x0, float x1, float y, float width,
                      int color);

void pdf_layout_free(pdf_ctx *ctx);

/* Links, heading anchors and bookmarks (pdf_nav.c). */
int32_t pdf_nav_link(pdf_ctx *ctx, const char *url);
/* Registers the heading just placed (ctx->first_page, first_top) as an
 * anchor and, for levels 1-2, a bookmark.  text may be cut in place. */
void pdf_nav_heading(pdf_ctx *ctx, int level, char *text);
void pdf_nav_resolve(pdf_ctx *ctx);
void pdf_nav_free(pdf_ctx *ctx);

/* Tables (pdf_table.c): the cells' inline content is collected in ctx->in
 * between pdf_table_enter and pdf_table_exit, which lays the table out. */
struct cmark_node;
void pdf_table_enter(pdf_ctx *ctx, struct cmark_node *table);
void pdf_table_row(pdf_ctx *ctx, struct cmark_node *row, int entering);
void pdf_table_cell(pdf_ctx *ctx, int entering);
void pdf_table_exit(pdf_ctx *ctx);
void pdf_table_free(pdf_ctx *ctx);

#endif
