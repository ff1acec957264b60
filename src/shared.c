/*
 * shared.c — values built once per run and shared by its Lua states
 * (shared.h).
 */
#include "shared.h"

#include <lauxlib.h>
#include <nettle/sha2.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "modules.h"

typedef struct entry {
    uint8_t digest[SHA256_DIGEST_SIZE];
    cb_pack pack;           /* owned */
    struct entry *next;
} entry;

static pthread_mutex_t S_lock = PTHREAD_MUTEX_INITIALIZER;
static entry *S_entries;   /* owned; a handful at most */
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
    int stored = S_find(e->digest) != NULL;
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

/* ctx.shared(key, build) -> the value stored under key, or build()'s,
 * stored for the run's other states.  (The key, the text of data files,
 * is hashed once.) */
int shared_ctx_function(lua_State *L)
{
    size_t keylen;
    const char *key = luaL_checklstring(L, 1, &keylen);
    luaL_checktype(L, 2, LUA_TFUNCTION);
    uint8_t digest[SHA256_DIGEST_SIZE];
    S_digest(key, keylen, digest);
    if (S_push(L, digest))
        return 1;
    lua_settop(L, 2);
    lua_call(L, 0, 1);
    char err[256];
    if (S_store(L, -1, digest, err, sizeof err) < 0)
        return luaL_error(L, "ctx.shared: the value build() returned cannot be shared: %s", err);
    return 1;
}
