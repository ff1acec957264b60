/*
 * pdf_ops.c — page operators written as libharu writes them (pdf_ops.h).
 *
 * libharu 2.3.0's page operators (hpdf_page_operator.c) clear a 512-byte
 * buffer for every operator they write; TextOut measures the text again
 * (the layout has measured it, which also marked its glyphs for
 * embedding), mallocs a UTF-16 copy and writes the hex two digits at a
 * time; measuring looks every character up in the font's cmap.  Over a
 * 1,500-page briefing that was a quarter of the typesetting's
 * instructions: 12,000 for a line of text.  This writes the same bytes
 * (text, font, colours, lines and rectangles)
 * into the page's content stream, through libharu's public structures as
 * pdf_deflate.c reads them, and keeps each character's width once asked,
 * for the fonts the typesetter uses: TrueType in a Type0 font with
 * libharu's UTF-8 encoder.  Other fonts, text of zero width and text
 * longer than a line go to libharu.  tests/unit/test_pdf_ops.c compares
 * the two.
 *
 * Not kept: the "current text position" ShowText advances past the text
 * (HPDF_Page_GetCurrentTextPos), which the typesetter never reads; the
 * text matrix the next "Td" is relative to is kept.
 */
#include "pdf_ops.h"

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

unsigned long pdf_ops_width(HPDF_Font font, const char *text, size_t n, int32_t *widths)
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

/* Writes the n numbers v, each as HPDF_FToA writes them, then op (with
 * its leading space and newline): one operator as libharu writes it,
 * without the 512-byte buffer it clears first.  A failed write goes to
 * libharu's error handler, as its own operators' do. */
static HPDF_STATUS S_numbers(HPDF_Page page, const HPDF_REAL *v, int n, const char *op)
{
    char buf[4 * (HPDF_REAL_LEN + 2) + 8];
    char *o = buf;
    for (int i = 0; i < n; i++) {
        if (i > 0)
            *o++ = ' ';
        o = HPDF_FToA(o, v[i], o + HPDF_REAL_LEN);
    }
    size_t k = strlen(op);
    memcpy(o, op, k);
    HPDF_PageAttr attr = page->attr;
    if (HPDF_Stream_Write(attr->stream, (const HPDF_BYTE *)buf, (HPDF_UINT)(o + k - buf)) != HPDF_OK)
        return HPDF_CheckError(page->error);
    return HPDF_OK;
}

/* Whether page is in one of the graphics modes of mask (HPDF_Page_CheckState
 * without raising its error: libharu's own call then does). */
static int S_mode(HPDF_Page page, HPDF_UINT16 mask)
{
    HPDF_PageAttr attr = page ? (HPDF_PageAttr)page->attr : NULL;
    return attr && page->header.obj_class == (HPDF_OSUBCLASS_PAGE | HPDF_OCLASS_DICT) &&
           (attr->gmode & mask);
}

static int S_unit(HPDF_REAL r, HPDF_REAL g, HPDF_REAL b)
{
    return r >= 0 && r <= 1 && g >= 0 && g <= 1 && b >= 0 && b <= 1;
}

HPDF_STATUS pdf_ops_font(HPDF_Page page, HPDF_Font font, HPDF_REAL size)
{
    if (!S_mode(page, HPDF_GMODE_PAGE_DESCRIPTION | HPDF_GMODE_TEXT_OBJECT) ||
        !HPDF_Font_Validate(font) || size <= 0 || size > HPDF_MAX_FONTSIZE ||
        page->mmgr != font->mmgr)
        return HPDF_Page_SetFontAndSize(page, font, size);
    const char *local_name = HPDF_Page_GetLocalFontName(page, font);
    if (!local_name)
        return HPDF_Page_SetFontAndSize(page, font, size);
    HPDF_PageAttr attr = page->attr;
    if (HPDF_Stream_WriteEscapeName(attr->stream, local_name) != HPDF_OK)
        return HPDF_CheckError(page->error);
    if (HPDF_Stream_Write(attr->stream, (const HPDF_BYTE *)" ", 1) != HPDF_OK)
        return HPDF_CheckError(page->error);
    HPDF_STATUS rc = S_numbers(page, &size, 1, " Tf\012");
    if (rc != HPDF_OK)
        return rc;
    attr->gstate->font = font;
    attr->gstate->font_size = size;
    attr->gstate->writing_mode = ((HPDF_FontAttr)font->attr)->writing_mode;
    return HPDF_OK;
}

/* An RGB colour for filling ("rg") or stroking ("RG"). */
static HPDF_STATUS S_rgb(HPDF_Page page, HPDF_REAL r, HPDF_REAL g, HPDF_REAL b, int stroke)
{
    if (!S_mode(page, HPDF_GMODE_PAGE_DESCRIPTION | HPDF_GMODE_TEXT_OBJECT) || !S_unit(r, g, b))
        return stroke ? HPDF_Page_SetRGBStroke(page, r, g, b) : HPDF_Page_SetRGBFill(page, r, g, b);
    const HPDF_REAL v[3] = {r, g, b};
    HPDF_STATUS rc = S_numbers(page, v, 3, stroke ? " RG\012" : " rg\012");
    if (rc != HPDF_OK)
        return rc;
    HPDF_GState gs = ((HPDF_PageAttr)page->attr)->gstate;
    HPDF_RGBColor *c = stroke ? &gs->rgb_stroke : &gs->rgb_fill;
    c->r = r;
    c->g = g;
    c->b = b;
    *(stroke ? &gs->cs_stroke : &gs->cs_fill) = HPDF_CS_DEVICE_RGB;
    return HPDF_OK;
}

HPDF_STATUS pdf_ops_fill(HPDF_Page page, HPDF_REAL r, HPDF_REAL g, HPDF_REAL b)
{
    return S_rgb(page, r, g, b, 0);
}

HPDF_STATUS pdf_ops_stroke(HPDF_Page page, HPDF_REAL r, HPDF_REAL g, HPDF_REAL b)
{
    return S_rgb(page, r, g, b, 1);
}

/* A path's start (m, re): the current point, the subpath's start, and the
 * page now in a path object. */
static void S_path_start(HPDF_Page page, HPDF_REAL x, HPDF_REAL y)
{
    HPDF_PageAttr attr = page->attr;
    attr->cur_pos.x = x;
    attr->cur_pos.y = y;
    attr->str_pos = attr->cur_pos;
    attr->gmode = HPDF_GMODE_PATH_OBJECT;
}

HPDF_STATUS pdf_ops_move_to(HPDF_Page page, HPDF_REAL x, HPDF_REAL y)
{
    if (!S_mode(page, HPDF_GMODE_PAGE_DESCRIPTION | HPDF_GMODE_PATH_OBJECT))
        return HPDF_Page_MoveTo(page, x, y);
    const HPDF_REAL v[2] = {x, y};
    HPDF_STATUS rc = S_numbers(page, v, 2, " m\012");
    if (rc == HPDF_OK)
        S_path_start(page, x, y);
    return rc;
}

HPDF_STATUS pdf_ops_line_to(HPDF_Page page, HPDF_REAL x, HPDF_REAL y)
{
    if (!S_mode(page, HPDF_GMODE_PATH_OBJECT))
        return HPDF_Page_LineTo(page, x, y);
    const HPDF_REAL v[2] = {x, y};
    HPDF_STATUS rc = S_numbers(page, v, 2, " l\012");
    if (rc == HPDF_OK) {
        HPDF_PageAttr attr = page->attr;
        attr->cur_pos.x = x;
        attr->cur_pos.y = y;
    }
    return rc;
}

HPDF_STATUS pdf_ops_rectangle(HPDF_Page page, HPDF_REAL x, HPDF_REAL y, HPDF_REAL w, HPDF_REAL h)
{
    if (!S_mode(page, HPDF_GMODE_PAGE_DESCRIPTION | HPDF_GMODE_PATH_OBJECT))
        return HPDF_Page_Rectangle(page, x, y, w, h);
    const HPDF_REAL v[4] = {x, y, w, h};
    HPDF_STATUS rc = S_numbers(page, v, 4, " re\012");
    if (rc == HPDF_OK)
        S_path_start(page, x, y);
    return rc;
}

HPDF_STATUS pdf_ops_text(HPDF_Page page, HPDF_REAL x, HPDF_REAL y, const char *text,
                         int measured)
{
    size_t n = text ? strlen(text) : 0;
    if (!S_mode(page, HPDF_GMODE_TEXT_OBJECT) || !((HPDF_PageAttr)page->attr)->gstate ||
        !S_fast(((HPDF_PageAttr)page->attr)->gstate->font) || !measured || n == 0 ||
        n > S_MAX_TEXT)
        return HPDF_Page_TextOut(page, x, y, text);
    HPDF_PageAttr attr = page->attr;
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
    if (HPDF_Stream_Write(attr->stream, (const HPDF_BYTE *)buf, (HPDF_UINT)(o - buf)) != HPDF_OK)
        return HPDF_CheckError(page->error);
    m->x += rx * m->a + ry * m->c;
    m->y += ry * m->d + rx * m->b;
    attr->text_pos.x = m->x;
    attr->text_pos.y = m->y;
    return HPDF_OK;
}
