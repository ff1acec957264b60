/* test_inputs.c — walking directories in order and reading clean text. */
#include "unit.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "charset.h"
#include "inputs.h"

static char S_dir[64];

static void S_put(const char *rel, const void *data, size_t len)
{
    char path[256];
    snprintf(path, sizeof path, "%s/%s", S_dir, rel);
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fwrite(data, 1, len, f);
    fclose(f);
}

static int S_setup(void **state)
{
    (void)state;
    snprintf(S_dir, sizeof S_dir, "/tmp/cb-inputs-XXXXXX");
    if (!mkdtemp(S_dir))
        return -1;
    char sub[128];
    snprintf(sub, sizeof sub, "%s/b", S_dir);
    mkdir(sub, 0755);
    snprintf(sub, sizeof sub, "%s/.git", S_dir);
    mkdir(sub, 0755);
    S_put("b/z.md", "z", 1);
    S_put("b/a.txt", "a", 1);
    S_put("a.txt", "a", 1);
    S_put("gold.json", "{}", 2);
    S_put(".hidden.txt", "h", 1);
    S_put(".git/c.txt", "c", 1);
    S_put("B.txt", "B", 1);
    return 0;
}

static int S_teardown(void **state)
{
    (void)state;
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", S_dir);
    return system(cmd);
}

static void test_collect_sorted_recursive(void **state)
{
    (void)state;
    input_list list = { 0 };
    char err[256];
    assert_int_equal(inputs_collect(S_dir, &list, err, sizeof err), 4);
    assert_string_equal(list.v[0].id, "B.txt");
    assert_string_equal(list.v[1].id, "a.txt");
    assert_string_equal(list.v[2].id, "b/a.txt");
    assert_string_equal(list.v[3].id, "b/z.md");
    inputs_list_free(&list);
}

static void test_collect_missing_path(void **state)
{
    (void)state;
    input_list list = { 0 };
    char err[256];
    assert_int_equal(inputs_collect("/nonexistent/x.txt", &list, err, sizeof err), -1);
    assert_string_equal(err, "No such file or directory");
    inputs_list_free(&list);
}

static void test_read_cleans_text(void **state)
{
    (void)state;
    /* BOM, CR LF, a lone CR, an invalid byte on line 3 */
    S_put("t.txt", "\xEF\xBB\xBFone\r\ntwo\rbad \xFF here\n", 23);
    char path[128], err[256];
    snprintf(path, sizeof path, "%s/t.txt", S_dir);
    input_text t;
    assert_int_equal(inputs_read(path, 1000, &t, err, sizeof err), 0);
    assert_string_equal(t.data, "one\ntwo\nbad \xEF\xBF\xBD here\n");
    assert_int_equal(t.replaced, 1);
    assert_int_equal(t.first_bad_line, 3);
    assert_int_equal(strlen(t.sha256), 64);
    inputs_text_free(&t);
}

static void test_read_refuses_unusable(void **state)
{
    (void)state;
    char path[128], err[256];
    input_text t;
    S_put("empty.txt", " \n\n", 3);
    snprintf(path, sizeof path, "%s/empty.txt", S_dir);
    assert_int_equal(inputs_read(path, 1000, &t, err, sizeof err), -1);
    assert_string_equal(err, "empty file, skipped");
    S_put("bin.txt", "line\nPK\x03\x04\0\0x", 11);
    snprintf(path, sizeof path, "%s/bin.txt", S_dir);
    assert_int_equal(inputs_read(path, 1000, &t, err, sizeof err), -1);
    assert_string_equal(err, "binary file (NUL byte at line 2), skipped");
    S_put("big.txt", "0123456789", 10);
    snprintf(path, sizeof path, "%s/big.txt", S_dir);
    assert_int_equal(inputs_read(path, 5, &t, err, sizeof err), -1);
    assert_non_null(strstr(err, "file too large"));
}

static void test_sha256_of_known_text(void **state)
{
    (void)state;
    S_put("abc.txt", "abc", 3);
    char path[128], err[256];
    snprintf(path, sizeof path, "%s/abc.txt", S_dir);
    input_text t;
    assert_int_equal(inputs_read(path, 1000, &t, err, sizeof err), 0);
    assert_string_equal(t.sha256, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    inputs_text_free(&t);
}

/* Reads S_dir/name written with `len` bytes of `data` into t (asserting
 * success). */
static void S_read(const char *name, const char *data, size_t len, input_text *t)
{
    char path[128], err[256];
    S_put(name, data, len);
    snprintf(path, sizeof path, "%s/%s", S_dir, name);
    assert_int_equal(inputs_read(path, 100000, t, err, sizeof err), 0);
}

/* How t was decoded: its CHARSET_ value, charset name and replacements. */
static void S_decoded(const input_text *t, int how, const char *charset, size_t replaced)
{
    assert_int_equal(t->charset_how, how);
    assert_string_equal(t->charset, charset);
    assert_int_equal(t->replaced, replaced);
}

static void test_read_utf16_with_bom(void **state)
{
    (void)state;
    input_text t;
    /* "Élysée, 3\r\n€" in UTF-16LE and UTF-16BE, each after its BOM */
    static const char le[] = "\xFF\xFE\xC9\x00l\x00y\x00s\x00\xE9\x00""e\x00,\x00 \x00""3\x00\r\x00\n\x00\xAC\x20";
    S_read("le.txt", le, sizeof le - 1, &t);
    assert_string_equal(t.data, "\xC3\x89lys\xC3\xA9""e, 3\n\xE2\x82\xAC");
    assert_int_equal(t.charset_how, CHARSET_BOM);
    assert_string_equal(t.charset, "UTF-16LE");
    inputs_text_free(&t);
    static const char be[] = "\xFE\xFF\x00\xC9\x00l\x00y\x00s\x00\xE9\x00""e";
    S_read("be.txt", be, sizeof be - 1, &t);
    assert_string_equal(t.data, "\xC3\x89lys\xC3\xA9""e");
    assert_string_equal(t.charset, "UTF-16BE");
    inputs_text_free(&t);
}

static void test_read_legacy_text_as_windows_1252(void **state)
{
    (void)state;
    input_text t;
    /* no UTF-8 in it and bytes that cannot be UTF-8: windows-1252 */
    static const char w[] = "\x93Pr\xEAt\x94 \x96 \x80 5\x81";
    S_read("w.txt", w, sizeof w - 1, &t);
    assert_string_equal(t.data, "\xE2\x80\x9CPr\xC3\xAAt\xE2\x80\x9D \xE2\x80\x93 \xE2\x82\xAC 5\xEF\xBF\xBD");
    S_decoded(&t, CHARSET_GUESSED, "WINDOWS-1252", 0);
    assert_int_equal(t.undecodable, 1);     /* 0x81 is not a windows-1252 byte */
    inputs_text_free(&t);
    /* UTF-8 with one bad byte stays UTF-8, the byte replaced */
    static const char u[] = "caf\xC3\xA9 \xE9t\xE9";
    S_read("u.txt", u, sizeof u - 1, &t);
    S_decoded(&t, CHARSET_UTF8, "", 2);
    assert_string_equal(t.data, "caf\xC3\xA9 \xEF\xBF\xBDt\xEF\xBF\xBD");
    inputs_text_free(&t);
}

static void test_read_page_charset(void **state)
{
    (void)state;
    input_text t;
    char err[256], path[128], sha[65];
    /* iso-8859-1 is read as windows-1252, as browsers do (0x93 is a quote) */
    static const char l1[] = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
                             "charset=ISO-8859-1\"></head><body>\x93\xC9lys\xE9""e\x94</body></html>";
    S_read("l1.html", l1, sizeof l1 - 1, &t);
    assert_int_equal(t.charset_how, CHARSET_DECLARED);
    assert_string_equal(t.charset, "WINDOWS-1252");
    assert_non_null(strstr(t.data, "<body>\xE2\x80\x9C\xC3\x89lys\xC3\xA9""e\xE2\x80\x9D</body>"));
    /* the content hash is the file's own bytes' */
    snprintf(path, sizeof path, "%s/l1.html", S_dir);
    assert_int_equal(inputs_sha256_file(path, 100000, sha, err, sizeof err), 0);
    assert_string_equal(t.sha256, sha);
    inputs_text_free(&t);
    static const char l2[] = "<meta charset='iso-8859-2'><p>\xA3\xF3""d\xBC</p>";
    S_read("l2.htm", l2, sizeof l2 - 1, &t);
    assert_string_equal(t.charset, "ISO-8859-2");
    assert_string_equal(t.data, "<meta charset='iso-8859-2'><p>\xC5\x81\xC3\xB3""d\xC5\xBA</p>");
    inputs_text_free(&t);
    /* a page that declares UTF-8 is not guessed at; one that declares a
     * charset nobody knows is read as UTF-8, the label kept for a warning */
    static const char u8[] = "<meta charset=\"utf-8\"><p>\xE9t\xE9</p>";
    S_read("u8.html", u8, sizeof u8 - 1, &t);
    S_decoded(&t, CHARSET_UTF8, "", 2);
    inputs_text_free(&t);
    static const char odd[] = "<meta charset=\"x-no-such-set\"><p>ok</p>";
    S_read("odd.html", odd, sizeof odd - 1, &t);
    S_decoded(&t, CHARSET_UTF8, "X-NO-SUCH-SET", 0);
    inputs_text_free(&t);
    /* a <meta charset> inside a text file is just text */
    static const char txt[] = "Notes on the page: <meta charset=\"iso-8859-2\"> \x93quoted\x94\n";
    S_read("meta.txt", txt, sizeof txt - 1, &t);
    assert_int_equal(t.charset_how, CHARSET_GUESSED);
    assert_string_equal(t.format, "text");
    inputs_text_free(&t);
    /* but a page saved under a text name is a page, its charset honoured */
    S_read("page.txt", l1, sizeof l1 - 1, &t);
    assert_int_equal(t.charset_how, CHARSET_DECLARED);
    assert_string_equal(t.format, "html");
    inputs_text_free(&t);
}

/* The format: by the name, and a text file that opens with HTML markup
 * (after a BOM, white space, an XML declaration, comments) is a page. */
static void test_read_format(void **state)
{
    (void)state;
    input_text t;
    static const struct { const char *name, *data, *format; } cases[] = {
        { "a.md", "# Title\n\nText.\n", "markdown" },
        { "b.html", "<p>A fragment.</p>\n", "html" },
        { "c.txt", "<!DOCTYPE html>\n<html><p>x</p></html>\n", "html" },
        { "d.txt", "\xEF\xBB\xBF  \n<HTML lang=\"en\"><p>x</p></HTML>\n", "html" },
        { "e.txt", "<?xml version=\"1.0\"?>\n<!-- saved 2020 -->\n<html>\n<p>x</p></html>\n", "html" },
        { "f.txt", "<p>A fragment is no page.</p>\n", "text" },
        { "g.txt", "The <html> tag opens a page.\n", "text" },
        { "h.txt", "<htmlx>\n", "text" },
        { "i.txt", "<!-- never closed <html>\n", "text" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        S_read(cases[i].name, cases[i].data, strlen(cases[i].data), &t);
        assert_string_equal(t.format, cases[i].format);
        inputs_text_free(&t);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_collect_sorted_recursive),
        cmocka_unit_test(test_collect_missing_path),
        cmocka_unit_test(test_read_cleans_text),
        cmocka_unit_test(test_read_refuses_unusable),
        cmocka_unit_test(test_sha256_of_known_text),
        cmocka_unit_test(test_read_utf16_with_bom),
        cmocka_unit_test(test_read_legacy_text_as_windows_1252),
        cmocka_unit_test(test_read_page_charset),
        cmocka_unit_test(test_read_format),
    };
    cmocka_set_message_output(CM_OUTPUT_TAP);
    return cmocka_run_group_tests(tests, S_setup, S_teardown);
}
