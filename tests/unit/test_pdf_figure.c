/*
 * test_pdf_figure.c — figures in the PDF (pdf_figure.c): building and
 * validating shapes, clamping, drawing through pdf_render_markdown, and the
 * Lua side of pdf.render's figures option (lua_pdf.c).
 *
 * The text checks run pdftotext (poppler-utils) when /usr/bin/pdftotext
 * exists and are skipped otherwise.
 *
 * Ownership: every set, PDF and text buffer is made and freed by the test
 * that uses it; temporary files are unlinked by S_pdftotext.
 */
#include "unit.h"
#include "pdftext.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "pdf_figure.h"
#include "pdf_render.h"


static char S_err[256];

static pdf_figure *S_fig(pdf_figure_set **set, double w, double h)
{
    *set = pdf_figure_set_new();
    assert_non_null(*set);
    pdf_figure *fig = pdf_figure_add(*set, "f.svg", w, h, S_err, sizeof S_err);
    assert_non_null(fig);
    return fig;
}

/* Adds s and expects an error containing needle. */
static void S_refused(pdf_figure *fig, const pdf_figure_shape *s, const char *needle)
{
    S_err[0] = '\0';
    assert_int_equal(pdf_figure_add_shape(fig, s, S_err, sizeof S_err), -1);
    if (!strstr(S_err, needle))
        fail_msg("error '%s' lacks '%s'", S_err, needle);
}

/* ---- building ----------------------------------------------------------- */

static void test_colors(void **state)
{
    (void)state;
    long c = 0;
    assert_int_equal(pdf_figure_parse_color("#1a2B3c", &c), 0);
    assert_int_equal(c, 0x1A2B3C);
    assert_int_equal(pdf_figure_parse_color("none", &c), 0);
    assert_int_equal(c, PDF_FIGURE_NONE);
    static const char *const bad[] = {"#12345", "red", "#12345g", "", "#1234567", "1a2b3c4"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        assert_int_equal(pdf_figure_parse_color(bad[i], &c), -1);
    assert_int_equal(pdf_figure_parse_color(NULL, &c), -1);
}

static void test_figure_sizes(void **state)
{
    (void)state;
    pdf_figure_set *set = pdf_figure_set_new();
    double w, h;
    assert_null(pdf_figure_add(set, "a.svg", 0, 10, S_err, sizeof S_err));
    assert_non_null(strstr(S_err, "finite numbers > 0"));
    assert_null(pdf_figure_add(set, "a.svg", NAN, 10, S_err, sizeof S_err));
    assert_null(pdf_figure_add(set, "a.svg", 10, INFINITY, S_err, sizeof S_err));
    assert_null(pdf_figure_add(set, "", 10, 10, S_err, sizeof S_err));
    assert_null(pdf_figure_add(set, NULL, 10, 10, S_err, sizeof S_err));
    pdf_figure *fig = pdf_figure_add(set, "a.svg", 1e9, 20, S_err, sizeof S_err);
    assert_non_null(fig);
    pdf_figure_size(fig, &w, &h);
    assert_true(w == PDF_FIGURE_MAX_SIZE && h == 20);
    assert_null(pdf_figure_add(set, "a.svg", 10, 10, S_err, sizeof S_err));
    assert_non_null(strstr(S_err, "given twice"));
    assert_ptr_equal(pdf_figure_find(set, "a.svg"), fig);
    assert_null(pdf_figure_find(set, "b.svg"));
    assert_null(pdf_figure_find(NULL, "a.svg"));
    for (int i = 1; i < PDF_FIGURE_MAX_FIGURES; i++) {
        char url[16];
        snprintf(url, sizeof url, "%d.svg", i);
        assert_non_null(pdf_figure_add(set, url, 1, 1, S_err, sizeof S_err));
    }
    assert_null(pdf_figure_add(set, "one-more.svg", 1, 1, S_err, sizeof S_err));
    assert_non_null(strstr(S_err, "too many figures"));
    pdf_figure_set_free(set);
    pdf_figure_set_free(NULL);
}

static void test_bad_shapes(void **state)
{
    (void)state;
    pdf_figure_set *set;
    pdf_figure *fig = S_fig(&set, 100, 50);
    pdf_figure_shape s;
    double one_point[2] = {1, 2}, bad_points[4] = {1, 2, NAN, 4};

    pdf_figure_shape_init(&s, PDF_FIGURE_LINE);
    s.x2 = NAN;
    S_refused(fig, &s, "field 'x2' is not a finite number");
    pdf_figure_shape_init(&s, 99);
    S_refused(fig, &s, "unknown shape type");
    pdf_figure_shape_init(&s, PDF_FIGURE_CIRCLE);
    s.stroke = 0x1000000;
    S_refused(fig, &s, "stroke colour out of range");
    pdf_figure_shape_init(&s, PDF_FIGURE_POLYLINE);
    S_refused(fig, &s, "polyline needs");
    s.points = one_point;
    s.npoints = 1;
    S_refused(fig, &s, "polyline needs");
    s.points = bad_points;
    s.npoints = 2;
    S_refused(fig, &s, "point is not a finite number");
    pdf_figure_shape_init(&s, PDF_FIGURE_TEXT);
    S_refused(fig, &s, "needs its text");
    s.text = "x";
    s.text_len = 1;
    s.size = 0;
    S_refused(fig, &s, "text size must be > 0");
    s.size = 8;
    s.anchor = 7;
    S_refused(fig, &s, "unknown text anchor");
    s.anchor = PDF_FIGURE_END;
    s.rotate = INFINITY;
    S_refused(fig, &s, "field 'rotate'");
    assert_int_equal(pdf_figure_shape_count(fig), 0);
    pdf_figure_set_free(set);
}

static void test_clamping(void **state)
{
    (void)state;
    pdf_figure_set *set;
    pdf_figure *fig = S_fig(&set, 100, 50);
    pdf_figure_shape s;
    double pts[4] = {-1e300, 25, 1e300, 1e-300};

    pdf_figure_shape_init(&s, PDF_FIGURE_LINE);
    s.x = 1e30;
    s.y = -1e30;
    s.width = 1e6;
    s.dash_on = 1e9;
    s.dash_off = -3;
    assert_int_equal(pdf_figure_add_shape(fig, &s, S_err, sizeof S_err), 0);
    const pdf_figure_shape *c = pdf_figure_shape_at(fig, 0);
    assert_true(c->x == 200 && c->y == -50 && c->width == 50);
    assert_true(c->dash_on == 100 && c->dash_off == 0);

    pdf_figure_shape_init(&s, PDF_FIGURE_CIRCLE);
    s.r = 1e9;
    assert_int_equal(pdf_figure_add_shape(fig, &s, S_err, sizeof S_err), 0);
    assert_true(pdf_figure_shape_at(fig, 1)->r == 200);

    pdf_figure_shape_init(&s, PDF_FIGURE_POLYLINE);
    s.points = pts;
    s.npoints = 2;
    assert_int_equal(pdf_figure_add_shape(fig, &s, S_err, sizeof S_err), 0);
    c = pdf_figure_shape_at(fig, 2);
    assert_true(c->points != pts); /* a copy */
    assert_true(c->points[0] == -100 && c->points[1] == 25 && c->points[2] == 200);
    assert_null(pdf_figure_shape_at(fig, 3));
    pdf_figure_set_free(set);
}

static void test_text_cleaned(void **state)
{
    (void)state;
    pdf_figure_set *set;
    pdf_figure *fig = S_fig(&set, 100, 50);
    pdf_figure_shape s;
    char long_text[1000];

    pdf_figure_shape_init(&s, PDF_FIGURE_TEXT);
    s.text = "Erdo\xC4\x9F" "an\n\x01\xF0\x9F\x98\x80\xFF";
    s.text_len = strlen(s.text);
    assert_int_equal(pdf_figure_add_shape(fig, &s, S_err, sizeof S_err), 0);
    assert_string_equal(pdf_figure_shape_at(fig, 0)->text,
                        "Erdo\xC4\x9F" "an  \xEF\xBF\xBD\xEF\xBF\xBD");
    for (size_t i = 0; i < sizeof long_text; i += 2)
        memcpy(long_text + i, "\xC3\xA9", 2); /* é */
    s.text = long_text;
    s.text_len = sizeof long_text;
    assert_int_equal(pdf_figure_add_shape(fig, &s, S_err, sizeof S_err), 0);
    const pdf_figure_shape *c = pdf_figure_shape_at(fig, 1);
    assert_int_equal(c->text_len, PDF_FIGURE_MAX_TEXT);
    assert_int_equal(strlen(c->text), PDF_FIGURE_MAX_TEXT);
    pdf_figure_set_free(set);
}

static void test_shape_limit(void **state)
{
    (void)state;
    pdf_figure_set *set;
    pdf_figure *fig = S_fig(&set, 100, 50);
    pdf_figure_shape s;
    pdf_figure_shape_init(&s, PDF_FIGURE_RECT);
    for (int i = 0; i < PDF_FIGURE_MAX_SHAPES; i++)
        assert_int_equal(pdf_figure_add_shape(fig, &s, S_err, sizeof S_err), 0);
    S_refused(fig, &s, "too many shapes");
    assert_int_equal(pdf_figure_shape_count(fig), PDF_FIGURE_MAX_SHAPES);
    pdf_figure_set_free(set);
}

/* ---- drawing ------------------------------------------------------------ */


static void S_add_text(pdf_figure *fig, double x, double y, const char *t, int anchor,
                       double rotate)
{
    pdf_figure_shape s;
    pdf_figure_shape_init(&s, PDF_FIGURE_TEXT);
    s.x = x;
    s.y = y;
    s.text = t;
    s.text_len = strlen(t);
    s.size = 12;
    s.fill = 0x222222;
    s.anchor = anchor;
    s.rotate = rotate;
    assert_int_equal(pdf_figure_add_shape(fig, &s, S_err, sizeof S_err), 0);
}

/* A graph-like figure: every kind of shape, one of them far outside. */
static pdf_figure_set *S_sample_set(double height)
{
    pdf_figure_set *set;
    pdf_figure *fig = S_fig(&set, 400, height);
    pdf_figure_shape s;
    double tri[6] = {10, 10, 60, 10, 35, 40};

    pdf_figure_shape_init(&s, PDF_FIGURE_LINE);
    s.x = 50, s.y = 50, s.x2 = 1e12, s.y2 = -1e12; /* clamped, then clipped */
    s.stroke = 0xC0392B, s.width = 2, s.dash_on = 4, s.dash_off = 2;
    assert_int_equal(pdf_figure_add_shape(fig, &s, S_err, sizeof S_err), 0);
    pdf_figure_shape_init(&s, PDF_FIGURE_CIRCLE);
    s.x = 200, s.y = 100, s.r = 30, s.fill = 0x4F7CAC, s.stroke = 0xFFFFFF;
    assert_int_equal(pdf_figure_add_shape(fig, &s, S_err, sizeof S_err), 0);
    pdf_figure_shape_init(&s, PDF_FIGURE_RECT);
    s.x = 300, s.y = 20, s.w = 50, s.h = 30, s.fill = 0xEEEEEE;
    assert_int_equal(pdf_figure_add_shape(fig, &s, S_err, sizeof S_err), 0);
    pdf_figure_shape_init(&s, PDF_FIGURE_POLYLINE);
    s.points = tri, s.npoints = 3, s.closed = 1, s.fill = 0x2C3E50;
    assert_int_equal(pdf_figure_add_shape(fig, &s, S_err, sizeof S_err), 0);
    S_add_text(fig, 200, 150, "Erdoğan", PDF_FIGURE_MIDDLE, 0);
    S_add_text(fig, 395, 180, "Putin", PDF_FIGURE_END, 0);
    S_add_text(fig, 20, 180, "Лавров", PDF_FIGURE_START, 30);
    S_add_text(fig, 1e9, 1e9, "Outside", PDF_FIGURE_START, 0); /* clipped away */
    return set;
}

static unsigned char *S_render_with(const char *md, const pdf_figure_set *set,
                                    size_t *n)
{
    unsigned char *pdf = NULL;
    char err[256];
    pdf_render_opts o;
    pdf_render_opts_init(&o);
    o.figures = set;
    if (pdf_render_markdown(md, strlen(md), &o, &pdf, n, err, sizeof err) != 0)
        fail_msg("pdf_render_markdown failed: %s", err);
    return pdf;
}

static const char S_md[] =
    "# Figures\n\nBefore the figure.\n\n![Call graph: Erdoğan and Putin](f.svg)\n\n"
    "Text then ![inline](f.svg) and after.\n\n![other](x.png)\n\n"
    "| a |\n|---|\n| ![in a cell](f.svg) |\n";

static void test_draw(void **state)
{
    (void)state;
    size_t n, m;
    pdf_figure_set *set = S_sample_set(200);
    unsigned char *pdf = S_render_with(S_md, set, &n);
    unsigned char *again = S_render_with(S_md, set, &m);
    assert_int_equal(n, m);
    assert_memory_equal(pdf, again, n); /* deterministic */
    free(again);
    char *text = pdftext(pdf, n, "");
    pdf_figure_set_free(set);
    if (!text) {
        free(pdf);
        skip();
    }
    static const char *const want[] = {"Before the figure.", "Erdoğan", "Putin",
                                       "Text then", "and after.", "[image: other]",
                                       "[image: in a cell]"};
    for (size_t i = 0; i < sizeof want / sizeof *want; i++)
        if (!strstr(text, want[i]))
            fail_msg("pdftotext output lacks '%s'", want[i]);
    assert_null(strstr(text, "[image: Call graph"));
    assert_null(strstr(text, "[image: inline"));
    assert_null(strstr(text, "Outside"));
    free(text);
    free(pdf);
}

/* Words of the figure stay within the margins (56 pt on A4). */
static void test_draw_margins(void **state)
{
    (void)state;
    size_t n;
    pdf_figure_set *set = S_sample_set(200);
    unsigned char *pdf = S_render_with("![g](f.svg)\n", set, &n);
    char *xml = pdftext(pdf, n, "-bbox");
    pdf_figure_set_free(set);
    free(pdf);
    if (!xml)
        skip();
    double x0, y0, x1, y1;
    int words = 0;
    for (char *p = xml; (p = strstr(p, "<word ")); p++) {
        if (sscanf(p, "<word xMin=\"%lf\" yMin=\"%lf\" xMax=\"%lf\" yMax=\"%lf\"",
                   &x0, &y0, &x1, &y1) != 4)
            continue;
        words++;
        if (x0 < 55.5 || x1 > 595.276 - 55.5)
            fail_msg("word outside the margins: %.1f..%.1f: %.60s", x0, x1, p);
    }
    assert_true(words >= 3);
    free(xml);
}

/* A figure taller than a page is shrunk to fit one; after a long
 * paragraph it moves to the next page. */
static void test_draw_tall(void **state)
{
    (void)state;
    size_t n;
    pdf_figure_set *set = S_sample_set(5000);
    char md[8192] = "# Tall\n\n";
    for (int i = 0; i < 60; i++)
        strcat(md, "Words to fill the page before the figure. ");
    strcat(md, "\n\n![tall](f.svg)\n\nThe end.\n");
    unsigned char *pdf = S_render_with(md, set, &n);
    char *text = pdftext(pdf, n, "");
    pdf_figure_set_free(set);
    free(pdf);
    if (!text)
        skip();
    assert_non_null(strstr(text, "page 3 of 3")); /* text, figure, "The end." */
    assert_non_null(strstr(text, "Erdoğan"));
    free(text);
}

/* ---- pdf.render's figures option --------------------------------------- */

#define LUA_FIG(shape) \
    "local pdf, e = pdf.render('![g](g.svg)', {figures = {['g.svg'] = " \
    "{width = 100, height = 50, shapes = {" shape "}}}}) " \
    "return pdf and 'ok' or e"

static void test_lua_errors(void **state)
{
    (void)state;
    lua_State *L = unit_state("pdf", luaopen_cb_pdf);
    static const struct {
        const char *chunk, *want;
    } cases[] = {
        {LUA_FIG("{type = 'line', x1 = 0, y1 = 0, x2 = 1}"),
         "pdf.render: figure 'g.svg': shape 1: missing field 'y2'"},
        {LUA_FIG("{type = 'circle', cx = 0, cy = 0, r = 1}, {type = 'blob'}"),
         "shape 2: field 'type' must be \"line\""},
        {LUA_FIG("{type = 'circle', cx = 0, cy = 0, r = '5'}"),
         "shape 1: field 'r': number expected, got string"},
        {LUA_FIG("{type = 'circle', cx = 0, cy = 0, r = 5, colour = '#ffffff'}"),
         "shape 1: unknown field 'colour'"},
        {LUA_FIG("{type = 'rect', x = 0, y = 0, w = 1, h = 1, fill = 'red'}"),
         "field 'fill': \"#rrggbb\" or \"none\" expected, got string"},
        {LUA_FIG("{type = 'rect', x = 0, y = 0, w = 1, h = 1, dash = {1}}"),
         "field 'dash': a list of two numbers expected"},
        {LUA_FIG("{type = 'polyline', points = {1, 2, 3}}"),
         "field 'points': an even list"},
        {LUA_FIG("{type = 'polyline', points = {1, 2, 3, 'x'}}"),
         "field 'points': point coordinate 4 is not a number"},
        {LUA_FIG("{type = 'text', x = 0, y = 0, text = 'a', size = 9, anchor = 'left'}"),
         "field 'anchor': unknown anchor 'left'"},
        {LUA_FIG("{type = 'text', x = 0, y = 0, text = 'a', size = 0}"),
         "shape 1: text size must be > 0"},
        {LUA_FIG("{type = 'text', x = 0/0, y = 0, text = 'a', size = 9}"),
         "shape 1: field 'x' is not a finite number"},
        {LUA_FIG("42"), "shape 1: table expected, got number"},
        {"local p, e = pdf.render('x', {figures = 1}) return e",
         "option 'figures' must be a table, got number"},
        {"local p, e = pdf.render('x', {figures = {'a'}}) return e",
         "keys must be file names, got number"},
        {"local p, e = pdf.render('x', {figures = {a = {width = 0, height = 1, shapes = {}}}}) "
         "return e", "figure 'a': width and height must be finite numbers > 0"},
        {"local p, e = pdf.render('x', {figures = {a = {width = 1, height = 1}}}) return e",
         "figure 'a': field 'shapes': table expected, got nil"},
        {"local p, e = pdf.render('x', {figures = {a = {width = 1, height = 1, shapes = {}, "
         "extra = 1}}}) return e", "figure 'a': unknown field 'extra'"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char *err = NULL, *got = unit_eval(L, cases[i].chunk, &err);
        if (err)
            fail_msg("%s: raised %s", cases[i].chunk, err);
        if (!got || !strstr(got, cases[i].want))
            fail_msg("case %zu: got '%s', want '%s'", i + 1, got ? got : "(nil)",
                     cases[i].want);
        free(got);
    }
    lua_close(L);
}

static void test_lua_draws(void **state)
{
    (void)state;
    lua_State *L = unit_state("pdf", luaopen_cb_pdf);
    assert_lua_eq(L, LUA_FIG(
        "{type = 'line', x1 = 0, y1 = 0, x2 = 1e300, y2 = -1e300, stroke = '#c0392b', "
        " width = 2, dash = {4, 2}},"
        "{type = 'polyline', points = {1, 1, 20, 1, 10, 9}, closed = true, fill = '#2c3e50'},"
        "{type = 'circle', cx = 50, cy = 25, r = 10, fill = '#4f7cac', stroke = 'none'},"
        "{type = 'rect', x = 5, y = 5, w = 10, h = 10, stroke = '#000000'},"
        "{type = 'text', x = 50, y = 45, text = 'Erdoğan', size = 8, anchor = 'middle', "
        " bold = true, rotate = 15, fill = '#222222'}"), "ok");
    /* the same table again: nothing of the first call is kept */
    assert_lua_eq(L, LUA_FIG("{type = 'circle', cx = 50, cy = 25, r = 10, fill = '#4f7cac'}"),
                  "ok");
    lua_close(L);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_colors),
        cmocka_unit_test(test_figure_sizes),
        cmocka_unit_test(test_bad_shapes),
        cmocka_unit_test(test_clamping),
        cmocka_unit_test(test_text_cleaned),
        cmocka_unit_test(test_shape_limit),
        cmocka_unit_test(test_draw),
        cmocka_unit_test(test_draw_margins),
        cmocka_unit_test(test_draw_tall),
        cmocka_unit_test(test_lua_errors),
        cmocka_unit_test(test_lua_draws),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
