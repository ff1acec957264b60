/*
 * test_pdf.c — the PDF typesetter (pdf_render.c and friends) and its Lua
 * binding (lua_pdf.c).
 *
 * The text checks run pdftotext (poppler-utils) on a temporary file when
 * /usr/bin/pdftotext exists and are skipped otherwise.  CB_TEST_QUICK=1 in
 * the environment shrinks the 10 MB input (for runs under valgrind).
 *
 * Ownership: every PDF and text buffer here is malloc'ed and freed by the
 * test that made it; temporary files are unlinked by S_pdftotext.
 */
#include "unit.h"
#include "pdftext.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "pdf_font.h"
#include "pdf_render.h"

#define A4_W 595.276
#define MARGIN 56.0

/* ---- the sample briefing ---------------------------------------------- */

static const char S_head[] =
    "# Call between Erdoğan and Putin on grain exports\n\n"
    "Turkish President Recep Tayyip **Erdoğan** spoke by phone with Russian "
    "President Vladimir Putin on Monday. Foreign ministers Mevlüt *Çavuşoğlu* "
    "and Сергей Лавров joined part of the call; the Greek side (Ελληνικά) was "
    "briefed afterwards. See [the readouts](#readouts-compared), "
    "[the names](#erdoğan-and-лавров), [nothing](#no-such-heading) and "
    "the Kremlin site https://en.kremlin.ru/events/president/news/12345.\n\n"
    "## Summary\n\n"
    "- The leaders discussed the **Black Sea Grain Initiative**.\n"
    "- Erdoğan raised prisoner exchanges:\n"
    "  - military personnel;\n"
    "  - civilians, with `code span` detail.\n"
    "- Both sides agreed to keep in contact.\n\n"
    "3. Third point first (start is honoured).\n"
    "4. Fourth point.\n\n"
    "> \"The grain corridor must remain open,\" Erdoğan said.\n"
    ">\n"
    "> > A nested quotation attributed to Лавров.\n\n"
    "## Erdoğan and Лавров\n\n"
    "```\n$ callbrief --input articles/ --output out/\n\tindented\n```\n\n"
    "Contact: [mail](mailto:desk@example.org) ~~struck~~ ![photo](x.png)\n\n"
    "---\n\n"
    "## Readouts compared\n\n"
    "| # | Item | Notes | Year |\n"
    "|---|------|-------|-----:|\n";

/* The sample with a table of nrows rows (long enough to cross pages). */
static char *S_sample(size_t *len)
{
    size_t cap = sizeof S_head + 100 * 128 + 64, n;
    char *s = malloc(cap);
    assert_non_null(s);
    memcpy(s, S_head, sizeof S_head);
    n = sizeof S_head - 1;
    for (int i = 1; i <= 100; i++)
        n += (size_t)snprintf(s + n, cap - n,
                              "| %d | Row %d with Erdoğan and Лавров | word word %d | %d |\n",
                              i, i, i, 2000 + i);
    n += (size_t)snprintf(s + n, cap - n, "\nAfter the table.\n");
    *len = n;
    return s;
}

static unsigned char *S_render(const char *md, size_t len, const pdf_render_opts *o,
                               size_t *out_len)
{
    unsigned char *out = NULL;
    char err[256];
    int rc = pdf_render_markdown(md, len, o, &out, out_len, err, sizeof err);
    if (rc != 0)
        fail_msg("pdf_render_markdown failed: %s", err);
    assert_non_null(out);
    return out;
}

static unsigned char *S_render_sample(size_t *out_len)
{
    size_t len;
    char *md = S_sample(&len);
    pdf_render_opts o;
    pdf_render_opts_init(&o);
    o.date = 1700000000;
    o.author = "Desk Ω";
    unsigned char *pdf = S_render(md, len, &o, out_len);
    free(md);
    return pdf;
}

/* Occurrences of needle in hay[0..n) (binary safe). */
static size_t S_count(const void *hay, size_t n, const char *needle)
{
    size_t k = strlen(needle), c = 0;
    const char *h = hay;
    for (size_t i = 0; k > 0 && i + k <= n; i++)
        if (h[i] == needle[0] && memcmp(h + i, needle, k) == 0) {
            c++;
            i += k - 1;
        }
    return c;
}


/* Every word pdftotext finds lies inside the margins; returns the count. */
static size_t S_check_margins(const unsigned char *pdf, size_t len, double margin)
{
    char *xml = pdftext(pdf, len, "-bbox");
    double pw = A4_W, x0, y0, x1, y1;
    size_t words = 0;
    if (!xml)
        return 0;
    for (char *p = xml; (p = strstr(p, "<")); p++) {
        if (sscanf(p, "<page width=\"%lf\"", &pw) == 1)
            continue;
        if (sscanf(p, "<word xMin=\"%lf\" yMin=\"%lf\" xMax=\"%lf\" yMax=\"%lf\"",
                   &x0, &y0, &x1, &y1) != 4)
            continue;
        words++;
        if (x0 < margin - 0.5 || x1 > pw - margin + 0.5)
            fail_msg("word outside the margins: x %.1f..%.1f on a %.1f page: %.60s",
                     x0, x1, pw, p);
    }
    free(xml);
    return words;
}

/* ---- the PDF itself --------------------------------------------------- */

/* CB_PDF_SAMPLE_OUT=path keeps the sample PDF (tests/golden/pdf/README.txt). */
static void S_keep_sample(const unsigned char *pdf, size_t n)
{
    const char *path = getenv("CB_PDF_SAMPLE_OUT");
    if (!path || !path[0])
        return;
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(pdf, 1, n, f), n);
    assert_int_equal(fclose(f), 0);
}

static void test_pdf_envelope(void **state)
{
    (void)state;
    size_t n;
    unsigned char *pdf = S_render_sample(&n);
    S_keep_sample(pdf, n);
    assert_true(n > 1000);
    assert_memory_equal(pdf, "%PDF-", 5);
    assert_memory_equal(pdf + n - 6, "%%EOF\n", 6);
    free(pdf);
}

static void test_pdf_deterministic(void **state)
{
    (void)state;
    size_t n1, n2;
    unsigned char *a = S_render_sample(&n1), *b = S_render_sample(&n2);
    assert_int_equal(n1, n2);
    assert_memory_equal(a, b, n1);
    free(a);
    free(b);
}

/* md typeset in pieces of at least `piece` bytes equals md in one piece,
 * whether the pieces are parsed in turn or ahead on a thread (threads 2). */
static void S_same_in_pieces(const char *md, size_t len, size_t piece)
{
    pdf_render_opts whole, cut;
    pdf_render_opts_init(&whole);
    whole.date = 1700000000;
    whole.piece_bytes = SIZE_MAX;
    whole.threads = 1;
    cut = whole;
    cut.piece_bytes = piece;
    for (int threads = 1; threads <= 2; threads++) {
        cut.threads = threads;
        size_t n1, n2;
        unsigned char *a = S_render(md, len, &whole, &n1), *b = S_render(md, len, &cut, &n2);
        if (n1 != n2 || memcmp(a, b, n1) != 0)
            fail_msg("pieces of %zu bytes (threads %d) change the PDF of:\n%.300s", piece,
                     threads, md);
        free(a);
        free(b);
    }
}

/* A long briefing is parsed a piece at a time (memory), cut before ATX
 * headings; the PDF must be the one the whole parse gives. */
static void test_pdf_pieces(void **state)
{
    (void)state;
    size_t len;
    char *md = S_sample(&len);
    S_same_in_pieces(md, len, 1);
    S_same_in_pieces(md, len, 300);
    free(md);
    S_same_in_pieces("", 0, 1);
    /* no cut inside a fence, nor between a heading and the next */
    static const char fenced[] =
        "# Title\n\nText.\n\n```\ncode\n\n# not a heading\n```\n\n"
        "## One\n\n## Two\n\nBody of two.\n\n~~~~\n## inside\n~~~\n\n## still inside\n~~~~\n\n"
        "## Three\n\n- item\n\n# Four\n\nLast.\n";
    S_same_in_pieces(fenced, sizeof fenced - 1, 1);
    /* a reference definition at the end serves a link in the first piece */
    static const char refs[] =
        "# Title\n\nSee [the source][src].\n\n## Later\n\nMore.\n\n[src]: https://example.org/a\n";
    S_same_in_pieces(refs, sizeof refs - 1, 1);
    /* an HTML comment with a heading-like line and a blank line inside */
    static const char comment[] =
        "# Title\n\n<!-- hidden\n\n## not shown\n-->\n\n## Shown\n\nText.\n";
    S_same_in_pieces(comment, sizeof comment - 1, 1);
}

/* The pages' contents compressed before saving (pdf_deflate.c), on one
 * thread or several, give the bytes libharu's own compression gives
 * (threads = 0), over more pages than one batch of pdf_deflate.c. */
static void test_pdf_deflate_same_bytes(void **state)
{
    (void)state;
    size_t cap = 2 << 20, len = 0;
    char *md = malloc(cap);
    assert_non_null(md);
    len += (size_t)snprintf(md, cap, "# Many pages\n\n");
    for (int i = 1; i <= 2400 && len + 400 < cap; i++)
        len += (size_t)snprintf(md + len, cap - len,
                                "## Call %d\n\nErdoğan and Лавров spoke by phone, %d; "
                                "*both* sides said **%d** things.\n\n- one\n- two\n\n", i, i, i * 7);
    pdf_render_opts o;
    pdf_render_opts_init(&o);
    o.date = 1700000000;
    size_t n0, n1, n3;
    unsigned char *lib = S_render(md, len, &o, &n0);
    o.threads = 1;
    unsigned char *one = S_render(md, len, &o, &n1);
    o.threads = 3;
    unsigned char *three = S_render(md, len, &o, &n3);
    assert_true(S_count(lib, n0, "/Type /Page\012") > 256);
    assert_int_equal(n0, n1);
    assert_memory_equal(lib, one, n0);
    assert_int_equal(n0, n3);
    assert_memory_equal(lib, three, n0);
    free(lib);
    free(one);
    free(three);
    free(md);
}

static void test_pdf_fonts_embedded(void **state)
{
    (void)state;
    size_t n;
    unsigned char *pdf = S_render_sample(&n);
    assert_true(S_count(pdf, n, "/FontFile2") >= 4); /* regular, bold, italic, mono */
    assert_true(S_count(pdf, n, "+DejaVuSans") >= 3);
    assert_true(S_count(pdf, n, "+DejaVuSansMono") >= 1);
    assert_int_equal(S_count(pdf, n, "/Encoding /Identity-H"), S_count(pdf, n, "/FontFile2"));
    free(pdf);
}

/* What poppler says on stderr while reading pdf ("" when nothing), or
 * NULL without pdftotext. */
static char *S_poppler_complaints(const unsigned char *pdf, size_t n)
{
    char path[] = "/tmp/test_pdfwarn_XXXXXX", cmd[256];
    if (access(PDFTOTEXT, X_OK) != 0)
        return NULL;
    pdftext_save(pdf, n, path);
    snprintf(cmd, sizeof cmd, PDFTOTEXT " %s /dev/null 2>&1", path);
    FILE *p = popen(cmd, "r");
    assert_non_null(p);
    char *out = calloc(1, 4096);
    assert_non_null(out);
    size_t got = fread(out, 1, 4095, p);
    out[got] = '\0';
    pclose(p);
    unlink(path);
    return out;
}

/* Every font carries a /ToUnicode map (libharu writes none), so readers
 * copy and search the text without guessing; poppler reads the document
 * without a complaint. */
static void test_pdf_to_unicode(void **state)
{
    (void)state;
    size_t n;
    unsigned char *pdf = S_render_sample(&n);
    assert_true(S_count(pdf, n, "/Subtype /Type0") >= 4);
    assert_int_equal(S_count(pdf, n, "/ToUnicode"), S_count(pdf, n, "/Subtype /Type0"));
    char *said = S_poppler_complaints(pdf, n);
    free(pdf);
    if (!said)
        skip();
    if (*said)
        fail_msg("poppler: %s", said);
    free(said);
}

static void test_pdf_metadata(void **state)
{
    (void)state;
    size_t n, m;
    unsigned char *pdf = S_render_sample(&n);
    /* Info strings are UTF-16BE: "callbrief" */
    assert_int_equal(S_count(pdf, n, "/Creator <FEFF00630061006C006C00620072006900650066>"), 1);
    assert_int_equal(S_count(pdf, n, "/CreationDate (D:20231114221320Z00'00')"), 1);
    assert_int_equal(S_count(pdf, n, "/Author <FEFF004400650073006B002003A9>"), 1);
    assert_int_equal(S_count(pdf, n, "/Title <FEFF00430061006C006C"), 2); /* info + bookmark */
    assert_int_equal(S_count(pdf, n, "/ID"), 0);

    pdf_render_opts o;
    pdf_render_opts_init(&o);
    unsigned char *plain = S_render("plain", 5, &o, &m);
    assert_int_equal(S_count(plain, m, "/CreationDate"), 0);
    assert_int_equal(S_count(plain, m, "/PageMode /UseOutlines"), 0);
    assert_int_equal(S_count(plain, m, "/MediaBox [ 0 0 595.276 841.89"), 1);
    free(plain);
    o.paper = PDF_PAPER_LETTER;
    plain = S_render("plain", 5, &o, &m);
    assert_int_equal(S_count(plain, m, "/MediaBox [ 0 0 612 792 ]"), 1);
    free(plain);
    free(pdf);
}

static void test_pdf_links_and_outline(void **state)
{
    (void)state;
    size_t n;
    unsigned char *pdf = S_render_sample(&n);
    /* bookmarks: the title (h1) and three h2 */
    assert_int_equal(S_count(pdf, n, "/PageMode /UseOutlines"), 1);
    assert_int_equal(S_count(pdf, n, "/Title <FEFF"), 1 + 4); /* info + bookmarks */
    /* external: the autolink and the mailto; relative x.png is not clickable */
    assert_int_equal(S_count(pdf, n, "/S /URI"), 2);
    assert_int_equal(S_count(pdf, n, "/URI (mailto:desk@example.org)"), 1);
    /* internal: two of three resolve (4 bookmarks + 2 links have a /Dest) */
    assert_int_equal(S_count(pdf, n, "/Dest "), 4 + 2);
    assert_int_equal(S_count(pdf, n, "/Subtype /Link"), 4);
    free(pdf);
}

/* ---- what a reader sees ----------------------------------------------- */

static void test_pdf_text(void **state)
{
    (void)state;
    size_t n, pages = 0;
    unsigned char *pdf = S_render_sample(&n);
    char *text = pdftext(pdf, n, "");
    if (!text) {
        free(pdf);
        skip();
    }
    static const char *const want[] = {
        "Call between Erdoğan and Putin on grain exports", "Çavuşoğlu",
        "Сергей Лавров", "Ελληνικά", "Summary", "Erdoğan and Лавров",
        "Readouts compared", "military personnel", "3. Third point first",
        "4. Fourth point", "A nested quotation attributed to Лавров",
        "$ callbrief --input articles/ --output out/", "[image: photo]",
        "After the table.", "page 1 of "};
    for (size_t i = 0; i < sizeof want / sizeof *want; i++)
        if (!strstr(text, want[i]))
            fail_msg("pdftotext output lacks '%s'", want[i]);
    const char *p = strstr(text, "page 1 of ");
    assert_int_equal(sscanf(p, "page 1 of %zu", &pages), 1);
    assert_true(pages >= 2); /* the table crosses a page */
    char last[64];
    snprintf(last, sizeof last, "page %zu of %zu", pages, pages);
    assert_non_null(strstr(text, last));
    /* the running header on every page but the first (the title itself
     * is set on two lines) */
    assert_int_equal(S_count(text, strlen(text), "Call between Erdoğan and Putin on grain exports"),
                     pages - 1);
    /* the table's header row is repeated on the page it continues on */
    assert_true(S_count(text, strlen(text), "Notes") >= 2);
    free(text);
    free(pdf);
}

static void test_pdf_margins(void **state)
{
    (void)state;
    size_t n;
    unsigned char *pdf = S_render_sample(&n);
    size_t words = S_check_margins(pdf, n, MARGIN);
    free(pdf);
    if (access(PDFTOTEXT, X_OK) != 0)
        skip();
    assert_true(words > 500);
}

/* Lines (distinct word tops) of the page holding `word` that lie below it,
 * footer excluded; -1 when no page has the word. */
static int S_lines_below(const char *xml, const char *word)
{
    char tag[128];
    snprintf(tag, sizeof tag, ">%s</word>", word);
    const char *hit = strstr(xml, tag);
    if (!hit)
        return -1;
    const char *page = xml, *p;
    while ((p = strstr(page + 1, "<page ")) && p < hit)
        page = p;
    const char *end = strstr(hit, "</page>");
    double y0 = 0, y, last = -1, ph = 841.89;
    sscanf(page, "<page width=\"%*f\" height=\"%lf\"", &ph);
    const char *w = hit;
    while (w > page && strncmp(w, "<word ", 6) != 0)
        w--;
    sscanf(w, "<word xMin=\"%*f\" yMin=\"%lf\"", &y0);
    int lines = 0;
    for (p = hit; (p = strstr(p, "<word ")) && p < end; p++)
        if (sscanf(p, "<word xMin=\"%*f\" yMin=\"%lf\"", &y) == 1 && y > y0 + 5 &&
            y < ph - 60 && (last < 0 || y > last + 1)) {
            lines++;
            last = y;
        }
    return lines;
}

/* Wherever a heading falls, at least two lines of the next block follow it
 * on its page. */
static void test_pdf_keep_with_next(void **state)
{
    (void)state;
    if (access(PDFTOTEXT, X_OK) != 0)
        skip();
    for (int k = 24; k < 40; k++) {
        char md[4096];
        size_t n = (size_t)snprintf(md, sizeof md, "# T\n\n");
        for (int i = 0; i < k; i++)
            n += (size_t)snprintf(md + n, sizeof md - n, "Filler line number %d.\n\n", i);
        n += (size_t)snprintf(md + n, sizeof md - n,
                              "## Target heading\n\nThe first line of the paragraph after "
                              "the heading, long enough to wrap onto a second line of "
                              "text because it goes on and on and on.\n\nNext.\n");
        size_t len;
        unsigned char *pdf = S_render(md, n, NULL, &len);
        char *xml = pdftext(pdf, len, "-bbox");
        int below = S_lines_below(xml, "Target");
        if (below < 2)
            fail_msg("%d filler lines: %d lines follow the heading on its page", k, below);
        free(xml);
        free(pdf);
    }
}

/* ---- hostile input ---------------------------------------------------- */

static char *S_repeat(const char *unit, size_t times, const char *tail, size_t *len)
{
    size_t k = strlen(unit), t = strlen(tail);
    char *s = malloc(k * times + t + 1);
    assert_non_null(s);
    for (size_t i = 0; i < times; i++)
        memcpy(s + i * k, unit, k);
    memcpy(s + k * times, tail, t + 1);
    *len = k * times + t;
    return s;
}

/* Renders md (taking it over) and checks the margins. */
static void S_hostile(char *md, size_t len)
{
    size_t n;
    unsigned char *pdf = S_render(md, len, NULL, &n);
    free(md);
    assert_memory_equal(pdf, "%PDF-", 5);
    S_check_margins(pdf, n, MARGIN);
    free(pdf);
}

static void test_pdf_empty_and_binary(void **state)
{
    (void)state;
    static const char bin[] = "# T\0itle\n\nabc\0def \xff\xfe\xc3\x28 \xe2\x82 ok "
                              "\xf0\x9f\x98\x80 \x01\x02\x7f\n| a |\n|---|\n| \0 |\n";
    size_t n;
    unsigned char *pdf = S_render("", 0, NULL, &n);
    char *text = pdftext(pdf, n, "");
    if (text)
        assert_non_null(strstr(text, "page 1 of 1"));
    free(text);
    free(pdf);
    pdf = S_render(NULL, 0, NULL, &n);
    free(pdf);
    pdf = S_render(bin, sizeof bin - 1, NULL, &n);
    text = pdftext(pdf, n, "");
    if (text) {
        assert_non_null(strstr(text, "T\xEF\xBF\xBDitle"));
        assert_non_null(strstr(text, "abc\xEF\xBF\xBD" "def"));
        assert_non_null(strstr(text, "ok"));
    }
    free(text);
    free(pdf);
}

static void test_pdf_deep_nesting(void **state)
{
    (void)state;
    static const struct {
        const char *unit, *tail;
        size_t times;
    } cases[] = {
        {"> ", "deep quote\n", 10000},       {"- ", "deep list\n", 10000},
        {"1. ", "deep ordered list\n", 10000}, {"> - ", "mixed\n", 5000},
        {"*a ", "emphasis\n", 10000},        {"[", "brackets\n", 10000},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        size_t len;
        char *md = S_repeat(cases[i].unit, cases[i].times, cases[i].tail, &len);
        S_hostile(md, len);
    }
}

static void test_pdf_long_word_and_wide_table(void **state)
{
    (void)state;
    size_t len, n;
    char *md = S_repeat("x", 10000, " end\n", &len);
    assert_int_equal(len, 10005);
    S_hostile(md, len);
    md = S_repeat("https://example.org/", 500, "\n", &len);
    S_hostile(md, len);
    /* 500 columns: set in groups */
    size_t cap = 500 * 16 * 4, k = 0;
    md = malloc(cap);
    assert_non_null(md);
    for (int row = 0; row < 4; row++) {
        for (int c = 0; c < 500; c++)
            k += (size_t)snprintf(md + k, cap - k, "|%s", row == 1 ? "---" : row == 0 ? "head" : "cell");
        k += (size_t)snprintf(md + k, cap - k, "|\n");
    }
    unsigned char *pdf = S_render(md, k, NULL, &n);
    char *text = pdftext(pdf, n, "");
    if (text)
        assert_non_null(strstr(text, "Columns 1\xE2\x80\x93"));
    free(text);
    S_check_margins(pdf, n, MARGIN);
    free(pdf);
    free(md);
    /* one row taller than a page */
    md = S_repeat("word ", 4000, "| x |\n", &len);
    memcpy(md, "| a |", 5);
    char *table = malloc(len + 32);
    assert_non_null(table);
    k = (size_t)snprintf(table, len + 32, "| a | b |\n|---|---|\n|%s", md + 5);
    free(md);
    S_hostile(table, k);
}

static void test_pdf_big_input(void **state)
{
    (void)state;
    int quick = getenv("CB_TEST_QUICK") != NULL;
    size_t len, n, target = quick ? (256u << 10) : (10u << 20);
    const char *para = "Erdoğan **spoke** with Лавров about the *grain* deal and `code` "
                       "[link](https://example.org) again and again and again.\n\n";
    char *md = S_repeat(para, target / strlen(para) + 1, "", &len);
    unsigned char *pdf = S_render(md, len, NULL, &n);
    assert_memory_equal(pdf + n - 6, "%%EOF\n", 6);
    free(pdf);
    free(md);
    /* one 10 MB word */
    md = S_repeat("y", target, "", &len);
    pdf = S_render(md, len, NULL, &n);
    free(pdf);
    free(md);
}

static void test_pdf_limits(void **state)
{
    (void)state;
    size_t len = (16u << 20) + 1, n;
    char *md = calloc(len, 1), err[256];
    unsigned char *out = (unsigned char *)"untouched";
    assert_non_null(md);
    assert_int_equal(pdf_render_markdown(md, len, NULL, &out, &n, err, sizeof err), -1);
    assert_null(out);
    assert_non_null(strstr(err, "too long"));
    free(md);
    pdf_render_opts o;
    pdf_render_opts_init(&o);
    o.paper = 7;
    assert_int_equal(pdf_render_markdown("x", 1, &o, &out, &n, err, sizeof err), -1);
    assert_non_null(strstr(err, "paper"));
}

/* ---- fonts ------------------------------------------------------------ */

static void test_pdf_fonts_missing(void **state)
{
    (void)state;
    pdf_render_opts o;
    unsigned char *out;
    size_t n;
    char err[256];
    pdf_render_opts_init(&o);
    o.font_dir = "/nonexistent/fonts";
    assert_int_equal(pdf_render_markdown("x", 1, &o, &out, &n, err, sizeof err), -1);
    assert_non_null(strstr(err, "DejaVu Sans not found: install the Debian package fonts-dejavu-core"));
}

static void test_pdf_fonts_fallback(void **state)
{
    (void)state;
    pdf_font_set sys, set;
    char err[256], dir[] = "/tmp/test_pdf_fonts_XXXXXX", link[512];
    static const char *const files[] = {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf"};

    assert_int_equal(pdf_font_find(&sys, NULL, err, sizeof err), 0);
    assert_non_null(mkdtemp(dir));
    const char *src[] = {sys.path[PDF_FONT_REGULAR], sys.path[PDF_FONT_BOLD]};
    for (int i = 0; i < 2; i++) {
        snprintf(link, sizeof link, "%s/%s", dir, files[i]);
        assert_int_equal(symlink(src[i], link), 0);
    }
    assert_int_equal(pdf_font_find(&set, dir, err, sizeof err), 0);
    assert_string_equal(set.path[PDF_FONT_ITALIC], set.path[PDF_FONT_REGULAR]);
    assert_string_equal(set.path[PDF_FONT_BOLD_ITALIC], set.path[PDF_FONT_BOLD]);
    assert_non_null(strstr(set.info, "DejaVu Sans Oblique not found (Debian package fonts-dejavu-extra)"));
    char info[512];
    assert_int_equal(pdf_render_font_info(dir, info, sizeof info), 0);
    assert_string_equal(info, set.info);
    assert_int_equal(pdf_render_font_info("/nonexistent", info, sizeof info), -1);
    assert_non_null(strstr(info, "fonts-dejavu-core"));

    pdf_render_opts o;
    size_t n;
    pdf_render_opts_init(&o);
    o.font_dir = dir;
    const char *md = "*Çavuşoğlu* and `Лавров`";
    unsigned char *pdf = S_render(md, strlen(md), &o, &n);
    assert_int_equal(S_count(pdf, n, "/FontFile2"), 1); /* all faces share one file */
    char *text = pdftext(pdf, n, "");
    if (text)
        assert_non_null(strstr(text, "Çavuşoğlu and Лавров"));
    free(text);
    free(pdf);
    for (int i = 0; i < 2; i++) {
        snprintf(link, sizeof link, "%s/%s", dir, files[i]);
        unlink(link);
    }
    rmdir(dir);
    pdf_font_set_free(&set);
    pdf_font_set_free(&sys);
}

/* ---- Lua -------------------------------------------------------------- */

static void test_pdf_lua(void **state)
{
    (void)state;
    lua_State *L = unit_state("pdf", luaopen_cb_pdf);
    assert_lua_eq(L,
                  "local s = pdf.render('# Hi\\n\\nErdoğan', {title = 'T', author = 'A',"
                  " subject = 'S', paper = 'letter', date = 0})"
                  " return s:sub(1, 5) .. (s:find('/MediaBox [ 0 0 612 792 ]', 1, true) and ' letter' or '')",
                  "%PDF- letter");
    assert_lua_eq(L, "return pdf.render('x'):sub(-6)", "%%EOF\n");
    assert_lua_eq(L, "return pdf.render('x', {date = 3.0}):sub(1, 5)", "%PDF-");
    assert_lua_eq(L, "local r, e = pdf.render('x', {paper = 'b5'}) return tostring(r) .. '|' .. e",
                  "nil|pdf.render: bad paper 'b5' (expected \"a4\" or \"letter\")");
    assert_lua_eq(L, "local r, e = pdf.render('x', {date = 1.5}) return tostring(r) .. '|' .. e",
                  "nil|pdf.render: option 'date' must be an integer Unix time, got a fraction");
    assert_lua_eq(L, "local r, e = pdf.render('x', {papr = 'a4'}) return tostring(r) .. '|' .. e",
                  "nil|pdf.render: unknown option 'papr'");
    assert_lua_eq(L, "local r, e = pdf.render('x', {title = 5}) return tostring(r) .. '|' .. e",
                  "nil|pdf.render: option 'title' must be a string, got number");
    assert_lua_eq(L, "local r, e = pdf.render('x', {font_dir = '/nonexistent'}) return e",
                  "pdf.render: DejaVu Sans not found: install the Debian package "
                  "fonts-dejavu-core (looked for DejaVuSans.ttf in /nonexistent)");
    assert_lua_raises(L, "return pdf.render()", "bad argument #1 to 'render'");
    assert_lua_raises(L, "return pdf.render('x', 5)", "bad argument #2 to 'render'");
    /* identical input and options, identical bytes */
    assert_lua_eq(L, "local o = {date = 1700000000, title = 'T'}"
                     " return tostring(pdf.render('# A\\n\\nb', o) == pdf.render('# A\\n\\nb', o))",
                  "true");
    lua_close(L);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_pdf_envelope),
        cmocka_unit_test(test_pdf_deterministic),
        cmocka_unit_test(test_pdf_pieces),
        cmocka_unit_test(test_pdf_deflate_same_bytes),
        cmocka_unit_test(test_pdf_fonts_embedded),
        cmocka_unit_test(test_pdf_to_unicode),
        cmocka_unit_test(test_pdf_metadata),
        cmocka_unit_test(test_pdf_links_and_outline),
        cmocka_unit_test(test_pdf_text),
        cmocka_unit_test(test_pdf_margins),
        cmocka_unit_test(test_pdf_keep_with_next),
        cmocka_unit_test(test_pdf_empty_and_binary),
        cmocka_unit_test(test_pdf_deep_nesting),
        cmocka_unit_test(test_pdf_long_word_and_wide_table),
        cmocka_unit_test(test_pdf_big_input),
        cmocka_unit_test(test_pdf_limits),
        cmocka_unit_test(test_pdf_fonts_missing),
        cmocka_unit_test(test_pdf_fonts_fallback),
        cmocka_unit_test(test_pdf_lua),
    };
    cmocka_set_message_output(CM_OUTPUT_TAP);
    return cmocka_run_group_tests(tests, NULL, NULL);
}
