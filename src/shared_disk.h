/*
 * shared_disk.h — the disk tier of ctx.shared: a value built from data
 * files kept packed in a cache directory between runs.
 *
 * ctx.shared(key, build, {persist = true}) asks for it (the gazetteer's
 * index: 1.3 G instructions to build, a few tens of millions to read
 * back).  Its file key is the SHA-256 of what the build is made of
 * besides its data: this file format, the callbrief binary (its GNU
 * build ID, else the executable's bytes), the Lua release, every Lua
 * library under DATADIR/lua/, the source file of build() itself and the
 * key.  While build() runs, every ctx.data and ctx.data_list call of its
 * thread is recorded with the SHA-256 of what it returned (a file missing
 * included); the value file keeps that list and is named by the SHA-256
 * of the file key and the list: of everything the value was built from.
 * A later run takes a file of its key only when each of those calls
 * returns the same bytes again (a person added to one people file: the
 * file is passed over and the value rebuilt; a data_dirs overlay used on
 * some runs only: each data set has its file).  A build that calls
 * ctx.shared itself is not persisted (what the inner value was built
 * from would not be recorded).
 *
 * Files: DIR/<64 hex>.cbv, 0600, in a 0700 directory owned by the user
 * (a directory of another owner or writable by others is not used);
 * written to DIR/.tmp-XXXXXX and renamed, so a reader sees a whole file
 * or none; checked by length and SHA-256 before use (a damaged file is
 * rebuilt and replaced); at most SHARED_DISK_MAX_FILES kept, the least
 * recently used removed.  Nothing here is fatal: every failure means
 * "build as without the cache", with the reason in err where one is
 * asked for.
 */
#ifndef CB_SHARED_DISK_H
#define CB_SHARED_DISK_H

#include <lua.h>
#include <nettle/sha2.h>
#include <stddef.h>
#include <stdint.h>

#include "modules.h"

enum { SHARED_DISK_MAX_FILES = 8 };

/* The cache directory (copied), or NULL to turn the tier off.  Called
 * once before the run's threads start.  0, or -1 when out of memory. */
int shared_disk_set_dir(const char *dir);

/* The directory in use, or NULL when off. */
const char *shared_disk_dir(void);

/* The default directory: $XDG_CACHE_HOME/callbrief (an absolute
 * $XDG_CACHE_HOME), else $HOME/.cache/callbrief, else NULL.
 * Written into out (size outlen); returns out or NULL. */
char *shared_disk_default_dir(char *out, size_t outlen);

/* What one build read: (kind, name, digest of the answer) in order. */
typedef struct shared_disk_dep {
    char kind;                          /* 'd' ctx.data, 'l' ctx.data_list */
    char *rel;                          /* owned */
    uint8_t digest[SHA256_DIGEST_SIZE];
} shared_disk_dep;

typedef struct shared_disk_rec {
    shared_disk_dep *deps;              /* owned */
    size_t n, cap;
    int unsound;                        /* not to be persisted */
    struct shared_disk_rec *up;         /* not owned: the enclosing one */
} shared_disk_rec;

/* Starts recording on this thread into rec (zeroed by the caller); end
 * stops it (whatever build() did) and frees nothing: free with
 * shared_disk_rec_free. */
void shared_disk_rec_begin(shared_disk_rec *rec);
void shared_disk_rec_end(shared_disk_rec *rec);
void shared_disk_rec_free(shared_disk_rec *rec);

/* Whether this thread records (a ctx.shared call inside a persisted
 * build marks it unsound). */
shared_disk_rec *shared_disk_recording(void);

/* Called by ctx.data / ctx.data_list with their nres results on top of
 * L's stack (left there): noted when this thread records. */
void shared_disk_note(lua_State *L, char kind, const char *rel, int nres);

/* The file key of (key, the build function at index fidx).  0, or -1
 * with the reason in err. */
int shared_disk_key(lua_State *L, const char *key, size_t keylen, int fidx,
                    uint8_t out[SHA256_DIGEST_SIZE], char *err, size_t errlen);

/* Reads the value file of fkey into out (owned by the caller after) when
 * it is whole and each of its recorded reads answers the same in L now.
 * 1 found, 0 not (out empty; the reason in err). */
int shared_disk_load(lua_State *L, const uint8_t fkey[SHA256_DIGEST_SIZE], cb_pack *out,
                     char *err, size_t errlen);

/* Writes pack under fkey with rec's reads, then prunes the directory.
 * 0, or -1 with the reason in err. */
int shared_disk_save(const uint8_t fkey[SHA256_DIGEST_SIZE], const shared_disk_rec *rec,
                     const cb_pack *pack, char *err, size_t errlen);

#endif
