/*
 * pdf_text.c — text shown on a page as libharu shows it (pdf_text.h).
 *
 * libharu 2.3.0's page operators (hpdf_page_operator.c) clear a 512-byte
 * buffer for every operator they write; TextOut measures the text again
 * (the layout has measured it, which also marked its glyphs for
 * embedding), mallocs a UTF-16 copy and writes the hex two digits at a
 * time; measuring looks every character up in the font's cmap.  Over a
 * 1,500-page briefing that was a quarter of the typesetting's
 * instructions: 12,000 for a line of text.  This writes the same bytes
 * into the page's content stream, through libharu's public structures as
 * pdf_deflate.c reads them, and keeps each character's width once asked,
 * for the fonts the typesetter uses: TrueType in a Type0 font with
 * libharu's UTF-8 encoder.  Other fonts, text of zero width and text
 * longer than a line go to libharu.  tests/unit/test_pdf_text.c compares
 * the two.
 *
 * Not kept: the "current text position" ShowText advances past the text
 * (HPDF_Page_GetCurrentTextPos), which the typesetter never reads; the
 * text matrix the next "Td" is relative to is kept.
 */
#include "pdf_text.h"

#include <stdint.h>
#include <string.h>

#include <hpdf_consts.h>
#include <hpdf_encoder.h>
#include <hpdf_font.h>
#include <hpdf_fontdef.h>
#include <hpdf_gstate.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>
#include <hpdf_utils.h>

enum { S_MAX_TEXT = 400 };   /* bytes of text written here; longer: libharu */

/* Whether page is in a text object with a font this file writes for. */
/* libharu's UTF-8 encoder (hpdf_encoder_utf.c: ByteType, ToUnicode),
 * which both its measuring and its writing of text read with: a character
 * per lead byte and the bytes its lead announces, whatever they are; a
 * byte that cannot lead is skipped; a character past U+FFFF is a space. */
typedef struct {
    unsigned char b[4];
    int have, end;
} utf8_state;

/* Feeds byte c: 1 with *v set when it ends a character. */
static inline int S_feed(utf8_state *st, unsigned char c, unsigned *v)
{
    if (st->have == 0) {
        st->b[0] = c;
        if (!(c & 0x80)) {
            *v = c;
            return 1;
        }
        st->have = 1;
        if ((c & 0xf8) == 0xf0)
            st->end = 3;
        else if ((c & 0xf0) == 0xe0)
            st->end = 2;
        else if ((c & 0xe0) == 0xc0)
            st->end = 1;
        else
            st->have = 0;
        return 0;
    }
    st->b[st->have] = c;
    if (st->have < st->end) {
        st->have++;
        return 0;
    }
    st->have = 0;
    const unsigned char *b = st->b;
    if (st->end == 3) /* (libharu leaves the second byte unmasked) */
        *v = ((unsigned)(b[0] & 0x7) << 18) + ((unsigned)b[1] << 12) +
             ((unsigned)(b[2] & 0x3f) << 6) + (unsigned)(b[3] & 0x3f);
    else if (st->end == 2)
        *v = ((unsigned)(b[0] & 0xf) << 12) + ((unsigned)(b[1] & 0x3f) << 6) +
             (unsigned)(b[2] & 0x3f);
    else
        *v = ((unsigned)(b[0] & 0x1f) << 6) + (unsigned)(b[1] & 0x3f);
    if (*v > 0xFFFF)
        *v = 0x20;
    return 1;
}

/* The codes of text as UTF8_Encoder_EncodeText_Func makes them, in hex as
 * HPDF_Stream_WriteBinary writes them. */
static char *S_utf16_hex(char *o, const unsigned char *s, size_t n)
{
    static const char digits[] = "0123456789ABCDEF";
    utf8_state st = {{0}, 0, 0};
    unsigned v;
    for (size_t i = 0; i < n; i++)
        if (S_feed(&st, s[i], &v)) {
            o[0] = digits[(v >> 12) & 15];
            o[1] = digits[(v >> 8) & 15];
            o[2] = digits[(v >> 4) & 15];
            o[3] = digits[v & 15];
            o += 4;
        }
    return o;
}

/* Whether font is one this file measures and writes for: TrueType in a
 * Type0 font with libharu's UTF-8 encoder, written horizontally. */
static int S_fast(HPDF_Font font)
{
    HPDF_FontAttr a = font ? (HPDF_FontAttr)font->attr : NULL;
    return a && a->type == HPDF_FONT_TYPE0_TT && a->encoder && a->fontdef &&
           a->fontdef->type == HPDF_FONTDEF_TYPE_TRUETYPE &&
           a->writing_mode == HPDF_WMODE_HORIZONTAL &&
           strcmp(a->encoder->name, "UTF-8") == 0;
}

unsigned long pdf_text_width(HPDF_Font font, const char *text, size_t n, int32_t *widths)
{
    if (!widths || !S_fast(font) || n > HPDF_LIMIT_MAX_STRING_LEN)
        return HPDF_Font_TextWidth(font, (const HPDF_BYTE *)text, (HPDF_UINT)n).width;
    HPDF_FontDef def = ((HPDF_FontAttr)font->attr)->fontdef;
    utf8_state st = {{0}, 0, 0};
    const unsigned char *s = (const unsigned char *)text;
    HPDF_UINT sum = 0;
    unsigned v;
    for (size_t i = 0; i < n; i++)
        if (S_feed(&st, s[i], &v)) {
            if (widths[v] < 0) /* (asking marks the glyph for embedding) */
                widths[v] = HPDF_TTFontDef_GetCharWidth(def, (HPDF_UINT16)v);
            sum += (HPDF_UINT)widths[v];
        }
    return sum;
}

/* The font and the fill colour, as HPDF_Page_SetFontAndSize and
 * HPDF_Page_SetRGBFill write them (without their 512-byte memset), for
 * the values libharu accepts; others go to libharu for its error. */
HPDF_STATUS pdf_text_font(HPDF_Page page, HPDF_Font font, HPDF_REAL size)
{
    HPDF_PageAttr attr = page ? (HPDF_PageAttr)page->attr : NULL;
    if (!attr || !(attr->gmode & (HPDF_GMODE_PAGE_DESCRIPTION | HPDF_GMODE_TEXT_OBJECT)) ||
        !HPDF_Font_Validate(font) || size <= 0 || size > HPDF_MAX_FONTSIZE ||
        page->mmgr != font->mmgr)
        return HPDF_Page_SetFontAndSize(page, font, size);
    const char *local_name = HPDF_Page_GetLocalFontName(page, font);
    if (!local_name)
        return HPDF_Page_SetFontAndSize(page, font, size);
    char buf[HPDF_REAL_LEN + 8];
    buf[0] = ' ';
    char *o = HPDF_FToA(buf + 1, size, buf + HPDF_REAL_LEN);
    memcpy(o, " Tf\012", 4);
    HPDF_STATUS rc = HPDF_Stream_WriteEscapeName(attr->stream, local_name);
    if (rc == HPDF_OK)
        rc = HPDF_Stream_Write(attr->stream, (const HPDF_BYTE *)buf, (HPDF_UINT)(o + 4 - buf));
    if (rc != HPDF_OK)
        return rc;
    attr->gstate->font = font;
    attr->gstate->font_size = size;
    attr->gstate->writing_mode = ((HPDF_FontAttr)font->attr)->writing_mode;
    return HPDF_OK;
}

HPDF_STATUS pdf_text_fill(HPDF_Page page, HPDF_REAL r, HPDF_REAL g, HPDF_REAL b)
{
    HPDF_PageAttr attr = page ? (HPDF_PageAttr)page->attr : NULL;
    if (!attr || !(attr->gmode & (HPDF_GMODE_PAGE_DESCRIPTION | HPDF_GMODE_TEXT_OBJECT)) ||
        r < 0 || r > 1 || g < 0 || g > 1 || b < 0 || b > 1)
        return HPDF_Page_SetRGBFill(page, r, g, b);
    char buf[3 * (HPDF_REAL_LEN + 2) + 8];
    char *o = HPDF_FToA(buf, r, buf + HPDF_REAL_LEN);
    *o++ = ' ';
    o = HPDF_FToA(o, g, o + HPDF_REAL_LEN);
    *o++ = ' ';
    o = HPDF_FToA(o, b, o + HPDF_REAL_LEN);
    memcpy(o, " rg\012", 4);
    HPDF_STATUS rc = HPDF_Stream_Write(attr->stream, (const HPDF_BYTE *)buf, (HPDF_UINT)(o + 4 - buf));
    if (rc != HPDF_OK)
        return rc;
    attr->gstate->rgb_fill.r = r;
    attr->gstate->rgb_fill.g = g;
    attr->gstate->rgb_fill.b = b;
    attr->gstate->cs_fill = HPDF_CS_DEVICE_RGB;
    return HPDF_OK;
}

HPDF_STATUS pdf_text_out(HPDF_Page page, HPDF_REAL x, HPDF_REAL y, const char *text,
                         int measured)
{
    HPDF_PageAttr attr = page ? (HPDF_PageAttr)page->attr : NULL;
    size_t n = text ? strlen(text) : 0;
    if (!attr || attr->gmode != HPDF_GMODE_TEXT_OBJECT || !attr->gstate ||
        !S_fast(attr->gstate->font) || !measured || n == 0 || n > S_MAX_TEXT)
        return HPDF_Page_TextOut(page, x, y, text);
    /* TextPos_AbsToRel and MoveTextPos, in their float arithmetic */
    HPDF_TransMatrix *m = &attr->text_matrix;
    HPDF_REAL rx, ry;
    if (m->a == 0) {
        rx = (y - m->y - (x - m->x) * m->d / m->c) / m->b;
        ry = (x - m->x) / m->c;
    } else {
        ry = (y - m->y - (x - m->x) * m->b / m->a) / (m->d - m->c * m->b / m->a);
        rx = (x - m->x - ry * m->c) / m->a;
    }
    char buf[2 * (HPDF_REAL_LEN + 2) + 4 * S_MAX_TEXT + 16];
    char *o = HPDF_FToA(buf, rx, buf + HPDF_REAL_LEN);
    *o++ = ' ';
    o = HPDF_FToA(o, ry, o + HPDF_REAL_LEN);
    memcpy(o, " Td\012<", 5);
    o = S_utf16_hex(o + 5, (const unsigned char *)text, n);
    memcpy(o, "> Tj\012", 5);
    o += 5;
    HPDF_STATUS rc = HPDF_Stream_Write(attr->stream, (const HPDF_BYTE *)buf, (HPDF_UINT)(o - buf));
    if (rc != HPDF_OK)
        return rc;
    m->x += rx * m->a + ry * m->c;
    m->y += ry * m->d + rx * m->b;
    attr->text_pos.x = m->x;
    attr->text_pos.y = m->y;
    return HPDF_OK;
}
