/*
 * pdf_figure.h — figures the PDF typesetter draws with libharu's vector
 * operations where the Markdown has an image whose URL names a figure
 * ("![Call graph ...](callgraph.svg)").  A figure is a width x height box of
 * figure units (origin top-left, y down, as in SVG) and a list of shapes:
 * lines, polylines, circles, rectangles and text.  The render plugins make
 * the shapes once (lua/figures.lua) and write the same list as SVG, so the
 * PDF and the SVG never disagree.
 *
 * Validation happens when a shape is added: a non-finite number, an unknown
 * type or anchor, a polyline of fewer than two points or a text without
 * size is refused with a one-line reason; coordinates far outside the box
 * are clamped (to one box size beyond each edge) and the drawing is clipped
 * to the box, so nothing lands outside the figure.  Text is kept as valid
 * UTF-8 of printable BMP characters (what libharu's UTF-8 encoder can show),
 * at most PDF_FIGURE_MAX_TEXT bytes.
 *
 * Ownership: a pdf_figure_set owns its figures, and each figure its shapes
 * and their copied points and text; pdf_figure_set_free releases all of it.
 * pdf_figure_add_shape copies what it is given, so the caller's strings and
 * arrays may go right after the call.  Pointers returned by pdf_figure_add,
 * pdf_figure_find and pdf_figure_shape_at stay valid until the set is freed.
 */
#ifndef CB_PDF_FIGURE_H
#define CB_PDF_FIGURE_H

#include <stddef.h>

enum {
    PDF_FIGURE_LINE,
    PDF_FIGURE_POLYLINE,
    PDF_FIGURE_CIRCLE,
    PDF_FIGURE_RECT,
    PDF_FIGURE_TEXT
};
enum { PDF_FIGURE_START, PDF_FIGURE_MIDDLE, PDF_FIGURE_END }; /* text anchor */

#define PDF_FIGURE_NONE (-1L)        /* no stroke or no fill */
#define PDF_FIGURE_MAX_FIGURES 64    /* per set */
#define PDF_FIGURE_MAX_SHAPES 20000  /* per figure */
#define PDF_FIGURE_MAX_POINTS 10000  /* per polyline */
#define PDF_FIGURE_MAX_TEXT 256      /* bytes per text; longer is cut */
#define PDF_FIGURE_MAX_SIZE 10000.0  /* figure width and height */

/* One shape.  Fields that do not apply to its type are ignored. */
typedef struct {
    int type;             /* PDF_FIGURE_LINE ... */
    double x, y;          /* line: start; circle: centre; rect: top-left
                             corner; text: anchor point on the baseline */
    double x2, y2;        /* line: end */
    double w, h;          /* rect: size (>= 0) */
    double r;             /* circle: radius (>= 0) */
    const double *points; /* polyline: x0, y0, x1, y1, ...  */
    size_t npoints;       /* polyline: number of points (pairs), >= 2 */
    int closed;           /* polyline: close the path (a polygon) */
    long stroke, fill;    /* 0xRRGGBB or PDF_FIGURE_NONE */
    double width;         /* stroke width, figure units */
    double dash_on, dash_off; /* dash pattern; 0 and 0 = solid */
    const char *text;     /* text: UTF-8, text_len bytes */
    size_t text_len;
    double size;          /* text: font size, figure units (> 0) */
    int anchor;           /* text: PDF_FIGURE_START / MIDDLE / END */
    int bold;             /* text: bold face */
    double rotate;        /* text: degrees clockwise about (x, y) */
} pdf_figure_shape;

typedef struct pdf_figure pdf_figure;
typedef struct pdf_figure_set pdf_figure_set;

/* A shape of the given type with no colours, stroke width 1, size 10. */
void pdf_figure_shape_init(pdf_figure_shape *s, int type);

/* NULL when out of memory. */
pdf_figure_set *pdf_figure_set_new(void);
void pdf_figure_set_free(pdf_figure_set *set); /* NULL is fine */

/* Adds an empty figure for image URL url (copied).  width and height must
 * be finite and > 0; they are clamped to PDF_FIGURE_MAX_SIZE.  Returns the
 * figure, or NULL with a reason in err (an empty or repeated URL, a bad
 * size, too many figures, out of memory). */
pdf_figure *pdf_figure_add(pdf_figure_set *set, const char *url, double width,
                           double height, char *err, size_t errlen);

/* Validates *s, clamps it to the figure and appends a copy.  Returns 0, or
 * -1 with a reason in err ("field 'x2' is not a finite number"). */
int pdf_figure_add_shape(pdf_figure *fig, const pdf_figure_shape *s,
                         char *err, size_t errlen);

/* The figure for an image URL, or NULL (also when set or url is NULL). */
const pdf_figure *pdf_figure_find(const pdf_figure_set *set, const char *url);

void pdf_figure_size(const pdf_figure *fig, double *width, double *height);
size_t pdf_figure_shape_count(const pdf_figure *fig);
/* The stored (validated, clamped) copy of shape i < count. */
const pdf_figure_shape *pdf_figure_shape_at(const pdf_figure *fig, size_t i);

/* "#rrggbb" (either case) or "none" -> 0xRRGGBB or PDF_FIGURE_NONE.
 * Returns 0, or -1 for anything else. */
int pdf_figure_parse_color(const char *s, long *rgb);

/* Draws fig on the typesetter's current page with its top-left corner at
 * (x, top) in PDF points and every length times scale, clipped to its box.
 * Text uses the typesetter's DejaVu faces.  libharu errors end in
 * pdf_layout_fail (a longjmp), as everywhere in the typesetter. */
struct pdf_ctx;
void pdf_figure_draw(struct pdf_ctx *ctx, const pdf_figure *fig, float x,
                     float top, float scale);

#endif
