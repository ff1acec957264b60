/*
 * pdf_table.c — GFM tables in the typeset PDF.
 *
 * While the walk is inside a table, each cell's inline content is collected
 * into ctx->in and the cell remembers its fragment range.  At the table's
 * end: column widths come from the content (minimum = widest word, maximum
 * = unbroken width; the space left over the minima is shared in proportion
 * to what each column would still take), cells wrap, the header row is bold
 * on a light background and is repeated at the top of each page the table
 * continues on; a row moves to the next page whole unless it is taller than
 * a page, and only then is it split between lines.
 *
 * Too many columns for the width: the font shrinks (down to 7pt); if the
 * minima still do not fit, the columns are set in groups, one table after
 * another, each labelled "Columns a–b of n".
 *
 * Ownership: ctx->table (the model) is malloc'ed at the table's start and
 * freed at its end, or by pdf_table_free() after an error.
 */
#include "pdf_layout.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define S_SIZE 9.0f      /* cell text size */
#define S_MIN_SIZE 7.0f  /* smallest it shrinks to */
#define S_LEADING 1.38f  /* times the size */
#define S_PAD_X 5.0f
#define S_PAD_Y 3.5f
#define S_MAX_MIN 0.4f   /* no column's minimum passes this share of the width */

typedef struct {
    size_t first, end; /* fragments of ctx->in */
} pdf_cell;

struct pdf_table {
    size_t ncols, nrows, row_cells;
    uint8_t *align;     /* 'l', 'c', 'r' or 0 per column */
    pdf_cell *cell;     /* row-major, ncols per row */
    size_t ncells, cap_cells;
    int header;         /* row 0 is a header row */
    int in_header, in_cell;
    float *min_em, *max_em, *width; /* per column */
    float size, leading;
};

static void *S_calloc(pdf_ctx *ctx, size_t n, size_t elem)
{
    void *p = calloc(n ? n : 1, elem);
    if (!p)
        pdf_layout_fail(ctx, "out of memory");
    return p;
}

void pdf_table_enter(pdf_ctx *ctx, struct cmark_node *node)
{
    if (ctx->table)
        return;
    pdf_table *t = ctx->table = S_calloc(ctx, 1, sizeof *t);
    t->ncols = cmark_gfm_extensions_get_table_columns(node);
    if (t->ncols == 0)
        t->ncols = 1;
    t->align = S_calloc(ctx, t->ncols, 1);
    t->min_em = S_calloc(ctx, t->ncols, sizeof *t->min_em);
    t->max_em = S_calloc(ctx, t->ncols, sizeof *t->max_em);
    t->width = S_calloc(ctx, t->ncols, sizeof *t->width);
    const uint8_t *al = cmark_gfm_extensions_get_table_alignments(node);
    if (al)
        memcpy(t->align, al, t->ncols);
    pdf_inline_clear(&ctx->in);
    ctx->collecting = 0;
}

static void S_add_cell(pdf_ctx *ctx, pdf_table *t, size_t first, size_t end)
{
    t->cell = pdf_layout_grow(ctx, t->cell, &t->cap_cells, t->ncells + 1,
                              sizeof *t->cell);
    t->cell[t->ncells++] = (pdf_cell){first, end};
    t->row_cells++;
}

void pdf_table_row(pdf_ctx *ctx, struct cmark_node *row, int entering)
{
    pdf_table *t = ctx->table;
    if (!t)
        return;
    if (entering) {
        t->row_cells = 0;
        t->in_header = cmark_gfm_extensions_get_table_row_is_header(row) && t->nrows == 0;
        t->header |= t->in_header;
        return;
    }
    while (t->row_cells < t->ncols) /* short rows get empty cells */
        S_add_cell(ctx, t, ctx->in.n, ctx->in.n);
    t->nrows++;
    t->in_header = 0;
}

void pdf_table_cell(pdf_ctx *ctx, int entering)
{
    pdf_table *t = ctx->table;
    if (!t)
        return;
    if (entering) {
        t->in_cell = t->row_cells < t->ncols; /* extra cells are dropped */
        ctx->collecting = t->in_cell;
        ctx->in.space = ctx->in.brk = 0;
        ctx->strong += t->in_header;
        if (t->in_cell)
            S_add_cell(ctx, t, ctx->in.n, ctx->in.n);
        return;
    }
    if (t->in_cell)
        t->cell[t->ncells - 1].end = ctx->in.n;
    ctx->collecting = t->in_cell = 0;
    ctx->strong -= t->in_header;
}

/* ---- column widths ---------------------------------------------------- */

static void S_extents(pdf_ctx *ctx, pdf_table *t, float width)
{
    float cap = S_MAX_MIN * width / S_SIZE;
    for (size_t i = 0; i < t->ncells; i++) {
        float mn, mx;
        size_t c = i % t->ncols;
        pdf_layout_extent(ctx, &ctx->in, t->cell[i].first, t->cell[i].end, &mn, &mx);
        if (mn > t->min_em[c])
            t->min_em[c] = mn;
        if (mx > t->max_em[c])
            t->max_em[c] = mx;
    }
    for (size_t c = 0; c < t->ncols; c++) {
        t->min_em[c] = t->min_em[c] < 1.0f ? 1.0f : t->min_em[c] > cap ? cap : t->min_em[c];
        if (t->max_em[c] < t->min_em[c])
            t->max_em[c] = t->min_em[c];
    }
}

/* The font size: 9pt, or smaller so that the minima fit, but >= 7pt. */
static float S_pick_size(const pdf_table *t, float width)
{
    float sum = 0;
    for (size_t c = 0; c < t->ncols; c++)
        sum += t->min_em[c];
    float room = width - 2 * S_PAD_X * (float)t->ncols;
    if (sum * S_SIZE <= room)
        return S_SIZE;
    float s = room > 0 ? room / sum : 0;
    return s > S_MIN_SIZE ? s : S_MIN_SIZE;
}

/* End of the group of columns starting at a that fits the width. */
static size_t S_group_end(const pdf_table *t, size_t a, float width)
{
    float used = 0;
    size_t b = a;
    while (b < t->ncols) {
        float w = t->min_em[b] * t->size + 2 * S_PAD_X;
        if (b > a && used + w > width)
            break;
        used += w;
        b++;
    }
    return b;
}

static void S_widths(pdf_table *t, size_t a, size_t b, float width)
{
    float avail = width - 2 * S_PAD_X * (float)(b - a), smin = 0, smax = 0;
    for (size_t c = a; c < b; c++) {
        smin += t->min_em[c] * t->size;
        smax += t->max_em[c] * t->size;
    }
    for (size_t c = a; c < b; c++) {
        float mn = t->min_em[c] * t->size, mx = t->max_em[c] * t->size;
        if (smax <= avail)
            t->width[c] = mx;
        else if (smin <= avail)
            t->width[c] = mn + (mx - mn) * (avail - smin) / (smax - smin);
        else
            t->width[c] = avail > 0 ? avail * mn / smin : mn;
    }
}

/* ---- rows ------------------------------------------------------------- */

static size_t S_cell_lines(pdf_ctx *ctx, const pdf_table *t, size_t r, size_t c)
{
    const pdf_cell *cell = &t->cell[r * t->ncols + c];
    pdf_layout_break(ctx, &ctx->in, cell->first, cell->end, t->size, t->width[c]);
    return ctx->lines.nlines;
}

/* Lines of the tallest cell of row r in columns [a, b). */
static size_t S_row_lines(pdf_ctx *ctx, const pdf_table *t, size_t r, size_t a,
                          size_t b)
{
    size_t most = 1;
    for (size_t c = a; c < b; c++) {
        size_t n = S_cell_lines(ctx, t, r, c);
        most = n > most ? n : most;
    }
    return most;
}

static float S_height(const pdf_table *t, size_t lines)
{
    return (float)lines * t->leading + 2 * S_PAD_Y;
}

/* Draws lines [skip, skip+count) of row r, columns [a, b), at ctx->y. */
static void S_draw_row(pdf_ctx *ctx, const pdf_table *t, size_t r, size_t a,
                       size_t b, size_t skip, size_t count)
{
    int head = t->header && r == 0;
    pdf_style st = {t->size, t->leading,
                    ctx->quotes > 0 ? PDF_COLOR_QUOTE : PDF_COLOR_TEXT, PDF_ALIGN_LEFT};
    float h = S_height(t, count), x = pdf_layout_left(ctx), x0 = x;

    for (size_t c = a; c < b; c++)
        x += t->width[c] + 2 * S_PAD_X;
    if (head)
        pdf_layout_rect(ctx, x0, ctx->y - h, x - x0, h, PDF_COLOR_HEAD_BG);
    x = x0;
    for (size_t c = a; c < b; c++) {
        size_t n = S_cell_lines(ctx, t, r, c);
        for (size_t j = skip; j < n && j < skip + count; j++) {
            float base = pdf_layout_baseline(ctx->y - S_PAD_Y - t->leading * (float)(j - skip),
                                             t->size, t->leading);
            float dx = t->width[c] - ctx->lines.line[j].w;
            dx = t->align[c] == 'r' ? dx : t->align[c] == 'c' ? dx / 2 : 0;
            pdf_layout_draw_line(ctx, &ctx->in, j, x + S_PAD_X + dx, base, &st);
        }
        x += t->width[c] + 2 * S_PAD_X;
    }
    ctx->y -= h;
    ctx->at_top = 0;
    pdf_layout_hline(ctx, x0, x, ctx->y, head ? 0.7f : 0.35f, PDF_COLOR_RULE);
}

static float S_table_right(const pdf_ctx *ctx, const pdf_table *t, size_t a, size_t b)
{
    float x = pdf_layout_left(ctx);
    for (size_t c = a; c < b; c++)
        x += t->width[c] + 2 * S_PAD_X;
    return x;
}

/* Top rule and (repeated) header row at the top of a table part. */
static void S_start_part(pdf_ctx *ctx, const pdf_table *t, size_t a, size_t b,
                         int repeat)
{
    pdf_layout_hline(ctx, pdf_layout_left(ctx), S_table_right(ctx, t, a, b), ctx->y,
                     0.9f, PDF_COLOR_RULE);
    if (t->header && (!repeat || S_height(t, S_row_lines(ctx, t, 0, a, b)) <
                                     (ctx->top - ctx->bottom) / 2))
        S_draw_row(ctx, t, 0, a, b, 0, S_row_lines(ctx, t, 0, a, b));
}

static void S_next_page(pdf_ctx *ctx, const pdf_table *t, size_t a, size_t b)
{
    pdf_layout_new_page(ctx);
    S_start_part(ctx, t, a, b, 1);
}

/* A row taller than a page: set it line by line across pages. */
static void S_split_row(pdf_ctx *ctx, const pdf_table *t, size_t r, size_t a,
                        size_t b, size_t lines)
{
    size_t done = 0;
    while (done < lines) {
        float room = ctx->y - ctx->bottom - 2 * S_PAD_Y;
        size_t fit = room > 0 ? (size_t)(room / t->leading) : 0;
        if (fit == 0) {
            S_next_page(ctx, t, a, b);
            continue;
        }
        fit = fit > lines - done ? lines - done : fit;
        S_draw_row(ctx, t, r, a, b, done, fit);
        done += fit;
        if (done < lines)
            S_next_page(ctx, t, a, b);
    }
}

static void S_body_row(pdf_ctx *ctx, const pdf_table *t, size_t r, size_t a, size_t b)
{
    size_t lines = S_row_lines(ctx, t, r, a, b);
    float h = S_height(t, lines), head = 0;

    if (t->header)
        head = S_height(t, S_row_lines(ctx, t, 0, a, b));
    if (ctx->y - h < ctx->bottom - 0.01f) {
        if (h + head > ctx->top - ctx->bottom) {
            S_split_row(ctx, t, r, a, b, lines);
            return;
        }
        S_next_page(ctx, t, a, b);
    }
    S_draw_row(ctx, t, r, a, b, 0, lines);
}

#define S_LABEL_H 13.0f

/* "Columns a–b of n" above a group of columns. */
static void S_label(pdf_ctx *ctx, const pdf_table *t, size_t a, size_t b)
{
    char s[96];
    snprintf(s, sizeof s, "Columns %zu\xE2\x80\x93%zu of %zu", a + 1, b, t->ncols);
    HPDF_Page_BeginText(ctx->page);
    pdf_layout_set_font(ctx, ctx->page, PDF_FONT_ITALIC, 8.0f);
    pdf_layout_set_fill(ctx, ctx->page, PDF_COLOR_MUTED);
    HPDF_Page_TextOut(ctx->page, pdf_layout_left(ctx), ctx->y - 9.0f, s);
    HPDF_Page_EndText(ctx->page);
    ctx->y -= S_LABEL_H;
    ctx->at_top = 0;
}

static void S_group(pdf_ctx *ctx, pdf_table *t, size_t a, size_t b, float width)
{
    size_t first_body = t->header ? 1 : 0;
    int grouped = b - a < t->ncols;
    float need = grouped ? S_LABEL_H : 0;

    S_widths(t, a, b, width);
    if (t->header)
        need += S_height(t, S_row_lines(ctx, t, 0, a, b));
    if (first_body < t->nrows) {
        float h = S_height(t, S_row_lines(ctx, t, first_body, a, b));
        need += h < 3 * t->leading ? h : 3 * t->leading;
    }
    pdf_layout_gap(ctx, 6.0f);
    pdf_layout_need(ctx, need);
    if (grouped)
        S_label(ctx, t, a, b);
    pdf_layout_flush_markers(ctx, pdf_layout_baseline(ctx->y - S_PAD_Y, t->size, t->leading));
    S_start_part(ctx, t, a, b, 0);
    for (size_t r = first_body; r < t->nrows; r++)
        S_body_row(ctx, t, r, a, b);
    pdf_layout_hline(ctx, pdf_layout_left(ctx), S_table_right(ctx, t, a, b), ctx->y,
                     0.9f, PDF_COLOR_RULE);
    pdf_layout_after(ctx, 10.0f);
}

void pdf_table_exit(pdf_ctx *ctx)
{
    pdf_table *t = ctx->table;
    if (!t)
        return;
    float width = ctx->right - pdf_layout_left(ctx);

    ctx->collecting = 0;
    S_extents(ctx, t, width);
    t->size = S_pick_size(t, width);
    t->leading = t->size * S_LEADING;
    for (size_t a = 0; a < t->ncols;) {
        size_t b = S_group_end(t, a, width);
        S_group(ctx, t, a, b, width);
        a = b;
    }
    pdf_table_free(ctx);
}

void pdf_table_free(pdf_ctx *ctx)
{
    pdf_table *t = ctx->table;
    if (!t)
        return;
    free(t->align);
    free(t->cell);
    free(t->min_em);
    free(t->max_em);
    free(t->width);
    free(t);
    ctx->table = NULL;
}
