/*
 * archive.h — the archive of documents, extractions, calls and briefings
 * (one SQLite database, kept from run to run).
 *
 * A re-run reuses last week's work through it: an unchanged file's content
 * hash (no need to read it again), each document's extraction keyed by that
 * hash and a signature of the plugins that made it, and the calls of the
 * previous briefing written to the same output directory, so the new one
 * can mark calls new or changed.
 *
 * The database is in WAL mode: PATH plus PATH-wal and PATH-shm beside it
 * while a run has it open, so the directory must be writable.  Every write
 * is a transaction (the caller's, from archive_begin to archive_commit, or
 * the function's own), so a run killed at any moment leaves the archive as
 * it was at its last commit.  Readers never wait for a writer; a second
 * writer waits up to ARCHIVE_BUSY_TIMEOUT_MS, then fails with "PATH: the
 * archive is locked by another run".
 *
 * Threads and processes: an archive handle is one SQLite connection; use it
 * from one thread at a time (one archive_open per thread is fine), and never
 * carry an open handle across fork() into the child.
 *
 * Errors: functions taking err/errlen return -1 (or NULL) with a message
 * there, starting with the archive's path; nothing is printed.  Strings
 * handed back through char ** are malloc'ed, NUL-terminated, and the
 * caller's to free.  Dates are ISO 8601 text ("2020-10-12"), compared as
 * text.
 */
#ifndef CB_ARCHIVE_H
#define CB_ARCHIVE_H

#include <stddef.h>
#include <sys/stat.h>

/* Schema version this build reads and writes (PRAGMA user_version). */
#define ARCHIVE_SCHEMA_VERSION 3

/* How long a writer waits for another run's transaction, by default. */
#define ARCHIVE_BUSY_TIMEOUT_MS 5000

typedef struct archive archive;

/* Opens the archive at `path`, creating the file and its schema when the
 * file is missing or empty, and upgrading an older schema.  Returns NULL
 * with one of these in err:
 *   "PATH: not a callbrief archive (SQLITE MESSAGE)"  not a database, a
 *       truncated or corrupt one, or another program's database;
 *   "PATH: the archive is locked by another run"  another run held its
 *       write lock for the whole busy timeout;
 *   "PATH: archive schema version N is newer than this callbrief
 *       understands (1); use a newer callbrief or another archive";
 *   "PATH: cannot open the archive (SQLITE MESSAGE: STRERROR)". */
archive *archive_open(const char *path, char *err, size_t errlen);

/* Rolls back an open transaction and closes.  NULL is accepted. */
void archive_close(archive *a);

/* The schema version archive_open upgraded the archive from, or 0 when
 * it was current (or new). */
int archive_upgraded_from(const archive *a);

/* The path the archive was opened with (owned by the archive). */
const char *archive_path(const archive *a);

/* Busy timeout in milliseconds for archives opened after this call, for the
 * whole process; < 0 restores ARCHIVE_BUSY_TIMEOUT_MS.  For tests: not
 * thread-safe. */
void archive_set_busy_timeout(int ms);

/* BEGIN IMMEDIATE: takes the write lock now (waiting up to the busy
 * timeout), so the writes that follow cannot fail for want of it.  One
 * transaction at a time per handle.  Returns 0 or -1. */
int archive_begin(archive *a, char *err, size_t errlen);

/* Commits; on failure the transaction is rolled back.  Returns 0 or -1. */
int archive_commit(archive *a, char *err, size_t errlen);

/* Rolls back the open transaction, if any. */
void archive_rollback(archive *a);

/* ---- read cache: path -> content hash ---------------------------------- */

/* Whether `path` (canonical: the caller should pass realpath()'s answer)
 * was recorded with the size, inode, modification and change times in *sb;
 * then 1 with its 64-hex-digit content hash copied into sha256.  0 when not
 * recorded or changed since, -1 on error. */
int archive_get_file(archive *a, const char *path, const struct stat *sb,
                     char sha256[65], char *err, size_t errlen);

/* Records `sha256` as the content of `path` as *sb describes it (stat it
 * before reading, record right after).  A file modified or changed less
 * than two seconds before this call is not recorded (a write within the
 * same timestamp tick could go unseen), which is not an error.  Returns 0
 * or -1. */
int archive_put_file(archive *a, const char *path, const struct stat *sb,
                     const char *sha256, char *err, size_t errlen);

/* ---- extraction cache: (content hash, plugin signature) -> bytes -------- */

/* The extraction recorded for the document with content hash `sha256`
 * (64 hex digits) under `signature` (the source and extract plugins' names,
 * versions and file hashes, as the caller computes them).  1 with *bytes
 * (NUL-terminated beyond *len) and *len set, 0 when there is none, -1 on
 * error.  The bytes are opaque here; callbrief stores MessagePack
 * (lua_msgpack.c).  They are what was stored: a document with the same
 * content under another id comes back with the id it was stored with (see
 * archive_put_extraction). */
int archive_get_extraction(archive *a, const char *sha256,
                           const char *signature, char **bytes, size_t *len,
                           char *err, size_t errlen);

/* Stores (or replaces) the extraction bytes for (sha256, signature), as a
 * blob; `doc_id` is the document id it was made for, kept beside it.  The
 * first time the pair was seen is kept across replacements.  Returns 0 or
 * -1. */
int archive_put_extraction(archive *a, const char *sha256,
                           const char *signature, const char *doc_id,
                           const char *bytes, size_t len,
                           char *err, size_t errlen);

/* ---- reach: what an extraction can bring into a period ------------------ */

/* Beside an extraction, what a run over a period needs to decide whether
 * to decode it (incremental.c, lua/reach.lua's facts): the span of dates
 * its calls can be given (`from`..`to`, both NULL when none can); `wild`,
 * bits: 1 a call link may leave undated, 2 one of those has partial facts
 * (a weekday, a day and month), 4 a document of it without a publication
 * date has calls; its documents as lines "SUFFIX\tPUBLISHED\n" (the id
 * after the input's own id, the publication date or nothing); the people
 * its calls name (`names`) and those of its undated calls (`undated`).
 * Strings malloc'ed, owned by the struct. */
typedef struct archive_reach {
    char *from, *to;
    int wild;
    char *docs;
    char *names, *undated;
} archive_reach;

void archive_reach_free(archive_reach *r);

/* 1 with *r filled for the extraction (sha256, signature), 0 when none is
 * recorded (or the row is damaged), -1 on error. */
int archive_get_reach(archive *a, const char *sha256, const char *signature,
                      archive_reach *r, char *err, size_t errlen);

/* Records *r for an extraction stored under (sha256, signature); it goes
 * when the extraction does.  Returns 0 or -1. */
int archive_put_reach(archive *a, const char *sha256, const char *signature,
                      const archive_reach *r, char *err, size_t errlen);

/* ---- briefings ---------------------------------------------------------- */

/* Records a briefing: its generated date, the period covered (`from`/`to`
 * may be NULL), its output directory (canonical, as for archive_get_file)
 * and `calls_json`, the JSON array of its calls.  Each call is also kept as
 * a row of the calls table, keyed by its "key" member when it has one, else
 * by its participants and date.  Atomic on its own or inside the caller's
 * transaction.  Returns 0 with the new briefing's id in *id (may be NULL),
 * or -1 (also for calls_json that is not a JSON array). */
int archive_add_briefing(archive *a, const char *generated, const char *from,
                         const char *to, const char *output,
                         const char *calls_json, long long *id,
                         char *err, size_t errlen);

/* The calls JSON of the previous briefing written to `output`: the latest
 * by generated date (then by recording order) among those generated before
 * `before` (a re-run on the same day compares with the week before, not
 * with itself), or among all of them when `before` is NULL.  1 with *json
 * and *len set, 0 when there is none, -1 on error. */
int archive_previous_calls(archive *a, const char *output, const char *before,
                           char **json, size_t *len, char *err, size_t errlen);

/* ---- housekeeping ------------------------------------------------------- */

/* Number of stored extractions and of briefings (either pointer may be
 * NULL).  Returns 0 or -1. */
/* Removes the extractions made under any other signature (older plugins,
 * data or configuration); *removed counts them.  0, or -1 with err. */
int archive_prune_extractions(archive *a, const char *signature, long long *removed,
                              char *err, size_t errlen);

int archive_stats(archive *a, long long *documents, long long *briefings,
                  char *err, size_t errlen);

/* The SQLite connection, owned by the archive: for tests and diagnostics
 * (integrity_check, ad-hoc queries), not for writing behind its back. */
struct sqlite3 *archive_db(archive *a);

#endif
