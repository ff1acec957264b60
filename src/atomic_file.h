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

/* Drop the staged files tagged `owner`. */
void atomic_set_discard(atomic_set *set, const char *owner);

/* Who staged `name` ("" for nobody named), or NULL if it is not staged.
 * The string belongs to the set. */
const char *atomic_set_owner(atomic_set *set, const char *name);

/* Number of staged files. */
size_t atomic_set_count(const atomic_set *set);

/* Rename every staged file into place and fsync the directory.  Returns 0,
 * or -1 with a message in err (files renamed before the failure stay). */
int atomic_set_commit(atomic_set *set, char *err, size_t errlen);

/* Unlink any temporaries not committed, and free the set. */
void atomic_set_free(atomic_set *set);

/* Write one file atomically (temporary, fsync, rename, fsync dir). */
int atomic_file_write(const char *path, const void *data, size_t len,
                      char *err, size_t errlen);

/* Whether `name` is a plain file name acceptable to atomic_set_write. */
int atomic_file_name_ok(const char *name);

#endif
