/*
 * shared.c — values built once per run and shared by its Lua states
 * (shared.h).
 */
#include "shared.h"

#include <lauxlib.h>
#include <nettle/sha2.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "modules.h"
#include "shared_disk.h"

typedef struct entry {
    uint8_t digest[SHA256_DIGEST_SIZE];
    cb_pack pack;           /* owned */
    struct entry *next;
} entry;

/* A value some state is building now: the others asking for it wait
 * (S_done) and unpack it instead of building it too (workers starting
 * together all asked for the gazetteer's index at once). */
typedef struct pending {
    uint8_t digest[SHA256_DIGEST_SIZE];
    pthread_t builder;
    struct pending *next;
} pending;

static pthread_mutex_t S_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t S_done = PTHREAD_COND_INITIALIZER;
static entry *S_entries;   /* owned; a handful at most */
static pending *S_pending; /* not owned: each node lives on its builder's C stack */
/* What the store may hold in all: its bytes are outside every plugin's
 * memory limit, so a plugin storing value after value under new keys
 * must not grow it without end.  Past it a value is built and returned
 * but not kept (the next state builds it again). */
static size_t S_limit = SHARED_MAX_BYTES, S_held;

static void S_digest(const char *key, size_t keylen, uint8_t *digest)
{
    struct sha256_ctx ctx;
    sha256_init(&ctx);
    sha256_update(&ctx, keylen, (const uint8_t *)key);
    sha256_digest(&ctx, SHA256_DIGEST_SIZE, digest);
}

/* The entry of digest; the caller holds S_lock. */
static entry *S_find(const uint8_t *digest)
{
    for (entry *e = S_entries; e; e = e->next)
        if (memcmp(e->digest, digest, SHA256_DIGEST_SIZE) == 0)
            return e;
    return NULL;
}

/* Pushes the value stored under digest and returns 1, or returns 0. */
static int S_push(lua_State *L, const uint8_t *digest)
{
    pthread_mutex_lock(&S_lock);
    entry *e = S_find(digest);
    pthread_mutex_unlock(&S_lock);
    /* An entry is never changed once stored and freed only by
     * shared_clear, which runs when no state does: it is read unlocked,
     * so that the unpacking (which may raise a Lua error) holds no lock. */
    if (!e)
        return 0;
    if (cb_unpack_value(L, &e->pack) < 0)
        return luaL_error(L, "ctx.shared: a stored value is damaged");
    return 1;
}

/* Stores the value at idx under digest unless a value is stored there
 * already or the store is full.  0, or -1 with the reason in err when the
 * value cannot be packed. */
static int S_store(lua_State *L, int idx, const uint8_t *digest, char *err, size_t errlen)
{
    entry *e = calloc(1, sizeof *e);
    if (!e) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    memcpy(e->digest, digest, SHA256_DIGEST_SIZE);
    /* (workers starting together all build; those finishing after the
     * first need not pack) */
    pthread_mutex_lock(&S_lock);
    /* a full store (or one the run has closed: shared_set_limit(0)) does
     * not pack what it would not keep */
    int stored = S_find(e->digest) != NULL || S_held >= S_limit;
    pthread_mutex_unlock(&S_lock);
    if (stored) {
        free(e);
        return 0;
    }
    if (cb_pack_value(L, idx, &e->pack, err, errlen) < 0) {
        free(e);
        return -1;
    }
    pthread_mutex_lock(&S_lock);
    if (S_find(e->digest) || e->pack.len > S_limit - S_held) {
        pthread_mutex_unlock(&S_lock);
        cb_pack_free(&e->pack);
        free(e);
        return 0;
    }
    S_held += e->pack.len;
    e->next = S_entries;
    S_entries = e;
    pthread_mutex_unlock(&S_lock);
    return 0;
}

void shared_set_limit(size_t bytes)
{
    pthread_mutex_lock(&S_lock);
    S_limit = bytes;
    pthread_mutex_unlock(&S_lock);
}

void shared_clear(void)
{
    pthread_mutex_lock(&S_lock);
    entry *e = S_entries;
    S_entries = NULL;
    S_held = 0;
    pthread_mutex_unlock(&S_lock);
    while (e) {
        entry *next = e->next;
        cb_pack_free(&e->pack);
        free(e);
        e = next;
    }
}

/* The pending build of digest; the caller holds S_lock. */
static pending *S_find_pending(const uint8_t *digest)
{
    for (pending *p = S_pending; p; p = p->next)
        if (memcmp(p->digest, digest, SHA256_DIGEST_SIZE) == 0)
            return p;
    return NULL;
}

/* Waits while another thread builds the value of digest; then 0 when the
 * value may be stored now, 1 when this thread is to build it (p is then
 * pending in the list), 2 when this thread is building it already (a
 * build asking for its own key builds it again rather than wait on
 * itself). */
static int S_claim(const uint8_t *digest, pending *p)
{
    int build = 1;
    pthread_mutex_lock(&S_lock);
    for (;;) {
        if (S_find(digest)) {
            build = 0;
            break;
        }
        pending *q = S_find_pending(digest);
        if (!q)
            break;
        if (pthread_equal(q->builder, pthread_self())) {
            build = 2;
            break;
        }
        pthread_cond_wait(&S_done, &S_lock);
    }
    if (build == 1) {
        memcpy(p->digest, digest, SHA256_DIGEST_SIZE);
        p->builder = pthread_self();
        p->next = S_pending;
        S_pending = p;
    }
    pthread_mutex_unlock(&S_lock);
    return build;
}

/* Takes p off the pending list and wakes those waiting for it. */
static void S_release(pending *p)
{
    pthread_mutex_lock(&S_lock);
    for (pending **at = &S_pending; *at; at = &(*at)->next) {
        if (*at == p) {
            *at = p->next;
            break;
        }
    }
    pthread_cond_broadcast(&S_done);
    pthread_mutex_unlock(&S_lock);
}

/* Keeps pack (taken: emptied here whatever happens) under digest, as
 * S_store keeps a value it packed: a value read from the disk tier is
 * not packed again. */
static void S_keep_pack(const uint8_t *digest, cb_pack *pack)
{
    entry *e = calloc(1, sizeof *e);
    pthread_mutex_lock(&S_lock);
    if (!e || S_find(digest) || S_held >= S_limit || pack->len > S_limit - S_held) {
        pthread_mutex_unlock(&S_lock);
        free(e);
        cb_pack_free(pack);
        return;
    }
    memcpy(e->digest, digest, SHA256_DIGEST_SIZE);
    e->pack = *pack;
    memset(pack, 0, sizeof *pack);
    S_held += e->pack.len;
    e->next = S_entries;
    S_entries = e;
    pthread_mutex_unlock(&S_lock);
}

/* The value of a persisted key from the disk tier, pushed and kept for
 * the run's other states: 1, or 0 (nothing pushed; the reason at debug
 * level: the value is built as without the tier). */
static int S_from_disk(lua_State *L, const uint8_t *digest, const uint8_t *fkey)
{
    char err[PATH_MAX + 160];
    cb_pack pack;
    if (shared_disk_load(L, fkey, &pack, err, sizeof err) != 1) {
        diag_report(DIAG_DEBUG, NULL, 0, NULL, "cache: %s", err);
        return 0;
    }
    if (cb_unpack_value(L, &pack) < 0) {
        diag_report(DIAG_DEBUG, NULL, 0, NULL, "cache: a value file does not unpack");
        cb_pack_free(&pack);
        return 0;
    }
    diag_report(DIAG_DEBUG, NULL, 0, NULL, "cache: a value read from %s", shared_disk_dir());
    S_keep_pack(digest, &pack);
    return 1;
}

/* Packs the value at the top of L, built while rec recorded, into the
 * disk tier, and keeps the pack for the run's other states.  0, or -1
 * with the reason in err when the value cannot be packed. */
static int S_to_disk(lua_State *L, const uint8_t *digest, const uint8_t *fkey,
                     const shared_disk_rec *rec, char *err, size_t errlen)
{
    cb_pack pack = { 0 };
    if (cb_pack_value(L, -1, &pack, err, errlen) < 0)
        return -1;
    char why[PATH_MAX + 160];
    if (shared_disk_save(fkey, rec, &pack, why, sizeof why) < 0)
        diag_report(DIAG_DEBUG, NULL, 0, NULL, "cache: not written: %s", why);
    else
        diag_report(DIAG_DEBUG, NULL, 0, NULL, "cache: a value written to %s", shared_disk_dir());
    S_keep_pack(digest, &pack);
    return 0;
}

/* ctx.shared(key, build [, {persist = true}]) -> the value stored under
 * key, or build()'s, stored for the run's other states.  (The key, the
 * text of data files, is hashed once.)  While one state builds, the
 * others asking for the same key wait and then unpack its value.  With
 * persist, the value is also looked for in (and written to) the disk
 * tier (shared_disk.h) when the run has a cache directory. */
int shared_ctx_function(lua_State *L)
{
    size_t keylen;
    const char *key = luaL_checklstring(L, 1, &keylen);
    luaL_checktype(L, 2, LUA_TFUNCTION);
    int persist = 0;
    if (!lua_isnoneornil(L, 3)) {
        luaL_checktype(L, 3, LUA_TTABLE);
        lua_getfield(L, 3, "persist");
        persist = lua_toboolean(L, -1);
        lua_pop(L, 1);
    }
    /* inside a persisted build, a value from elsewhere: what it was built
     * from is not recorded, so the enclosing value is not persisted */
    shared_disk_rec *outer = shared_disk_recording();
    if (outer)
        outer->unsound = 1;
    uint8_t digest[SHA256_DIGEST_SIZE];
    S_digest(key, keylen, digest);
    pending p = { 0 };
    int claim;
    /* (a value stored is never taken out before shared_clear, when no
     * state runs: the loop ends at once but for a damaged pack) */
    while ((claim = S_claim(digest, &p)) == 0) {
        if (S_push(L, digest))
            return 1;
    }
    int mine = claim == 1;
    char err[256];
    uint8_t fkey[SHA256_DIGEST_SIZE];
    int disk = mine && persist && shared_disk_dir() &&
               shared_disk_key(L, key, keylen, 2, fkey, err, sizeof err) == 0;
    if (disk && S_from_disk(L, digest, fkey)) {
        S_release(&p);
        return 1;
    }
    lua_settop(L, 2);
    shared_disk_rec rec = { 0 };
    if (disk)
        shared_disk_rec_begin(&rec);
    /* the pending mark must go whatever build() does: its error is
     * caught, the mark dropped, and the error raised again */
    int rc = mine ? lua_pcall(L, 0, 1, 0) : (lua_call(L, 0, 1), LUA_OK);
    if (disk)
        shared_disk_rec_end(&rec);
    int stored = 0;
    if (rc == LUA_OK)
        stored = disk && !rec.unsound ? S_to_disk(L, digest, fkey, &rec, err, sizeof err)
                                      : S_store(L, -1, digest, err, sizeof err);
    shared_disk_rec_free(&rec);
    if (mine)
        S_release(&p);
    if (rc != LUA_OK)
        return lua_error(L);
    if (stored < 0)
        return luaL_error(L, "ctx.shared: the value build() returned cannot be shared: %s", err);
    return 1;
}
