/* test_atomic_file.c — staged files appear only at commit, whole. */
#include "unit.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "atomic_file.h"

static char S_dir[64];

static int S_setup(void **state)
{
    (void)state;
    snprintf(S_dir, sizeof S_dir, "/tmp/cb-atomic-XXXXXX");
    return mkdtemp(S_dir) ? 0 : -1;
}

static int S_teardown(void **state)
{
    (void)state;
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", S_dir);
    return system(cmd);
}

static char *S_slurp(const char *name)
{
    char path[256];
    snprintf(path, sizeof path, "%s/%s", S_dir, name);
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    static char buf[4096];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    buf[n] = '\0';
    fclose(f);
    return buf;
}

static int S_entries(void)
{
    DIR *d = opendir(S_dir);
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)))
        n += e->d_name[0] != '.' || (e->d_name[1] && e->d_name[1] != '.');
    closedir(d);
    return n;
}

static void test_commit_makes_files_appear(void **state)
{
    (void)state;
    char err[256];
    atomic_set *set = atomic_set_new(S_dir);
    assert_int_equal(atomic_set_write(set, "a.md", "hello", 5, "markdown", err, sizeof err), 0);
    assert_int_equal(atomic_set_write(set, "b.json", "{}", 2, "json", err, sizeof err), 0);
    assert_null(S_slurp("a.md"));
    assert_int_equal(atomic_set_commit(set, err, sizeof err), 0);
    assert_string_equal(S_slurp("a.md"), "hello");
    assert_string_equal(S_slurp("b.json"), "{}");
    atomic_set_free(set);
    assert_int_equal(S_entries(), 2);
}

static void test_pieces_are_written_in_order(void **state)
{
    (void)state;
    char err[256];
    atomic_set *set = atomic_set_new(S_dir);
    atomic_piece piece[] = { { "{\"a\": 1}", 8 }, { "", 0 }, { "\n", 1 } };
    assert_int_equal(atomic_set_writev(set, "b.json", piece, 3, "json", err, sizeof err), 0);
    assert_int_equal(atomic_set_commit(set, err, sizeof err), 0);
    assert_string_equal(S_slurp("b.json"), "{\"a\": 1}\n");
    atomic_set_free(set);
}

static void test_free_without_commit_leaves_old_file(void **state)
{
    (void)state;
    char err[256], path[256];
    snprintf(path, sizeof path, "%s/briefing.md", S_dir);
    assert_int_equal(atomic_file_write(path, "old", 3, err, sizeof err), 0);
    atomic_set *set = atomic_set_new(S_dir);
    assert_int_equal(atomic_set_write(set, "briefing.md", "new", 3, NULL, err, sizeof err), 0);
    atomic_set_free(set);
    assert_string_equal(S_slurp("briefing.md"), "old");
    assert_int_equal(S_entries(), 1); /* no temporary left behind */
}

static void test_discard_drops_one_owner(void **state)
{
    (void)state;
    char err[256];
    atomic_set *set = atomic_set_new(S_dir);
    atomic_set_write(set, "x.pdf", "pdf", 3, "pdf", err, sizeof err);
    atomic_set_write(set, "x.md", "md", 2, "markdown", err, sizeof err);
    atomic_set_discard(set, "pdf");
    assert_int_equal(atomic_set_count(set), 1);
    assert_int_equal(atomic_set_commit(set, err, sizeof err), 0);
    atomic_set_free(set);
    assert_null(S_slurp("x.pdf"));
    assert_string_equal(S_slurp("x.md"), "md");
}

static void test_rewrite_replaces_staged_content(void **state)
{
    (void)state;
    char err[256];
    atomic_set *set = atomic_set_new(S_dir);
    atomic_set_write(set, "r.txt", "one", 3, NULL, err, sizeof err);
    atomic_set_write(set, "r.txt", "two", 3, NULL, err, sizeof err);
    assert_int_equal(atomic_set_count(set), 1);
    atomic_set_commit(set, err, sizeof err);
    atomic_set_free(set);
    assert_string_equal(S_slurp("r.txt"), "two");
    assert_int_equal(S_entries(), 1);
}

static void test_bad_names_refused(void **state)
{
    (void)state;
    char err[256];
    atomic_set *set = atomic_set_new(S_dir);
    assert_int_equal(atomic_set_write(set, "../x", "a", 1, NULL, err, sizeof err), -1);
    assert_non_null(strstr(err, "not a plain file name"));
    assert_int_equal(atomic_set_write(set, ".hidden", "a", 1, NULL, err, sizeof err), -1);
    assert_int_equal(atomic_set_write(set, "", "a", 1, NULL, err, sizeof err), -1);
    atomic_set_free(set);
}

static void test_unwritable_dir_reports(void **state)
{
    (void)state;
    char err[256];
    atomic_set *set = atomic_set_new("/nonexistent/dir");
    assert_int_equal(atomic_set_write(set, "a.md", "a", 1, NULL, err, sizeof err), -1);
    assert_non_null(strstr(err, "/nonexistent/dir"));
    assert_non_null(strstr(err, "No such file"));
    atomic_set_free(set);
    assert_int_equal(atomic_file_write("/proc/version/x", "a", 1, err, sizeof err), -1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_commit_makes_files_appear, S_setup, S_teardown),
        cmocka_unit_test_setup_teardown(test_pieces_are_written_in_order, S_setup, S_teardown),
        cmocka_unit_test_setup_teardown(test_free_without_commit_leaves_old_file, S_setup, S_teardown),
        cmocka_unit_test_setup_teardown(test_discard_drops_one_owner, S_setup, S_teardown),
        cmocka_unit_test_setup_teardown(test_rewrite_replaces_staged_content, S_setup, S_teardown),
        cmocka_unit_test_setup_teardown(test_bad_names_refused, S_setup, S_teardown),
        cmocka_unit_test_setup_teardown(test_unwritable_dir_reports, S_setup, S_teardown),
    };
    cmocka_set_message_output(CM_OUTPUT_TAP);
    return cmocka_run_group_tests(tests, NULL, NULL);
}
