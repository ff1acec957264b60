/*
 * test_archive.c — the archive keeps extractions and briefings, refuses
 * files that are not archives, reports a lock held by another run, and
 * keeps nothing of a transaction whose process died before committing.
 *
 * No Lua here, so cmocka is included directly rather than through unit.h.
 * Children are forked before the parent opens the archive (an open SQLite
 * connection must not cross fork()); they report through their exit
 * status and pipes, never through cmocka.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <sqlite3.h>

#include "archive.h"

static char S_dir[64];
static char S_path[128];

#define SHA_A "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
#define SHA_B "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"
#define SIG_1 "source/clean@1.0:1f2e;extract/calls@2.1:9a8b"
#define SIG_2 "source/clean@1.0:1f2e;extract/calls@2.2:7c6d"

static int S_setup(void **state)
{
    (void)state;
    snprintf(S_dir, sizeof S_dir, "/tmp/cb-archive-XXXXXX");
    if (!mkdtemp(S_dir))
        return -1;
    snprintf(S_path, sizeof S_path, "%s/archive.db", S_dir);
    archive_set_busy_timeout(-1);
    return 0;
}

static int S_teardown(void **state)
{
    (void)state;
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", S_dir);
    return system(cmd);
}

static archive *S_open(void)
{
    char err[512] = "";
    archive *a = archive_open(S_path, err, sizeof err);
    if (!a)
        fail_msg("archive_open: %s", err);
    return a;
}

/* A 64-digit hex "hash" made from n. */
static void S_sha(char out[65], long n)
{
    snprintf(out, 65, "%064lx", n);
}

static long long S_count(archive *a, const char *sql)
{
    sqlite3_stmt *st;
    assert_int_equal(sqlite3_prepare_v2(archive_db(a), sql, -1, &st, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    long long n = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return n;
}

static void S_assert_integrity(archive *a)
{
    sqlite3_stmt *st;
    assert_int_equal(sqlite3_prepare_v2(archive_db(a), "PRAGMA integrity_check", -1, &st, NULL),
                     SQLITE_OK);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    assert_string_equal((const char *)sqlite3_column_text(st, 0), "ok");
    sqlite3_finalize(st);
    assert_int_equal(S_count(a, "SELECT count(*) FROM pragma_foreign_key_check"), 0);
}

static double S_now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

static long S_file_size(const char *path)
{
    struct stat sb;
    return stat(path, &sb) == 0 ? (long)sb.st_size : -1;
}

/* ---- the caches ----------------------------------------------------------- */

static void test_extraction_round_trip(void **state)
{
    (void)state;
    char err[512];
    const char json[] = "{\"document\":{\"id\":\"docs/a.txt\"},\"calls\":[],\"claims\":[]}";
    archive *a = S_open();
    assert_int_equal(archive_put_extraction(a, SHA_A, SIG_1, "docs/a.txt", json,
                                            strlen(json), err, sizeof err), 0);
    archive_close(a);

    a = S_open(); /* it was written to the file, not kept in memory */
    char *got = NULL;
    size_t len = 0;
    assert_int_equal(archive_get_extraction(a, SHA_A, SIG_1, &got, &len, err, sizeof err), 1);
    assert_int_equal(len, strlen(json));
    assert_string_equal(got, json);
    free(got);

    /* Storing again replaces the JSON and the id, keeps first_seen. */
    assert_int_equal(S_count(a, "SELECT first_seen GLOB '20[0-9][0-9]-*T*Z' FROM documents"), 1);
    assert_int_equal(sqlite3_exec(archive_db(a), "UPDATE documents SET first_seen = 'then'",
                                  NULL, NULL, NULL), SQLITE_OK);
    assert_int_equal(archive_put_extraction(a, SHA_A, SIG_1, "docs/copy.txt", "[1]", 3,
                                            err, sizeof err), 0);
    assert_int_equal(archive_get_extraction(a, SHA_A, SIG_1, &got, &len, err, sizeof err), 1);
    assert_string_equal(got, "[1]");
    assert_int_equal(len, 3);
    free(got);
    assert_int_equal(S_count(a, "SELECT doc_id = 'docs/copy.txt' AND first_seen = 'then'"
                                " FROM documents"), 1);

    long long docs = -1, briefings = -1;
    assert_int_equal(archive_stats(a, &docs, &briefings, err, sizeof err), 0);
    assert_int_equal(docs, 1);
    assert_int_equal(briefings, 0);
    archive_close(a);
}

static void test_extraction_miss(void **state)
{
    (void)state;
    char err[512];
    archive *a = S_open();
    assert_int_equal(archive_put_extraction(a, SHA_A, SIG_1, "a", "{}", 2, err, sizeof err), 0);
    char *got = (char *)"unset";
    size_t len = 99;
    /* Another plugin signature: the plugins changed, extract again. */
    assert_int_equal(archive_get_extraction(a, SHA_A, SIG_2, &got, &len, err, sizeof err), 0);
    assert_null(got);
    assert_int_equal(len, 0);
    /* Another content hash: the document changed. */
    assert_int_equal(archive_get_extraction(a, SHA_B, SIG_1, &got, &len, err, sizeof err), 0);
    assert_null(got);
    /* Both signatures side by side. */
    assert_int_equal(archive_put_extraction(a, SHA_A, SIG_2, "a", "{\"v\":2}", 7, err, sizeof err), 0);
    assert_int_equal(archive_get_extraction(a, SHA_A, SIG_1, &got, &len, err, sizeof err), 1);
    assert_string_equal(got, "{}");
    free(got);
    assert_int_equal(archive_get_extraction(a, SHA_A, SIG_2, &got, &len, err, sizeof err), 1);
    assert_string_equal(got, "{\"v\":2}");
    free(got);
    archive_close(a);
}

static void test_put_extraction_refuses_bad_input(void **state)
{
    (void)state;
    char err[512];
    archive *a = S_open();
    assert_int_equal(archive_put_extraction(a, "ABC", SIG_1, "x.txt", "{}", 2, err, sizeof err), -1);
    assert_non_null(strstr(err, "x.txt: not a SHA-256 hex digest"));
    assert_non_null(strstr(err, S_path));
    assert_int_equal(archive_put_extraction(a, SHA_A "a", SIG_1, "x.txt", "{}", 2, err, sizeof err), -1);
    assert_int_equal(archive_put_extraction(a, SHA_A, "", "x.txt", "{}", 2, err, sizeof err), -1);
    assert_int_equal(archive_put_extraction(a, SHA_A, SIG_1, "x.txt", "", 0, err, sizeof err), -1);
    long long docs = -1;
    assert_int_equal(archive_stats(a, &docs, NULL, err, sizeof err), 0);
    assert_int_equal(docs, 0);
    archive_close(a);
}

static void test_file_hash_cache(void **state)
{
    (void)state;
    char err[512], sha[65] = "";
    archive *a = S_open();
    struct stat sb;
    memset(&sb, 0, sizeof sb);
    sb.st_size = 1234;
    sb.st_ino = 42;
    sb.st_mtim.tv_sec = 1600000000;
    sb.st_mtim.tv_nsec = 123456789;
    sb.st_ctim = sb.st_mtim;
    assert_int_equal(archive_get_file(a, "/archive/a.txt", &sb, sha, err, sizeof err), 0);
    assert_int_equal(archive_put_file(a, "/archive/a.txt", &sb, SHA_A, err, sizeof err), 0);
    assert_int_equal(archive_get_file(a, "/archive/a.txt", &sb, sha, err, sizeof err), 1);
    assert_string_equal(sha, SHA_A);

    /* Any change of size, inode, mtime or ctime is a miss. */
    struct stat changed = sb;
    changed.st_size++;
    assert_int_equal(archive_get_file(a, "/archive/a.txt", &changed, sha, err, sizeof err), 0);
    changed = sb;
    changed.st_mtim.tv_nsec++;
    assert_int_equal(archive_get_file(a, "/archive/a.txt", &changed, sha, err, sizeof err), 0);
    changed = sb;
    changed.st_ctim.tv_sec++;
    assert_int_equal(archive_get_file(a, "/archive/a.txt", &changed, sha, err, sizeof err), 0);
    changed = sb;
    changed.st_ino++;
    assert_int_equal(archive_get_file(a, "/archive/a.txt", &changed, sha, err, sizeof err), 0);
    assert_int_equal(archive_get_file(a, "/archive/b.txt", &sb, sha, err, sizeof err), 0);

    /* A file touched just now is not recorded (and that is no error). */
    struct stat fresh = sb;
    clock_gettime(CLOCK_REALTIME, &fresh.st_mtim);
    fresh.st_ctim = fresh.st_mtim;
    assert_int_equal(archive_put_file(a, "/archive/new.txt", &fresh, SHA_B, err, sizeof err), 0);
    assert_int_equal(archive_get_file(a, "/archive/new.txt", &fresh, sha, err, sizeof err), 0);

    assert_int_equal(archive_put_file(a, "/archive/a.txt", &sb, "xyz", err, sizeof err), -1);
    assert_non_null(strstr(err, "not a SHA-256 hex digest"));
    archive_close(a);
}

/* ---- briefings ------------------------------------------------------------ */

static void S_add(archive *a, const char *generated, const char *output, const char *calls,
                  long long *id)
{
    char err[512];
    if (archive_add_briefing(a, generated, "2020-09-27", generated, output, calls, id,
                             err, sizeof err) != 0)
        fail_msg("archive_add_briefing: %s", err);
}

static void S_assert_previous(archive *a, const char *output, const char *before,
                              const char *want)
{
    char err[512], *got = NULL;
    size_t len = 0;
    int rc = archive_previous_calls(a, output, before, &got, &len, err, sizeof err);
    if (!want) {
        assert_int_equal(rc, 0);
        assert_null(got);
        return;
    }
    assert_int_equal(rc, 1);
    assert_string_equal(got, want);
    assert_int_equal(len, strlen(want));
    free(got);
}

static void test_previous_calls_for_output(void **state)
{
    (void)state;
    archive *a = S_open();
    const char *week1 = "[{\"id\":\"call-1\",\"participants\":[\"Aliyev\",\"Erdogan\"],"
                        "\"date\":\"2020-10-01\",\"status\":\"held\"}]";
    const char *other = "[]";
    const char *week2 = "[{\"id\":\"call-1\",\"key\":\"k-1\"},"
                        "{\"id\":\"call-2\",\"participants\":[\"Macron\",\"Putin\"]}]";
    const char *rerun = "[{\"id\":\"call-1\",\"key\":\"k-1\",\"status\":\"held\"}]";

    S_assert_previous(a, "/srv/out", NULL, NULL); /* the first briefing has none */
    long long id1 = 0, id2 = 0, id3 = 0, id4 = 0;
    S_add(a, "2020-10-05", "/srv/out", week1, &id1);
    S_add(a, "2020-10-06", "/srv/other", other, &id2);
    S_assert_previous(a, "/srv/out", "2020-10-12", week1);
    S_add(a, "2020-10-12", "/srv/out", week2, &id3);
    assert_true(id1 < id2 && id2 < id3);

    S_assert_previous(a, "/srv/out", NULL, week2);            /* the last one */
    S_assert_previous(a, "/srv/out", "2020-10-19", week2);    /* next week's run */
    S_assert_previous(a, "/srv/out", "2020-10-12", week1);    /* a re-run of this week's */
    S_assert_previous(a, "/srv/out", "2020-10-05", NULL);
    S_assert_previous(a, "/srv/other", NULL, other);
    S_assert_previous(a, "/srv/nowhere", NULL, NULL);

    /* A same-day re-run is recorded too: the latest wins among equals. */
    S_add(a, "2020-10-12", "/srv/out", rerun, &id4);
    S_assert_previous(a, "/srv/out", NULL, rerun);
    S_assert_previous(a, "/srv/out", "2020-10-19", rerun);
    S_assert_previous(a, "/srv/out", "2020-10-12", week1);

    /* A briefing backfilled later for an earlier date does not become the
     * previous one of the weeks after it. */
    S_add(a, "2020-09-28", "/srv/out", other, NULL);
    S_assert_previous(a, "/srv/out", NULL, rerun);
    S_assert_previous(a, "/srv/out", "2020-10-05", other);

    /* Each call is a row, keyed by "key" or by participants and date. */
    assert_int_equal(S_count(a, "SELECT count(*) FROM calls"), 4);
    assert_int_equal(S_count(a, "SELECT count(*) FROM calls WHERE call_key = 'k-1'"), 2);
    assert_int_equal(S_count(a, "SELECT count(*) FROM calls WHERE call_key ="
                                " '[[\"Aliyev\",\"Erdogan\"],\"2020-10-01\"]'"), 1);
    assert_int_equal(S_count(a, "SELECT count(*) FROM calls WHERE call_key ="
                                " '[[\"Macron\",\"Putin\"],null]'"), 1);
    assert_int_equal(S_count(a, "SELECT count(*) FROM calls JOIN briefings ON id = briefing_id"
                                " WHERE output = '/srv/out' AND generated = '2020-10-05'"
                                " AND json_extract(json, '$.status') = 'held'"), 1);
    /* Deleting a briefing takes its calls with it (foreign keys are on). */
    assert_int_equal(sqlite3_exec(archive_db(a), "DELETE FROM briefings WHERE id = 1", NULL,
                                  NULL, NULL), SQLITE_OK);
    assert_int_equal(S_count(a, "SELECT count(*) FROM calls"), 3);

    long long briefings = -1;
    char err[512];
    assert_int_equal(archive_stats(a, NULL, &briefings, err, sizeof err), 0);
    assert_int_equal(briefings, 4);
    archive_close(a);
}

static void test_add_briefing_refuses_non_array(void **state)
{
    (void)state;
    char err[512];
    archive *a = S_open();
    long long id = -7;
    assert_int_equal(archive_add_briefing(a, "2020-10-05", NULL, NULL, "/o", "{\"a\":1}", &id,
                                          err, sizeof err), -1);
    assert_non_null(strstr(err, "not a JSON array (object)"));
    assert_int_equal(archive_add_briefing(a, "2020-10-05", NULL, NULL, "/o", "[{", &id,
                                          err, sizeof err), -1);
    assert_non_null(strstr(err, "malformed JSON"));
    assert_int_equal(id, -7);
    long long briefings = -1;
    assert_int_equal(archive_stats(a, NULL, &briefings, err, sizeof err), 0);
    assert_int_equal(briefings, 0);
    /* Scalars in the array are kept as they are, with no key. */
    assert_int_equal(archive_add_briefing(a, "2020-10-05", NULL, NULL, "/o", "[\"x\",3,null]",
                                          &id, err, sizeof err), 0);
    assert_int_equal(S_count(a, "SELECT count(*) FROM calls WHERE call_key IS NULL"), 3);
    assert_int_equal(S_count(a, "SELECT count(*) FROM calls WHERE json IN ('\"x\"', '3', 'null')"), 3);
    archive_close(a);
}

static void test_add_briefing_is_atomic(void **state)
{
    (void)state;
    char err[512];
    archive *a = S_open();
    /* Make the second half (the calls rows) fail after the first. */
    assert_int_equal(sqlite3_exec(archive_db(a),
                                  "CREATE TEMP TRIGGER no_calls BEFORE INSERT ON calls"
                                  " WHEN NEW.seq = 1 BEGIN SELECT RAISE(ABORT, 'calls refused'); END",
                                  NULL, NULL, NULL), SQLITE_OK);
    assert_int_equal(archive_add_briefing(a, "2020-10-05", NULL, NULL, "/o", "[{}, {}]", NULL,
                                          err, sizeof err), -1);
    assert_non_null(strstr(err, "calls refused"));
    long long briefings = -1;
    assert_int_equal(archive_stats(a, NULL, &briefings, err, sizeof err), 0);
    assert_int_equal(briefings, 0);
    assert_int_equal(S_count(a, "SELECT count(*) FROM calls"), 0);

    /* Inside the caller's transaction it undoes only itself. */
    assert_int_equal(archive_begin(a, err, sizeof err), 0);
    assert_int_equal(archive_put_extraction(a, SHA_A, SIG_1, "a", "{}", 2, err, sizeof err), 0);
    assert_int_equal(archive_add_briefing(a, "2020-10-05", NULL, NULL, "/o", "[{}]", NULL,
                                          err, sizeof err), 0);
    assert_int_equal(archive_add_briefing(a, "2020-10-06", NULL, NULL, "/o", "[{}, {}]", NULL,
                                          err, sizeof err), -1);
    assert_int_equal(archive_commit(a, err, sizeof err), 0);
    long long docs = -1;
    assert_int_equal(archive_stats(a, &docs, &briefings, err, sizeof err), 0);
    assert_int_equal(docs, 1);
    assert_int_equal(briefings, 1);
    assert_int_equal(S_count(a, "SELECT count(*) FROM calls"), 1);
    archive_close(a);
}

/* ---- transactions --------------------------------------------------------- */

static void test_transaction_commit_and_rollback(void **state)
{
    (void)state;
    char err[512], *got = NULL;
    size_t len;
    archive *a = S_open();
    assert_int_equal(archive_begin(a, err, sizeof err), 0);
    assert_int_equal(archive_begin(a, err, sizeof err), -1);
    assert_non_null(strstr(err, "a transaction is already open"));
    assert_int_equal(archive_put_extraction(a, SHA_A, SIG_1, "a", "{}", 2, err, sizeof err), 0);
    assert_int_equal(archive_add_briefing(a, "2020-10-05", NULL, NULL, "/o", "[{}]", NULL,
                                          err, sizeof err), 0);
    archive_rollback(a);
    assert_int_equal(archive_get_extraction(a, SHA_A, SIG_1, &got, &len, err, sizeof err), 0);
    assert_int_equal(archive_previous_calls(a, "/o", NULL, &got, &len, err, sizeof err), 0);
    assert_int_equal(S_count(a, "SELECT count(*) FROM calls"), 0);

    assert_int_equal(archive_commit(a, err, sizeof err), -1);
    assert_non_null(strstr(err, "no transaction to commit"));

    assert_int_equal(archive_begin(a, err, sizeof err), 0);
    assert_int_equal(archive_put_extraction(a, SHA_A, SIG_1, "a", "{}", 2, err, sizeof err), 0);
    assert_int_equal(archive_add_briefing(a, "2020-10-05", NULL, NULL, "/o", "[{}]", NULL,
                                          err, sizeof err), 0);
    assert_int_equal(archive_commit(a, err, sizeof err), 0);
    archive_close(a);

    a = S_open();
    assert_int_equal(archive_get_extraction(a, SHA_A, SIG_1, &got, &len, err, sizeof err), 1);
    free(got);
    assert_int_equal(archive_previous_calls(a, "/o", NULL, &got, &len, err, sizeof err), 1);
    assert_string_equal(got, "[{}]");
    free(got);

    /* Closing with a transaction open rolls it back. */
    assert_int_equal(archive_begin(a, err, sizeof err), 0);
    assert_int_equal(archive_put_extraction(a, SHA_B, SIG_1, "b", "{}", 2, err, sizeof err), 0);
    archive_close(a);
    a = S_open();
    assert_int_equal(archive_get_extraction(a, SHA_B, SIG_1, &got, &len, err, sizeof err), 0);
    archive_close(a);
}

static void test_pragmas(void **state)
{
    (void)state;
    archive *a = S_open();
    sqlite3_stmt *st;
    assert_int_equal(sqlite3_prepare_v2(archive_db(a), "PRAGMA journal_mode", -1, &st, NULL),
                     SQLITE_OK);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    assert_string_equal((const char *)sqlite3_column_text(st, 0), "wal");
    sqlite3_finalize(st);
    assert_int_equal(S_count(a, "PRAGMA synchronous"), 1); /* NORMAL */
    assert_int_equal(S_count(a, "PRAGMA foreign_keys"), 1);
    assert_int_equal(S_count(a, "PRAGMA busy_timeout"), ARCHIVE_BUSY_TIMEOUT_MS);
    assert_int_equal(S_count(a, "PRAGMA user_version"), ARCHIVE_SCHEMA_VERSION);
    assert_int_equal(S_count(a, "PRAGMA application_id"), 0x43425246);
    archive_close(a);
    archive_set_busy_timeout(250);
    a = S_open();
    assert_int_equal(S_count(a, "PRAGMA busy_timeout"), 250);
    archive_close(a);
}

/* ---- files that are not archives ------------------------------------------ */

static void S_assert_open_fails(const char *path, const char *needle1, const char *needle2)
{
    char err[512] = "";
    archive *a = archive_open(path, err, sizeof err);
    if (a) {
        archive_close(a);
        fail_msg("%s opened", path);
    }
    char want[256];
    snprintf(want, sizeof want, "%s: %s", path, needle1);
    if (strncmp(err, want, strlen(want)) != 0)
        fail_msg("error '%s' does not start with '%s'", err, want);
    if (needle2 && !strstr(err, needle2))
        fail_msg("error '%s' lacks '%s'", err, needle2);
}

static void S_write_file(const char *path, const void *data, size_t len)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(data, 1, len, f), len);
    assert_int_equal(fclose(f), 0);
}

static void test_truncated_archive_refused(void **state)
{
    (void)state;
    char err[512], sha[65], json[600];
    archive *a = S_open();
    memset(json, ' ', sizeof json - 1);
    json[0] = '[';
    json[sizeof json - 2] = ']';
    json[sizeof json - 1] = '\0';
    for (long i = 0; i < 50; i++) {
        S_sha(sha, i);
        assert_int_equal(archive_put_extraction(a, sha, SIG_1, "d", json, strlen(json),
                                                err, sizeof err), 0);
    }
    S_add(a, "2020-10-05", "/o", "[]", NULL);
    archive_close(a);
    assert_true(S_file_size(S_path) > 4096);

    char head[100], trunc[160];
    FILE *f = fopen(S_path, "rb");
    assert_non_null(f);
    assert_int_equal(fread(head, 1, sizeof head, f), sizeof head);
    fclose(f);
    snprintf(trunc, sizeof trunc, "%s/truncated.db", S_dir);
    S_write_file(trunc, head, sizeof head);
    S_assert_open_fails(trunc, "not a callbrief archive (", "malformed");
    assert_int_equal(S_file_size(trunc), 100); /* left as it was */
}

static void test_text_file_refused(void **state)
{
    (void)state;
    char text[160];
    snprintf(text, sizeof text, "%s/notes.txt", S_dir);
    const char *s = "Erdogan and Aliyev spoke by telephone on Monday.\n"
                    "This is not a database, however long it is made to be.\n";
    S_write_file(text, s, strlen(s));
    S_assert_open_fails(text, "not a callbrief archive (", "file is not a database");
    assert_int_equal(S_file_size(text), (long)strlen(s));
}

static void test_other_database_refused(void **state)
{
    (void)state;
    sqlite3 *db;
    assert_int_equal(sqlite3_open(S_path, &db), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db, "CREATE TABLE contacts (name TEXT)", NULL, NULL, NULL),
                     SQLITE_OK);
    sqlite3_close(db);
    S_assert_open_fails(S_path, "not a callbrief archive (", "another program");
}

static void test_empty_file_becomes_archive(void **state)
{
    (void)state;
    S_write_file(S_path, "", 0);
    archive *a = S_open();
    assert_int_equal(S_count(a, "PRAGMA user_version"), ARCHIVE_SCHEMA_VERSION);
    archive_close(a);
}

static void test_missing_directory_reported(void **state)
{
    (void)state;
    char path[160];
    snprintf(path, sizeof path, "%s/no/such/dir/archive.db", S_dir);
    S_assert_open_fails(path, "cannot open the archive (", "No such file or directory");
}

static void test_newer_schema_refused(void **state)
{
    (void)state;
    archive_close(S_open());
    sqlite3 *db;
    assert_int_equal(sqlite3_open(S_path, &db), SQLITE_OK);
    char sql[64], want[128];
    snprintf(sql, sizeof sql, "PRAGMA user_version = %d", ARCHIVE_SCHEMA_VERSION + 1);
    assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
    snprintf(want, sizeof want, "archive schema version %d is newer than this callbrief"
             " understands (%d)", ARCHIVE_SCHEMA_VERSION + 1, ARCHIVE_SCHEMA_VERSION);
    S_assert_open_fails(S_path, want, "use a newer callbrief");

    /* Refusing changed nothing. */
    assert_int_equal(sqlite3_open(S_path, &db), SQLITE_OK);
    sqlite3_stmt *st;
    assert_int_equal(sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    assert_int_equal(sqlite3_column_int(st, 0), ARCHIVE_SCHEMA_VERSION + 1);
    sqlite3_finalize(st);
    sqlite3_close(db);
}

/* A version 1 archive (extractions as JSON text) opens as version 2: its
 * extractions are gone (they are read again), its files and briefings
 * stay, and extractions are blobs from then on. */
static void test_upgrade_from_json_extractions(void **state)
{
    (void)state;
    char err[512];
    archive *a = S_open();
    assert_int_equal(archive_upgraded_from(a), 0);     /* new, not upgraded */
    long long id;
    assert_int_equal(archive_add_briefing(a, "2020-10-12", NULL, NULL, "/out", "[]", &id, err,
                                          sizeof err), 0);
    archive_close(a);
    sqlite3 *db;
    assert_int_equal(sqlite3_open(S_path, &db), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db,
        "DROP TABLE reach;"
        "DROP TABLE documents;"
        "CREATE TABLE documents (sha256 TEXT NOT NULL, signature TEXT NOT NULL,"
        " doc_id TEXT NOT NULL, extraction TEXT NOT NULL, first_seen TEXT NOT NULL,"
        " PRIMARY KEY (sha256, signature));"
        "INSERT INTO documents VALUES ('" SHA_A "', '" SIG_1 "', 'a', '[{}]', '2020');"
        "PRAGMA user_version = 1;", NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);

    a = S_open();
    assert_int_equal(archive_upgraded_from(a), 1);
    char *got = NULL;
    size_t len;
    assert_int_equal(archive_get_extraction(a, SHA_A, SIG_1, &got, &len, err, sizeof err), 0);
    assert_int_equal(archive_put_extraction(a, SHA_A, SIG_1, "a", "\x91\x80", 2, err, sizeof err), 0);
    assert_int_equal(S_count(a, "PRAGMA user_version"), ARCHIVE_SCHEMA_VERSION);
    assert_int_equal(S_count(a, "SELECT count(*) FROM briefings"), 1);
    assert_int_equal(S_count(a, "SELECT count(*) FROM documents WHERE typeof(extraction) = 'blob'"), 1);
    archive_close(a);
    a = S_open();
    assert_int_equal(archive_upgraded_from(a), 0);     /* once only */
    archive_close(a);
}

/* A version 2 archive opens as version 3: its extractions stay, without
 * what they reach (a run decodes them and records it). */
static void test_upgrade_adds_reach(void **state)
{
    (void)state;
    char err[512];
    archive *a = S_open();
    assert_int_equal(archive_put_extraction(a, SHA_A, SIG_1, "a", "\x91\x80", 2, err, sizeof err), 0);
    archive_close(a);
    sqlite3 *db;
    assert_int_equal(sqlite3_open(S_path, &db), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db, "DROP TABLE reach; PRAGMA user_version = 2;", NULL, NULL,
                                  NULL), SQLITE_OK);
    sqlite3_close(db);

    a = S_open();
    assert_int_equal(archive_upgraded_from(a), 2);
    assert_int_equal(S_count(a, "PRAGMA user_version"), ARCHIVE_SCHEMA_VERSION);
    char *got = NULL;
    size_t len;
    assert_int_equal(archive_get_extraction(a, SHA_A, SIG_1, &got, &len, err, sizeof err), 1);
    free(got);
    archive_reach r;
    assert_int_equal(archive_get_reach(a, SHA_A, SIG_1, &r, err, sizeof err), 0);
    archive_close(a);
}

/* What an extraction reaches goes in and out as it was, and goes with the
 * extraction when old extractions are removed. */
static void test_reach_round_trip(void **state)
{
    (void)state;
    char err[512];
    archive *a = S_open();
    assert_int_equal(archive_put_extraction(a, SHA_A, SIG_1, "a", "\x91\x80", 2, err, sizeof err), 0);
    archive_reach in = { "2022-05-25", "2022-06-14", 1, "\t2022-06-07\n#2\t\n", "ilham aliev;+aliev",
                         "+aliev" };
    assert_int_equal(archive_put_reach(a, SHA_A, SIG_1, &in, err, sizeof err), 0);
    archive_reach out;
    assert_int_equal(archive_get_reach(a, SHA_A, SIG_1, &out, err, sizeof err), 1);
    assert_string_equal(out.from, in.from);
    assert_string_equal(out.to, in.to);
    assert_int_equal(out.wild, 1);
    assert_string_equal(out.docs, in.docs);
    assert_string_equal(out.names, in.names);
    assert_string_equal(out.undated, in.undated);
    archive_reach_free(&out);
    assert_int_equal(archive_get_reach(a, SHA_A, SIG_2, &out, err, sizeof err), 0);

    /* no span: both ends NULL; one end alone is refused */
    in.from = in.to = NULL;
    assert_int_equal(archive_put_reach(a, SHA_A, SIG_1, &in, err, sizeof err), 0);
    assert_int_equal(archive_get_reach(a, SHA_A, SIG_1, &out, err, sizeof err), 1);
    assert_null(out.from);
    assert_null(out.to);
    archive_reach_free(&out);
    in.from = "2022-01-01";
    assert_int_equal(archive_put_reach(a, SHA_A, SIG_1, &in, err, sizeof err), -1);
    assert_non_null(strstr(err, "both ends of its span"));

    /* reach without its extraction is refused; it goes with it */
    in.from = NULL;
    assert_int_equal(archive_put_reach(a, SHA_A, SIG_2, &in, err, sizeof err), -1);
    long long removed = 0;
    assert_int_equal(archive_prune_extractions(a, SIG_2, &removed, err, sizeof err), 0);
    assert_int_equal(removed, 1);
    assert_int_equal(S_count(a, "SELECT count(*) FROM reach"), 0);
    archive_close(a);
}

/* ---- another run holding the lock ----------------------------------------- */

/* Child: waits for a byte on `go`, opens the archive, begins, writes, says
 * so with a byte on `ready`, and holds the lock until `release` gets a
 * byte (or closes).  Exits 0 when all went as planned. */
static void S_child_hold_lock(int go, int ready, int release)
{
    char c, err[512];
    if (go >= 0 && read(go, &c, 1) != 1)
        _exit(10);
    archive *a = archive_open(S_path, err, sizeof err);
    if (!a)
        _exit(11);
    if (archive_begin(a, err, sizeof err) != 0 ||
        archive_put_extraction(a, SHA_B, SIG_1, "held", "{}", 2, err, sizeof err) != 0)
        _exit(12);
    if (write(ready, "r", 1) != 1)
        _exit(13);
    if (read(release, &c, 1) < 0)
        _exit(14);
    archive_rollback(a);
    archive_close(a);
    _exit(0);
}

typedef struct child {
    pid_t pid;
    int go, ready, release;  /* parent's ends */
} child;

static child S_spawn_lock_holder(int wait_for_go)
{
    int go[2], ready[2], release[2];
    assert_int_equal(pipe(go), 0);
    assert_int_equal(pipe(ready), 0);
    assert_int_equal(pipe(release), 0);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        close(go[1]);
        close(ready[0]);
        close(release[1]);
        S_child_hold_lock(wait_for_go ? go[0] : -1, ready[1], release[0]);
    }
    close(go[0]);
    close(ready[1]);
    close(release[0]);
    return (child){ pid, go[1], ready[0], release[1] };
}

static void S_wait_ready(child *c)
{
    char ch;
    assert_int_equal(read(c->ready, &ch, 1), 1);
}

static void S_release(child *c)
{
    assert_int_equal(write(c->release, "x", 1), 1);
    int status;
    assert_int_equal(waitpid(c->pid, &status, 0), c->pid);
    assert_true(WIFEXITED(status));
    assert_int_equal(WEXITSTATUS(status), 0);
    close(c->go);
    close(c->ready);
    close(c->release);
}

static void test_open_while_locked(void **state)
{
    (void)state;
    char err[512];
    archive_close(S_open()); /* the archive exists */
    child c = S_spawn_lock_holder(0);
    S_wait_ready(&c);

    archive_set_busy_timeout(300);
    double t0 = S_now();
    archive *a = archive_open(S_path, err, sizeof err);
    double waited = S_now() - t0;
    assert_null(a);
    char want[256];
    snprintf(want, sizeof want, "%s: the archive is locked by another run", S_path);
    assert_string_equal(err, want);
    assert_true(waited >= 0.25); /* it waited for the busy timeout first */
    S_release(&c);

    /* Once the other run has gone, opening works and its writes are gone. */
    a = S_open();
    char *got;
    size_t len;
    assert_int_equal(archive_get_extraction(a, SHA_B, SIG_1, &got, &len, err, sizeof err), 0);
    archive_close(a);
}

static void test_begin_while_locked(void **state)
{
    (void)state;
    char err[512], *got;
    size_t len;
    archive *a = S_open();
    assert_int_equal(archive_put_extraction(a, SHA_A, SIG_1, "a", "{}", 2, err, sizeof err), 0);
    archive_close(a);

    child c = S_spawn_lock_holder(1);
    archive_set_busy_timeout(200);
    a = S_open();
    assert_int_equal(write(c.go, "g", 1), 1);
    S_wait_ready(&c);

    /* Readers do not wait for the writer, and see only what it committed. */
    assert_int_equal(archive_get_extraction(a, SHA_A, SIG_1, &got, &len, err, sizeof err), 1);
    free(got);
    assert_int_equal(archive_get_extraction(a, SHA_B, SIG_1, &got, &len, err, sizeof err), 0);

    double t0 = S_now();
    assert_int_equal(archive_begin(a, err, sizeof err), -1);
    assert_true(S_now() - t0 >= 0.15);
    assert_non_null(strstr(err, "the archive is locked by another run"));
    assert_int_equal(archive_put_extraction(a, SHA_A, SIG_2, "a", "{}", 2, err, sizeof err), -1);
    assert_non_null(strstr(err, "the archive is locked by another run"));
    assert_int_equal(archive_add_briefing(a, "2020-10-05", NULL, NULL, "/o", "[]", NULL,
                                          err, sizeof err), -1);
    assert_non_null(strstr(err, "the archive is locked by another run"));

    S_release(&c);
    assert_int_equal(archive_begin(a, err, sizeof err), 0);
    assert_int_equal(archive_add_briefing(a, "2020-10-05", NULL, NULL, "/o", "[]", NULL,
                                          err, sizeof err), 0);
    assert_int_equal(archive_commit(a, err, sizeof err), 0);
    archive_close(a);
}

/* ---- killed in the middle ------------------------------------------------- */

/* Child: commits one extraction, then begins and writes enough (12 MB) that
 * SQLite spills uncommitted pages into the WAL file, records a briefing,
 * says so on `ready` and waits to be killed before committing.  (Killed
 * from outside, not _exit() or raise(): under valgrind the child would then
 * check itself for leaks and report the connection it never closed.) */
static void S_child_die_in_transaction(int ready)
{
    char err[512], sha[65];
    static char json[4001];
    archive *a = archive_open(S_path, err, sizeof err);
    if (!a)
        _exit(11);
    if (archive_put_extraction(a, SHA_A, SIG_1, "committed", "{}", 2, err, sizeof err) != 0)
        _exit(12);
    memset(json, 'x', sizeof json - 1);
    json[0] = '"';
    json[sizeof json - 2] = '"';
    if (archive_begin(a, err, sizeof err) != 0)
        _exit(13);
    for (long i = 1; i <= 3000; i++) {
        S_sha(sha, i);
        if (archive_put_extraction(a, sha, SIG_1, "uncommitted", json, strlen(json),
                                   err, sizeof err) != 0)
            _exit(14);
    }
    if (archive_add_briefing(a, "2020-10-05", NULL, NULL, "/o", "[{}]", NULL, err, sizeof err))
        _exit(15);
    if (write(ready, "r", 1) != 1)
        _exit(16);
    for (;;)
        pause();
}

static void test_killed_in_transaction(void **state)
{
    (void)state;
    char err[512], *got, sha[65], wal[160];
    size_t len;
    int ready[2];
    assert_int_equal(pipe(ready), 0);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        close(ready[0]);
        S_child_die_in_transaction(ready[1]);
    }
    close(ready[1]);
    char c;
    ssize_t n = read(ready[0], &c, 1); /* 0: the child exited early */
    close(ready[0]);
    if (n == 1)
        kill(pid, SIGKILL);
    int status;
    assert_int_equal(waitpid(pid, &status, 0), pid);
    if (WIFEXITED(status))
        fail_msg("the child failed before its kill (exit %d)", WEXITSTATUS(status));
    assert_true(WIFSIGNALED(status));
    assert_int_equal(WTERMSIG(status), SIGKILL);
    /* The uncommitted pages did reach the disk. */
    snprintf(wal, sizeof wal, "%s-wal", S_path);
    assert_true(S_file_size(wal) > 4L * 1024 * 1024);

    archive *a = S_open();
    S_assert_integrity(a);
    long long docs = -1, briefings = -1;
    assert_int_equal(archive_stats(a, &docs, &briefings, err, sizeof err), 0);
    assert_int_equal(docs, 1);
    assert_int_equal(briefings, 0);
    assert_int_equal(S_count(a, "SELECT count(*) FROM calls"), 0);
    assert_int_equal(archive_get_extraction(a, SHA_A, SIG_1, &got, &len, err, sizeof err), 1);
    free(got);
    S_sha(sha, 1);
    assert_int_equal(archive_get_extraction(a, sha, SIG_1, &got, &len, err, sizeof err), 0);
    /* And it takes new work. */
    assert_int_equal(archive_put_extraction(a, sha, SIG_1, "d", "{}", 2, err, sizeof err), 0);
    archive_close(a);
}

/* Child: commits transactions of one extraction plus one briefing with two
 * calls, forever, until killed. */
static void S_child_commit_forever(long base)
{
    char err[512], sha[65], calls[128];
    archive *a = archive_open(S_path, err, sizeof err);
    if (!a)
        _exit(11);
    for (long i = 0;; i++) {
        S_sha(sha, base + i);
        snprintf(calls, sizeof calls, "[{\"key\":\"%ld-a\"},{\"key\":\"%ld-b\"}]", base + i,
                 base + i);
        if (archive_begin(a, err, sizeof err) != 0 ||
            archive_put_extraction(a, sha, SIG_1, "d", "{\"calls\":[]}", 12, err, sizeof err) ||
            archive_add_briefing(a, "2020-10-05", NULL, NULL, "/o", calls, NULL, err, sizeof err) ||
            archive_commit(a, err, sizeof err) != 0)
            _exit(12);
    }
}

static void test_killed_at_any_moment(void **state)
{
    (void)state;
    char err[512];
    archive_close(S_open());
    long long last = 0;
    for (int round = 0; round < 12; round++) {
        pid_t pid = fork();
        assert_true(pid >= 0);
        if (pid == 0)
            S_child_commit_forever((round + 1) * 1000000L);
        struct timespec pause = { 0, (long)(3 + round * 7) * 1000000L };
        nanosleep(&pause, NULL);
        kill(pid, SIGKILL);
        int status;
        assert_int_equal(waitpid(pid, &status, 0), pid);
        assert_true(WIFSIGNALED(status)); /* it did not fail on its own */

        archive *a = S_open();
        S_assert_integrity(a);
        long long docs = -1, briefings = -1;
        assert_int_equal(archive_stats(a, &docs, &briefings, err, sizeof err), 0);
        assert_int_equal(docs, briefings); /* whole transactions or nothing */
        assert_int_equal(S_count(a, "SELECT count(*) FROM calls"), 2 * briefings);
        assert_true(docs >= last);
        last = docs;
        archive_close(a);
    }
    assert_true(last > 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_extraction_round_trip, S_setup, S_teardown),
        cmocka_unit_test_setup_teardown(test_extraction_miss, S_setup, S_teardown),
        cmocka_unit_test_setup_teardown(test_put_extraction_refuses_bad_input, S_setup, S_teardown),
        cmocka_unit_test_setup_teardown(test_file_hash_cache, S_setup, S_teardown),
        cmocka_unit_test_setup_teardown(test_previous_calls_for_output, S_setup, S_teardown),
        cmocka_unit_test_setup_teardown(test_add_briefing_refuses_non_array, S_setup, S_teardown),
        cmocka_unit_test_setup_teardown(test_add_briefing_is_atomic, S_setup, S_teardown),
        cmocka_unit_test_setup_teardown(test_transaction_commit_and_rollback, S_setup, S_teardown),
        cmocka_unit_test_setup_teardown(test_pragmas, S_setup, S_teardown),
        cmocka_unit_test_setup_teardown(test_truncated_archive_refused, S_setup, S_teardown),
        cmocka_unit_test_setup_teardown(test_text_file_refused, S_setup, S_teardown),
        cmocka_unit_test_setup_teardown(test_other_database_refused, S_setup, S_teardown),
        cmocka_unit_test_setup_teardown(test_empty_file_becomes_archive, S_setup, S_teardown),
        cmocka_unit_test_setup_teardown(test_missing_directory_reported, S_setup, S_teardown),
        cmocka_unit_test_setup_teardown(test_newer_schema_refused, S_setup, S_teardown),
        cmocka_unit_test_setup_teardown(test_upgrade_from_json_extractions, S_setup, S_teardown),
        cmocka_unit_test_setup_teardown(test_upgrade_adds_reach, S_setup, S_teardown),
        cmocka_unit_test_setup_teardown(test_reach_round_trip, S_setup, S_teardown),
        cmocka_unit_test_setup_teardown(test_open_while_locked, S_setup, S_teardown),
        cmocka_unit_test_setup_teardown(test_begin_while_locked, S_setup, S_teardown),
        cmocka_unit_test_setup_teardown(test_killed_in_transaction, S_setup, S_teardown),
        cmocka_unit_test_setup_teardown(test_killed_at_any_moment, S_setup, S_teardown),
    };
    cmocka_set_message_output(CM_OUTPUT_TAP);
    return cmocka_run_group_tests(tests, NULL, NULL);
}
