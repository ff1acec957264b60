/*
 * pdf_text.h — text shown on a page as libharu's HPDF_Page_TextOut shows
 * it, byte for byte, at a fraction of its cost (see pdf_text.c).
 */
#ifndef CB_PDF_TEXT_H
#define CB_PDF_TEXT_H

#include <hpdf.h>
#include <stddef.h>
#include <stdint.h>

/* Shows NUL-terminated UTF-8 text with its start at (x, y) inside a text
 * object (BeginText) of page, in the font set last, as HPDF_Page_TextOut
 * does.  `measured` is nonzero when the layout measured the text wider
 * than nothing (libharu writes no text of zero width).  Returns HPDF_OK or
 * libharu's error. */
HPDF_STATUS pdf_text_out(HPDF_Page page, HPDF_REAL x, HPDF_REAL y, const char *text,
                         int measured);

/* The width of n bytes of UTF-8 text in font, thousandths of an em, as
 * HPDF_Font_TextWidth gives it (its .width), each character's width asked
 * of libharu once and kept in widths (0x10000 entries, -1 when not asked
 * yet; asking marks the glyph for embedding, as libharu's measuring
 * does).  NULL widths: libharu measures. */
unsigned long pdf_text_width(HPDF_Font font, const char *text, size_t n, int32_t *widths);

/* HPDF_Page_SetFontAndSize and HPDF_Page_SetRGBFill, the same bytes and
 * state, the same errors. */
HPDF_STATUS pdf_text_font(HPDF_Page page, HPDF_Font font, HPDF_REAL size);
HPDF_STATUS pdf_text_fill(HPDF_Page page, HPDF_REAL r, HPDF_REAL g, HPDF_REAL b);

#endif
