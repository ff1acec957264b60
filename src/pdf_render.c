/*
 * pdf_render.c — typesets a Markdown briefing as PDF: parses it with
 * cmark-gfm (table, strikethrough, autolink) and walks the tree the way
 * cmark's own renderers do, one loop over iterator ENTER/EXIT events
 * calling S_render_node(), which switches on the node type.  Container
 * blocks (block quotes, lists, items) push a frame that sets the left edge;
 * leaf blocks collect their inline content into ctx->in and are broken into
 * lines and placed when they end.  No recursion: nesting depth costs heap
 * (the frame stack), not C stack.
 *
 * Images whose URL names one of opts.figures are drawn as vector figures
 * (pdf_figure.c) in place of the "[image: alt]" placeholder.
 *
 * After the walk: internal links are resolved, every page gets its running
 * header (all but the first) and "page N of M" footer, the metadata is set
 * and the document is saved to a temporary file, which is read back once
 * the document is freed: the pages of a 7,000-page briefing (90 MB) and
 * two copies of the saved PDF (libharu's stream and ours) are never in
 * memory together.  Without a writable $TMPDIR (or /tmp) it is saved to
 * memory instead.
 *
 * Ownership: the pdf_job below owns the parsed tree, the iterator, the
 * libharu document and (through pdf_ctx) every buffer of the layout; all
 * are freed in S_job_free(), also after a longjmp from an error.  The PDF
 * handed to the caller is malloc'ed and becomes the caller's.
 */
#include "pdf_render.h"

#include <cmark-gfm.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "heap.h"
#include "pdf_deflate.h"
#include "pdf_figure.h"
#include "pdf_layout.h"
#include "pdf_ops.h"
#include "pdf_pieces.h"

#define S_MAX_INPUT (16u << 20) /* bytes of Markdown */
#define S_BODY 10.0f            /* body text size, points */
#define S_BODY_LEADING 14.5f

typedef struct {
    pdf_ctx ctx; /* first: the error handler gets a pdf_ctx * */
    pdf_pieces *pieces; /* the Markdown being parsed */
    cmark_node *doc;    /* the piece being walked, from pieces */
    cmark_iter *iter;
    unsigned char *out;
    char *temp;  /* the saved document's temporary file, unlinked when freed */
    int temp_fd; /* open on it (-1: none); closed when freed */
} pdf_job;

/* Heading styles: size, leading, space before, space after. */
static const struct {
    float size, leading, before, after;
} S_heading[7] = {
    {22.0f, 27.0f, 0.0f, 16.0f}, /* [0]: the document title */
    {17.0f, 21.0f, 20.0f, 8.0f},
    {14.0f, 18.0f, 16.0f, 6.0f},
    {12.0f, 15.5f, 13.0f, 5.0f},
    {10.5f, 14.0f, 11.0f, 4.0f},
    {10.0f, 14.0f, 10.0f, 3.0f},
    {10.0f, 14.0f, 10.0f, 3.0f},
};

void pdf_render_opts_init(pdf_render_opts *o)
{
    memset(o, 0, sizeof *o);
    o->paper = PDF_PAPER_A4;
    o->date = -1;
}

/* ---- libharu errors ---------------------------------------------------- */

static const char *S_hpdf_reason(HPDF_STATUS e)
{
    switch (e) {
    case HPDF_FAILD_TO_ALLOC_MEM: return "out of memory";
    case HPDF_FILE_OPEN_ERROR: return "cannot open font file";
    case HPDF_FILE_IO_ERROR: return "cannot read font file";
    case HPDF_TTF_INVALID_FOMAT: return "font file is not TrueType";
    case HPDF_TTF_MISSING_TABLE: return "font file lacks a required table";
    case HPDF_TTF_INVALID_CMAP: return "font file has no usable Unicode cmap";
    case HPDF_TTF_CANNOT_EMBEDDING_FONT: return "font licence forbids embedding";
    case HPDF_ZLIB_ERROR: return "compression failed";
    default: return "internal error";
    }
}

static void S_on_error(HPDF_STATUS e, HPDF_STATUS detail, void *user)
{
    pdf_ctx *ctx = user;
    if (ctx->reading && e == HPDF_STREAM_EOF) {
        HPDF_ResetError(ctx->pdf);
        return;
    }
    pdf_layout_fail(ctx, "PDF library: %s (error 0x%04X, detail %u)",
                    S_hpdf_reason(e), (unsigned)e, (unsigned)detail);
}

/* ---- inline content --------------------------------------------------- */

static int S_face(const pdf_ctx *ctx)
{
    int bold = ctx->strong > 0 || ctx->heading, italic = ctx->emph > 0 || ctx->image > 0;
    if (bold)
        return italic ? PDF_FONT_BOLD_ITALIC : PDF_FONT_BOLD;
    return italic ? PDF_FONT_ITALIC : PDF_FONT_REGULAR;
}

static void S_text(pdf_ctx *ctx, const char *s, int flags)
{
    if (!ctx->collecting || !s)
        return;
    if (ctx->strike > 0)
        flags |= PDF_FRAG_STRIKE;
    if (ctx->image > 0)
        flags |= PDF_FRAG_MUTED;
    pdf_layout_add_text(ctx, &ctx->in, s, strlen(s), S_face(ctx), flags,
                        ctx->cur_link);
}

static void S_link(pdf_ctx *ctx, cmark_node *node, int entering)
{
    if (ctx->image > 0) /* a link inside an image's alt text: plain */
        return;
    ctx->cur_link = entering ? pdf_nav_link(ctx, cmark_node_get_url(node)) : -1;
}

/* Images are shown as "[image: alt]" in italics (those naming a figure
 * never get here: S_walk draws them through S_figure). */
static void S_image(pdf_ctx *ctx, cmark_node *node, int entering)
{
    if (entering) {
        ctx->image++;
        S_text(ctx, cmark_node_first_child(node) ? "[image: " : "[image", 0);
    } else {
        S_text(ctx, "]", 0);
        ctx->image--;
    }
}

/* ---- placing lines ---------------------------------------------------- */

static int S_text_color(const pdf_ctx *ctx)
{
    return ctx->quotes > 0 ? PDF_COLOR_QUOTE : PDF_COLOR_TEXT;
}

/* Places ctx->lines at x: the first keep lines (plus extra points) must
 * share a page.  Records where the first line went. */
static void S_place(pdf_ctx *ctx, const pdf_style *st, float x, float width,
                    size_t keep, float extra)
{
    size_t n = ctx->lines.nlines;
    for (size_t i = 0; i < n; i++) {
        float need = st->leading;
        if (i == 0)
            need = st->leading * (float)(n < keep ? n : keep) + extra;
        pdf_layout_need(ctx, need);
        if (i == 0) {
            ctx->first_page = ctx->npages - 1;
            ctx->first_top = ctx->y;
        }
        float base = pdf_layout_baseline(ctx->y, st->size, st->leading);
        float dx = width - ctx->lines.line[i].w;
        dx = st->align == PDF_ALIGN_RIGHT ? dx : st->align == PDF_ALIGN_CENTER ? dx / 2 : 0;
        pdf_layout_flush_markers(ctx, base);
        pdf_layout_draw_line(ctx, &ctx->in, i, x + dx, base, st);
        ctx->y -= st->leading;
        ctx->at_top = 0;
    }
}

static int S_in_tight_item(cmark_node *node)
{
    cmark_node *item = cmark_node_parent(node);
    if (!item || cmark_node_get_type(item) != CMARK_NODE_ITEM)
        return 0;
    cmark_node *list = cmark_node_parent(item);
    return list && cmark_node_get_list_tight(list);
}

/* ---- leaf blocks ------------------------------------------------------ */

static void S_collect(pdf_ctx *ctx)
{
    pdf_inline_clear(&ctx->in);
    ctx->collecting = 1;
}

static void S_paragraph_exit(pdf_ctx *ctx, cmark_node *node)
{
    int tight = S_in_tight_item(node);
    pdf_style st = {S_BODY, S_BODY_LEADING, S_text_color(ctx), PDF_ALIGN_LEFT};
    float x = pdf_layout_left(ctx), width = ctx->right - x;

    ctx->collecting = 0;
    pdf_layout_gap(ctx, tight ? 1.5f : 0.0f);
    pdf_layout_break(ctx, &ctx->in, 0, ctx->in.n, st.size, width);
    S_place(ctx, &st, x, width, 2, 0);
    pdf_layout_after(ctx, tight ? 1.5f : 7.0f);
}

/* Room the block after a heading needs for its first two lines. */
static float S_keep_after(cmark_node *heading)
{
    cmark_node *next = cmark_node_next(heading);
    const char *type = next ? cmark_node_get_type_string(next) : "";

    if (!next)
        return 0;
    if (strcmp(type, "table") == 0)
        return 6.0f + 2 * (12.5f + 7.0f) + 12.5f;
    if (next && cmark_node_get_type(next) == CMARK_NODE_CODE_BLOCK)
        return 4.0f + 12.0f + 2 * 11.5f;
    return 4.0f + 2 * S_BODY_LEADING;
}

static int S_is_title(pdf_ctx *ctx, cmark_node *node)
{
    cmark_node *parent = cmark_node_parent(node);
    return cmark_node_get_heading_level(node) == 1 && !ctx->title_done &&
           parent && cmark_node_get_type(parent) == CMARK_NODE_DOCUMENT;
}

static void S_heading_enter(pdf_ctx *ctx)
{
    S_collect(ctx);
    ctx->heading = 1;
}

static void S_heading_exit(pdf_ctx *ctx, cmark_node *node)
{
    int level = cmark_node_get_heading_level(node), title = S_is_title(ctx, node);
    int k = title ? 0 : level < 1 ? 1 : level > 6 ? 6 : level;
    pdf_style st = {S_heading[k].size, S_heading[k].leading,
                    level >= 6 ? PDF_COLOR_MUTED : PDF_COLOR_HEADING, PDF_ALIGN_LEFT};
    float x = pdf_layout_left(ctx), width = ctx->right - x;

    ctx->collecting = ctx->heading = 0;
    ctx->title_done |= level == 1;
    pdf_layout_gap(ctx, S_heading[k].before);
    pdf_layout_break(ctx, &ctx->in, 0, ctx->in.n, st.size, width);
    if (ctx->lines.nlines == 0)
        return;
    S_place(ctx, &st, x, width, ctx->lines.nlines,
            S_heading[k].after + S_keep_after(node));
    if (title) {
        ctx->y -= 5.0f;
        pdf_layout_hline(ctx, x, ctx->right, ctx->y, 0.8f, PDF_COLOR_RULE);
    }
    pdf_nav_heading(ctx, level, pdf_layout_plain(ctx, &ctx->in, 0, ctx->in.n));
    pdf_layout_after(ctx, S_heading[k].after);
}

/* Code blocks (grey box, wrapped) and HTML blocks (as written). */
static void S_preformatted(pdf_ctx *ctx, cmark_node *node, int boxed)
{
    const char *lit = cmark_node_get_literal(node);
    pdf_style st = {8.5f, 11.5f, boxed ? PDF_COLOR_TEXT : PDF_COLOR_MUTED, PDF_ALIGN_LEFT};
    float pad = boxed ? 6.0f : 0.0f, x = pdf_layout_left(ctx), width = ctx->right - x;

    pdf_layout_preformatted(ctx, lit ? lit : "", lit ? strlen(lit) : 0, st.size,
                            width - 2 * pad);
    pdf_layout_gap(ctx, 4.0f);
    for (size_t i = 0, n = ctx->lines.nlines; i < n;) {
        size_t left = n - i;
        pdf_layout_need(ctx, 2 * pad + st.leading * (float)(left < 2 ? left : 2));
        size_t fit = (size_t)((ctx->y - ctx->bottom - 2 * pad) / st.leading);
        fit = fit < 1 ? 1 : fit > left ? left : fit;
        float h = 2 * pad + st.leading * (float)fit;
        if (boxed)
            pdf_layout_rect(ctx, x, ctx->y - h, width, h, PDF_COLOR_CODE_BG);
        for (size_t j = 0; j < fit; j++) {
            float base = pdf_layout_baseline(ctx->y - pad - st.leading * (float)j,
                                             st.size, st.leading);
            pdf_layout_flush_markers(ctx, base);
            pdf_layout_draw_line(ctx, &ctx->in, i + j, x + pad, base, &st);
        }
        ctx->y -= h;
        ctx->at_top = 0;
        i += fit;
        if (i < n)
            pdf_layout_new_page(ctx);
    }
    pdf_layout_after(ctx, 9.0f);
}

static void S_thematic_break(pdf_ctx *ctx)
{
    pdf_layout_gap(ctx, 8.0f);
    pdf_layout_need(ctx, 2.0f);
    pdf_layout_flush_markers(ctx, ctx->y - S_BODY);
    pdf_layout_hline(ctx, pdf_layout_left(ctx), ctx->right, ctx->y - 1.0f, 0.6f,
                     PDF_COLOR_RULE);
    ctx->y -= 2.0f;
    ctx->at_top = 0;
    pdf_layout_after(ctx, 10.0f);
}

/* ---- figures ---------------------------------------------------------- */

/* Sets the text collected so far in the paragraph (before a figure). */
static void S_flush_text(pdf_ctx *ctx)
{
    pdf_style st = {S_BODY, S_BODY_LEADING, S_text_color(ctx), PDF_ALIGN_LEFT};
    float x = pdf_layout_left(ctx), width = ctx->right - x;

    if (ctx->in.n == 0)
        return;
    pdf_layout_gap(ctx, 0.0f);
    pdf_layout_break(ctx, &ctx->in, 0, ctx->in.n, st.size, width);
    S_place(ctx, &st, x, width, 2, 0);
    pdf_layout_after(ctx, 7.0f);
    pdf_inline_clear(&ctx->in);
}

/* Draws fig scaled to the text width (or, if taller than a page, to the
 * page's height), centred, on this page if it fits, else the next. */
static void S_place_figure(pdf_ctx *ctx, const pdf_figure *fig)
{
    double fw, fh;
    float x = pdf_layout_left(ctx), width = ctx->right - x;
    float room = ctx->top - ctx->bottom;

    pdf_figure_size(fig, &fw, &fh);
    float scale = width / (float)fw;
    if ((float)fh * scale > room)
        scale = room / (float)fh;
    float w = (float)fw * scale, h = (float)fh * scale;
    pdf_layout_gap(ctx, 6.0f);
    pdf_layout_need(ctx, h);
    pdf_layout_flush_markers(ctx, pdf_layout_baseline(ctx->y, S_BODY, S_BODY_LEADING));
    pdf_figure_draw(ctx, fig, x + (width - w) / 2, ctx->y, scale);
    ctx->y -= h;
    ctx->at_top = 0;
    pdf_layout_after(ctx, 8.0f);
}

/* An image in a paragraph whose URL names one of opts.figures is drawn as
 * that figure, between the paragraph's text before and after it.  Returns
 * 0 for any other node (other images become "[image: alt]"). */
static int S_figure(pdf_ctx *ctx, cmark_node *node)
{
    cmark_node *parent = cmark_node_parent(node);
    const pdf_figure *fig;

    if (cmark_node_get_type(node) != CMARK_NODE_IMAGE || !ctx->collecting ||
        ctx->image > 0 || !parent || cmark_node_get_type(parent) != CMARK_NODE_PARAGRAPH)
        return 0;
    if (!(fig = pdf_figure_find(ctx->opts.figures, cmark_node_get_url(node))))
        return 0;
    S_flush_text(ctx);
    S_place_figure(ctx, fig);
    return 1;
}

/* ---- container blocks ------------------------------------------------- */

static pdf_frame *S_push(pdf_ctx *ctx, int kind, float indent)
{
    float left = pdf_layout_left(ctx);
    int indented = left + indent - ctx->left <= ctx->right - ctx->left - ctx->min_width;

    ctx->frame = pdf_layout_grow(ctx, ctx->frame, &ctx->cap_frames, ctx->nframes + 1,
                                 sizeof *ctx->frame);
    pdf_frame *fr = &ctx->frame[ctx->nframes++];
    memset(fr, 0, sizeof *fr);
    fr->kind = (uint8_t)kind;
    fr->indented = (uint8_t)indented;
    fr->left = indented ? left + indent : left;
    fr->bar_x = left + 3.0f;
    fr->bar_top = ctx->y;
    return fr;
}

static void S_quote_enter(pdf_ctx *ctx)
{
    pdf_layout_gap(ctx, 4.0f);
    S_push(ctx, PDF_FRAME_QUOTE, 16.0f);
    ctx->quotes++;
}

static void S_quote_exit(pdf_ctx *ctx)
{
    pdf_frame *fr = &ctx->frame[ctx->nframes - 1];
    if (fr->indented && fr->bar_top - ctx->y > 1.0f)
        pdf_layout_rect(ctx, fr->bar_x, ctx->y, 2.0f, fr->bar_top - ctx->y,
                        PDF_COLOR_BAR);
    ctx->nframes--;
    ctx->quotes--;
    pdf_layout_after(ctx, 8.0f);
}

/* The marker column: wide enough for the largest number. */
static float S_gutter(pdf_ctx *ctx, cmark_node *list)
{
    char s[32];
    long long last = cmark_node_get_list_start(list) - 1;

    if (cmark_node_get_list_type(list) != CMARK_ORDERED_LIST)
        return 16.0f;
    for (cmark_node *c = cmark_node_first_child(list); c; c = cmark_node_next(c))
        last++;
    snprintf(s, sizeof s, "%lld.", last);
    float w = pdf_layout_measure(ctx, PDF_FONT_REGULAR, s, strlen(s)) * S_BODY + 6.0f;
    return w < 18.0f ? 18.0f : w;
}

static void S_list_enter(pdf_ctx *ctx, cmark_node *list)
{
    int level = 0;
    for (size_t i = 0; i < ctx->nframes; i++)
        level += ctx->frame[i].kind == PDF_FRAME_LIST && !ctx->frame[i].ordered;

    pdf_layout_gap(ctx, S_in_tight_item(list) ? 1.5f : 2.0f);
    float gutter = S_gutter(ctx, list);
    pdf_frame *fr = S_push(ctx, PDF_FRAME_LIST, 0);
    fr->ordered = cmark_node_get_list_type(list) == CMARK_ORDERED_LIST;
    fr->tight = (uint8_t)cmark_node_get_list_tight(list);
    fr->paren = cmark_node_get_list_delim(list) == CMARK_PAREN_DELIM;
    fr->bullet_level = (uint8_t)(level > 2 ? 2 : level);
    fr->number = cmark_node_get_list_start(list);
    fr->gutter = gutter;
}

static void S_list_exit(pdf_ctx *ctx, cmark_node *list)
{
    ctx->nframes--;
    pdf_layout_after(ctx, S_in_tight_item(list) ? 1.5f : 7.0f);
}

static void S_item_enter(pdf_ctx *ctx)
{
    /* •, ◦, then – */
    static const char *const bullets[3] = {"\xE2\x80\xA2", "\xE2\x97\xA6", "\xE2\x80\x93"};
    pdf_frame list = ctx->frame[ctx->nframes - 1]; /* copy: push may move it */
    pdf_frame *fr = S_push(ctx, PDF_FRAME_ITEM, list.gutter);

    ctx->frame[ctx->nframes - 2].number++;
    if (!fr->indented)
        return; /* past the nesting cap: no room for a marker */
    ctx->marker = pdf_layout_grow(ctx, ctx->marker, &ctx->cap_markers,
                                  ctx->nmarkers + 1, sizeof *ctx->marker);
    pdf_marker *m = &ctx->marker[ctx->nmarkers++];
    if (list.ordered)
        snprintf(m->text, sizeof m->text, "%lld%c", list.number, list.paren ? ')' : '.');
    else
        snprintf(m->text, sizeof m->text, "%s", bullets[list.bullet_level]);
    m->right = fr->left - 5.0f;
    m->size = S_BODY;
    m->color = S_text_color(ctx);
}

static void S_item_exit(pdf_ctx *ctx)
{
    int tight = ctx->frame[ctx->nframes - 2].tight;
    if (ctx->nmarkers > 0) { /* an empty item still shows its marker */
        pdf_layout_gap(ctx, 0);
        pdf_layout_need(ctx, S_BODY_LEADING);
        pdf_layout_flush_markers(ctx, pdf_layout_baseline(ctx->y, S_BODY, S_BODY_LEADING));
        ctx->y -= S_BODY_LEADING;
        ctx->at_top = 0;
    }
    ctx->nframes--;
    pdf_layout_after(ctx, tight ? 1.5f : 4.0f);
}

/* ---- the walk --------------------------------------------------------- */

/* Extension nodes: tables and strikethrough. */
static void S_render_ext(pdf_ctx *ctx, cmark_node *node, int entering)
{
    const char *type = cmark_node_get_type_string(node);

    if (strcmp(type, "table") == 0) {
        if (entering)
            pdf_table_enter(ctx, node);
        else
            pdf_table_exit(ctx);
    } else if (strcmp(type, "table_header") == 0 || strcmp(type, "table_row") == 0) {
        pdf_table_row(ctx, node, entering);
    } else if (strcmp(type, "table_cell") == 0) {
        pdf_table_cell(ctx, entering);
    } else if (strcmp(type, "strikethrough") == 0) {
        ctx->strike += entering ? 1 : -1;
    }
}

static void S_render_node(pdf_ctx *ctx, cmark_node *node, cmark_event_type ev)
{
    int entering = ev == CMARK_EVENT_ENTER;

    switch (cmark_node_get_type(node)) {
    case CMARK_NODE_DOCUMENT:
        break;
    case CMARK_NODE_BLOCK_QUOTE:
        entering ? S_quote_enter(ctx) : S_quote_exit(ctx);
        break;
    case CMARK_NODE_LIST:
        entering ? S_list_enter(ctx, node) : S_list_exit(ctx, node);
        break;
    case CMARK_NODE_ITEM:
        entering ? S_item_enter(ctx) : S_item_exit(ctx);
        break;
    case CMARK_NODE_PARAGRAPH:
        entering ? S_collect(ctx) : S_paragraph_exit(ctx, node);
        break;
    case CMARK_NODE_HEADING:
        entering ? S_heading_enter(ctx) : S_heading_exit(ctx, node);
        break;
    case CMARK_NODE_CODE_BLOCK:
        S_preformatted(ctx, node, 1);
        break;
    case CMARK_NODE_HTML_BLOCK:
        S_preformatted(ctx, node, 0);
        break;
    case CMARK_NODE_THEMATIC_BREAK:
        S_thematic_break(ctx);
        break;
    case CMARK_NODE_TEXT:
    case CMARK_NODE_HTML_INLINE:
        S_text(ctx, cmark_node_get_literal(node), 0);
        break;
    case CMARK_NODE_CODE:
        S_text(ctx, cmark_node_get_literal(node), PDF_FRAG_CODE);
        break;
    case CMARK_NODE_SOFTBREAK:
        pdf_layout_add_space(&ctx->in);
        break;
    case CMARK_NODE_LINEBREAK:
        pdf_layout_add_break(&ctx->in);
        break;
    case CMARK_NODE_EMPH:
        ctx->emph += entering ? 1 : -1;
        break;
    case CMARK_NODE_STRONG:
        ctx->strong += entering ? 1 : -1;
        break;
    case CMARK_NODE_LINK:
        S_link(ctx, node, entering);
        break;
    case CMARK_NODE_IMAGE:
        S_image(ctx, node, entering);
        break;
    default:
        S_render_ext(ctx, node, entering);
        break;
    }
}

static void S_walk(pdf_job *job)
{
    cmark_event_type ev;
    job->iter = cmark_iter_new(job->doc);
    if (!job->iter)
        pdf_layout_fail(&job->ctx, "out of memory");
    while ((ev = cmark_iter_next(job->iter)) != CMARK_EVENT_DONE) {
        cmark_node *node = cmark_iter_get_node(job->iter);
        if (ev == CMARK_EVENT_ENTER && S_figure(&job->ctx, node)) {
            /* drawn: its alt text and its exit event are skipped */
            cmark_iter_reset(job->iter, node, CMARK_EVENT_EXIT);
            continue;
        }
        S_render_node(&job->ctx, node, ev);
    }
    cmark_iter_free(job->iter);
    job->iter = NULL;
}

/* Parses and typesets md[0..len), piece by piece (pdf_pieces.h): one
 * piece's tree is walked at a time (job->doc); with two threads or more
 * the next pieces are parsed meanwhile. */
static void S_typeset(pdf_job *job, const char *md, size_t len)
{
    size_t min = job->ctx.opts.piece_bytes ? job->ctx.opts.piece_bytes : PDF_RENDER_PIECE;
    if (!(job->pieces = pdf_pieces_open(md, len, min, job->ctx.opts.threads >= 2)))
        pdf_layout_fail(&job->ctx, "out of memory");
    char err[256];
    int failed;
    while ((job->doc = pdf_pieces_next(job->pieces, &failed, err, sizeof err))) {
        S_walk(job);
        pdf_pieces_done(job->pieces, job->doc);
        job->doc = NULL;
    }
    if (failed)
        pdf_layout_fail(&job->ctx, "%s", err);
    pdf_pieces_close(job->pieces);
    job->pieces = NULL;
    /* what the parsing thread's heap held goes back before the pages
     * are saved, the peak of the run */
    if (job->ctx.opts.threads >= 2)
        heap_trim();
}

/* ---- document set-up and finishing ------------------------------------ */

static void S_setup(pdf_ctx *ctx)
{
    int letter = ctx->opts.paper == PDF_PAPER_LETTER;
    float side = letter ? 66.0f : 56.0f;

    ctx->pdf = HPDF_New(S_on_error, ctx);
    if (!ctx->pdf)
        pdf_layout_fail(ctx, "out of memory");
    HPDF_SetCompressionMode(ctx->pdf, HPDF_COMP_ALL);
    HPDF_UseUTFEncodings(ctx->pdf);
    HPDF_SetCurrentEncoder(ctx->pdf, "UTF-8");
    ctx->utf8 = HPDF_GetEncoder(ctx->pdf, "UTF-8");
    ctx->page_w = letter ? 612.0f : 595.276f;
    ctx->page_h = letter ? 792.0f : 841.89f;
    ctx->left = side;
    ctx->right = ctx->page_w - side;
    ctx->top = ctx->page_h - 64.0f;
    ctx->bottom = 64.0f;
    ctx->min_width = ctx->page_w / 3;
    ctx->cur_link = -1;
    pdf_layout_font(ctx, PDF_FONT_REGULAR);
    pdf_layout_new_page(ctx);
}

/* s as valid UTF-8 without controls, at most max bytes, in ctx->buf. */
static char *S_clean(pdf_ctx *ctx, const char *s, size_t max)
{
    size_t n = strlen(s), i = 0, j = 0;
    ctx->buf = pdf_layout_grow(ctx, ctx->buf, &ctx->buf_cap, 3 * n + 1, 1);
    while (i < n) {
        uint32_t c = pdf_layout_utf8_next(s, n, &i);
        if (c < 0x20 || (c >= 0x7F && c < 0xA0))
            c = ' ';
        char u[4];
        size_t k = pdf_layout_utf8_put(u, c);
        if (j + k > max)
            break;
        memcpy(ctx->buf + j, u, k);
        j += k;
    }
    ctx->buf[j] = '\0';
    return ctx->buf;
}

static void S_info(pdf_ctx *ctx, HPDF_InfoType type, const char *s)
{
    if (s && s[0])
        HPDF_SetInfoAttr(ctx->pdf, type, S_clean(ctx, s, 2000));
}

static void S_metadata(pdf_ctx *ctx)
{
    const char *title = ctx->opts.title && ctx->opts.title[0] ? ctx->opts.title
                                                              : ctx->doc_title;
    S_info(ctx, HPDF_INFO_TITLE, title);
    S_info(ctx, HPDF_INFO_AUTHOR, ctx->opts.author);
    S_info(ctx, HPDF_INFO_SUBJECT, ctx->opts.subject);
    S_info(ctx, HPDF_INFO_CREATOR, "callbrief");
    if (ctx->opts.date >= 0) {
        struct tm tm;
        time_t t = (time_t)(ctx->opts.date > 253402300799LL ? 253402300799LL
                                                             : ctx->opts.date);
        if (gmtime_r(&t, &tm)) {
            HPDF_Date d = {tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour,
                           tm.tm_min, tm.tm_sec > 59 ? 59 : tm.tm_sec, 'Z', 0, 0};
            HPDF_SetInfoDateAttr(ctx->pdf, HPDF_INFO_CREATION_DATE, d);
            HPDF_SetInfoDateAttr(ctx->pdf, HPDF_INFO_MOD_DATE, d);
        }
    }
    if (ctx->noutlines > 0)
        HPDF_SetPageMode(ctx->pdf, HPDF_PAGE_MODE_USE_OUTLINE);
}

static void S_text_at(pdf_ctx *ctx, HPDF_Page page, float x, float y,
                      const char *s)
{
    HPDF_Page_BeginText(page);
    pdf_layout_set_font(ctx, page, PDF_FONT_REGULAR, 8.0f);
    pdf_layout_set_fill(ctx, page, PDF_COLOR_MUTED);
    HPDF_Page_TextOut(page, x, y, s);
    HPDF_Page_EndText(page);
}

/* The running header's text, shortened with "…" to fit; in ctx->buf. */
static const char *S_header_text(pdf_ctx *ctx)
{
    const char *t = ctx->opts.title && ctx->opts.title[0] ? ctx->opts.title : ctx->doc_title;
    float room = (ctx->right - ctx->left) / 8.0f; /* ems at 8pt */

    if (!t || !t[0])
        return NULL;
    char *s = S_clean(ctx, t, 2000);
    size_t n = strlen(s);
    if (pdf_layout_measure(ctx, PDF_FONT_REGULAR, s, n) <= room)
        return s;
    float ell = pdf_layout_measure(ctx, PDF_FONT_REGULAR, "\xE2\x80\xA6", 3), w = 0;
    size_t i = 0, cut = 0;
    while (i < n) {
        cut = i;
        w += pdf_layout_cp_em(ctx, PDF_FONT_REGULAR, pdf_layout_utf8_next(s, n, &i));
        if (w + ell > room)
            break;
    }
    memcpy(s + cut, "\xE2\x80\xA6", 4);
    return s;
}

static void S_decorate(pdf_ctx *ctx)
{
    char foot[64];
    const char *head = S_header_text(ctx);

    if (head) { /* out of the scratch buffer */
        char *copy = pdf_layout_strndup(ctx, head, strlen(head));
        free(ctx->heading_text);
        head = ctx->heading_text = copy;
    }

    for (size_t i = 0; i < ctx->npages; i++) {
        HPDF_Page page = ctx->pages[i];
        if (i > 0 && head) {
            S_text_at(ctx, page, ctx->left, ctx->top + 24.0f, head);
            HPDF_Page_SetLineWidth(page, 0.5f);
            pdf_layout_set_stroke(ctx, page, PDF_COLOR_RULE);
            pdf_ops_move_to(page, ctx->left, ctx->top + 18.0f);
            pdf_ops_line_to(page, ctx->right, ctx->top + 18.0f);
            HPDF_Page_Stroke(page);
        }
        snprintf(foot, sizeof foot, "page %zu of %zu", i + 1, ctx->npages);
        float w = pdf_layout_measure(ctx, PDF_FONT_REGULAR, foot, strlen(foot)) * 8.0f;
        S_text_at(ctx, page, (ctx->page_w - w) / 2, ctx->bottom - 30.0f, foot);
    }
}

/* Saves the document to a new temporary file (job->temp), frees it, and
 * reads the file back into job->out.  -1, with nothing changed, when no
 * temporary file can be made. */
static int S_save_via_file(pdf_job *job, size_t *out_len)
{
    pdf_ctx *ctx = &job->ctx;
    const char *dir = getenv("TMPDIR");
    size_t n = strlen(dir && *dir ? dir : "/tmp") + 32;
    if (!(job->temp = malloc(n)))
        pdf_layout_fail(ctx, "out of memory");
    snprintf(job->temp, n, "%s/callbrief-pdf.XXXXXX", dir && *dir ? dir : "/tmp");
    if ((job->temp_fd = mkstemp(job->temp)) < 0) {
        free(job->temp);
        job->temp = NULL;
        return -1;
    }
    /* Unlinked at once where the open file keeps a name in /proc: a run
     * killed while saving leaves nothing behind. */
    char proc[64];
    const char *path = job->temp;
    snprintf(proc, sizeof proc, "/proc/self/fd/%d", job->temp_fd);
    if (access(proc, W_OK) == 0 && unlink(job->temp) == 0) {
        free(job->temp);
        job->temp = NULL;
        path = proc;
    }
    HPDF_SaveToFile(ctx->pdf, path);   /* errors reach the error handler */
    HPDF_Free(ctx->pdf);
    ctx->pdf = NULL;
    /* The document's pages (180 MB for 7,000 of them) go back to the
     * system before its bytes come back in: freed, they would stay in the
     * heap under the bytes and the caller's copy of them. */
    heap_trim();
    off_t size = lseek(job->temp_fd, 0, SEEK_END);
    if (size < 0 || lseek(job->temp_fd, 0, SEEK_SET) != 0 ||
        !(job->out = malloc(size ? (size_t)size : 1)))
        pdf_layout_fail(ctx, "cannot read the saved document back: %s", strerror(errno));
    for (off_t got = 0; got < size;) {
        ssize_t r = read(job->temp_fd, job->out + got, (size_t)(size - got));
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            pdf_layout_fail(ctx, "cannot read the saved document back: %s",
                            r < 0 ? strerror(errno) : "short file");
        got += r;
    }
    *out_len = (size_t)size;
    return 0;
}

static void S_save(pdf_job *job, size_t *out_len)
{
    if (S_save_via_file(job, out_len) == 0)
        return;
    pdf_ctx *ctx = &job->ctx;
    HPDF_SaveToStream(ctx->pdf);
    HPDF_UINT32 size = HPDF_GetStreamSize(ctx->pdf), got = 0;
    job->out = malloc(size ? size : 1);
    if (!job->out)
        pdf_layout_fail(ctx, "out of memory");
    HPDF_ResetStream(ctx->pdf);
    ctx->reading = 1;
    while (got < size) {
        HPDF_UINT32 n = size - got;
        HPDF_ReadFromStream(ctx->pdf, job->out + got, &n);
        if (n == 0)
            break;
        got += n;
    }
    ctx->reading = 0;
    if (got != size)
        pdf_layout_fail(ctx, "PDF library: short read of the saved document");
    *out_len = size;
}

/* ---- entry point ------------------------------------------------------ */

static void S_job_free(pdf_job *job)
{
    if (job->temp_fd >= 0)
        close(job->temp_fd);
    if (job->temp) {
        unlink(job->temp);
        free(job->temp);
    }
    if (job->iter)
        cmark_iter_free(job->iter);
    if (job->doc)
        cmark_node_free(job->doc);
    pdf_pieces_close(job->pieces);
    if (job->ctx.pdf)
        HPDF_Free(job->ctx.pdf);
    pdf_deflate_free(&job->ctx);
    pdf_table_free(&job->ctx);
    pdf_nav_free(&job->ctx);
    pdf_layout_free(&job->ctx);
    free(job->out);
    free(job);
}

int pdf_render_font_info(const char *font_dir, char *msg, size_t len)
{
    pdf_font_set set;
    if (pdf_font_find(&set, font_dir, msg, len) != 0)
        return -1;
    snprintf(msg, len, "%s", set.info);
    pdf_font_set_free(&set);
    return 0;
}

static int S_check_opts(const pdf_render_opts *o, size_t len, char *err,
                        size_t errlen)
{
    if (o->paper != PDF_PAPER_A4 && o->paper != PDF_PAPER_LETTER) {
        snprintf(err, errlen, "unknown paper size %d", o->paper);
        return -1;
    }
    if (len > S_MAX_INPUT) {
        snprintf(err, errlen, "document too long: %zu bytes (at most %u)", len,
                 S_MAX_INPUT);
        return -1;
    }
    return 0;
}

int pdf_render_markdown(const char *md, size_t len, const pdf_render_opts *o,
                        unsigned char **out, size_t *out_len,
                        char *err, size_t errlen)
{
    char dummy[1];
    pdf_render_opts defaults;
    pdf_job *job;

    if (!err || errlen == 0) {
        err = dummy;
        errlen = sizeof dummy;
    }
    *out = NULL;
    *out_len = 0;
    err[0] = '\0';
    if (!o) {
        pdf_render_opts_init(&defaults);
        o = &defaults;
    }
    if (S_check_opts(o, len, err, errlen) != 0)
        return -1;
    if (!(job = calloc(1, sizeof *job))) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    job->temp_fd = -1;
    job->ctx.opts = *o;
    job->ctx.err = err;
    job->ctx.errlen = errlen;
    if (pdf_font_find(&job->ctx.fonts, o->font_dir, err, errlen) != 0) {
        S_job_free(job);
        return -1;
    }
    if (setjmp(job->ctx.fail) == 0) {
        S_setup(&job->ctx);
        S_typeset(job, md ? md : "", md ? len : 0);
        pdf_nav_resolve(&job->ctx);
        S_decorate(&job->ctx);
        S_metadata(&job->ctx);
        if (job->ctx.opts.threads > 0)
            pdf_deflate_pages(&job->ctx, job->ctx.opts.threads);
        S_save(job, out_len);
        *out = job->out;
        job->out = NULL;
        job->ctx.ok = 1;
    }
    int ok = job->ctx.ok;
    S_job_free(job);
    return ok ? 0 : -1;
}
