/*
 * pdf_figure.c — figures for the PDF typesetter: validated shape lists
 * (built by lua_pdf.c from the render plugins' tables, or by C callers) and
 * their drawing with libharu's path and text operators.  See pdf_figure.h.
 *
 * Ownership: the set owns an array of figures; a figure owns its URL, an
 * array of shapes, and for each shape a malloc'ed copy of its points
 * (polylines) or of its sanitized text (texts), reachable through the
 * shape's points/text pointers.  pdf_figure_set_free releases everything.
 * Drawing allocates nothing; its text measuring and errors go through the
 * typesetter's pdf_ctx (pdf_layout.h).
 */
#include "pdf_figure.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pdf_layout.h"
#include "pdf_ops.h"

struct pdf_figure {
    char *url;
    double width, height;
    pdf_figure_shape *shape;
    size_t n, cap;
};

struct pdf_figure_set {
    pdf_figure *fig[PDF_FIGURE_MAX_FIGURES];
    size_t n;
};

/* ---- building ----------------------------------------------------------- */

void pdf_figure_shape_init(pdf_figure_shape *s, int type)
{
    memset(s, 0, sizeof *s);
    s->type = type;
    s->stroke = s->fill = PDF_FIGURE_NONE;
    s->width = 1.0;
    s->size = 10.0;
    s->anchor = PDF_FIGURE_START;
}

pdf_figure_set *pdf_figure_set_new(void)
{
    return calloc(1, sizeof(pdf_figure_set));
}

static void S_figure_free(pdf_figure *fig)
{
    for (size_t i = 0; i < fig->n; i++) {
        free((void *)fig->shape[i].points);
        free((void *)fig->shape[i].text);
    }
    free(fig->shape);
    free(fig->url);
    free(fig);
}

void pdf_figure_set_free(pdf_figure_set *set)
{
    if (!set)
        return;
    for (size_t i = 0; i < set->n; i++)
        S_figure_free(set->fig[i]);
    free(set);
}

static int S_err(char *err, size_t errlen, const char *msg)
{
    if (err && errlen > 0)
        snprintf(err, errlen, "%s", msg);
    return -1;
}

pdf_figure *pdf_figure_add(pdf_figure_set *set, const char *url, double width,
                           double height, char *err, size_t errlen)
{
    pdf_figure *fig;
    if (!url || !url[0])
        return S_err(err, errlen, "a figure needs a file name"), NULL;
    if (pdf_figure_find(set, url))
        return S_err(err, errlen, "figure file name given twice"), NULL;
    if (!isfinite(width) || !isfinite(height) || width <= 0 || height <= 0)
        return S_err(err, errlen, "width and height must be finite numbers > 0"), NULL;
    if (set->n >= PDF_FIGURE_MAX_FIGURES)
        return S_err(err, errlen, "too many figures"), NULL;
    if (!(fig = calloc(1, sizeof *fig)) || !(fig->url = strdup(url))) {
        free(fig);
        return S_err(err, errlen, "out of memory"), NULL;
    }
    fig->width = width > PDF_FIGURE_MAX_SIZE ? PDF_FIGURE_MAX_SIZE : width;
    fig->height = height > PDF_FIGURE_MAX_SIZE ? PDF_FIGURE_MAX_SIZE : height;
    set->fig[set->n++] = fig;
    return fig;
}

/* ---- validating and clamping ------------------------------------------- */

static double S_clamp(double v, double lo, double hi)
{
    return v < lo ? lo : v > hi ? hi : v;
}

/* A coordinate: at most one box size (dim) beyond either edge. */
static double S_coord(double v, double dim)
{
    return S_clamp(v, -dim, 2 * dim);
}

/* Reports the first non-finite number of s's own fields, or 0. */
static int S_check_numbers(const pdf_figure_shape *s, char *err, size_t errlen)
{
    static const char *const name[] = {"x", "y", "x2", "y2", "w", "h", "r",
                                       "width", "dash", "dash", "size", "rotate"};
    const double v[] = {s->x, s->y, s->x2, s->y2, s->w, s->h, s->r, s->width,
                        s->dash_on, s->dash_off, s->size, s->rotate};
    char msg[64];
    for (size_t i = 0; i < sizeof v / sizeof *v; i++)
        if (!isfinite(v[i])) {
            snprintf(msg, sizeof msg, "field '%s' is not a finite number", name[i]);
            return S_err(err, errlen, msg);
        }
    return 0;
}

static int S_check_kind(const pdf_figure_shape *s, char *err, size_t errlen)
{
    if (s->type < PDF_FIGURE_LINE || s->type > PDF_FIGURE_TEXT)
        return S_err(err, errlen, "unknown shape type");
    if (s->stroke != PDF_FIGURE_NONE && (s->stroke < 0 || s->stroke > 0xFFFFFF))
        return S_err(err, errlen, "stroke colour out of range");
    if (s->fill != PDF_FIGURE_NONE && (s->fill < 0 || s->fill > 0xFFFFFF))
        return S_err(err, errlen, "fill colour out of range");
    if (s->type == PDF_FIGURE_POLYLINE &&
        (!s->points || s->npoints < 2 || s->npoints > PDF_FIGURE_MAX_POINTS))
        return S_err(err, errlen, "a polyline needs 2 to 10000 points");
    if (s->type == PDF_FIGURE_TEXT) {
        if (!s->text)
            return S_err(err, errlen, "a text shape needs its text");
        if (s->size <= 0)
            return S_err(err, errlen, "text size must be > 0");
        if (s->anchor < PDF_FIGURE_START || s->anchor > PDF_FIGURE_END)
            return S_err(err, errlen, "unknown text anchor");
    }
    return 0;
}

/* Printable BMP UTF-8 of at most PDF_FIGURE_MAX_TEXT bytes, malloc'ed:
 * controls become spaces, bad sequences and astral characters U+FFFD. */
static char *S_clean_text(const char *s, size_t n)
{
    char *out = malloc(PDF_FIGURE_MAX_TEXT + 1);
    size_t i = 0, j = 0;
    if (!out)
        return NULL;
    while (i < n) {
        uint32_t c = pdf_layout_utf8_next(s, n, &i);
        char u[4];
        if (c < 0x20 || (c >= 0x7F && c < 0xA0))
            c = ' ';
        else if (c > 0xFFFF)
            c = 0xFFFD;
        size_t k = pdf_layout_utf8_put(u, c);
        if (j + k > PDF_FIGURE_MAX_TEXT)
            break;
        memcpy(out + j, u, k);
        j += k;
    }
    out[j] = '\0';
    return out;
}

static double *S_clean_points(const pdf_figure *fig, const double *p, size_t n,
                              char *err, size_t errlen)
{
    double *out = malloc(2 * n * sizeof *out);
    if (!out)
        return S_err(err, errlen, "out of memory"), NULL;
    for (size_t i = 0; i < 2 * n; i++) {
        if (!isfinite(p[i])) {
            free(out);
            return S_err(err, errlen, "a polyline point is not a finite number"), NULL;
        }
        out[i] = S_coord(p[i], i % 2 ? fig->height : fig->width);
    }
    return out;
}

/* Clamps the copy c to the figure's box and sane sizes. */
static void S_clamp_shape(const pdf_figure *fig, pdf_figure_shape *c)
{
    double big = 2 * (fig->width > fig->height ? fig->width : fig->height);
    c->x = S_coord(c->x, fig->width);
    c->y = S_coord(c->y, fig->height);
    c->x2 = S_coord(c->x2, fig->width);
    c->y2 = S_coord(c->y2, fig->height);
    c->w = S_clamp(c->w, 0, big);
    c->h = S_clamp(c->h, 0, big);
    c->r = S_clamp(c->r, 0, big);
    c->width = S_clamp(c->width, 0, 50);
    c->dash_on = S_clamp(c->dash_on, 0, 100);
    c->dash_off = S_clamp(c->dash_off, 0, 100);
    c->size = S_clamp(c->size, 0.5, 200);
    c->rotate = fmod(c->rotate, 360.0);
    c->text_len = 0;
}

int pdf_figure_add_shape(pdf_figure *fig, const pdf_figure_shape *s,
                         char *err, size_t errlen)
{
    if (S_check_numbers(s, err, errlen) || S_check_kind(s, err, errlen))
        return -1;
    if (fig->n >= PDF_FIGURE_MAX_SHAPES)
        return S_err(err, errlen, "too many shapes (at most 20000)");
    if (fig->n == fig->cap) {
        size_t cap = fig->cap ? 2 * fig->cap : 64;
        pdf_figure_shape *p = realloc(fig->shape, cap * sizeof *p);
        if (!p)
            return S_err(err, errlen, "out of memory");
        fig->shape = p;
        fig->cap = cap;
    }
    pdf_figure_shape c = *s;
    c.points = NULL;
    c.text = NULL;
    if (s->type == PDF_FIGURE_POLYLINE &&
        !(c.points = S_clean_points(fig, s->points, s->npoints, err, errlen)))
        return -1;
    if (s->type == PDF_FIGURE_TEXT && !(c.text = S_clean_text(s->text, s->text_len)))
        return S_err(err, errlen, "out of memory");
    S_clamp_shape(fig, &c);
    if (c.text)
        c.text_len = strlen(c.text);
    fig->shape[fig->n++] = c;
    return 0;
}

/* ---- looking up --------------------------------------------------------- */

const pdf_figure *pdf_figure_find(const pdf_figure_set *set, const char *url)
{
    if (!set || !url)
        return NULL;
    for (size_t i = 0; i < set->n; i++)
        if (strcmp(set->fig[i]->url, url) == 0)
            return set->fig[i];
    return NULL;
}

void pdf_figure_size(const pdf_figure *fig, double *width, double *height)
{
    *width = fig->width;
    *height = fig->height;
}

size_t pdf_figure_shape_count(const pdf_figure *fig)
{
    return fig->n;
}

const pdf_figure_shape *pdf_figure_shape_at(const pdf_figure *fig, size_t i)
{
    return i < fig->n ? &fig->shape[i] : NULL;
}

static int S_hex(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

int pdf_figure_parse_color(const char *s, long *rgb)
{
    long v = 0;
    if (s && strcmp(s, "none") == 0) {
        *rgb = PDF_FIGURE_NONE;
        return 0;
    }
    if (!s || s[0] != '#' || strlen(s) != 7)
        return -1;
    for (int i = 1; i < 7; i++) {
        int d = S_hex((unsigned char)s[i]);
        if (d < 0)
            return -1;
        v = v * 16 + d;
    }
    *rgb = v;
    return 0;
}

/* ---- drawing ------------------------------------------------------------ */

typedef struct {
    pdf_ctx *ctx;
    HPDF_Page page;
    float x, top, scale;
} S_pen;

static float S_px(const S_pen *p, double x) { return p->x + (float)x * p->scale; }
static float S_py(const S_pen *p, double y) { return p->top - (float)y * p->scale; }

static void S_rgb(long c, float *r, float *g, float *b)
{
    *r = (float)((c >> 16) & 0xFF) / 255.0f;
    *g = (float)((c >> 8) & 0xFF) / 255.0f;
    *b = (float)(c & 0xFF) / 255.0f;
}

static HPDF_UINT16 S_dash_len(double v, float scale)
{
    double d = v * scale + 0.5;
    return (HPDF_UINT16)(d < 1 ? 1 : d > 1000 ? 1000 : d);
}

/* Sets stroke and fill colours, width and dash; returns whether the shape
 * is stroked (1), filled (2), both (3) or neither (0). */
static int S_paint(const S_pen *p, const pdf_figure_shape *s)
{
    float r, g, b;
    int stroke = s->stroke != PDF_FIGURE_NONE && s->width > 0;
    int fill = s->fill != PDF_FIGURE_NONE && s->type != PDF_FIGURE_LINE;
    if (stroke) {
        S_rgb(s->stroke, &r, &g, &b);
        pdf_ops_stroke(p->page, r, g, b);
        HPDF_Page_SetLineWidth(p->page, (float)s->width * p->scale);
        if (s->dash_on > 0 && s->dash_off > 0) {
            HPDF_UINT16 d[2] = {S_dash_len(s->dash_on, p->scale),
                                S_dash_len(s->dash_off, p->scale)};
            HPDF_Page_SetDash(p->page, d, 2, 0);
        } else {
            HPDF_Page_SetDash(p->page, NULL, 0, 0);
        }
    }
    if (fill) {
        S_rgb(s->fill, &r, &g, &b);
        pdf_ops_fill(p->page, r, g, b);
    }
    return stroke | fill << 1;
}

static void S_finish_path(HPDF_Page page, int how)
{
    if (how == 3)
        HPDF_Page_FillStroke(page);
    else if (how == 2)
        HPDF_Page_Fill(page);
    else if (how == 1)
        HPDF_Page_Stroke(page);
    else
        HPDF_Page_EndPath(page);
}

static void S_path(const S_pen *p, const pdf_figure_shape *s)
{
    int how = S_paint(p, s);
    HPDF_Page page = p->page;
    if (!how)
        return;
    switch (s->type) {
    case PDF_FIGURE_LINE:
        pdf_ops_move_to(page, S_px(p, s->x), S_py(p, s->y));
        pdf_ops_line_to(page, S_px(p, s->x2), S_py(p, s->y2));
        break;
    case PDF_FIGURE_CIRCLE:
        if (s->r <= 0)
            return;
        HPDF_Page_Circle(page, S_px(p, s->x), S_py(p, s->y), (float)s->r * p->scale);
        break;
    case PDF_FIGURE_RECT:
        pdf_ops_rectangle(page, S_px(p, s->x), S_py(p, s->y + s->h),
                            (float)s->w * p->scale, (float)s->h * p->scale);
        break;
    default: /* polyline */
        pdf_ops_move_to(page, S_px(p, s->points[0]), S_py(p, s->points[1]));
        for (size_t i = 1; i < s->npoints; i++)
            pdf_ops_line_to(page, S_px(p, s->points[2 * i]), S_py(p, s->points[2 * i + 1]));
        if (s->closed)
            HPDF_Page_ClosePath(page);
        else
            how &= 1; /* an open polyline is only stroked */
        break;
    }
    S_finish_path(page, how);
}

static void S_text(const S_pen *p, const pdf_figure_shape *s)
{
    int face = s->bold ? PDF_FONT_BOLD : PDF_FONT_REGULAR;
    float size = (float)s->size * p->scale, r, g, b;
    float w = pdf_layout_measure(p->ctx, face, s->text, s->text_len) * size;
    float shift = s->anchor == PDF_FIGURE_END ? w : s->anchor == PDF_FIGURE_MIDDLE ? w / 2 : 0;
    double a = -s->rotate * 3.14159265358979323846 / 180.0; /* clockwise on the page */
    float c = (float)cos(a), sn = (float)sin(a);

    if (s->text_len == 0 || s->fill == PDF_FIGURE_NONE)
        return;
    S_rgb(s->fill, &r, &g, &b);
    HPDF_Page_BeginText(p->page);
    pdf_ops_font(p->page, pdf_layout_font(p->ctx, face), size);
    pdf_ops_fill(p->page, r, g, b);
    HPDF_Page_SetTextMatrix(p->page, c, sn, -sn, c, S_px(p, s->x) - shift * c,
                            S_py(p, s->y) - shift * sn);
    HPDF_Page_ShowText(p->page, s->text);
    HPDF_Page_EndText(p->page);
}

void pdf_figure_draw(struct pdf_ctx *ctx, const pdf_figure *fig, float x,
                     float top, float scale)
{
    S_pen p = {ctx, ctx->page, x, top, scale};
    float w = (float)fig->width * scale, h = (float)fig->height * scale;

    HPDF_Page_GSave(p.page);
    pdf_ops_rectangle(p.page, x, top - h, w, h);
    HPDF_Page_Clip(p.page);
    HPDF_Page_EndPath(p.page);
    HPDF_Page_SetLineCap(p.page, HPDF_BUTT_END);
    HPDF_Page_SetLineJoin(p.page, HPDF_ROUND_JOIN);
    for (size_t i = 0; i < fig->n; i++) {
        if (fig->shape[i].type == PDF_FIGURE_TEXT)
            S_text(&p, &fig->shape[i]);
        else
            S_path(&p, &fig->shape[i]);
    }
    HPDF_Page_GRestore(p.page);
}
