/* test_inputs.c — walking directories in order and reading clean text. */
#include "unit.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_collect_sorted_recursive),
        cmocka_unit_test(test_collect_missing_path),
        cmocka_unit_test(test_read_cleans_text),
        cmocka_unit_test(test_read_refuses_unusable),
        cmocka_unit_test(test_sha256_of_known_text),
    };
    cmocka_set_message_output(CM_OUTPUT_TAP);
    return cmocka_run_group_tests(tests, S_setup, S_teardown);
}
