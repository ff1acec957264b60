/*
 * pdf_ops.h — page operators written into a page's content stream as
 * libharu writes them, byte for byte and with the same page state, at a
 * fraction of its cost (see pdf_ops.c).  Each returns HPDF_OK, or
 * libharu's error after its error handler has been called, as libharu's
 * own HPDF_Page_* functions do.
 */
#ifndef CB_PDF_OPS_H
#define CB_PDF_OPS_H

#include <hpdf.h>
#include <stddef.h>
#include <stdint.h>

/* HPDF_Page_TextOut: NUL-terminated UTF-8 text with its start at (x, y),
 * inside a text object, in the font set last.  `measured` is nonzero when
 * the layout measured the text wider than nothing (libharu writes no text
 * of zero width). */
HPDF_STATUS pdf_ops_text(HPDF_Page page, HPDF_REAL x, HPDF_REAL y, const char *text,
                         int measured);

/* The width of n bytes of UTF-8 text in font, thousandths of an em, as
 * HPDF_Font_TextWidth gives it (its .width), each character's width asked
 * of libharu once and kept in widths (0x10000 entries, -1 when not asked
 * yet; asking marks the glyph for embedding, as libharu's measuring
 * does).  NULL widths: libharu measures. */
unsigned long pdf_ops_width(HPDF_Font font, const char *text, size_t n, int32_t *widths);

/* HPDF_Page_SetFontAndSize, SetRGBFill, SetRGBStroke, MoveTo, LineTo and
 * Rectangle. */
HPDF_STATUS pdf_ops_font(HPDF_Page page, HPDF_Font font, HPDF_REAL size);
HPDF_STATUS pdf_ops_fill(HPDF_Page page, HPDF_REAL r, HPDF_REAL g, HPDF_REAL b);
HPDF_STATUS pdf_ops_stroke(HPDF_Page page, HPDF_REAL r, HPDF_REAL g, HPDF_REAL b);
HPDF_STATUS pdf_ops_move_to(HPDF_Page page, HPDF_REAL x, HPDF_REAL y);
HPDF_STATUS pdf_ops_line_to(HPDF_Page page, HPDF_REAL x, HPDF_REAL y);
HPDF_STATUS pdf_ops_rectangle(HPDF_Page page, HPDF_REAL x, HPDF_REAL y, HPDF_REAL w,
                              HPDF_REAL h);

#endif
