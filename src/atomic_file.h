/*
 * atomic_file.h — files that appear whole or not at all.
 *
 * Each file is written to a temporary beside its final name, fsync'ed, and
 * renamed into place.  An atomic_set stages several files and renames them
 * together at commit, so a run that fails half-way leaves the previous
 * briefing's files as they were.
 */
#ifndef CB_ATOMIC_FILE_H
#define CB_ATOMIC_FILE_H

#include <stddef.h>

typedef struct atomic_set atomic_set;

/* A new, empty set writing into directory `dir` (which must exist).  The
 * caller owns the set and frees it with atomic_set_free(). */
atomic_set *atomic_set_new(const char *dir);

/* Stage `name` (a plain file name: no '/', not "." or "..") with `len` bytes
 * of `data`.  Staging the same name twice replaces the earlier content.
 * `owner` tags the file (a plugin name, may be NULL) for
 * atomic_set_discard(); a file staged by one owner cannot be replaced by
 * another.  Returns 0, or -1 with a message in err. */
int atomic_set_write(atomic_set *set, const char *name, const void *data,
                     size_t len, const char *owner, char *err, size_t errlen);

/* The same with the content in pieces, written one after the other (a
 * big text and its last line need not be joined in memory first). */
typedef struct atomic_piece {
    const void *data;
    size_t len;
} atomic_piece;

int atomic_set_writev(atomic_set *set, const char *name, const atomic_piece *piece,
                      size_t npieces, const char *owner, char *err, size_t errlen);

/* A file written as it is made (a big text never whole in memory): open
 * its temporary, write to atomic_stream_fd() (plain write(2), or
 * atomic_write_all), then stage it, or abandon it (the temporary is
 * unlinked).  A run killed half-way leaves only a hidden temporary, which
 * the next run in that directory removes (outdir.h).  atomic_stream_open
 * returns NULL with err set (a name that may not be staged, as
 * atomic_set_write refuses it); atomic_stream_stage frees st whatever
 * happens and returns 0, or -1 with err set (`bad` says a write to fd
 * failed: errno tells why). */
typedef struct atomic_stream atomic_stream;

atomic_stream *atomic_stream_open(atomic_set *set, const char *name, const char *owner,
                                  char *err, size_t errlen);
int atomic_stream_fd(const atomic_stream *st);
int atomic_stream_stage(atomic_set *set, atomic_stream *st, const char *owner, int bad,
                        char *err, size_t errlen);
void atomic_stream_abandon(atomic_stream *st);   /* NULL is fine */

/* write(2) until all len bytes are written (or -1, errno set). */
int atomic_write_all(int fd, const void *data, size_t len);

/* A file whose bytes are made later, perhaps on another thread:
 * make(ud, &data, &len, err, errlen) returns 0 with *data (malloc'ed; the
 * set frees it) or -1 with a reason in err; it must touch nothing but ud.
 * release(ud), if not NULL, is called once the file is made or dropped. */
typedef struct atomic_maker {
    int (*make)(void *ud, unsigned char **data, size_t *len, char *err, size_t errlen);
    void (*release)(void *ud);
    void *ud;
} atomic_maker;

/* Stage `name` (as atomic_set_write would) with the bytes `maker` will
 * make: by a batch (below) or, at the latest, when the set is waited for.
 * Until then the name counts as staged by `owner`.  Returns 0 (the set
 * then owns maker->ud), or -1 with a message in err (maker->ud is still
 * the caller's). */
int atomic_set_write_later(atomic_set *set, const char *name, const atomic_maker *maker,
                           const char *owner, char *err, size_t errlen);

/* The files staged later and not yet made, as a batch that
 * atomic_batch_make makes (and writes to their temporaries) on whatever
 * thread calls it, touching nothing of the set: meanwhile the set may be
 * used on another thread, as long as it neither drops those files (by
 * discarding their owner or staging their names again) nor is waited
 * for.  NULL when there are none (or out of memory: they are then made
 * when the set is waited for).  atomic_batch_free frees the list only. */
typedef struct atomic_batch atomic_batch;

atomic_batch *atomic_set_take_unmade(atomic_set *set);
void atomic_batch_make(atomic_batch *b);
void atomic_batch_free(atomic_batch *b);     /* NULL is fine */

enum { ATOMIC_MAKE_FAILED = 1, ATOMIC_WRITE_FAILED = 2 };

/* fail(ud, name, owner, how, reason): a file that could not be made
 * (how = ATOMIC_MAKE_FAILED) or written (ATOMIC_WRITE_FAILED). */
typedef void (*atomic_fail_fn)(void *ud, const char *name, const char *owner, int how,
                               const char *reason);

/* Makes the files staged later that are not made yet, here.  Each that
 * failed is reported to fail (if not NULL) and dropped; a failed make
 * drops every file of its owner too, as atomic_set_discard does.  Returns
 * how many failed. */
int atomic_set_wait(atomic_set *set, atomic_fail_fn fail, void *ud);

/* Drop the staged files tagged `owner` (those staged later unmade). */
void atomic_set_discard(atomic_set *set, const char *owner);

/* Who staged `name` ("" for nobody named), or NULL if it is not staged.
 * The string belongs to the set. */
const char *atomic_set_owner(atomic_set *set, const char *name);

/* Number of staged files. */
size_t atomic_set_count(const atomic_set *set);

/* Rename every staged file into place and fsync the directory, after
 * waiting for the files staged later (any that failed: -1, nothing renamed).
 * Returns 0, or -1 with a message in err (files renamed before the failure
 * stay). */
int atomic_set_commit(atomic_set *set, char *err, size_t errlen);

/* Unlink any temporaries not committed (files staged later are dropped
 * unmade), and free the set. */
void atomic_set_free(atomic_set *set);

/* Write one file atomically (temporary, fsync, rename, fsync dir). */
int atomic_file_write(const char *path, const void *data, size_t len,
                      char *err, size_t errlen);

/* Whether `name` is a plain file name acceptable to atomic_set_write. */
int atomic_file_name_ok(const char *name);

#endif
