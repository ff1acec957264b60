/*
 * test_pdf_ops.c — unit tests for src/pdf_ops.c: text, fonts, colours,
 * lines and rectangles written by pdf_ops_* give the very content stream
 * libharu's own HPDF_Page_* functions give, widths are libharu's and the
 * same glyphs are marked for embedding, for plain, accented, CJK and
 * astral text and for byte sequences that are not UTF-8 at all.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <hpdf.h>
#include <hpdf_font.h>
#include <hpdf_fontdef.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>

#include "unit.h"
#include "pdf_ops.h"

#define FONT "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

static const char *const TEXTS[] = {
    "Calls between leaders",
    "Erdo\xc4\x9f" "an \xe2\x80\x93 \xc2\xab" "Putin\xc2\xbb \xe2\x80\x9cquoted\xe2\x80\x9d",
    "\xe4\xb8\xad\xe6\x96\x87 and \xed\x95\x9c\xea\xb5\xad\xec\x96\xb4",
    "astral \xf0\x9f\x98\x80 char",
    "\x80stray\xff bytes \xc3(bad",
    "cut short \xe2\x82",
    " ",
};

typedef struct {
    HPDF_Doc pdf;
    HPDF_Page page;
    HPDF_Font font, bold;
} doc;

static void S_on_error(HPDF_STATUS e, HPDF_STATUS detail, void *user)
{
    (void)user;
    fail_msg("libharu error %04lX (%lu)", (unsigned long)e, (unsigned long)detail);
}

static void S_open(doc *d)
{
    d->pdf = HPDF_New(S_on_error, NULL);
    assert_non_null(d->pdf);
    HPDF_UseUTFEncodings(d->pdf);
    HPDF_SetCurrentEncoder(d->pdf, "UTF-8");
    const char *name = HPDF_LoadTTFontFromFile(d->pdf, FONT, HPDF_TRUE);
    assert_non_null(name);
    d->font = HPDF_GetFont(d->pdf, name, "UTF-8");
    d->bold = HPDF_GetFont(d->pdf, "Helvetica", NULL); /* not one pdf_ops writes text for */
    d->page = HPDF_AddPage(d->pdf);
}

/* The page's content stream so far, as a malloc'ed string. */
static char *S_contents(doc *d, size_t *n)
{
    HPDF_Stream s = ((HPDF_PageAttr)d->page->attr)->stream;
    HPDF_UINT size = HPDF_Stream_Size(s);
    char *out = malloc(size + 1);
    assert_non_null(out);
    assert_int_equal(HPDF_Stream_Seek(s, 0, HPDF_SEEK_SET), HPDF_OK);
    HPDF_UINT got = size;
    if (size > 0)
        assert_int_equal(HPDF_Stream_Read(s, (HPDF_BYTE *)out, &got), HPDF_OK);
    out[got] = '\0';
    *n = got;
    return out;
}

static HPDF_TTFontDefAttr S_def(HPDF_Font font)
{
    return (HPDF_TTFontDefAttr)((HPDF_FontAttr)font->attr)->fontdef->attr;
}

static void same_bytes_as_libharu(void **state)
{
    (void)state;
    if (access(FONT, R_OK) != 0)
        skip();
    doc a, b;
    S_open(&a);
    S_open(&b);
    int32_t *widths = malloc(0x10000 * sizeof *widths);
    assert_non_null(widths);
    memset(widths, 0xff, 0x10000 * sizeof *widths);
    HPDF_Page_BeginText(a.page);
    HPDF_Page_BeginText(b.page);
    for (size_t i = 0; i < sizeof TEXTS / sizeof *TEXTS; i++) {
        const char *t = TEXTS[i];
        float size = 8.0f + (float)i * 1.37f, x = 56.0f + (float)i * 3.1f, y = 700.0f - (float)i * 13.7f;
        HPDF_Page_SetFontAndSize(a.page, a.font, size);
        HPDF_Page_SetRGBFill(a.page, 0.1f * (float)i, 0.19f, 0.36f);
        HPDF_Page_TextOut(a.page, x, y, t);
        HPDF_Page_TextOut(a.page, x + 123.45f, y, t);
        unsigned long w = pdf_ops_width(b.font, t, strlen(t), widths);
        assert_int_equal(w, HPDF_Font_TextWidth(a.font, (const HPDF_BYTE *)t, (HPDF_UINT)strlen(t)).width);
        assert_int_equal(pdf_ops_font(b.page, b.font, size), HPDF_OK);
        assert_int_equal(pdf_ops_fill(b.page, 0.1f * (float)i, 0.19f, 0.36f), HPDF_OK);
        assert_int_equal(pdf_ops_text(b.page, x, y, t, w > 0), HPDF_OK);
        assert_int_equal(pdf_ops_text(b.page, x + 123.45f, y, t, w > 0), HPDF_OK);
    }
    /* text of zero width, an empty text, a font it leaves to libharu */
    HPDF_Page_TextOut(a.page, 10, 10, "x");
    HPDF_Page_TextOut(a.page, 20, 10, "");
    HPDF_Page_SetFontAndSize(a.page, a.bold, 9);
    HPDF_Page_TextOut(a.page, 30, 10, "Helvetica");
    assert_int_equal(pdf_ops_text(b.page, 10, 10, "x", 0), HPDF_OK);
    assert_int_equal(pdf_ops_text(b.page, 20, 10, "", 1), HPDF_OK);
    assert_int_equal(pdf_ops_font(b.page, b.bold, 9), HPDF_OK);
    assert_int_equal(pdf_ops_text(b.page, 30, 10, "Helvetica", 1), HPDF_OK);
    HPDF_Page_EndText(a.page);
    HPDF_Page_EndText(b.page);
    /* lines and rectangles, stroked and filled */
    for (int i = 0; i < 3; i++) {
        float x = 40.5f + 17.25f * (float)i, y = 300.125f - 3.3f * (float)i;
        HPDF_Page_SetRGBStroke(a.page, 0.7f, 0.72f - 0.1f * (float)i, 0.76f);
        HPDF_Page_MoveTo(a.page, x, y);
        HPDF_Page_LineTo(a.page, x + 200.0f / 3.0f, y);
        HPDF_Page_LineTo(a.page, x, y - 1e-3f);
        HPDF_Page_Stroke(a.page);
        HPDF_Page_SetRGBFill(a.page, 0.94f, 0.95f, 0.96f);
        HPDF_Page_Rectangle(a.page, x, y, 120.0f, -12.5f);
        HPDF_Page_Fill(a.page);
        assert_int_equal(pdf_ops_stroke(b.page, 0.7f, 0.72f - 0.1f * (float)i, 0.76f), HPDF_OK);
        assert_int_equal(pdf_ops_move_to(b.page, x, y), HPDF_OK);
        assert_int_equal(pdf_ops_line_to(b.page, x + 200.0f / 3.0f, y), HPDF_OK);
        assert_int_equal(pdf_ops_line_to(b.page, x, y - 1e-3f), HPDF_OK);
        HPDF_Page_Stroke(b.page);
        assert_int_equal(pdf_ops_fill(b.page, 0.94f, 0.95f, 0.96f), HPDF_OK);
        assert_int_equal(pdf_ops_rectangle(b.page, x, y, 120.0f, -12.5f), HPDF_OK);
        HPDF_Page_Fill(b.page);
    }
    /* the page state libharu keeps for its own next operators */
    HPDF_PageAttr pa = a.page->attr, pb = b.page->attr;
    assert_int_equal(pa->gmode, pb->gmode);
    assert_memory_equal(&pa->cur_pos, &pb->cur_pos, sizeof pa->cur_pos);
    assert_memory_equal(&pa->text_matrix, &pb->text_matrix, sizeof pa->text_matrix);
    assert_memory_equal(&pa->gstate->rgb_fill, &pb->gstate->rgb_fill, sizeof pa->gstate->rgb_fill);
    assert_memory_equal(&pa->gstate->rgb_stroke, &pb->gstate->rgb_stroke, sizeof pa->gstate->rgb_stroke);
    size_t na, nb;
    char *ca = S_contents(&a, &na), *cb = S_contents(&b, &nb);
    assert_true(na > 500);
    assert_string_equal(cb, ca);
    /* the glyphs marked for embedding */
    HPDF_TTFontDefAttr da = S_def(a.font), db = S_def(b.font);
    assert_int_equal(da->num_glyphs, db->num_glyphs);
    assert_memory_equal(da->glyph_tbl.flgs, db->glyph_tbl.flgs, da->num_glyphs);
    free(ca);
    free(cb);
    free(widths);
    HPDF_Free(a.pdf);
    HPDF_Free(b.pdf);
}

/* Measured again, every character now taken from the kept widths: the
 * same width as libharu's, whatever the text. */
static void widths_kept(void **state)
{
    (void)state;
    if (access(FONT, R_OK) != 0)
        skip();
    doc d;
    S_open(&d);
    int32_t *widths = malloc(0x10000 * sizeof *widths);
    assert_non_null(widths);
    memset(widths, 0xff, 0x10000 * sizeof *widths);
    for (int pass = 0; pass < 2; pass++)
        for (size_t i = 0; i < sizeof TEXTS / sizeof *TEXTS; i++)
            assert_int_equal(pdf_ops_width(d.font, TEXTS[i], strlen(TEXTS[i]), widths),
                             HPDF_Font_TextWidth(d.font, (const HPDF_BYTE *)TEXTS[i],
                                                 (HPDF_UINT)strlen(TEXTS[i])).width);
    assert_true(widths['C'] > 0 && widths[0x4E2D] > 0);   /* kept: ASCII and CJK */
    free(widths);
    HPDF_Free(d.pdf);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(same_bytes_as_libharu),
        cmocka_unit_test(widths_kept),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
