/* test_atomic_file.c — staged files appear only at commit, whole: written
 * at once, made later (on another thread), or streamed. */
#include "unit.h"

#include <dirent.h>
#include <pthread.h>
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

/* ---- files made later, and streamed ----------------------------------- */

typedef struct {
    const char *text;    /* what make gives, or NULL: make fails */
    int made, released;
    pthread_t by;        /* the thread that made it */
} maker_ud;

static int S_make(void *ud, unsigned char **data, size_t *len, char *err, size_t errlen)
{
    maker_ud *m = ud;
    m->made++;
    m->by = pthread_self();
    if (!m->text) {
        snprintf(err, errlen, "no fonts");
        return -1;
    }
    *len = strlen(m->text);
    *data = (unsigned char *)strdup(m->text);
    return 0;
}

static void S_release(void *ud) { ((maker_ud *)ud)->released++; }

static int S_nfail;
static char S_failed[256];

static void S_fail(void *ud, const char *name, const char *owner, int how, const char *reason)
{
    (void)ud;
    S_nfail++;
    snprintf(S_failed, sizeof S_failed, "%s %s %d %s", name, owner ? owner : "-", how, reason);
}

static void *S_make_batch(void *b)
{
    atomic_batch_make(b);
    return NULL;
}

static void test_later_made_on_another_thread(void **state)
{
    (void)state;
    char err[256];
    maker_ud m = { "%PDF made later", 0, 0, 0 };
    atomic_maker mk = { S_make, S_release, &m };
    atomic_set *set = atomic_set_new(S_dir);
    assert_int_equal(atomic_set_write_later(set, "b.pdf", &mk, "pdf", err, sizeof err), 0);
    assert_string_equal(atomic_set_owner(set, "b.pdf"), "pdf");
    /* another owner cannot take the name while it is being made */
    assert_int_equal(atomic_set_write(set, "b.pdf", "x", 1, "json", err, sizeof err), -1);
    atomic_batch *b = atomic_set_take_unmade(set);
    assert_non_null(b);
    assert_null(atomic_set_take_unmade(set));          /* taken once */
    pthread_t t;
    assert_int_equal(pthread_create(&t, NULL, S_make_batch, b), 0);
    /* meanwhile the set takes other files on this thread */
    assert_int_equal(atomic_set_write(set, "b.json", "{}", 2, "json", err, sizeof err), 0);
    pthread_join(t, NULL);
    atomic_batch_free(b);
    assert_int_equal(m.made, 1);
    assert_true(pthread_equal(m.by, t));
    S_nfail = 0;
    assert_int_equal(atomic_set_wait(set, S_fail, NULL), 0);
    assert_int_equal(S_nfail, 0);
    assert_int_equal(m.released, 1);
    assert_null(S_slurp("b.pdf"));                     /* not before commit */
    assert_int_equal(atomic_set_commit(set, err, sizeof err), 0);
    atomic_set_free(set);
    assert_string_equal(S_slurp("b.pdf"), "%PDF made later");
    assert_int_equal(m.made, 1);
}

static void test_later_failure_drops_its_owner(void **state)
{
    (void)state;
    char err[256];
    maker_ud m = { NULL, 0, 0, 0 };
    atomic_maker mk = { S_make, S_release, &m };
    atomic_set *set = atomic_set_new(S_dir);
    atomic_set_write(set, "note.txt", "n", 1, "pdf", err, sizeof err);
    atomic_set_write(set, "c.md", "md", 2, "markdown", err, sizeof err);
    assert_int_equal(atomic_set_write_later(set, "c.pdf", &mk, "pdf", err, sizeof err), 0);
    S_nfail = 0;
    /* not taken by a batch: made by the wait itself */
    assert_int_equal(atomic_set_wait(set, S_fail, NULL), 1);
    assert_int_equal(S_nfail, 1);
    assert_string_equal(S_failed, "c.pdf pdf 1 no fonts");
    assert_int_equal(m.released, 1);
    assert_int_equal(atomic_set_count(set), 1);
    assert_int_equal(atomic_set_commit(set, err, sizeof err), 0);
    atomic_set_free(set);
    assert_null(S_slurp("c.pdf"));
    assert_null(S_slurp("note.txt"));
    assert_string_equal(S_slurp("c.md"), "md");
    assert_int_equal(S_entries(), 1);                  /* no temporaries */
}

static void test_later_dropped_unmade(void **state)
{
    (void)state;
    char err[256];
    maker_ud m = { "never", 0, 0, 0 }, m2 = { "never", 0, 0, 0 };
    atomic_maker mk = { S_make, S_release, &m }, mk2 = { S_make, S_release, &m2 };
    atomic_set *set = atomic_set_new(S_dir);
    atomic_set_write_later(set, "d.pdf", &mk, "pdf", err, sizeof err);
    atomic_set_discard(set, "pdf");                    /* its plugin failed after */
    assert_int_equal(m.made, 0);
    assert_int_equal(m.released, 1);
    atomic_set_write_later(set, "e.pdf", &mk2, "pdf", err, sizeof err);
    atomic_set_free(set);                              /* never committed */
    assert_int_equal(m2.made, 0);
    assert_int_equal(m2.released, 1);
    assert_int_equal(S_entries(), 0);
}

static void test_stream_staged_or_abandoned(void **state)
{
    (void)state;
    char err[256];
    atomic_set *set = atomic_set_new(S_dir);
    atomic_stream *st = atomic_stream_open(set, "s.json", "json", err, sizeof err);
    assert_non_null(st);
    assert_int_equal(atomic_write_all(atomic_stream_fd(st), "{\"a\":", 5), 0);
    assert_int_equal(atomic_write_all(atomic_stream_fd(st), "1}", 2), 0);
    assert_int_equal(S_entries(), 1);                  /* only the hidden temporary */
    assert_null(S_slurp("s.json"));
    assert_int_equal(atomic_stream_stage(set, st, "json", 0, err, sizeof err), 0);
    atomic_stream *gone = atomic_stream_open(set, "t.json", "json", err, sizeof err);
    assert_int_equal(atomic_write_all(atomic_stream_fd(gone), "{\"half", 6), 0);
    atomic_stream_abandon(gone);
    assert_null(atomic_stream_open(set, "s.json", "other", err, sizeof err));
    assert_non_null(strstr(err, "already written by plugin json"));
    assert_int_equal(atomic_set_commit(set, err, sizeof err), 0);
    atomic_set_free(set);
    assert_string_equal(S_slurp("s.json"), "{\"a\":1}");
    assert_int_equal(S_entries(), 1);
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
        cmocka_unit_test_setup_teardown(test_later_made_on_another_thread, S_setup, S_teardown),
        cmocka_unit_test_setup_teardown(test_later_failure_drops_its_owner, S_setup, S_teardown),
        cmocka_unit_test_setup_teardown(test_later_dropped_unmade, S_setup, S_teardown),
        cmocka_unit_test_setup_teardown(test_stream_staged_or_abandoned, S_setup, S_teardown),
    };
    cmocka_set_message_output(CM_OUTPUT_TAP);
    return cmocka_run_group_tests(tests, NULL, NULL);
}
