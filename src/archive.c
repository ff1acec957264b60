/*
 * archive.c — the archive in one SQLite database: WAL journal, synchronous
 * NORMAL (a commit survives the process being killed; a power cut may lose
 * the last commits but never leaves a torn one), foreign keys on, schema
 * version in PRAGMA user_version and callbrief's mark in PRAGMA
 * application_id.
 *
 * Ownership: an archive owns its connection, its copy of the path and its
 * prepared statements (made on first use, kept until archive_close).
 * Arguments are bound without copying and unbound before returning.  JSON
 * handed back is a malloc'ed copy the caller frees.
 */
#include "archive.h"

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <sqlite3.h>

/* "CBRF": marks a database as callbrief's (PRAGMA application_id). */
#define S_APPLICATION_ID 0x43425246

/* A file touched less than this long before archive_put_file is not
 * recorded: a later write in the same timestamp tick would go unseen. */
#define S_RACY_NS (2LL * 1000000000LL)

#define S_NOW "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"

/* Schema steps: S_migrations[v] takes a version v-1 archive to version v.
 * A later version appends a step; never edit a released one. */
static const char *const S_migrations[ARCHIVE_SCHEMA_VERSION + 1] = {
    NULL,
    /* 1 */
    "CREATE TABLE documents ("
    "  sha256     TEXT NOT NULL,"
    "  signature  TEXT NOT NULL,"
    "  doc_id     TEXT NOT NULL,"
    "  extraction TEXT NOT NULL,"
    "  first_seen TEXT NOT NULL,"
    "  PRIMARY KEY (sha256, signature)"
    ");"
    "CREATE TABLE files ("
    "  path      TEXT PRIMARY KEY,"
    "  size      INTEGER NOT NULL,"
    "  inode     INTEGER NOT NULL,"
    "  mtime_ns  INTEGER NOT NULL,"
    "  ctime_ns  INTEGER NOT NULL,"
    "  sha256    TEXT NOT NULL,"
    "  recorded  TEXT NOT NULL"
    ");"
    "CREATE TABLE briefings ("
    "  id          INTEGER PRIMARY KEY AUTOINCREMENT,"
    "  generated   TEXT NOT NULL,"
    "  period_from TEXT,"
    "  period_to   TEXT,"
    "  output      TEXT NOT NULL,"
    "  calls       TEXT NOT NULL,"
    "  created     TEXT NOT NULL"
    ");"
    "CREATE INDEX briefings_by_output ON briefings (output, generated, id);"
    "CREATE TABLE calls ("
    "  briefing_id INTEGER NOT NULL REFERENCES briefings (id) ON DELETE CASCADE,"
    "  seq         INTEGER NOT NULL,"
    "  call_key    TEXT,"
    "  json        TEXT NOT NULL,"
    "  PRIMARY KEY (briefing_id, seq)"
    ");"
    "CREATE INDEX calls_by_key ON calls (call_key);",
    /* 2: extractions are MessagePack (lua_msgpack.c), not JSON text; the
     * JSON ones are dropped, and read again on the next run */
    "DROP TABLE documents;"
    "CREATE TABLE documents ("
    "  sha256     TEXT NOT NULL,"
    "  signature  TEXT NOT NULL,"
    "  doc_id     TEXT NOT NULL,"
    "  extraction BLOB NOT NULL,"
    "  first_seen TEXT NOT NULL,"
    "  PRIMARY KEY (sha256, signature)"
    ");",
    /* 3: what each extraction can bring into a period's briefing
     * (archive_put_reach), read without decoding the extraction; the
     * extractions of version 2 have none until they are decoded again */
    "CREATE TABLE reach ("
    "  sha256     TEXT NOT NULL,"
    "  signature  TEXT NOT NULL,"
    "  reach_from TEXT,"
    "  reach_to   TEXT,"
    "  wild       INTEGER NOT NULL,"
    "  docs       TEXT NOT NULL,"
    "  names      TEXT NOT NULL,"
    "  undated    TEXT NOT NULL,"
    "  PRIMARY KEY (sha256, signature),"
    "  FOREIGN KEY (sha256, signature) REFERENCES documents (sha256, signature)"
    "   ON DELETE CASCADE"
    ");",
};

enum {
    S_GET_FILE, S_PUT_FILE, S_GET_EXTRACTION, S_PUT_EXTRACTION,
    S_GET_REACH, S_PUT_REACH, S_ADD_BRIEFING, S_ADD_CALLS, S_PREVIOUS, S_STATS, S_NSTMT
};

static const char *const S_sql[S_NSTMT] = {
    [S_GET_FILE] =
        "SELECT sha256 FROM files WHERE path = ?1 AND size = ?2 AND inode = ?3"
        " AND mtime_ns = ?4 AND ctime_ns = ?5",
    [S_PUT_FILE] =
        "INSERT OR REPLACE INTO files (path, size, inode, mtime_ns, ctime_ns, sha256, recorded)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, " S_NOW ")",
    [S_GET_EXTRACTION] =
        "SELECT extraction FROM documents WHERE sha256 = ?1 AND signature = ?2",
    [S_PUT_EXTRACTION] =
        "INSERT INTO documents (sha256, signature, doc_id, extraction, first_seen)"
        " VALUES (?1, ?2, ?3, ?4, " S_NOW ")"
        " ON CONFLICT (sha256, signature) DO UPDATE"
        " SET doc_id = excluded.doc_id, extraction = excluded.extraction",
    [S_GET_REACH] =
        "SELECT reach_from, reach_to, wild, docs, names, undated FROM reach WHERE sha256 = ?1 AND signature = ?2",
    [S_PUT_REACH] =
        "INSERT OR REPLACE INTO reach"
        " (sha256, signature, reach_from, reach_to, wild, docs, names, undated)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    [S_ADD_BRIEFING] =
        "INSERT INTO briefings (generated, period_from, period_to, output, calls, created)"
        " VALUES (?1, ?2, ?3, ?4, ?5, " S_NOW ")",
    [S_ADD_CALLS] =
        "INSERT INTO calls (briefing_id, seq, call_key, json)"
        " SELECT ?1, key,"
        "  CASE type WHEN 'object' THEN coalesce(json_extract(value, '$.key'),"
        "   json_array(json_extract(value, '$.participants'), json_extract(value, '$.date')))"
        "  END,"
        "  json_quote(value)"
        " FROM json_each(?2)",
    [S_PREVIOUS] =
        "SELECT calls FROM briefings WHERE output = ?1 AND (?2 IS NULL OR generated < ?2)"
        " ORDER BY generated DESC, id DESC LIMIT 1",
    [S_STATS] =
        "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM briefings)",
};

struct archive {
    sqlite3 *db;
    char *path;
    sqlite3_stmt *stmt[S_NSTMT];
    int upgraded_from;      /* the schema version opening found, when older */
};

static int S_busy_ms = ARCHIVE_BUSY_TIMEOUT_MS;

void archive_set_busy_timeout(int ms)
{
    S_busy_ms = ms < 0 ? ARCHIVE_BUSY_TIMEOUT_MS : ms;
}

/* ---- errors ------------------------------------------------------------- */

static void S_err(char *err, size_t errlen, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void S_err(char *err, size_t errlen, const char *fmt, ...)
{
    if (!err || errlen == 0)
        return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, errlen, fmt, ap);
    va_end(ap);
}

static int S_is_busy(int rc)
{
    return (rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED;
}

/* Reports a failed SQLite call made while doing `what`; call it before
 * resetting the statement, while sqlite3_errmsg still describes it. */
static int S_fail(archive *a, int rc, const char *what, char *err, size_t errlen)
{
    if (S_is_busy(rc))
        S_err(err, errlen, "%s: the archive is locked by another run", a->path);
    else
        S_err(err, errlen, "%s: %s: %s", a->path, what, sqlite3_errmsg(a->db));
    return -1;
}

/* The same, while opening: what the failure says about the file. */
static void S_open_fail(archive *a, int rc, char *err, size_t errlen)
{
    int prim = rc & 0xff;
    const char *msg = a->db ? sqlite3_errmsg(a->db) : sqlite3_errstr(rc);
    if (S_is_busy(rc)) {
        S_err(err, errlen, "%s: the archive is locked by another run", a->path);
    } else if (prim == SQLITE_NOTADB || prim == SQLITE_CORRUPT) {
        S_err(err, errlen, "%s: not a callbrief archive (%s)", a->path, msg);
    } else {
        int e = a->db ? sqlite3_system_errno(a->db) : 0;
        S_err(err, errlen, "%s: cannot open the archive (%s%s%s)", a->path, msg,
              e ? ": " : "", e ? strerror(e) : "");
    }
}

/* ---- statements --------------------------------------------------------- */

static sqlite3_stmt *S_stmt(archive *a, int which, char *err, size_t errlen)
{
    if (!a->stmt[which]) {
        int rc = sqlite3_prepare_v3(a->db, S_sql[which], -1, SQLITE_PREPARE_PERSISTENT,
                                    &a->stmt[which], NULL);
        if (rc != SQLITE_OK) {
            S_fail(a, rc, "preparing a query", err, errlen);
            sqlite3_finalize(a->stmt[which]);
            a->stmt[which] = NULL;
        }
    }
    return a->stmt[which];
}

static void S_done(sqlite3_stmt *st)
{
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
}

static int S_bind_text(sqlite3_stmt *st, int i, const char *s, size_t n)
{
    if (!s)
        return sqlite3_bind_null(st, i);
    return sqlite3_bind_text64(st, i, s, n, SQLITE_STATIC, SQLITE_UTF8);
}

static int S_bind_str(sqlite3_stmt *st, int i, const char *s)
{
    return S_bind_text(st, i, s, s ? strlen(s) : 0);
}

static int S_exec(archive *a, const char *sql, const char *what, char *err, size_t errlen)
{
    int rc = sqlite3_exec(a->db, sql, NULL, NULL, NULL);
    return rc == SQLITE_OK ? 0 : S_fail(a, rc, what, err, errlen);
}

/* Runs a one-row, one-column integer query (a PRAGMA).  Returns the SQLite
 * result code. */
static int S_int_query(archive *a, const char *sql, long long *out)
{
    sqlite3_stmt *st;
    int rc = sqlite3_prepare_v2(a->db, sql, -1, &st, NULL);
    if (rc != SQLITE_OK)
        return rc;
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        *out = sqlite3_column_int64(st, 0);
        rc = SQLITE_OK;
    }
    sqlite3_finalize(st);
    return rc;
}

/* A malloc'ed, NUL-terminated copy of column 0 of the current row (text
 * or blob). */
static int S_copy_column(archive *a, sqlite3_stmt *st, char **json, size_t *len,
                         char *err, size_t errlen)
{
    const void *p = sqlite3_column_type(st, 0) == SQLITE_BLOB ? sqlite3_column_blob(st, 0)
                                                              : sqlite3_column_text(st, 0);
    size_t n = (size_t)sqlite3_column_bytes(st, 0);
    char *copy = malloc(n + 1);
    if (!copy || (!p && n > 0)) {
        free(copy);
        S_err(err, errlen, "%s: out of memory reading the archive", a->path);
        return -1;
    }
    if (n)
        memcpy(copy, p, n);
    copy[n] = '\0';
    *json = copy;
    if (len)
        *len = n;
    return 0;
}

static int S_hex64(const char *s)
{
    if (!s)
        return 0;
    for (int i = 0; i < 64; i++)
        if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
            return 0;
    return s[64] == '\0';
}

/* ---- opening ------------------------------------------------------------ */

/* Inside BEGIN IMMEDIATE: recognises the database as an archive, creates
 * the schema in an empty one and upgrades an older one. */
static int S_schema(archive *a, char *err, size_t errlen)
{
    long long app = 0, version = 0, objects = 0;
    int rc = S_int_query(a, "PRAGMA application_id", &app);
    if (rc == SQLITE_OK)
        rc = S_int_query(a, "PRAGMA user_version", &version);
    if (rc == SQLITE_OK)
        rc = S_int_query(a, "SELECT count(*) FROM sqlite_schema", &objects);
    if (rc != SQLITE_OK) {
        S_open_fail(a, rc, err, errlen);
        return -1;
    }
    int fresh = app == 0 && version == 0 && objects == 0;
    if (!fresh && app != S_APPLICATION_ID) {
        S_err(err, errlen, "%s: not a callbrief archive (a database of another program)",
              a->path);
        return -1;
    }
    if (!fresh && version < 1) {
        S_err(err, errlen, "%s: not a callbrief archive (no schema version)", a->path);
        return -1;
    }
    if (version > ARCHIVE_SCHEMA_VERSION) {
        S_err(err, errlen,
              "%s: archive schema version %lld is newer than this callbrief understands (%d);"
              " use a newer callbrief or another archive",
              a->path, version, ARCHIVE_SCHEMA_VERSION);
        return -1;
    }
    if (fresh) {
        char mark[64];
        snprintf(mark, sizeof mark, "PRAGMA application_id = %d", S_APPLICATION_ID);
        if (S_exec(a, mark, "creating the archive", err, errlen) < 0)
            return -1;
    }
    if (!fresh && version < ARCHIVE_SCHEMA_VERSION)
        a->upgraded_from = (int)version;
    for (long long v = version + 1; v <= ARCHIVE_SCHEMA_VERSION; v++) {
        char set[64];
        snprintf(set, sizeof set, "PRAGMA user_version = %lld", v);
        if (S_exec(a, S_migrations[v], "creating the archive's tables", err, errlen) < 0 ||
            S_exec(a, set, "setting the schema version", err, errlen) < 0)
            return -1;
    }
    return 0;
}

archive *archive_open(const char *path, char *err, size_t errlen)
{
    archive *a = calloc(1, sizeof *a);
    if (!a || !(a->path = strdup(path))) {
        free(a);
        S_err(err, errlen, "%s: out of memory opening the archive", path);
        return NULL;
    }
    int rc = sqlite3_open_v2(path, &a->db,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                             NULL);
    if (rc != SQLITE_OK)
        goto fail;
    sqlite3_extended_result_codes(a->db, 1);
    sqlite3_busy_timeout(a->db, S_busy_ms);
    sqlite3_db_config(a->db, SQLITE_DBCONFIG_DEFENSIVE, 1, (int *)NULL);
    sqlite3_db_config(a->db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, (int *)NULL);

    /* The first statement that reads the file: a text file or a truncated
     * database fails here or at BEGIN below. */
    sqlite3_stmt *st;
    rc = sqlite3_prepare_v2(a->db, "PRAGMA journal_mode = WAL", -1, &st, NULL);
    if (rc != SQLITE_OK)
        goto fail;
    rc = sqlite3_step(st);
    int wal = rc == SQLITE_ROW &&
              strcmp((const char *)sqlite3_column_text(st, 0), "wal") == 0;
    if (rc == SQLITE_ROW)
        rc = SQLITE_OK;
    sqlite3_finalize(st);
    if (rc != SQLITE_OK)
        goto fail;
    /* Without WAL (a file system without shared memory, or :memory:) the
     * rollback journal keeps commits atomic; FULL makes them durable. */
    rc = sqlite3_exec(a->db, wal ? "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON"
                                 : "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON",
                      NULL, NULL, NULL);
    if (rc != SQLITE_OK)
        goto fail;

    /* Recognise or create the schema under the write lock, so two first
     * runs cannot both create it; a run holding the lock makes this wait,
     * then fail as "locked". */
    rc = sqlite3_exec(a->db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
    if (rc != SQLITE_OK)
        goto fail;
    if (S_schema(a, err, errlen) < 0) {
        sqlite3_exec(a->db, "ROLLBACK", NULL, NULL, NULL);
        archive_close(a);
        return NULL;
    }
    rc = sqlite3_exec(a->db, "COMMIT", NULL, NULL, NULL);
    if (rc != SQLITE_OK) {
        S_open_fail(a, rc, err, errlen);
        archive_close(a);
        return NULL;
    }
    return a;

fail:
    S_open_fail(a, rc, err, errlen);
    archive_close(a);
    return NULL;
}

void archive_close(archive *a)
{
    if (!a)
        return;
    for (int i = 0; i < S_NSTMT; i++)
        sqlite3_finalize(a->stmt[i]);
    if (a->db) {
        if (!sqlite3_get_autocommit(a->db))
            sqlite3_exec(a->db, "ROLLBACK", NULL, NULL, NULL);
        sqlite3_close(a->db);
    }
    free(a->path);
    free(a);
}

int archive_upgraded_from(const archive *a)
{
    return a->upgraded_from;
}

const char *archive_path(const archive *a)
{
    return a->path;
}

struct sqlite3 *archive_db(archive *a)
{
    return a->db;
}

/* ---- transactions ------------------------------------------------------- */

int archive_begin(archive *a, char *err, size_t errlen)
{
    if (!sqlite3_get_autocommit(a->db)) {
        S_err(err, errlen, "%s: a transaction is already open", a->path);
        return -1;
    }
    return S_exec(a, "BEGIN IMMEDIATE", "starting a transaction", err, errlen);
}

int archive_commit(archive *a, char *err, size_t errlen)
{
    if (sqlite3_get_autocommit(a->db)) {
        S_err(err, errlen, "%s: no transaction to commit", a->path);
        return -1;
    }
    int rc = sqlite3_exec(a->db, "COMMIT", NULL, NULL, NULL);
    if (rc == SQLITE_OK)
        return 0;
    S_fail(a, rc, "committing", err, errlen);
    if (!sqlite3_get_autocommit(a->db))
        sqlite3_exec(a->db, "ROLLBACK", NULL, NULL, NULL);
    return -1;
}

void archive_rollback(archive *a)
{
    if (a && !sqlite3_get_autocommit(a->db))
        sqlite3_exec(a->db, "ROLLBACK", NULL, NULL, NULL);
}

/* ---- files -------------------------------------------------------------- */

static long long S_ns(struct timespec t)
{
    return (long long)t.tv_sec * 1000000000LL + t.tv_nsec;
}

static void S_bind_stat(sqlite3_stmt *st, const char *path, const struct stat *sb)
{
    S_bind_str(st, 1, path);
    sqlite3_bind_int64(st, 2, (sqlite3_int64)sb->st_size);
    sqlite3_bind_int64(st, 3, (sqlite3_int64)sb->st_ino);
    sqlite3_bind_int64(st, 4, S_ns(sb->st_mtim));
    sqlite3_bind_int64(st, 5, S_ns(sb->st_ctim));
}

int archive_get_file(archive *a, const char *path, const struct stat *sb,
                     char sha256[65], char *err, size_t errlen)
{
    sqlite3_stmt *st = S_stmt(a, S_GET_FILE, err, errlen);
    if (!st)
        return -1;
    S_bind_stat(st, path, sb);
    int rc = sqlite3_step(st), found = 0;
    if (rc == SQLITE_ROW) {
        const char *h = (const char *)sqlite3_column_text(st, 0);
        if (S_hex64(h)) {
            memcpy(sha256, h, 65);
            found = 1;
        }
    } else if (rc != SQLITE_DONE) {
        found = S_fail(a, rc, "looking up a file", err, errlen);
    }
    S_done(st);
    return found;
}

int archive_put_file(archive *a, const char *path, const struct stat *sb,
                     const char *sha256, char *err, size_t errlen)
{
    if (!S_hex64(sha256)) {
        S_err(err, errlen, "%s: %s: not a SHA-256 hex digest", a->path, path);
        return -1;
    }
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    long long limit = S_ns(now) - S_RACY_NS;
    if (S_ns(sb->st_mtim) > limit || S_ns(sb->st_ctim) > limit)
        return 0;
    sqlite3_stmt *st = S_stmt(a, S_PUT_FILE, err, errlen);
    if (!st)
        return -1;
    S_bind_stat(st, path, sb);
    S_bind_str(st, 6, sha256);
    int rc = sqlite3_step(st);
    int ret = rc == SQLITE_DONE ? 0 : S_fail(a, rc, "recording a file", err, errlen);
    S_done(st);
    return ret;
}

/* ---- extractions -------------------------------------------------------- */

int archive_get_extraction(archive *a, const char *sha256, const char *signature,
                           char **bytes, size_t *len, char *err, size_t errlen)
{
    *bytes = NULL;
    if (len)
        *len = 0;
    sqlite3_stmt *st = S_stmt(a, S_GET_EXTRACTION, err, errlen);
    if (!st)
        return -1;
    S_bind_str(st, 1, sha256);
    S_bind_str(st, 2, signature);
    int rc = sqlite3_step(st), found = 0;
    if (rc == SQLITE_ROW)
        found = S_copy_column(a, st, bytes, len, err, errlen) < 0 ? -1 : 1;
    else if (rc != SQLITE_DONE)
        found = S_fail(a, rc, "looking up an extraction", err, errlen);
    S_done(st);
    return found;
}

int archive_put_extraction(archive *a, const char *sha256, const char *signature,
                           const char *doc_id, const char *bytes, size_t len,
                           char *err, size_t errlen)
{
    if (!S_hex64(sha256)) {
        S_err(err, errlen, "%s: %s: not a SHA-256 hex digest", a->path,
              doc_id ? doc_id : "extraction");
        return -1;
    }
    if (!signature || !*signature || !doc_id || !bytes || len == 0) {
        S_err(err, errlen, "%s: %s: extraction without signature, document id or bytes",
              a->path, doc_id ? doc_id : sha256);
        return -1;
    }
    sqlite3_stmt *st = S_stmt(a, S_PUT_EXTRACTION, err, errlen);
    if (!st)
        return -1;
    S_bind_str(st, 1, sha256);
    S_bind_str(st, 2, signature);
    S_bind_str(st, 3, doc_id);
    int rc = sqlite3_bind_blob64(st, 4, bytes, len, SQLITE_STATIC);
    if (rc == SQLITE_OK)
        rc = sqlite3_step(st);
    int ret = rc == SQLITE_DONE ? 0 : S_fail(a, rc, "storing an extraction", err, errlen);
    S_done(st);
    return ret;
}

/* ---- reach -------------------------------------------------------------- */

void archive_reach_free(archive_reach *r)
{
    if (!r)
        return;
    free(r->from);
    free(r->to);
    free(r->docs);
    free(r->names);
    free(r->undated);
    *r = (archive_reach){ 0 };
}

/* A malloc'ed copy of text column i, or NULL when it is NULL; *oom set
 * when the copy fails. */
static char *S_dup_column(sqlite3_stmt *st, int i, int *oom)
{
    const char *s = (const char *)sqlite3_column_text(st, i);
    if (!s)
        return NULL;
    char *copy = strdup(s);
    if (!copy)
        *oom = 1;
    return copy;
}

int archive_get_reach(archive *a, const char *sha256, const char *signature,
                      archive_reach *r, char *err, size_t errlen)
{
    *r = (archive_reach){ 0 };
    sqlite3_stmt *st = S_stmt(a, S_GET_REACH, err, errlen);
    if (!st)
        return -1;
    S_bind_str(st, 1, sha256);
    S_bind_str(st, 2, signature);
    int rc = sqlite3_step(st), found = 0;
    if (rc == SQLITE_ROW) {
        int oom = 0;
        r->from = S_dup_column(st, 0, &oom);
        r->to = S_dup_column(st, 1, &oom);
        r->wild = sqlite3_column_int(st, 2);
        r->docs = S_dup_column(st, 3, &oom);
        r->names = S_dup_column(st, 4, &oom);
        r->undated = S_dup_column(st, 5, &oom);
        found = 1;
        if (oom || !r->docs || !r->names || !r->undated || (!r->from) != (!r->to)) {
            /* a damaged row says nothing: the extraction is decoded */
            archive_reach_free(r);
            found = 0;
        }
    } else if (rc != SQLITE_DONE) {
        found = S_fail(a, rc, "looking up what an extraction reaches", err, errlen);
    }
    S_done(st);
    return found;
}

int archive_put_reach(archive *a, const char *sha256, const char *signature,
                      const archive_reach *r, char *err, size_t errlen)
{
    if (!r->docs || !r->names || !r->undated || (!r->from) != (!r->to)) {
        S_err(err, errlen, "%s: %s: what an extraction reaches needs its documents, names and"
              " both ends of its span", a->path, sha256);
        return -1;
    }
    sqlite3_stmt *st = S_stmt(a, S_PUT_REACH, err, errlen);
    if (!st)
        return -1;
    S_bind_str(st, 1, sha256);
    S_bind_str(st, 2, signature);
    S_bind_str(st, 3, r->from);
    S_bind_str(st, 4, r->to);
    sqlite3_bind_int(st, 5, r->wild);
    S_bind_str(st, 6, r->docs);
    S_bind_str(st, 7, r->names);
    S_bind_str(st, 8, r->undated);
    int rc = sqlite3_step(st);
    int ret = rc == SQLITE_DONE ? 0 : S_fail(a, rc, "storing what an extraction reaches",
                                             err, errlen);
    S_done(st);
    return ret;
}

/* ---- briefings ---------------------------------------------------------- */

/* 0 when `json` is a JSON array, else -1 with a message.  By its first
 * character: json_each below reads the rest (and refuses what is not
 * JSON), and a parse here as well would hold a second tree of a 10,000-call
 * briefing in memory. */
static int S_check_array(archive *a, const char *json, char *err, size_t errlen)
{
    const char *p = json;
    while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
        p++;
    if (*p == '[')
        return 0;
    S_err(err, errlen, "%s: the briefing's calls are not a JSON array (%s)", a->path,
          *p == '{' ? "object" : *p == '"' ? "text" : *p == 'n' ? "null" : "not an array");
    return -1;
}

static int S_step_done(archive *a, sqlite3_stmt *st, const char *what, char *err,
                       size_t errlen)
{
    int rc = sqlite3_step(st);
    int ret = rc == SQLITE_DONE ? 0 : S_fail(a, rc, what, err, errlen);
    S_done(st);
    return ret;
}

int archive_add_briefing(archive *a, const char *generated, const char *from,
                         const char *to, const char *output, const char *calls_json,
                         long long *id, char *err, size_t errlen)
{
    if (!generated || !output || !calls_json) {
        S_err(err, errlen, "%s: a briefing needs its generated date, output and calls",
              a->path);
        return -1;
    }
    if (S_check_array(a, calls_json, err, errlen) < 0)
        return -1;
    sqlite3_stmt *ins = S_stmt(a, S_ADD_BRIEFING, err, errlen);
    sqlite3_stmt *calls = ins ? S_stmt(a, S_ADD_CALLS, err, errlen) : NULL;
    if (!calls)
        return -1;
    /* A savepoint: its own transaction outside the caller's, nested in it
     * otherwise; either way the briefing and its calls go in together. */
    if (S_exec(a, "SAVEPOINT archive_add_briefing", "recording a briefing", err, errlen) < 0)
        return -1;
    S_bind_str(ins, 1, generated);
    S_bind_str(ins, 2, from);
    S_bind_str(ins, 3, to);
    S_bind_str(ins, 4, output);
    S_bind_str(ins, 5, calls_json);
    int ret = S_step_done(a, ins, "recording a briefing", err, errlen);
    long long row = sqlite3_last_insert_rowid(a->db);
    if (ret == 0) {
        sqlite3_bind_int64(calls, 1, row);
        S_bind_str(calls, 2, calls_json);
        ret = S_step_done(a, calls, "recording a briefing's calls", err, errlen);
    }
    if (ret == 0)
        ret = S_exec(a, "RELEASE archive_add_briefing", "recording a briefing", err, errlen);
    if (ret < 0) {
        sqlite3_exec(a->db, "ROLLBACK TO archive_add_briefing", NULL, NULL, NULL);
        sqlite3_exec(a->db, "RELEASE archive_add_briefing", NULL, NULL, NULL);
        return -1;
    }
    if (id)
        *id = row;
    return 0;
}

int archive_previous_calls(archive *a, const char *output, const char *before,
                           char **json, size_t *len, char *err, size_t errlen)
{
    *json = NULL;
    if (len)
        *len = 0;
    sqlite3_stmt *st = S_stmt(a, S_PREVIOUS, err, errlen);
    if (!st)
        return -1;
    S_bind_str(st, 1, output);
    S_bind_str(st, 2, before);
    int rc = sqlite3_step(st), found = 0;
    if (rc == SQLITE_ROW)
        found = S_copy_column(a, st, json, len, err, errlen) < 0 ? -1 : 1;
    else if (rc != SQLITE_DONE)
        found = S_fail(a, rc, "looking up the previous briefing", err, errlen);
    S_done(st);
    return found;
}

/* ---- housekeeping ------------------------------------------------------- */

int archive_stats(archive *a, long long *documents, long long *briefings,
                  char *err, size_t errlen)
{
    sqlite3_stmt *st = S_stmt(a, S_STATS, err, errlen);
    if (!st)
        return -1;
    int rc = sqlite3_step(st), ret = 0;
    if (rc == SQLITE_ROW) {
        if (documents)
            *documents = sqlite3_column_int64(st, 0);
        if (briefings)
            *briefings = sqlite3_column_int64(st, 1);
    } else {
        ret = S_fail(a, rc, "counting", err, errlen);
    }
    S_done(st);
    return ret;
}

int archive_prune_extractions(archive *a, const char *signature, long long *removed,
                              char *err, size_t errlen)
{
    sqlite3_stmt *st = NULL;
    /* (their reach rows go with them: ON DELETE CASCADE) */
    if (sqlite3_prepare_v2(a->db, "DELETE FROM documents WHERE signature <> ?1", -1, &st,
                           NULL) != SQLITE_OK ||
        sqlite3_bind_text(st, 1, signature, -1, SQLITE_STATIC) != SQLITE_OK ||
        sqlite3_step(st) != SQLITE_DONE) {
        snprintf(err, errlen, "%s: removing old extractions: %s", a->path, sqlite3_errmsg(a->db));
        sqlite3_finalize(st);
        return -1;
    }
    sqlite3_finalize(st);
    if (removed)
        *removed = sqlite3_changes64(a->db);
    return 0;
}
